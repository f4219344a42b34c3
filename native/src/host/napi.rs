//! The N-API function table, resolved once from the running process.
//!
//! neon's `sys` bindings wrap every call in a `Result` and do not expose the
//! raw function addresses, which the JIT needs to emit direct calls. So this
//! module resolves each N-API symbol it uses with `dlsym` on the host process
//! (the `node` binary exports them), once, and keeps plain function pointers.
//!
//! Two kinds of entry:
//! * the table (`api()`): the functions every call path needs, resolved
//!   together on first use; all exist in every Node.js jitffi supports;
//! * optional functions (`optional_napi!`), each resolved on its first use
//!   and `None` where the running Node.js (or another runtime that embeds
//!   N-API) lacks it; their callers have a fallback.

#![allow(non_camel_case_types)]

use std::ffi::c_void;
use std::os::raw::c_char;
use std::sync::OnceLock;

pub(crate) type napi_env = *mut c_void;
pub(crate) type napi_value = *mut c_void;
pub(crate) type napi_callback_info = *mut c_void;
pub(crate) type napi_ref = *mut c_void;
pub(crate) type napi_handle_scope = *mut c_void;
pub(crate) type napi_status = i32;
pub(crate) type napi_callback = unsafe extern "C" fn(napi_env, napi_callback_info) -> napi_value;
pub(crate) type napi_finalize = unsafe extern "C" fn(napi_env, *mut c_void, *mut c_void);
pub(crate) type napi_deferred = *mut c_void;
pub(crate) type napi_async_work = *mut c_void;
pub(crate) type napi_threadsafe_function = *mut c_void;
pub(crate) type napi_async_execute_callback = unsafe extern "C" fn(napi_env, *mut c_void);
pub(crate) type napi_async_complete_callback = unsafe extern "C" fn(napi_env, napi_status, *mut c_void);
/// `napi_threadsafe_function_call_js`: runs on the function's thread with
/// (env, js_callback, context, data); env is NULL when the function is
/// being torn down and the queued `data` will never be delivered.
pub(crate) type napi_threadsafe_function_call_js = unsafe extern "C" fn(napi_env, napi_value, *mut c_void, *mut c_void);

pub(crate) const NAPI_OK: napi_status = 0;

/// `napi_threadsafe_function_call_mode`: fail rather than wait for room in
/// the queue.
pub(crate) const TSFN_NONBLOCKING: i32 = 0;
/// `napi_threadsafe_function_release_mode`: close at once; queued items
/// reach the call_js callback with a NULL env.
pub(crate) const TSFN_ABORT: i32 = 1;

/// `napi_valuetype`
pub(crate) mod valuetype {
    pub(crate) const UNDEFINED: i32 = 0;
    pub(crate) const NULL: i32 = 1;
    pub(crate) const STRING: i32 = 4;
    pub(crate) const OBJECT: i32 = 6;
    pub(crate) const FUNCTION: i32 = 7;
    pub(crate) const BIGINT: i32 = 9;
}

/// `napi_typedarray_type`
pub(crate) mod typedarray {
    pub(crate) const INT16: i32 = 3;
    pub(crate) const UINT16: i32 = 4;
    pub(crate) const INT32: i32 = 5;
    pub(crate) const UINT32: i32 = 6;
    pub(crate) const FLOAT32: i32 = 7;
    pub(crate) const FLOAT64: i32 = 8;
    pub(crate) const BIGINT64: i32 = 9;
    pub(crate) const BIGUINT64: i32 = 10;
}

macro_rules! napi_table {
    ($($field:ident = $sym:literal : fn($($arg:ty),*) $(-> $ret:ty)?;)*) => {
        /// Raw N-API entry points. Every field is a valid function pointer
        /// for the lifetime of the process once `api()` has returned.
        pub(crate) struct Napi {
            $(pub(crate) $field: unsafe extern "C" fn($($arg),*) $(-> $ret)?,)*
        }

        impl Napi {
            /// (N-API name, address) of every entry, for the JIT's linker.
            pub(crate) fn symbols(&self) -> Vec<(&'static str, *const u8)> {
                vec![$(($sym, self.$field as *const u8),)*]
            }
        }

        fn resolve() -> Result<Napi, String> {
            // SAFETY: `this()` opens the already-loaded host executable; the
            // handle is leaked so the resolved symbols stay valid forever.
            let host = libloading::os::unix::Library::this();
            let napi = Napi {
                // SAFETY: each symbol the host exports has the signature
                // node_api.h gives it, written in the table below.
                $($field: unsafe {
                    *host
                        .get::<unsafe extern "C" fn($($arg),*) $(-> $ret)?>(concat!($sym, "\0").as_bytes())
                        .map_err(|e| format!("N-API symbol {} not found: {}", $sym, e))?
                },)*
            };
            std::mem::forget(host);
            Ok(napi)
        }
    };
}

napi_table! {
    get_cb_info = "napi_get_cb_info": fn(napi_env, napi_callback_info, *mut usize, *mut napi_value, *mut napi_value, *mut *mut c_void) -> napi_status;
    typeof_ = "napi_typeof": fn(napi_env, napi_value, *mut i32) -> napi_status;
    get_undefined = "napi_get_undefined": fn(napi_env, *mut napi_value) -> napi_status;
    get_null = "napi_get_null": fn(napi_env, *mut napi_value) -> napi_status;
    get_boolean = "napi_get_boolean": fn(napi_env, bool, *mut napi_value) -> napi_status;
    get_value_bool = "napi_get_value_bool": fn(napi_env, napi_value, *mut bool) -> napi_status;
    get_value_double = "napi_get_value_double": fn(napi_env, napi_value, *mut f64) -> napi_status;
    get_value_bigint_int64 = "napi_get_value_bigint_int64": fn(napi_env, napi_value, *mut i64, *mut bool) -> napi_status;
    get_value_bigint_uint64 = "napi_get_value_bigint_uint64": fn(napi_env, napi_value, *mut u64, *mut bool) -> napi_status;
    get_value_string_utf8 = "napi_get_value_string_utf8": fn(napi_env, napi_value, *mut c_char, usize, *mut usize) -> napi_status;
    create_double = "napi_create_double": fn(napi_env, f64, *mut napi_value) -> napi_status;
    create_int32 = "napi_create_int32": fn(napi_env, i32, *mut napi_value) -> napi_status;
    create_uint32 = "napi_create_uint32": fn(napi_env, u32, *mut napi_value) -> napi_status;
    create_bigint_int64 = "napi_create_bigint_int64": fn(napi_env, i64, *mut napi_value) -> napi_status;
    create_bigint_uint64 = "napi_create_bigint_uint64": fn(napi_env, u64, *mut napi_value) -> napi_status;
    create_string_utf8 = "napi_create_string_utf8": fn(napi_env, *const c_char, usize, *mut napi_value) -> napi_status;
    create_object = "napi_create_object": fn(napi_env, *mut napi_value) -> napi_status;
    create_array_with_length = "napi_create_array_with_length": fn(napi_env, usize, *mut napi_value) -> napi_status;
    create_function = "napi_create_function": fn(napi_env, *const c_char, usize, napi_callback, *mut c_void, *mut napi_value) -> napi_status;
    create_external = "napi_create_external": fn(napi_env, *mut c_void, Option<napi_finalize>, *mut c_void, *mut napi_value) -> napi_status;
    get_value_external = "napi_get_value_external": fn(napi_env, napi_value, *mut *mut c_void) -> napi_status;
    create_external_arraybuffer = "napi_create_external_arraybuffer": fn(napi_env, *mut c_void, usize, Option<napi_finalize>, *mut c_void, *mut napi_value) -> napi_status;
    create_arraybuffer = "napi_create_arraybuffer": fn(napi_env, usize, *mut *mut c_void, *mut napi_value) -> napi_status;
    create_buffer_copy = "napi_create_buffer_copy": fn(napi_env, usize, *const c_void, *mut *mut c_void, *mut napi_value) -> napi_status;
    create_external_buffer = "napi_create_external_buffer": fn(napi_env, usize, *mut c_void, Option<napi_finalize>, *mut c_void, *mut napi_value) -> napi_status;
    get_typedarray_info = "napi_get_typedarray_info": fn(napi_env, napi_value, *mut i32, *mut usize, *mut *mut c_void, *mut napi_value, *mut usize) -> napi_status;
    get_dataview_info = "napi_get_dataview_info": fn(napi_env, napi_value, *mut usize, *mut *mut c_void, *mut napi_value, *mut usize) -> napi_status;
    get_arraybuffer_info = "napi_get_arraybuffer_info": fn(napi_env, napi_value, *mut *mut c_void, *mut usize) -> napi_status;
    is_arraybuffer = "napi_is_arraybuffer": fn(napi_env, napi_value, *mut bool) -> napi_status;
    is_promise = "napi_is_promise": fn(napi_env, napi_value, *mut bool) -> napi_status;
    get_element = "napi_get_element": fn(napi_env, napi_value, u32, *mut napi_value) -> napi_status;
    set_element = "napi_set_element": fn(napi_env, napi_value, u32, napi_value) -> napi_status;
    get_array_length = "napi_get_array_length": fn(napi_env, napi_value, *mut u32) -> napi_status;
    set_named_property = "napi_set_named_property": fn(napi_env, napi_value, *const c_char, napi_value) -> napi_status;
    get_named_property = "napi_get_named_property": fn(napi_env, napi_value, *const c_char, *mut napi_value) -> napi_status;
    call_function = "napi_call_function": fn(napi_env, napi_value, napi_value, usize, *const napi_value, *mut napi_value) -> napi_status;
    create_reference = "napi_create_reference": fn(napi_env, napi_value, u32, *mut napi_ref) -> napi_status;
    delete_reference = "napi_delete_reference": fn(napi_env, napi_ref) -> napi_status;
    reference_ref = "napi_reference_ref": fn(napi_env, napi_ref, *mut u32) -> napi_status;
    reference_unref = "napi_reference_unref": fn(napi_env, napi_ref, *mut u32) -> napi_status;
    get_reference_value = "napi_get_reference_value": fn(napi_env, napi_ref, *mut napi_value) -> napi_status;
    add_finalizer = "napi_add_finalizer": fn(napi_env, napi_value, *mut c_void, napi_finalize, *mut c_void, *mut napi_ref) -> napi_status;
    create_error = "napi_create_error": fn(napi_env, napi_value, napi_value, *mut napi_value) -> napi_status;
    create_type_error = "napi_create_type_error": fn(napi_env, napi_value, napi_value, *mut napi_value) -> napi_status;
    create_range_error = "napi_create_range_error": fn(napi_env, napi_value, napi_value, *mut napi_value) -> napi_status;
    throw = "napi_throw": fn(napi_env, napi_value) -> napi_status;
    is_exception_pending = "napi_is_exception_pending": fn(napi_env, *mut bool) -> napi_status;
    get_and_clear_last_exception = "napi_get_and_clear_last_exception": fn(napi_env, *mut napi_value) -> napi_status;
    open_handle_scope = "napi_open_handle_scope": fn(napi_env, *mut napi_handle_scope) -> napi_status;
    close_handle_scope = "napi_close_handle_scope": fn(napi_env, napi_handle_scope) -> napi_status;
    coerce_to_bool = "napi_coerce_to_bool": fn(napi_env, napi_value, *mut napi_value) -> napi_status;
    fatal_error = "napi_fatal_error": fn(*const c_char, usize, *const c_char, usize);
    create_promise = "napi_create_promise": fn(napi_env, *mut napi_deferred, *mut napi_value) -> napi_status;
    resolve_deferred = "napi_resolve_deferred": fn(napi_env, napi_deferred, napi_value) -> napi_status;
    reject_deferred = "napi_reject_deferred": fn(napi_env, napi_deferred, napi_value) -> napi_status;
    create_async_work = "napi_create_async_work": fn(napi_env, napi_value, napi_value, napi_async_execute_callback, napi_async_complete_callback, *mut c_void, *mut napi_async_work) -> napi_status;
    queue_async_work = "napi_queue_async_work": fn(napi_env, napi_async_work) -> napi_status;
    delete_async_work = "napi_delete_async_work": fn(napi_env, napi_async_work) -> napi_status;
    create_threadsafe_function = "napi_create_threadsafe_function": fn(napi_env, napi_value, napi_value, napi_value, usize, usize, *mut c_void, Option<napi_finalize>, *mut c_void, Option<napi_threadsafe_function_call_js>, *mut napi_threadsafe_function) -> napi_status;
    call_threadsafe_function = "napi_call_threadsafe_function": fn(napi_threadsafe_function, *mut c_void, i32) -> napi_status;
    release_threadsafe_function = "napi_release_threadsafe_function": fn(napi_threadsafe_function, i32) -> napi_status;
    ref_threadsafe_function = "napi_ref_threadsafe_function": fn(napi_env, napi_threadsafe_function) -> napi_status;
    unref_threadsafe_function = "napi_unref_threadsafe_function": fn(napi_env, napi_threadsafe_function) -> napi_status;
}

macro_rules! optional_napi {
    ($($(#[$doc:meta])* $field:ident = $sym:literal : fn($($arg:ty),*) $(-> $ret:ty)?;)*) => {
        $(
            $(#[$doc])*
            pub(crate) fn $field() -> Option<unsafe extern "C" fn($($arg),*) $(-> $ret)?> {
                static ENTRY: OnceLock<Option<unsafe extern "C" fn($($arg),*) $(-> $ret)?>> = OnceLock::new();
                *ENTRY.get_or_init(|| {
                    let host = libloading::os::unix::Library::this();
                    // SAFETY: the symbol, if the host exports it, has this
                    // signature (node_api.h); the host executable is never
                    // unloaded, so the pointer stays valid.
                    let f = unsafe { host.get::<unsafe extern "C" fn($($arg),*) $(-> $ret)?>(concat!($sym, "\0").as_bytes()) }.ok().map(|f| *f);
                    std::mem::forget(host);
                    f
                })
            }
        )*
    };
}

optional_napi! {
    /// N-API 7. Without it a detached buffer counts as an empty one.
    is_detached_arraybuffer = "napi_is_detached_arraybuffer": fn(napi_env, napi_value, *mut bool) -> napi_status;
    /// Absent from runtimes without libuv; `ffi.getCurrentEventLoop()` throws there.
    get_uv_event_loop = "napi_get_uv_event_loop": fn(napi_env, *mut *mut c_void) -> napi_status;
    /// Without it nothing is freed when an environment ends (a leak, per worker).
    add_env_cleanup_hook = "napi_add_env_cleanup_hook": fn(napi_env, unsafe extern "C" fn(*mut c_void), *mut c_void) -> napi_status;
}

/// Registers `hook(arg)` to run when `env` is torn down, if this Node.js can.
///
/// # Safety
/// `env` is the live environment; `hook` may be called with `arg` once,
/// at that environment's teardown.
pub(crate) unsafe fn on_env_teardown(env: napi_env, hook: unsafe extern "C" fn(*mut c_void), arg: *mut c_void) {
    if let Some(add) = add_env_cleanup_hook() {
        // SAFETY: the caller's contract.
        unsafe { add(env, hook, arg) };
    }
}

static API: OnceLock<Napi> = OnceLock::new();

/// The resolved table. Panics with a clear message if the host process does
/// not export N-API (it always does when loaded by Node.js).
pub(crate) fn api() -> &'static Napi {
    API.get_or_init(|| resolve().unwrap_or_else(|e| panic!("jitffi: {e}")))
}

/// Whether this module is running inside a process that exports N-API
/// (false under plain `cargo test`).
pub(crate) fn available() -> bool {
    if API.get().is_some() {
        return true;
    }
    match resolve() {
        Ok(napi) => {
            let _ = API.set(napi); // another thread may have won the race: same table
            true
        }
        Err(_) => false,
    }
}
