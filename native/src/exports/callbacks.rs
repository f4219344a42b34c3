//! Callback primitives: the path choice for callbacks, registering and
//! releasing them, and what lib/callbacks.js's thunks need (the abort, the
//! exiting flag, the nesting depth, the user's stack limit).

use super::args::{arg, get_bool, get_string, get_u32, get_u64, leading_signature};
use crate::call::{CallPath, Role, Tier};
use crate::callbacks::{How, Threadsafe};
use crate::env::EnvState;
use crate::errors::{Code, JsError};
use crate::host::napi::{napi_env, napi_value, valuetype};
use crate::host::values::{bigint_u64, boolean, external_view, string, type_of, undefined};

/// `callbackPath(resultId, paramIds)` -> 'fast' (register a thunk made by
/// lib/callbacks.js), 'general' or 'interp' (register the function).
///
/// # Safety
/// The export contract (exports/mod.rs).
pub(crate) unsafe fn callback_path(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    unsafe {
        let sig = leading_signature(env, args)?;
        Ok(string(env, state.path(&sig, Role::Callback).as_str()))
    }
}

/// `registerCallback(resultId, paramIds, fn, isThunk, threadsafe)` -> bigint
/// entry address. `isThunk` must be true exactly when `callbackPath` said
/// 'fast'. `threadsafe`: 0 (only the registering thread may call it), 1
/// (any thread, blocking) or 2 (any thread, nonblocking: lib/ has checked
/// that the result is void and no argument a struct or union by value).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn register_callback(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    let func = arg(args, 2)?;
    // SAFETY: the export contract.
    if unsafe { type_of(env, func) } != valuetype::FUNCTION {
        return Err(JsError::internal("arguments"));
    }
    // SAFETY: the export contract.
    let sig = unsafe { leading_signature(env, args) }?;
    // SAFETY: the export contract.
    let is_thunk = unsafe { get_bool(env, arg(args, 3)?, "thunk flag") }?;
    let fast = state.path(&sig, Role::Callback) == CallPath::Compiled(Tier::Fast);
    if is_thunk != fast {
        return Err(JsError::internal("callback path"));
    }
    // SAFETY: the export contract.
    let threadsafe = match unsafe { get_u32(env, arg(args, 4)?, "threadsafe mode") }? {
        0 => None,
        1 => Some(Threadsafe::Blocking),
        2 if sig.result.is_void() && sig.result_by_value.is_none() && sig.by_value.iter().all(Option::is_none) => {
            Some(Threadsafe::Nonblocking)
        }
        _ => return Err(JsError::internal("threadsafe mode")),
    };
    let thunk_slots = fast.then_some(state.slots.as_mut_ptr());
    // SAFETY: `func` is a function of `env`; the slots and the shared
    // callback state live in the EnvState, which outlives the callback's
    // registration (its cleanup releases every callback first).
    let entry = unsafe {
        let how = How { compiled: state.jit.is_some(), thunk_slots, threadsafe };
        state.callbacks.register(env, sig, func, how, &*state.callback_shared)
    }
    .map_err(|m| JsError::new(Code::CallFailed, m))?;
    // SAFETY: the export contract.
    Ok(unsafe { bigint_u64(env, entry) })
}

/// `unregisterCallback(entry)` -> the function it held (undefined if
/// collected), or false if it was not registered.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn unregister_callback(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    unsafe {
        let entry = get_u64(env, arg(args, 0)?, "pointer")?;
        Ok(match state.callbacks.unregister(env, entry) {
            None => boolean(env, false),
            Some(held) if held.is_null() => undefined(env),
            Some(held) => held,
        })
    }
}

/// `setCallbackStrong(entry, strong)` -> whether it was registered.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn set_callback_strong(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    unsafe {
        let entry = get_u64(env, arg(args, 0)?, "pointer")?;
        let strong = get_bool(env, arg(args, 1)?, "flag")?;
        Ok(boolean(env, state.callbacks.set_strong(env, entry, strong)))
    }
}

/// `fatal(message)`: aborts the process as a misused callback does
/// (lib/callbacks.js calls it from thunks).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn fatal(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    let message = unsafe { get_string(env, arg(args, 0)?, "message") }?;
    crate::errors::fatal(crate::callbacks::WHERE, &message)
}

/// `exiting()`: Node has begun to exit (lib/callbacks.js calls it on the
/// process's 'exit' event); callbacks then enter JS only through N-API
/// (callbacks.rs `Shared::exiting`).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn exiting(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    state.callback_shared.exiting.set(true);
    // SAFETY: the export contract.
    Ok(unsafe { undefined(env) })
}

/// `callbackDepth()` -> an ArrayBuffer over this environment's count of
/// running callbacks (one u32, read-only for JS).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn callback_depth(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the counter lives in the boxed callback state of EnvState,
    // which outlives every JS object of the environment.
    Ok(unsafe { external_view(env, state.callback_shared.depth.depth_ptr().cast(), 4) })
}

/// `userStackLimit()`: the process was started with `--stack-size`, so
/// V8's stack limit is the user's and is never raised (host/stack.rs).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn user_stack_limit(env: napi_env, _: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    crate::host::stack::user_chose_limit();
    // SAFETY: the export contract.
    Ok(unsafe { undefined(env) })
}
