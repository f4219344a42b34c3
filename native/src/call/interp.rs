//! The interpreted call path: a generic Rust loop over the signature converts
//! each argument with the shared `convert` helpers, then libffi makes the
//! call. No code is generated, so this path works where executable memory is
//! unavailable; it is also the benchmark baseline and the oracle that the
//! compiled tiers are tested against.

use crate::abi::aggregate::{self, Class, Passing};
use crate::abi::fn_data::FnData;
use crate::abi::scratch::{INLINE_ARGS, SCRATCH_SIZE};
use crate::convert::{arg_fn, jitffi_enter, jitffi_release_scratch, result_fn};
use crate::host::napi::{api, napi_callback_info, napi_env, napi_value};
use crate::types::{Aggregate, Signature};
use libffi::middle::{Arg, Cif, CodePtr, Ret, Type};
use std::ffi::c_void;

/// Prepares the libffi call interface of a signature. Structs and unions
/// passed by value are described by `aggregate_type`; the hidden result
/// pointer of an aggregate result is not a C parameter.
pub(crate) fn cif(sig: &Signature) -> Cif {
    let params = (0..sig.c_param_count()).map(|i| match &sig.by_value[i] {
        Some(agg) => aggregate_type(agg),
        None => sig.params[i].libffi_param_type(),
    });
    let result = match &sig.result_by_value {
        Some(agg) => aggregate_type(agg),
        None => sig.result.libffi_type(),
    };
    Cif::new(params, result)
}

/// A libffi struct type that libffi classifies as `abi::aggregate` does
/// `agg`, with the same size: per eightbyte in registers, bytes (INTEGER) or
/// one or two floats (SSE, whose bits carry a double as well); for MEMORY,
/// `size` bytes. The real fields do not matter to the call, only the
/// classes and the size.
fn aggregate_type(agg: &Aggregate) -> Type {
    match aggregate::classify(agg) {
        Passing::Memory => Type::structure((0..agg.size).map(|_| Type::u8())),
        Passing::Registers(eightbytes) => {
            let mut fields = Vec::new();
            for e in eightbytes {
                match e.class {
                    Class::Integer => fields.extend((0..e.bytes).map(|_| Type::u8())),
                    Class::Sse => fields.extend((0..e.bytes / 4).map(|_| Type::f32())),
                }
            }
            Type::structure(fields)
        }
    }
}

/// Calls `target` through libffi with the converted arguments `args` (one
/// slot per parameter of `sig`, each value in the low bytes in native
/// representation) and stores the result into `*result` (small integers
/// widened to 8 bytes, as libffi returns them).
///
/// # Safety
/// `cif` was built from `sig` (`cif`) and `target` is a function of that C
/// signature. An aggregate argument's slot holds the address of its bytes
/// (a live buffer of at least its size, rounded up to 8), and for an
/// aggregate result the last slot holds the address of as many writable
/// bytes, which the call fills. Calling the foreign function is the unsafe
/// contract of node:ffi.
pub(crate) unsafe fn call_slots(cif: &Cif, sig: &Signature, target: u64, args: &[u64], result: &mut u64) {
    let values: Vec<Arg> = (0..sig.c_param_count())
        .map(|i| match sig.by_value[i] {
            // SAFETY: the caller's contract: the slot holds the address of
            // the aggregate's bytes, which libffi reads as the argument.
            Some(_) => Arg::new(unsafe { &*(args[i] as usize as *const u8) }),
            None => Arg::new(&args[i]),
        })
        .collect();
    // With `errno: true`, errno is set from the thread's kept value right
    // before the call and kept right after it (host/errno.rs).
    if sig.errno {
        crate::host::errno::jitffi_errno_before();
    }
    // SAFETY: the caller's contract; `result` is 8 bytes (libffi widens
    // small integer results to ffi_arg), and an aggregate result goes to
    // the hidden last argument.
    unsafe {
        if sig.result_by_value.is_some() {
            let out = args[sig.params.len() - 1] as usize as *mut u8;
            cif.call_return_into(CodePtr(target as *mut c_void), &values, Ret::new(&mut *out));
        } else if sig.result.is_void() {
            cif.call_return_into(CodePtr(target as *mut c_void), &values, Ret::void());
        } else {
            cif.call_return_into(CodePtr(target as *mut c_void), &values, Ret::new(result));
        }
    }
    if sig.errno {
        crate::host::errno::jitffi_errno_after();
    }
}

/// The `napi_callback` of every interpreted function wrapper.
///
/// # Safety
/// Called by N-API only, for functions created by `exports` with a valid
/// `FnData` (which carries a prepared `cif`) as callback data.
pub(crate) unsafe extern "C" fn interp_call(env: napi_env, info: napi_callback_info) -> napi_value {
    let napi = api();
    let mut argv_inline = [std::ptr::null_mut(); INLINE_ARGS];
    let mut argc = INLINE_ARGS;
    let mut data: *mut c_void = std::ptr::null_mut();
    // SAFETY: N-API's call (the contract); argv_inline has `argc` writable
    // entries.
    unsafe { (napi.get_cb_info)(env, info, &mut argc, argv_inline.as_mut_ptr(), std::ptr::null_mut(), &mut data) };
    // SAFETY: `data` is the FnData this function was created with, which
    // lives as long as the function.
    let fd = unsafe { &*(data as *const FnData) };
    let nparams = fd.sig.params.len();
    // SAFETY: as above.
    let target = unsafe { jitffi_enter(env, data, argc, nparams as u32) };
    if target == 0 {
        return std::ptr::null_mut();
    }
    let mut argv_heap = Vec::new();
    // SAFETY: as above: this call's env and info, and `argv_inline` as
    // napi_get_cb_info filled it.
    let argv = unsafe { crate::host::values::call_args(env, info, &argv_inline, &mut argv_heap, nparams) };

    // One 8-byte slot per argument and one scratch area per argument; both
    // live until after the call, so string copies stay valid throughout it
    // (including re-entrant callbacks).
    let mut slots = vec![0u64; nparams];
    let mut scratch = vec![[0u64; SCRATCH_SIZE / 8]; nparams];
    let mut ok = true;
    for (i, ty) in fd.sig.params.iter().enumerate() {
        let scratch_ptr = if ty.is_pointer_like() { scratch[i].as_mut_ptr() as *mut u8 } else { std::ptr::null_mut() };
        // SAFETY: the converters' contract (convert.rs): the live env, one
        // slot, a scratch area of SCRATCH_SIZE aligned bytes or NULL.
        if unsafe { arg_fn(*ty)(env, argv[i], i as u32, &mut slots[i], scratch_ptr) } == 0 {
            ok = false;
            break;
        }
    }
    let mut result = 0u64;
    if ok {
        let cif = fd.cif.as_ref().expect("interpreted FnData has a cif");
        // The call is counted as synchronous while it runs (abi::sync_calls).
        fd.sync_calls.enter();
        // SAFETY: the cif was built from this signature and each slot holds
        // its converted argument; calling the foreign function is the unsafe
        // contract of node:ffi.
        unsafe { call_slots(cif, &fd.sig, target, &slots, &mut result) };
        fd.sync_calls.leave();
    }
    for (i, ty) in fd.sig.params.iter().enumerate() {
        if ty.is_pointer_like() {
            // SAFETY: the converter initialised this scratch (or the call
            // stopped before it, when word 0 is still 0).
            unsafe { jitffi_release_scratch(scratch[i].as_mut_ptr() as *mut u8) };
        }
    }
    if !ok {
        return std::ptr::null_mut();
    }
    // SAFETY: the boxers' contract: `result` holds the C result.
    unsafe { result_fn(fd.sig.result)(env, &result) }
}
