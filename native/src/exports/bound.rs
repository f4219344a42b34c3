//! The v8fast tier's bound functions: for a C function that takes floats
//! and returns a float (call/jit/v8fast.rs `bound_signature`), the function
//! users hold is a V8 function itself, with no JS in front of it. V8's
//! optimised code calls its fast C function, the bound code, which checks
//! the library's closed flag and calls the target; V8 makes that call only
//! with exactly the declared number of arguments, all numbers, which is
//! what node:ffi accepts for float parameters. Every other call goes to the
//! JS wrapper, which checks and calls as for any v8fast function
//! (host/v8_forward.rs forwards it there).
//!
//! Such a function costs what the built-in module's functions cost. A JS
//! wrapper in front must read `arguments.length`, which keeps V8 from
//! peeling the caller's loop, so every float result is then boxed.
//!
//! `countSyncCalls()` starts counting this environment's synchronous calls
//! in the bound functions too (lib/wrappers.js `countSyncCalls`).

use super::library::{counting_entry, function_args};
use crate::abi::lease::CodeLease;
use crate::call::jit::{bound_signature, Bound, FastKind};
use crate::call::{CallPath, Role, Tier};
use crate::env::EnvState;
use crate::errors::JsError;
use crate::host::napi::{api, napi_env, napi_ref, napi_value, NAPI_OK};
use crate::host::values::{string, undefined};
use crate::library::Library;
use std::ffi::c_void;
use std::sync::Arc;

/// What a bound function's closed path calls: its JS wrapper, with no
/// arguments, which throws ERR_FFI_LIBRARY_CLOSED as every call of a
/// closed library's function does.
#[repr(C)]
struct Thrower {
    env: napi_env,
    /// A weak reference (V8 holds the wrapper as the function's template
    /// data as long as the function lives), or null if none could be made.
    wrapper: napi_ref,
}

/// What a bound function keeps alive until it is collected.
struct Kept {
    /// The bound code's signature unit.
    _lease: CodeLease,
    /// The library, whose closed flag the code reads.
    _library: Arc<Library>,
    /// Built into the code.
    thrower: Box<Thrower>,
}

unsafe extern "C" fn drop_kept(env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: `data` came from Box::into_raw in `bound_function`; the
    // function whose code uses it is being collected (in practice at the
    // environment's teardown, when no JS runs), so nothing calls it.
    let kept = unsafe { Box::from_raw(data as *mut Kept) };
    if !kept.thrower.wrapper.is_null() {
        // SAFETY: the reference was made in this environment, deleted once.
        unsafe { (api().delete_reference)(env, kept.thrower.wrapper) };
    }
}

/// The closed path of a bound function, called from its fast C function:
/// runs the wrapper, which throws, and throws that again with V8's own API
/// (host/v8_fast.rs `throw`): V8 checks for an exception after every fast
/// call (V8 12.6 and later). `napi_call_function` leaves what the wrapper
/// threw as N-API's pending exception, taken here. While execution is
/// being terminated (`worker.terminate()`, a `vm` timeout) nothing is
/// thrown: the termination is V8's own state and goes on, and N-API's
/// record of it (`null`) is cleared, as callbacks.rs `thrown` does. If the
/// wrapper did not throw (it always does once its library is closed),
/// ERR_FFI_LIBRARY_CLOSED is thrown from here.
///
/// # Safety
/// `thrower` is a live `Thrower` of the current environment, called on its
/// thread inside a JS call.
unsafe extern "C" fn throw_closed(thrower: *const Thrower) {
    let napi = api();
    let Some(fast_api) = crate::host::v8_fast::fast_api() else { return };
    // SAFETY: the caller's contract; the out-pointers are locals, and the
    // handle scope is closed before returning, with no other scope opened
    // in it left open.
    unsafe {
        let Thrower { env, wrapper } = *thrower;
        let mut scope = std::ptr::null_mut();
        if (napi.open_handle_scope)(env, &mut scope) != NAPI_OK {
            return;
        }
        let mut f = std::ptr::null_mut();
        if !wrapper.is_null() {
            (napi.get_reference_value)(env, wrapper, &mut f);
        }
        let mut threw = false;
        if !f.is_null() {
            let recv = undefined(env);
            let mut result = std::ptr::null_mut();
            threw = (napi.call_function)(env, recv, f, 0, std::ptr::null(), &mut result) != NAPI_OK;
        }
        let mut pending = false;
        (napi.is_exception_pending)(env, &mut pending);
        let mut error = std::ptr::null_mut();
        if pending {
            (napi.get_and_clear_last_exception)(env, &mut error);
        }
        let terminating = crate::host::v8::v8().is_some_and(|v8| {
            let isolate = (v8.get_current)();
            !isolate.is_null() && v8.terminating(isolate)
        });
        if !terminating {
            let error =
                if threw && pending && !error.is_null() { error } else { crate::errors::error_value(env, &JsError::library_closed()) };
            fast_api.throw(error);
        }
        (napi.close_handle_scope)(env, scope);
    }
}

/// `boundFunction(handle, name, address, resultId, paramIds, flags, wrapper)`
/// -> the bound function of that C function (see the module comment),
/// forwarding its slow calls to `wrapper`; undefined when the signature has
/// none (not on the v8fast tier, or not floats in and a float out), when
/// the environment has made as many as it may (env.rs
/// `MAX_FUNCTION_TEMPLATES`), or when it cannot be made here
/// (`JITFFI_DEBUG` says why).
///
/// # Safety
/// The export contract; `wrapper` is the C function's v8fast wrapper, which
/// throws ERR_FFI_LIBRARY_CLOSED when called once the library is closed,
/// and the address is a C function of the signature that stays loaded
/// until the library is closed.
pub(crate) unsafe fn bound_function(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    let (library, name, address, sig) = unsafe { function_args(env, &args[..args.len().min(6)]) }?;
    let wrapper = *args.get(6).ok_or_else(|| JsError::internal("wrapper"))?;
    let made = (|| {
        if !state.may_make_function_template() {
            return None;
        }
        if state.path(&sig, Role::Function) != CallPath::Compiled(Tier::V8Fast) {
            return None;
        }
        let fast_api = crate::host::v8_fast::fast_api()?;
        let (result, params) = bound_signature(&sig)?;
        let info = fast_api.typed_info(result, &params)?;
        // Counted calls go through the signature's typed function, in the
        // same unit as the bound code: one lease keeps both mapped.
        let typed = state.compile(&sig, Tier::V8Fast)?;
        // Its reference to the wrapper is made last, once the function is.
        let thrower = Box::new(Thrower { env, wrapper: std::ptr::null_mut() });
        let bound = Bound {
            target: address,
            closed: library.closed_flag() as u64,
            counting: &*state.count_sync_calls as *const u8 as u64,
            typed: typed.code as u64,
            throw_closed: throw_closed as *const () as u64,
            throw_arg: &*thrower as *const Thrower as u64,
        };
        let compiled = state.jit.as_mut()?.compile_bound(&sig, &bound);
        let compiled = compiled.map_err(|e| crate::host::log::note(&format!("bound function of {}: {e}", sig.key()))).ok()?;
        let mut kept = Kept { _lease: compiled.lease, _library: library.clone(), thrower };
        let fast = counting_entry(state, &sig, FastKind::Direct, compiled.code)?;
        // SAFETY: inside the export's JS call; `fast` is the bound code (or
        // its counting entry), callable as the C function `info` describes
        // (`direct_function_signature`), mapped while `kept` holds its lease;
        // `wrapper` is a live function handle.
        let f = unsafe { fast_api.bound(env, fast, info, wrapper, string(env, &name)) }
            .map_err(|why| crate::host::log::note(&format!("no bound function for {}: {why}", sig.key())))
            .ok()?;
        // SAFETY: the export contract: `wrapper` is a live handle; the out
        // pointer is the thrower's field, which nothing reads before the
        // function is called. Should this fail, the closed path finds no
        // wrapper and throws ERR_FFI_LIBRARY_CLOSED itself.
        unsafe { (api().create_reference)(env, wrapper, 0, &mut kept.thrower.wrapper) };
        Some((f, kept))
    })();
    let Some((f, kept)) = made else {
        // SAFETY: the export contract.
        return Ok(unsafe { undefined(env) });
    };
    state.v8fast_bound += 1;
    // SAFETY: `env` is live and `f` a function handle of this call; the
    // finalizer runs once, at the environment's teardown (V8 keeps `f`
    // until then, see env.rs `MAX_FUNCTION_TEMPLATES`), when no JS runs.
    unsafe {
        let kept = Box::into_raw(Box::new(kept));
        (api().add_finalizer)(env, f, kept.cast(), drop_kept, std::ptr::null_mut(), std::ptr::null_mut());
    }
    Ok(f)
}

/// `countSyncCalls()`: from now on, bound functions count this
/// environment's synchronous calls (call/jit/v8fast.rs, "Counted calls").
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn count_sync_calls(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    *state.count_sync_calls = 1;
    // SAFETY: the export contract.
    Ok(unsafe { undefined(env) })
}
