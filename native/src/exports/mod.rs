//! The native primitives lib/ builds the node:ffi API from, one file per
//! feature. Each export is a raw `napi_callback` whose callback data is this
//! environment's `EnvState`; `dispatch` reads its arguments and turns an
//! `Err` into a thrown JS error. Argument shapes are checked by lib/ before
//! these are called; the checks here only keep bad input from crashing.
//!
//! The export contract: an export body runs inside the N-API call that
//! `dispatch` serves, so `env` is the live environment of this thread,
//! `args` are its values, and `state` is its `EnvState`.

mod args;
mod bound;
mod callbacks;
mod internals;
mod library;
mod memory;
mod table;

use crate::env::EnvState;
use crate::errors::{throw, JsError};
use crate::host::napi::{api, napi_callback_info, napi_env, napi_value};
use crate::host::values::{make_function, set};
use std::ffi::c_void;

/// An export body (see the export contract above).
type Export = unsafe fn(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError>;

/// Most arguments any export takes.
const MAX_ARGS: usize = 8;

/// Calls `f` with up to `MAX_ARGS` arguments and this environment's state;
/// turns an `Err` into a thrown JS error.
///
/// # Safety
/// `env` and `info` are those of an N-API call of a function created by
/// `register`, whose data is the environment's `EnvState`.
unsafe fn dispatch(env: napi_env, info: napi_callback_info, f: Export) -> napi_value {
    let mut argv = [std::ptr::null_mut(); MAX_ARGS];
    let mut argc = argv.len();
    let mut data: *mut c_void = std::ptr::null_mut();
    // SAFETY: the caller's contract; `argv` has `argc` writable entries.
    unsafe { (api().get_cb_info)(env, info, &mut argc, argv.as_mut_ptr(), std::ptr::null_mut(), &mut data) };
    // SAFETY: every export is created with the environment's EnvState as
    // data, which lives until the environment's cleanup hook runs, after
    // which no JS function of the environment is called.
    let state = unsafe { &mut *(data as *mut EnvState) };
    // SAFETY: this is the export contract.
    match unsafe { f(env, &argv[..argc.min(argv.len())], state) } {
        Ok(v) => v,
        Err(e) => {
            throw(env, &e);
            std::ptr::null_mut()
        }
    }
}

/// Defines a `napi_callback` per export that dispatches to its body, and
/// `register`, which sets them all on the exports object.
macro_rules! exports {
    ($($name:literal => $f:path),* $(,)?) => {
        /// Defines every primitive on `exports`.
        ///
        /// # Safety
        /// `env` is the environment loading the module, `exports` its exports
        /// object, and `state` its `EnvState` (alive until its cleanup hook).
        pub(crate) unsafe fn register(env: napi_env, exports: napi_value, state: *mut EnvState) {
            $({
                unsafe extern "C" fn cb(env: napi_env, info: napi_callback_info) -> napi_value {
                    // SAFETY: N-API calls `cb` with its own env and info; it
                    // was created below with the EnvState as data.
                    unsafe { dispatch(env, info, $f) }
                }
                // SAFETY: the caller's contract.
                unsafe { set(env, exports, $name, make_function(env, $name, cb, state.cast())) };
            })*
            // SAFETY: the caller's contract.
            unsafe { memory::register_stubs(env, exports, &*state) };
        }
    };
}

exports! {
    "typeTable" => table::type_table,
    "open" => library::open,
    "close" => library::close,
    "symbol" => library::symbol,
    "callPath" => library::call_path,
    "byValueUnsupported" => library::by_value_unsupported,
    "fastStub" => library::fast_stub,
    "v8FastFunction" => library::v8_fast_function,
    "boundFunction" => bound::bound_function,
    "countSyncCalls" => bound::count_sync_calls,
    "nativeFunction" => library::native_function,
    "asyncFunction" => library::async_function,
    "variadicFunction" => library::variadic_function,
    "errno" => library::errno,
    "callbackPath" => callbacks::callback_path,
    "registerCallback" => callbacks::register_callback,
    "unregisterCallback" => callbacks::unregister_callback,
    "setCallbackStrong" => callbacks::set_callback_strong,
    "fatal" => callbacks::fatal,
    "exiting" => callbacks::exiting,
    "callbackDepth" => callbacks::callback_depth,
    "userStackLimit" => callbacks::user_stack_limit,
    "memToString" => memory::to_string,
    "memToBuffer" => memory::to_buffer,
    "memCopyIn" => memory::copy_in,
    "memCopyOut" => memory::copy_out,
    "memAddress" => memory::address,
    "memByteLength" => memory::byte_length,
    "slots" => internals::slots,
    "strings" => internals::strings,
    "disallowJsCodegen" => internals::disallow_js_codegen,
    "eventLoop" => internals::event_loop,
    "stats" => internals::stats,
    "v8Api" => internals::v8_api,
}
