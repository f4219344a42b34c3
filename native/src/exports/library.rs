//! Library and function primitives: `open`, `close`, `symbol`, the path
//! choice for functions, and the two ways a function wrapper is made (the
//! fast tier's compiled stub, or a native function on the general tier or
//! the interpreted path), asynchronous functions, variadic functions, and
//! the thread's kept `errno`.

use super::args::{arg, get_aggregate, get_library, get_signature, get_string, get_u64, leading_signature, with_flags};
use crate::abi::fn_data::FnData;
use crate::abi::lease::CodeLease;
use crate::async_calls::AsyncFn;
use crate::call::jit::FastKind;
use crate::call::variadic::VariadicFn;
use crate::call::{CallPath, Role, Tier};
use crate::env::EnvState;
use crate::errors::JsError;
use crate::host::errno;
use crate::host::napi::{api, napi_callback, napi_env, napi_value, valuetype, NAPI_OK};
use crate::host::values::{bigint_u64, make_function, null, string, type_of, undefined};
use crate::library::Library;
use crate::types::Signature;
use std::ffi::c_void;
use std::sync::Arc;

unsafe extern "C" fn drop_library(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: `data` came from Arc::into_raw in `open`, released once here.
    drop(unsafe { Arc::from_raw(data as *const Library) });
}

unsafe extern "C" fn drop_fn_data(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: `data` came from Box::into_raw in `native_function`; the
    // function object that used it is being collected.
    drop(unsafe { Box::from_raw(data as *mut FnData) });
}

unsafe extern "C" fn drop_lease(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: `data` came from Box::into_raw in `fast_stub` or
    // `v8_fast_function`; the function that held it is being collected, so
    // nothing calls its code.
    drop(unsafe { Box::from_raw(data as *mut CodeLease) });
}

/// `open(path | null)` -> external library handle.
///
/// # Safety
/// The export contract (exports/mod.rs).
pub(crate) unsafe fn open(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    let path_arg = arg(args, 0)?;
    // SAFETY: the export contract; out-pointers are locals.
    let path = match unsafe { type_of(env, path_arg) } {
        valuetype::NULL | valuetype::UNDEFINED => None,
        // SAFETY: as above.
        _ => Some(unsafe { get_string(env, path_arg, "path") }?),
    };
    let lib = Library::open(path.as_deref())?;
    let mut ext = std::ptr::null_mut();
    // SAFETY: as above; `drop_library` releases the Arc when the external
    // is collected.
    unsafe { (api().create_external)(env, Arc::into_raw(lib) as *mut c_void, Some(drop_library), std::ptr::null_mut(), &mut ext) };
    Ok(ext)
}

/// `close(handle)`.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn close(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract; the library lives while its handle does.
    unsafe {
        get_library(env, arg(args, 0)?)?.close();
        Ok(undefined(env))
    }
}

/// `symbol(handle, name)` -> bigint address.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn symbol(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract; the library lives while its handle does.
    unsafe {
        let lib = get_library(env, arg(args, 0)?)?;
        if lib.is_closed() {
            return Err(JsError::library_closed());
        }
        let name = get_string(env, arg(args, 1)?, "symbol name")?;
        Ok(bigint_u64(env, lib.symbol(&name)?))
    }
}

/// `byValueUnsupported(layout)` -> why a struct or union of this layout
/// (lib/aggregate.js `flatten`) cannot be passed by value, or null.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn by_value_unsupported(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    unsafe {
        let agg = get_aggregate(env, arg(args, 0)?)?;
        Ok(match crate::abi::aggregate::unsupported(&agg) {
            Some(reason) => string(env, reason),
            None => null(env),
        })
    }
}

/// `callPath(resultId, paramIds, flags?)` -> 'fast' | 'general' | 'interp'.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn call_path(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    unsafe {
        let sig = with_flags(env, leading_signature(env, args)?, args.get(2).copied())?;
        Ok(string(env, state.path(&sig, Role::Function).as_str()))
    }
}

/// `fastStub(resultId, paramIds, flags?)` -> the compiled zero-argument function
/// for this signature (lib/ caches it per signature key), or undefined if
/// it cannot be compiled. On the v8fast tier it is a receiver-only V8 fast
/// API function (host/v8_fast.rs), else an N-API function.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn fast_stub(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    let sig = unsafe { with_flags(env, leading_signature(env, args)?, args.get(2).copied()) }?;
    let Some(compiled) = state.compile(&sig, Tier::Fast) else {
        // SAFETY: the export contract.
        return Ok(unsafe { undefined(env) });
    };
    let v8_fast = if state.path(&sig, Role::Function) == CallPath::Compiled(Tier::V8Fast) {
        let fast = counting_entry(state, &sig, FastKind::Stub, compiled.code);
        // SAFETY: the export contract: inside a JS call, with an entered
        // isolate. The stub is both a `v8::FunctionCallback` and a
        // `void(v8::Local<v8::Value>)` (it ignores its arguments); it and the
        // counting entry (in the same unit of code) stay mapped while the
        // lease lives, which the function's finalizer drops.
        fast.zip(crate::host::v8_fast::fast_api()).and_then(|(fast, api)| unsafe { api.receiver_only(compiled.code, fast) })
    } else {
        None
    };
    // SAFETY: the fast tier compiles a function with the napi_callback
    // signature; it stays mapped while the lease lives, which the function's
    // finalizer drops. `env` is live (the export contract).
    unsafe {
        let f = match v8_fast {
            Some(f) => f,
            None => make_function(env, &sig.key(), std::mem::transmute::<*const u8, napi_callback>(compiled.code), std::ptr::null_mut()),
        };
        let lease = Box::into_raw(Box::new(compiled.lease));
        (api().add_finalizer)(env, f, lease.cast(), drop_lease, std::ptr::null_mut(), std::ptr::null_mut());
        Ok(f)
    }
}

/// The fast C function to give V8 for `code`, the fast C function of kind
/// `kind` of `sig`: `code` itself, or with `JITFFI_COUNT_V8FAST=1` its
/// counting entry (a test hook, call/jit/v8fast.rs); `None` if that cannot
/// be compiled.
pub(super) fn counting_entry(state: &mut EnvState, sig: &Signature, kind: FastKind, code: *const u8) -> Option<*const u8> {
    match (&mut state.jit, &state.v8fast_calls) {
        (Some(jit), Some(counter)) => jit.compile_counting_entry(sig, kind, code, &**counter).map(|c| c.code).ok(),
        _ => Some(code),
    }
}

/// `v8FastFunction(resultId, paramIds, flags?, target?)` -> a V8 fast API
/// function of this signature (host/v8_fast.rs) whose slow callback is the
/// fast tier's stub, so it is called after the slots are written:
///  * without `target`, the typed function (lib/ caches it per signature
///    key), called as `f(targetBits, ...args)`;
///  * with `target` (a bigint address), that C function itself as the fast
///    C function, called as `f(...args)` (call/jit/v8fast.rs
///    `direct_signature`), which the wrapper of that function holds;
///
/// or undefined when the signature is not on the v8fast tier or has no such
/// function, or V8's type information did not check out.
///
/// # Safety
/// The export contract; a `target` is the address of a C function of this
/// signature that stays loaded while the function may be called (its
/// wrapper calls it only while its library is open).
pub(crate) unsafe fn v8_fast_function(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    let sig = unsafe { with_flags(env, leading_signature(env, args)?, args.get(2).copied()) }?;
    let direct = match args.get(3) {
        // SAFETY: the export contract.
        Some(&v) => Some(unsafe { get_u64(env, v, "target") }?),
        None => None,
    };
    let made = (|| {
        if state.path(&sig, Role::Function) != CallPath::Compiled(Tier::V8Fast) {
            return None;
        }
        // A direct function is made per C function, and kept by V8 for good.
        if direct.is_some() && !state.may_make_function_template() {
            return None;
        }
        let fast_api = crate::host::v8_fast::fast_api()?;
        let ((result, params), kind) = match direct {
            None => (crate::call::jit::typed_signature(&sig)?, FastKind::Typed),
            Some(_) => (crate::call::jit::direct_signature(&sig)?, FastKind::Direct),
        };
        let info = fast_api.typed_info(result, &params)?;
        let stub = state.compile(&sig, Tier::Fast)?;
        let (code, lease) = match direct {
            None => {
                let compiled = state.compile(&sig, Tier::V8Fast)?;
                (compiled.code, compiled.lease)
            }
            Some(target) => (target as usize as *const u8, stub.lease.clone()),
        };
        let fast = counting_entry(state, &sig, kind, code)?;
        // SAFETY: the export contract: inside a JS call, with an entered
        // isolate. `fast` is callable as the C function `info` (never
        // freed) describes: the typed function, or the target (the export
        // contract), whose C signature with the receiver V8 passes first
        // is that one (`direct_signature`), or the counting entry of
        // either. The stub is callable as a `v8::FunctionCallback` (it
        // ignores its arguments and returns nothing V8 reads). The compiled
        // code is in the signature's unit, which stays mapped while the
        // lease lives, until the function's finalizer drops it.
        let f = unsafe { fast_api.typed(stub.code, fast, info) }?;
        drop(stub);
        Some((f, lease))
    })();
    let Some((f, lease)) = made else {
        // SAFETY: the export contract.
        return Ok(unsafe { undefined(env) });
    };
    if direct.is_some() {
        state.v8fast_direct += 1;
    }
    // SAFETY: `env` is live and `f` a function handle of this call (the
    // export contract); the finalizer runs once, when `f` is collected.
    unsafe {
        let lease = Box::into_raw(Box::new(lease));
        (api().add_finalizer)(env, f, lease.cast(), drop_lease, std::ptr::null_mut(), std::ptr::null_mut());
    }
    Ok(f)
}

/// The arguments of `nativeFunction` and `asyncFunction`: (handle, name,
/// address, resultId, paramIds, flags?) -> the library (a new share of it),
/// the name, the address and the signature.
///
/// # Safety
/// The export contract.
pub(super) unsafe fn function_args(env: napi_env, args: &[napi_value]) -> Result<(Arc<Library>, String, u64, Signature), JsError> {
    if args.len() < 5 {
        return Err(JsError::internal("arguments"));
    }
    let mut ext = std::ptr::null_mut();
    // SAFETY: the export contract; out-pointers are locals.
    if unsafe { (api().get_value_external)(env, args[0], &mut ext) } != NAPI_OK || ext.is_null() {
        return Err(JsError::internal("library handle"));
    }
    // SAFETY: the external holds an Arc<Library> (see `open`); take a new
    // strong reference for the function's data.
    let lib = unsafe {
        Arc::increment_strong_count(ext as *const Library);
        Arc::from_raw(ext as *const Library)
    };
    // SAFETY: the export contract.
    let name = unsafe { get_string(env, args[1], "symbol name") }?;
    // SAFETY: the export contract.
    let target = unsafe { get_u64(env, args[2], "address") }?;
    // SAFETY: the export contract.
    let sig = unsafe { with_flags(env, get_signature(env, args[3], args[4])?, args.get(5).copied()) }?;
    Ok((lib, name, target, sig))
}

/// `nativeFunction(handle, name, address, resultId, paramIds, flags?)` -> a JS
/// function that makes the call natively: the compiled general tier, or the
/// interpreted path when there is no JIT (or compiling failed).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn native_function(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    let (lib, name, target, sig) = unsafe { function_args(env, args) }?;
    let compiled = state.compile(&sig, Tier::General);
    let (cb, data): (napi_callback, _) = match compiled {
        Some(c) => {
            // SAFETY: general-tier code has the napi_callback signature and
            // stays mapped while the lease in the FnData lives.
            (
                unsafe { std::mem::transmute::<*const u8, napi_callback>(c.code) },
                lib.function_data(target, sig, None, Some(c.lease), state.sync_calls.clone()),
            )
        }
        None => {
            let cif = crate::call::interp::cif(&sig);
            (crate::call::interp::interp_call, lib.function_data(target, sig, Some(cif), None, state.sync_calls.clone()))
        }
    };
    let data = Box::into_raw(Box::new(data));
    // SAFETY: `data` lives until the function's finalizer frees it.
    unsafe {
        let f = make_function(env, &name, cb, data.cast());
        (api().add_finalizer)(env, f, data.cast(), drop_fn_data, std::ptr::null_mut(), std::ptr::null_mut());
        Ok(f)
    }
}

/// `asyncFunction(handle, name, address, resultId, paramIds, flags?)` -> a JS
/// function that validates and converts its arguments as `nativeFunction`'s
/// does, runs the call on libuv's thread pool and returns a promise of its
/// result (async_calls.rs): through the compiled pool trampoline, or libffi
/// when there is no JIT (or compiling failed).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn async_function(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    let (lib, name, target, sig) = unsafe { function_args(env, args) }?;
    let (data, code) = match state.compile(&sig, Tier::Pool) {
        Some(c) => {
            let code = c.code;
            (lib.function_data(target, sig, None, Some(c.lease), state.sync_calls.clone()), Some(code))
        }
        None => {
            let cif = crate::call::interp::cif(&sig);
            (lib.function_data(target, sig, Some(cif), None, state.sync_calls.clone()), None)
        }
    };
    // SAFETY: the export contract; `code` is the pool trampoline of `sig`,
    // mapped while the lease in `data` lives.
    let func = unsafe { state.async_calls.function(env, lib, data, code) }?;
    let func = Arc::into_raw(func) as *mut AsyncFn;
    // SAFETY: this share of `func` lives until the function's finalizer
    // releases it.
    unsafe {
        let f = make_function(env, &name, crate::async_calls::async_call, func.cast());
        (api().add_finalizer)(env, f, func.cast(), crate::async_calls::drop_async_fn, std::ptr::null_mut(), std::ptr::null_mut());
        Ok(f)
    }
}

/// `variadicFunction(handle, name, address, resultId, fixedParamIds,
/// flags?)` -> a JS function that calls a variadic C function through
/// libffi, each list of extra types prepared once (call/variadic.rs).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn variadic_function(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    let (lib, name, target, sig) = unsafe { function_args(env, args) }?;
    if sig.has_by_value() {
        return Err(JsError::internal("variadic signature with a struct by value"));
    }
    let func = Box::into_raw(Box::new(VariadicFn::new(lib.function_data(target, sig, None, None, state.sync_calls.clone()))));
    // SAFETY: `func` lives until the function's finalizer frees it.
    unsafe {
        let f = make_function(env, &name, crate::call::variadic::variadic_call, func.cast());
        (api().add_finalizer)(env, f, func.cast(), crate::call::variadic::drop_variadic_fn, std::ptr::null_mut(), std::ptr::null_mut());
        Ok(f)
    }
}

/// `errno()` -> the `errno` kept by this thread's last call of a signature
/// with `errno: true`; `errno(value)` sets the kept value (and `errno`),
/// which the next such call starts with (host/errno.rs).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn errno(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    match args.first() {
        // SAFETY: the export contract.
        None => Ok(unsafe { crate::host::values::number(env, errno::kept() as f64) }),
        Some(&v) => {
            // SAFETY: the export contract; lib/ passes an int32.
            let value = unsafe { get_i32(env, v) }?;
            errno::keep(value);
            errno::set(value);
            // SAFETY: the export contract.
            Ok(unsafe { undefined(env) })
        }
    }
}

/// An int32 number.
///
/// # Safety
/// The export contract.
unsafe fn get_i32(env: napi_env, v: napi_value) -> Result<i32, JsError> {
    let mut d = f64::NAN;
    // SAFETY: the export contract; the out-pointer is a local.
    let status = unsafe { (api().get_value_double)(env, v, &mut d) };
    if status != NAPI_OK || d.fract() != 0.0 || d < i32::MIN as f64 || d > i32::MAX as f64 {
        return Err(JsError::internal("errno value"));
    }
    Ok(d as i32)
}
