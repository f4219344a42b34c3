//! Calls of variadic C functions (`variadic: true`). Every call names the
//! types of its extra arguments, so one function has as many C signatures
//! as lists of extra types it is called with. All of them go through
//! libffi's `ffi_prep_cif_var`, in both modes: on x86-64 System V a caller
//! of a variadic function must set `%al` to the number of vector registers
//! it uses, which Cranelift cannot express (docs/jit.md).
//!
//! The JS function (lib/wrappers.js) is called as
//! `f(extraTypeIds, fixed_0, .., fixed_n-1, type_0, value_0, type_1, value_1, ..)`:
//! lib/ has checked the argument count and resolved each extra type name
//! to its id. Each extra value is converted with its declared type's
//! converter (so a value that does not fit throws the same error as a
//! fixed argument, naming its position in the call), then promoted as C's
//! default argument promotions say: `float` to `double`, integers smaller
//! than `int` to `int`. Each distinct list of promoted extra types is
//! prepared once and kept, up to `MAX_VARIANTS` per function.

use crate::abi::fn_data::FnData;
use crate::abi::scratch::SCRATCH_SIZE;
use crate::convert::{arg_fn, jitffi_enter, jitffi_release_scratch, result_fn};
use crate::errors::{throw, Code, JsError};
use crate::host::napi::{api, napi_callback_info, napi_env, napi_value, NAPI_OK};
use crate::types::{FfiAbiType, FfiType, Signature};
use libffi::middle::Cif;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::ffi::c_void;
use std::rc::Rc;

/// Prepared lists of extra types kept per function; the least recently
/// prepared is dropped past this.
pub(crate) const MAX_VARIANTS: usize = 32;

/// One list of promoted extra types: the full signature and its libffi
/// call interface.
struct Variant {
    extra: Vec<FfiType>,
    sig: Signature,
    cif: Cif,
}

/// What a variadic function wrapper owns: its call-time data (the fixed
/// parameters' signature, no call interface of its own) and its prepared
/// variants. Used on its JS thread only.
pub(crate) struct VariadicFn {
    pub(crate) data: FnData,
    variants: RefCell<VecDeque<Rc<Variant>>>,
}

impl VariadicFn {
    pub(crate) fn new(data: FnData) -> VariadicFn {
        VariadicFn { data, variants: RefCell::new(VecDeque::new()) }
    }

    /// The prepared variant of the promoted extra types `extra`.
    fn variant(&self, extra: &[FfiType]) -> Result<Rc<Variant>, JsError> {
        if let Some(v) = self.variants.borrow().iter().find(|v| v.extra == extra) {
            return Ok(v.clone());
        }
        let fixed = &self.data.sig;
        let mut params = fixed.params.clone();
        params.extend_from_slice(extra);
        let sig = Signature { errno: fixed.errno, ..Signature::new(fixed.result, params) };
        let types = sig.params.iter().map(|t| t.libffi_param_type());
        let cif = Cif::try_new_variadic(types, fixed.params.len(), sig.result.libffi_type())
            .map_err(|e| JsError::new(Code::CallFailed, format!("libffi cannot prepare this variadic call: {e:?}")))?;
        let v = Rc::new(Variant { extra: extra.to_vec(), sig, cif });
        let mut variants = self.variants.borrow_mut();
        if variants.len() >= MAX_VARIANTS {
            variants.pop_front();
        }
        variants.push_back(v.clone());
        Ok(v)
    }
}

/// The type an extra argument of type `t` is passed as: C's default
/// argument promotions.
pub(crate) fn promoted(t: FfiType) -> FfiType {
    match t.abi() {
        FfiAbiType::Float => FfiType::F64,
        FfiAbiType::Sint8 | FfiAbiType::Uint8 | FfiAbiType::Sint16 | FfiAbiType::Uint16 => FfiType::I32,
        _ => t,
    }
}

/// Releases a variadic function's data (the JS function's finalizer).
///
/// # Safety
/// N-API's finalizer call, with the `Box::into_raw` of the `VariadicFn` the
/// function was made with.
pub(crate) unsafe extern "C" fn drop_variadic_fn(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: the caller's contract; freed once.
    drop(unsafe { Box::from_raw(data as *mut VariadicFn) });
}

/// The `napi_callback` of variadic function wrappers (see the module
/// comment for its arguments).
///
/// # Safety
/// Called by N-API only, for functions made with the `Box::into_raw` of a
/// `VariadicFn` as data.
pub(crate) unsafe extern "C" fn variadic_call(env: napi_env, info: napi_callback_info) -> napi_value {
    let napi = api();
    let mut argc = 0usize;
    let mut data: *mut c_void = std::ptr::null_mut();
    // SAFETY: N-API's call (the contract); no argv is written with argc 0.
    unsafe { (napi.get_cb_info)(env, info, &mut argc, std::ptr::null_mut(), std::ptr::null_mut(), &mut data) };
    let mut argv = vec![std::ptr::null_mut(); argc];
    // SAFETY: as above; `argv` has `argc` writable entries.
    unsafe { (napi.get_cb_info)(env, info, &mut argc, argv.as_mut_ptr(), std::ptr::null_mut(), std::ptr::null_mut()) };
    // SAFETY: `data` is the VariadicFn this function was made with, which
    // lives as long as the function.
    let func = unsafe { &*(data as *const VariadicFn) };
    // SAFETY: as above.
    match unsafe { call(env, func, &argv) } {
        Ok(v) => v,
        Err(None) => std::ptr::null_mut(),
        Err(Some(e)) => {
            throw(env, &e);
            std::ptr::null_mut()
        }
    }
}

/// Reads the extra types' ids, array `v`.
///
/// # Safety
/// `env` is live and `v` a value of it.
unsafe fn extra_types(env: napi_env, v: napi_value) -> Result<Vec<FfiType>, JsError> {
    let napi = api();
    let mut n = 0u32;
    // SAFETY: the caller's contract; the out-pointer is a local.
    if unsafe { (napi.get_array_length)(env, v, &mut n) } != NAPI_OK {
        return Err(JsError::internal("extra types"));
    }
    (0..n)
        .map(|i| {
            let mut e = std::ptr::null_mut();
            let mut id = -1f64;
            // SAFETY: as above.
            let ok = unsafe { (napi.get_element)(env, v, i, &mut e) == NAPI_OK && (napi.get_value_double)(env, e, &mut id) == NAPI_OK };
            let t = if ok && id >= 0.0 && id.fract() == 0.0 { FfiType::from_id(id as u32) } else { None };
            t.filter(|t| !t.is_void()).ok_or_else(|| JsError::internal("extra types"))
        })
        .collect()
}

/// One call: `Err(None)` when a converter has thrown already.
///
/// # Safety
/// `env` is live, `argv` the call's arguments.
unsafe fn call(env: napi_env, func: &VariadicFn, argv: &[napi_value]) -> Result<napi_value, Option<JsError>> {
    let fixed = &func.data.sig;
    let n = fixed.params.len();
    // SAFETY: the caller's contract.
    let declared = unsafe { extra_types(env, *argv.first().ok_or_else(|| JsError::internal("arguments"))?) }?;
    if argv.len() != 1 + n + 2 * declared.len() {
        return Err(Some(JsError::internal("variadic argument count")));
    }
    let data = &func.data as *const FnData as *mut c_void;
    // SAFETY: `data` is this function's FnData; the count was checked above.
    let target = unsafe { jitffi_enter(env, data, n, n as u32) };
    if target == 0 {
        return Err(None);
    }
    // (type, JS value, its position in the call) of every argument.
    let fixed_args = fixed.params.iter().enumerate().map(|(i, &t)| (t, argv[1 + i], i));
    let extra_args = declared.iter().enumerate().map(|(j, &t)| (t, argv[2 + n + 2 * j], n + 2 * j + 1));
    let all: Vec<(FfiType, napi_value, usize)> = fixed_args.chain(extra_args).collect();
    let mut slots = vec![0u64; all.len()];
    let mut scratch = vec![[0u64; SCRATCH_SIZE / 8]; all.len()];
    let mut ok = true;
    for (k, &(t, value, position)) in all.iter().enumerate() {
        let scratch_ptr = if t.is_pointer_like() { scratch[k].as_mut_ptr() as *mut u8 } else { std::ptr::null_mut() };
        // SAFETY: the converters' contract (convert.rs): the live env, one
        // slot, a scratch area of SCRATCH_SIZE aligned bytes or NULL.
        if unsafe { arg_fn(t)(env, value, position as u32, &mut slots[k], scratch_ptr) } == 0 {
            ok = false;
            break;
        }
        if k >= n && t.abi() == FfiAbiType::Float {
            slots[k] = (f32::from_bits(slots[k] as u32) as f64).to_bits();
        }
    }
    let mut outcome = Err(None);
    if ok {
        let extra: Vec<FfiType> = declared.iter().map(|&t| promoted(t)).collect();
        match func.variant(&extra) {
            Ok(v) => {
                let mut result = 0u64;
                // The call is counted as synchronous while it runs
                // (abi::sync_calls), as every blocking call is.
                func.data.sync_calls.enter();
                // SAFETY: the cif was built from `v.sig`, whose converted
                // arguments (promoted) the slots hold; calling the foreign
                // function is the unsafe contract of node:ffi.
                unsafe { super::interp::call_slots(&v.cif, &v.sig, target, &slots, &mut result) };
                func.data.sync_calls.leave();
                // SAFETY: the boxers' contract: `result` holds the C result.
                outcome = Ok(unsafe { result_fn(fixed.result)(env, &result) });
            }
            Err(e) => outcome = Err(Some(e)),
        }
    }
    for (k, &(t, _, _)) in all.iter().enumerate() {
        if t.is_pointer_like() {
            // SAFETY: the converter initialised this scratch (or conversion
            // stopped before it, when word 0 is still 0).
            unsafe { jitffi_release_scratch(scratch[k].as_mut_ptr() as *mut u8) };
        }
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_argument_promotions() {
        assert_eq!(promoted(FfiType::F32), FfiType::F64);
        for t in [FfiType::I8, FfiType::U8, FfiType::Bool, FfiType::Char, FfiType::I16, FfiType::U16] {
            assert_eq!(promoted(t), FfiType::I32, "{t:?}");
        }
        for t in [FfiType::I32, FfiType::U32, FfiType::I64, FfiType::U64, FfiType::F64, FfiType::Pointer, FfiType::String] {
            assert_eq!(promoted(t), t);
        }
    }
}
