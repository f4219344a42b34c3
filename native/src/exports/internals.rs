//! Per-environment primitives of lib/'s own machinery and of
//! `internals` (tests and debugging): the views of the fast tier's slots and
//! string area, the JS-codegen switch, the event loop, statistics and the
//! V8 API paths.

use crate::env::EnvState;
use crate::errors::{Code, JsError};
use crate::host::napi::{napi_env, napi_value, NAPI_OK};
use crate::host::values::{bigint_u64, external_view, number, object, set, string, undefined};

/// `slots()` -> an ArrayBuffer over this environment's fast-tier slots.
/// lib/ keeps it private; native memory, so V8 never moves it.
///
/// # Safety
/// The export contract (exports/mod.rs).
pub(crate) unsafe fn slots(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    let bytes = std::mem::size_of_val(&*state.slots);
    // SAFETY: the slots live in EnvState (boxed), which outlives every JS
    // object of the environment.
    Ok(unsafe { external_view(env, state.slots.as_mut_ptr().cast(), bytes) })
}

/// `strings()` -> an ArrayBuffer over this environment's string area, where
/// fast-tier wrappers copy short string arguments.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn strings(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: as for `slots`: the area lives in EnvState (boxed).
    Ok(unsafe { external_view(env, state.strings.as_mut_ptr().cast(), state.strings.len()) })
}

/// `disallowJsCodegen()`: JS cannot generate code (`new Function` throws),
/// so the paths that need generated wrappers or thunks are never chosen
/// from now on.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn disallow_js_codegen(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    state.js_codegen = false;
    // SAFETY: the export contract.
    Ok(unsafe { undefined(env) })
}

/// `eventLoop()` -> the address of this environment's libuv loop
/// (`ffi.getCurrentEventLoop()`).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn event_loop(env: napi_env, _: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    let unavailable = || JsError::new(Code::CallFailed, "The event loop is not available");
    let get_loop = crate::host::napi::get_uv_event_loop().ok_or_else(unavailable)?;
    let mut uv_loop = std::ptr::null_mut();
    // SAFETY: the export contract; the out-pointer is a local.
    if unsafe { get_loop(env, &mut uv_loop) } != NAPI_OK {
        return Err(unavailable());
    }
    // SAFETY: the export contract.
    Ok(unsafe { bigint_u64(env, uv_loop as u64) })
}

/// `stats()` -> { mode, compiled, signatures, callbacks, asyncPending,
/// syncCalls, v8fastCalls?, v8fastDirect?, v8fastBound? } for tests and debugging (`signatures`: how many
/// signatures have code mapped; `syncCalls`: how many synchronous foreign
/// calls are counted in progress now, abi/sync_calls.rs).
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn stats(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
    let compiled = state.jit.as_ref().map_or(0, |j| j.compiled_count());
    let units = state.jit.as_ref().map_or(0, |j| j.unit_count());
    // SAFETY: the export contract.
    unsafe {
        let o = object(env);
        set(env, o, "mode", string(env, state.mode()));
        set(env, o, "compiled", number(env, compiled as f64));
        set(env, o, "signatures", number(env, units as f64));
        set(env, o, "callbacks", number(env, state.callbacks.count() as f64));
        set(env, o, "asyncPending", number(env, crate::async_calls::pending(&state.async_calls) as f64));
        let sync_calls = crate::abi::sync_calls::depth(state.sync_calls.sample());
        set(env, o, "syncCalls", number(env, f64::from(sync_calls)));
        if let Some(calls) = &state.v8fast_calls {
            set(env, o, "v8fastCalls", number(env, **calls as f64));
            set(env, o, "v8fastDirect", number(env, state.v8fast_direct as f64));
            set(env, o, "v8fastBound", number(env, state.v8fast_bound as f64));
        }
        Ok(o)
    }
}

/// `v8Api()` -> which path each use of V8's C++ API takes in this process
/// (host/v8.rs `describe`); `fastApi`: `'v8'` when fast-tier stubs are
/// V8 fast API functions, else why not; and `fastApiTyped`: `'v8'` when
/// v8fast signatures of scalars get typed functions, else why not
/// (host/v8_fast.rs), for tests and debugging.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn v8_api(env: napi_env, _: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    unsafe {
        let o = object(env);
        for (key, value) in crate::host::v8::describe() {
            set(env, o, key, string(env, &value));
        }
        set(env, o, "fastApi", string(env, crate::host::v8_fast::why_not().unwrap_or("v8")));
        set(env, o, "fastApiTyped", string(env, crate::host::v8_fast::why_not_typed().unwrap_or("v8")));
        Ok(o)
    }
}
