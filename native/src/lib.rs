//! jitffi's native addon: module entry only. It creates this environment's
//! state and registers the primitives of `exports`; lib/ builds the node:ffi
//! API on top of them.

pub mod bench_refs;
pub mod callbacks;
pub mod convert;
pub mod env;
pub mod errors;
pub mod exports;
pub mod interp;
pub mod jit;
pub mod library;
pub mod memory;
pub mod napi;
pub mod stack;
pub mod types;
pub mod v8;

use neon::prelude::*;

unsafe extern "C" fn drop_env_state(arg: *mut std::ffi::c_void) {
    // SAFETY: `arg` is the Box<EnvState> leaked in `main`; cleanup hooks run
    // once, when the environment (main thread or worker) is torn down, while
    // N-API can still delete references.
    let mut state = Box::from_raw(arg as *mut env::EnvState);
    // Callbacks still registered are released; their entries and cells
    // outlive the environment (callbacks.rs), so native code that calls one
    // later (an exit handler, another thread after a worker has ended) gets
    // zero without touching the environment.
    state.callbacks.clear();
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
    let raw_env = cx.to_raw() as napi::napi_env;
    let exports = cx.exports_object()?;
    let raw_exports = exports.to_raw();
    let state = Box::into_raw(Box::new(env::EnvState::new()));
    // SAFETY: `raw_env` is the live environment loading this module and
    // `raw_exports` its exports object; `state` stays valid until the
    // cleanup hook registered below frees it.
    unsafe {
        exports::register_all(raw_env, raw_exports as napi::napi_value, state);
        add_env_cleanup_hook(raw_env, drop_env_state, state.cast());
    }
    Ok(())
}

/// `napi_add_env_cleanup_hook`, resolved here because only module setup uses it.
unsafe fn add_env_cleanup_hook(env: napi::napi_env, hook: unsafe extern "C" fn(*mut std::ffi::c_void), arg: *mut std::ffi::c_void) {
    type AddHook = unsafe extern "C" fn(napi::napi_env, unsafe extern "C" fn(*mut std::ffi::c_void), *mut std::ffi::c_void) -> i32;
    let host = libloading::os::unix::Library::this();
    if let Ok(f) = host.get::<AddHook>(b"napi_add_env_cleanup_hook\0") {
        f(env, hook, arg);
    }
}
