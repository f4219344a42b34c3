//! Reading the arguments lib/ passes to the primitives. lib/ has checked
//! their JS shapes already, so a wrong one is a bug in lib/ (or a caller of
//! the addon itself) and is reported as `JsError::internal`.
//!
//! Every function takes the `napi_env` of the running export and values of
//! it (the export contract, exports/mod.rs).

use crate::errors::JsError;
use crate::host::napi::{api, napi_env, napi_value, NAPI_OK};
use crate::host::values::string_value;
use crate::library::Library;
use crate::types::Signature;

/// Argument `i`.
pub(crate) fn arg(args: &[napi_value], i: usize) -> Result<napi_value, JsError> {
    args.get(i).copied().ok_or_else(|| JsError::internal("argument count"))
}

/// A string.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn get_string(env: napi_env, v: napi_value, what: &str) -> Result<String, JsError> {
    // SAFETY: the export contract.
    unsafe { string_value(env, v) }.ok_or_else(|| JsError::internal(what))
}

/// A number that is an integer in [0, 2^32).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn get_u32(env: napi_env, v: napi_value, what: &str) -> Result<u32, JsError> {
    let mut d = 0.0;
    // SAFETY: the export contract; the out-pointer is a local.
    let status = unsafe { (api().get_value_double)(env, v, &mut d) };
    if status != NAPI_OK || d < 0.0 || d > u32::MAX as f64 || d.fract() != 0.0 {
        return Err(JsError::internal(what));
    }
    Ok(d as u32)
}

/// A number that is an integer in [0, 2^53).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn get_size(env: napi_env, v: napi_value, what: &str) -> Result<u64, JsError> {
    let mut d = 0.0;
    // SAFETY: the export contract; the out-pointer is a local.
    let status = unsafe { (api().get_value_double)(env, v, &mut d) };
    if status != NAPI_OK || !(0.0..=9007199254740991.0).contains(&d) || d.fract() != 0.0 {
        return Err(JsError::internal(what));
    }
    Ok(d as u64)
}

/// A bigint in [0, 2^64): an address.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn get_u64(env: napi_env, v: napi_value, what: &str) -> Result<u64, JsError> {
    let mut out = 0u64;
    let mut lossless = false;
    // SAFETY: the export contract; the out-pointers are locals.
    let status = unsafe { (api().get_value_bigint_uint64)(env, v, &mut out, &mut lossless) };
    if status != NAPI_OK || !lossless {
        return Err(JsError::internal(what));
    }
    Ok(out)
}

/// A boolean.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn get_bool(env: napi_env, v: napi_value, what: &str) -> Result<bool, JsError> {
    let mut b = false;
    // SAFETY: the export contract; the out-pointer is a local.
    if unsafe { (api().get_value_bool)(env, v, &mut b) } != NAPI_OK {
        return Err(JsError::internal(what));
    }
    Ok(b)
}

/// The `(resultId, [paramIds])` pair lib/signature.js produces.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn get_signature(env: napi_env, result: napi_value, params: napi_value) -> Result<Signature, JsError> {
    let napi = api();
    // SAFETY: the export contract; out-pointers are locals.
    let r = unsafe { get_u32(env, result, "result type") }?;
    let mut n = 0u32;
    // SAFETY: as above.
    if unsafe { (napi.get_array_length)(env, params, &mut n) } != NAPI_OK {
        return Err(JsError::internal("parameter list"));
    }
    let mut ids = Vec::with_capacity(n as usize);
    for i in 0..n {
        let mut e = std::ptr::null_mut();
        // SAFETY: as above.
        unsafe { (napi.get_element)(env, params, i, &mut e) };
        // SAFETY: as above.
        ids.push(unsafe { get_u32(env, e, "parameter type") }?);
    }
    Signature::from_ids(r, &ids).ok_or_else(|| JsError::internal("signature"))
}

/// The signature given as the first two arguments, `(resultId, paramIds)`.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn leading_signature(env: napi_env, args: &[napi_value]) -> Result<Signature, JsError> {
    // SAFETY: the export contract.
    unsafe { get_signature(env, arg(args, 0)?, arg(args, 1)?) }
}

/// The library an external made by `open` holds.
///
/// # Safety
/// The export contract; the returned reference must not outlive `v`, whose
/// external holds an `Arc<Library>` (exports/library.rs `open`).
pub(crate) unsafe fn get_library<'a>(env: napi_env, v: napi_value) -> Result<&'a Library, JsError> {
    let mut data = std::ptr::null_mut();
    // SAFETY: the export contract; the out-pointer is a local.
    if unsafe { (api().get_value_external)(env, v, &mut data) } != NAPI_OK || data.is_null() {
        return Err(JsError::internal("library handle"));
    }
    // SAFETY: externals given to the primitives as library handles are made
    // by `open` and hold an Arc<Library> that lives as long as they do.
    Ok(unsafe { &*(data as *const Library) })
}
