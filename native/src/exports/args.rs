//! Reading the arguments lib/ passes to the primitives. lib/ has checked
//! their JS shapes already, so a wrong one is a bug in lib/ (or a caller of
//! the addon itself) and is reported as `JsError::internal`.
//!
//! Every function takes the `napi_env` of the running export and values of
//! it (the export contract, exports/mod.rs).

use crate::abi::aggregate;
use crate::errors::{Code, JsError};
use crate::host::napi::{api, napi_env, napi_value, valuetype, NAPI_OK};
use crate::host::values::{string_value, type_of};
use crate::library::Library;
use crate::types::{Aggregate, FfiType, Signature, ValueType};
use std::ffi::CStr;
use std::sync::Arc;

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

/// Element `i` of array `v`.
///
/// # Safety
/// The export contract.
unsafe fn element(env: napi_env, v: napi_value, i: u32, what: &str) -> Result<napi_value, JsError> {
    let mut e = std::ptr::null_mut();
    // SAFETY: the export contract; the out-pointer is a local.
    if unsafe { (api().get_element)(env, v, i, &mut e) } != NAPI_OK {
        return Err(JsError::internal(what));
    }
    Ok(e)
}

/// The length of array `v`.
///
/// # Safety
/// The export contract.
unsafe fn length(env: napi_env, v: napi_value, what: &str) -> Result<u32, JsError> {
    let mut n = 0u32;
    // SAFETY: the export contract; the out-pointer is a local.
    if unsafe { (api().get_array_length)(env, v, &mut n) } != NAPI_OK {
        return Err(JsError::internal(what));
    }
    Ok(n)
}

/// Property `key` of object `v`.
///
/// # Safety
/// The export contract; `key` is NUL-terminated.
unsafe fn property(env: napi_env, v: napi_value, key: &CStr) -> Result<napi_value, JsError> {
    let mut out = std::ptr::null_mut();
    // SAFETY: the export contract; the out-pointer is a local.
    if unsafe { (api().get_named_property)(env, v, key.as_ptr(), &mut out) } != NAPI_OK {
        return Err(JsError::internal("aggregate layout"));
    }
    Ok(out)
}

/// The layout of a struct or union passed by value, as lib/ gives it:
/// `{ size, align, leaves: [[offset, typeId], ...] }` (lib/aggregate.js
/// `flatten`).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn get_aggregate(env: napi_env, v: napi_value) -> Result<Aggregate, JsError> {
    const WHAT: &str = "aggregate layout";
    // SAFETY: the export contract, for every call below.
    unsafe {
        let size = get_u32(env, property(env, v, c"size")?, WHAT)?;
        let align = get_u32(env, property(env, v, c"align")?, WHAT)?;
        let list = property(env, v, c"leaves")?;
        let n = length(env, list, WHAT)?;
        let mut leaves = Vec::with_capacity(n as usize);
        for i in 0..n {
            let leaf = element(env, list, i, WHAT)?;
            let offset = get_u32(env, element(env, leaf, 0, WHAT)?, WHAT)?;
            let ty = FfiType::from_id(get_u32(env, element(env, leaf, 1, WHAT)?, WHAT)?).ok_or_else(|| JsError::internal(WHAT))?;
            leaves.push((offset, ty));
        }
        Aggregate::new(size, align, leaves).ok_or_else(|| JsError::internal(WHAT))
    }
}

/// A parameter or result type: a type id, or an aggregate's layout.
///
/// # Safety
/// The export contract.
unsafe fn get_value_type(env: napi_env, v: napi_value, what: &str) -> Result<ValueType, JsError> {
    // SAFETY: the export contract.
    unsafe {
        if type_of(env, v) != valuetype::OBJECT {
            let id = get_u32(env, v, what)?;
            return FfiType::from_id(id).map(ValueType::Scalar).ok_or_else(|| JsError::internal(what));
        }
        let agg = get_aggregate(env, v)?;
        if let Some(reason) = aggregate::unsupported(&agg) {
            return Err(JsError::new(Code::InvalidArgValue, format!("A struct or union cannot be passed by value: {reason}")));
        }
        Ok(ValueType::ByValue(Arc::new(agg)))
    }
}

/// The `(result, [params])` pair lib/signature.js produces: each a type
/// id, or the layout of a struct or union passed by value (`get_aggregate`),
/// which the signature lowers to a pointer (`Signature::lower`).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn get_signature(env: napi_env, result: napi_value, params: napi_value) -> Result<Signature, JsError> {
    // SAFETY: the export contract, for every call below.
    unsafe {
        let r = get_value_type(env, result, "result type")?;
        let n = length(env, params, "parameter list")?;
        let mut list = Vec::with_capacity(n as usize);
        for i in 0..n {
            list.push(get_value_type(env, element(env, params, i, "parameter type")?, "parameter type")?);
        }
        Signature::lower(r, list).ok_or_else(|| JsError::internal("signature"))
    }
}

/// Bit of the optional `flags` argument that follows a signature: the
/// signature keeps `errno` (`Signature::errno`).
pub(crate) const FLAG_ERRNO: u32 = 1;

/// `sig` with the optional `flags` number lib/signature.js passes after
/// it (`FLAG_ERRNO`); absent or `undefined` means none.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn with_flags(env: napi_env, sig: Signature, flags: Option<napi_value>) -> Result<Signature, JsError> {
    let Some(v) = flags else { return Ok(sig) };
    // SAFETY: the export contract.
    if unsafe { type_of(env, v) } == valuetype::UNDEFINED {
        return Ok(sig);
    }
    // SAFETY: the export contract.
    let flags = unsafe { get_u32(env, v, "signature flags") }?;
    Ok(Signature { errno: flags & FLAG_ERRNO != 0, ..sig })
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
