//! jitffi's native addon: the module entry. It creates this environment's
//! state, registers the primitives of `exports` (lib/ builds the node:ffi
//! API on top of them) and frees the state in the environment's one
//! cleanup hook.
//!
//! Layers, each using only those below it (docs/architecture.md;
//! scripts/check-layers.js enforces the rule):
//!
//! | layer      | modules                                   |
//! |------------|-------------------------------------------|
//! | entry      | `lib.rs`                                  |
//! | exports    | `exports/`                                |
//! | env        | `env`                                     |
//! | features   | `library`, `async_calls`, `callbacks`, `memory` |
//! | call       | `call/` (`jit/`, `interp`, the path choice) |
//! | convert    | `convert`                                 |
//! | abi        | `abi/`                                    |
//! | base       | `types`, `errors`                         |
//! | host       | `host/`                                   |

#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

mod abi;
mod async_calls;
mod call;
mod callbacks;
mod convert;
mod env;
mod errors;
mod exports;
mod host;
mod library;
mod memory;
mod types;

#[doc(hidden)]
pub mod testing;

use host::napi::{napi_env, napi_value};
use neon::prelude::*;

/// The environment's cleanup hook: frees its `EnvState`.
unsafe extern "C" fn drop_env_state(arg: *mut std::ffi::c_void) {
    // SAFETY: `arg` is the Box<EnvState> leaked in `main`; cleanup hooks run
    // once, when the environment (main thread or worker) is torn down, while
    // N-API can still delete references.
    let mut state = unsafe { Box::from_raw(arg as *mut env::EnvState) };
    // Callbacks still registered are released; their entries and cells
    // outlive the environment (callbacks.rs), so native code that calls one
    // later (an exit handler, another thread after a worker has ended) gets
    // zero without touching the environment.
    // SAFETY: as above: N-API is still usable for this environment.
    unsafe { state.callbacks.clear() };
    drop(state);
}

/// Keeps this addon mapped until the process exits.
///
/// Node unloads (dlclose) an addon when the worker that loaded it ends, but
/// Rust's thread-local destructors of that worker thread (std::thread's
/// current-thread handle, used by the callback thread check) run after that,
/// from the thread's exit path, and would jump into unmapped code. Loading
/// ourselves once more with RTLD_NODELETE pins the mapping.
fn pin_addon() {
    // SAFETY: Dl_info is plain data, for which all zeroes is a valid value.
    let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
    // SAFETY: dladdr only reads the address of one of our own functions and
    // fills `info`; dli_fname points into the loader's data while mapped.
    unsafe {
        if libc::dladdr(pin_addon as *const libc::c_void, &mut info) != 0 && !info.dli_fname.is_null() {
            // The handle is deliberately leaked: the mapping must stay.
            libc::dlopen(info.dli_fname, libc::RTLD_NOW | libc::RTLD_NODELETE);
        }
    }
}

#[neon::main]
fn main(mut cx: ModuleContext) -> NeonResult<()> {
    pin_addon();
    let raw_env = cx.to_raw() as napi_env;
    let exports = cx.exports_object()?.to_raw() as napi_value;
    let state = Box::into_raw(Box::new(env::EnvState::new(raw_env)));
    // SAFETY: `raw_env` is the live environment loading this module and
    // `exports` its exports object; `state` stays valid until the cleanup
    // hook registered here frees it.
    unsafe {
        exports::register(raw_env, exports, state);
        host::napi::on_env_teardown(raw_env, drop_env_state, state.cast());
    }
    Ok(())
}
