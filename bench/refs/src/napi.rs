//! The N-API entry points the references use, resolved once with `dlsym` on
//! the host process, plus the few object helpers module setup needs.
//!
//! The same mechanism as jitffi's own table (native/src/napi.rs): a
//! `OnceLock` of plain function pointers. The references call N-API through
//! it exactly as they did when they lived in the jitffi addon, so their
//! figures stay comparable with earlier runs.

#![allow(non_camel_case_types)]

use std::ffi::{c_char, c_void, CString};
use std::ptr::null_mut;
use std::sync::OnceLock;

pub type napi_env = *mut c_void;
pub type napi_value = *mut c_void;
pub type napi_callback_info = *mut c_void;
pub type napi_handle_scope = *mut c_void;
pub type napi_status = i32;
pub type napi_callback = unsafe extern "C" fn(napi_env, napi_callback_info) -> napi_value;

pub const NAPI_OK: napi_status = 0;

/// `napi_valuetype` values the references test for.
pub mod valuetype {
    pub const OBJECT: i32 = 6;
    pub const FUNCTION: i32 = 7;
    pub const BIGINT: i32 = 9;
}

/// `napi_typedarray_type` of an `Int32Array`.
pub const TYPEDARRAY_INT32: i32 = 5;

macro_rules! napi_table {
    ($($field:ident = $sym:literal : fn($($arg:ty),*) -> napi_status;)*) => {
        /// Raw N-API entry points, valid for the life of the process.
        pub struct Napi {
            $(pub $field: unsafe extern "C" fn($($arg),*) -> napi_status,)*
        }

        fn resolve() -> Result<Napi, String> {
            let host = libloading::os::unix::Library::this();
            let napi = Napi {
                $($field: {
                    // SAFETY: the host process (node) exports this N-API
                    // function with exactly this C signature (node_api.h).
                    let symbol = unsafe {
                        host.get::<unsafe extern "C" fn($($arg),*) -> napi_status>(concat!($sym, "\0").as_bytes())
                    };
                    *symbol.map_err(|e| format!("N-API symbol {} not found: {}", $sym, e))?
                },)*
            };
            // The executable is never unloaded; leaking the handle keeps the
            // pointers valid whatever libloading does on drop.
            std::mem::forget(host);
            Ok(napi)
        }
    };
}

napi_table! {
    get_cb_info = "napi_get_cb_info": fn(napi_env, napi_callback_info, *mut usize, *mut napi_value, *mut napi_value, *mut *mut c_void) -> napi_status;
    typeof_ = "napi_typeof": fn(napi_env, napi_value, *mut i32) -> napi_status;
    get_undefined = "napi_get_undefined": fn(napi_env, *mut napi_value) -> napi_status;
    get_value_double = "napi_get_value_double": fn(napi_env, napi_value, *mut f64) -> napi_status;
    get_value_int32 = "napi_get_value_int32": fn(napi_env, napi_value, *mut i32) -> napi_status;
    get_value_bigint_int64 = "napi_get_value_bigint_int64": fn(napi_env, napi_value, *mut i64, *mut bool) -> napi_status;
    get_value_bigint_uint64 = "napi_get_value_bigint_uint64": fn(napi_env, napi_value, *mut u64, *mut bool) -> napi_status;
    get_value_string_utf8 = "napi_get_value_string_utf8": fn(napi_env, napi_value, *mut c_char, usize, *mut usize) -> napi_status;
    create_double = "napi_create_double": fn(napi_env, f64, *mut napi_value) -> napi_status;
    create_int32 = "napi_create_int32": fn(napi_env, i32, *mut napi_value) -> napi_status;
    create_uint32 = "napi_create_uint32": fn(napi_env, u32, *mut napi_value) -> napi_status;
    create_bigint_int64 = "napi_create_bigint_int64": fn(napi_env, i64, *mut napi_value) -> napi_status;
    create_bigint_uint64 = "napi_create_bigint_uint64": fn(napi_env, u64, *mut napi_value) -> napi_status;
    create_object = "napi_create_object": fn(napi_env, *mut napi_value) -> napi_status;
    create_string_utf8 = "napi_create_string_utf8": fn(napi_env, *const c_char, usize, *mut napi_value) -> napi_status;
    create_array_with_length = "napi_create_array_with_length": fn(napi_env, usize, *mut napi_value) -> napi_status;
    set_element = "napi_set_element": fn(napi_env, napi_value, u32, napi_value) -> napi_status;
    create_function = "napi_create_function": fn(napi_env, *const c_char, usize, napi_callback, *mut c_void, *mut napi_value) -> napi_status;
    create_buffer_copy = "napi_create_buffer_copy": fn(napi_env, usize, *const c_void, *mut *mut c_void, *mut napi_value) -> napi_status;
    get_typedarray_info = "napi_get_typedarray_info": fn(napi_env, napi_value, *mut i32, *mut usize, *mut *mut c_void, *mut napi_value, *mut usize) -> napi_status;
    get_buffer_info = "napi_get_buffer_info": fn(napi_env, napi_value, *mut *mut c_void, *mut usize) -> napi_status;
    set_named_property = "napi_set_named_property": fn(napi_env, napi_value, *const c_char, napi_value) -> napi_status;
    get_named_property = "napi_get_named_property": fn(napi_env, napi_value, *const c_char, *mut napi_value) -> napi_status;
    call_function = "napi_call_function": fn(napi_env, napi_value, napi_value, usize, *const napi_value, *mut napi_value) -> napi_status;
    create_type_error = "napi_create_type_error": fn(napi_env, napi_value, napi_value, *mut napi_value) -> napi_status;
    throw = "napi_throw": fn(napi_env, napi_value) -> napi_status;
    is_exception_pending = "napi_is_exception_pending": fn(napi_env, *mut bool) -> napi_status;
    open_handle_scope = "napi_open_handle_scope": fn(napi_env, *mut napi_handle_scope) -> napi_status;
    close_handle_scope = "napi_close_handle_scope": fn(napi_env, napi_handle_scope) -> napi_status;
}

static API: OnceLock<Napi> = OnceLock::new();

/// The resolved table. Panics (an abort, from a callback) if the host does
/// not export N-API, which Node.js always does.
pub fn api() -> &'static Napi {
    API.get_or_init(|| resolve().unwrap_or_else(|e| panic!("jitffi-bench-refs: {e}")))
}

// ---- helpers for module setup and errors ----
//
// # Safety (all of them)
// `env` is the live environment of the current N-API call (module
// registration or a callback) and every `napi_value` passed in is a handle
// of that call.

/// `typeof v` as a `napi_valuetype`, or -1 if N-API fails.
pub unsafe fn type_of(env: napi_env, v: napi_value) -> i32 {
    let mut t = -1;
    // SAFETY: per the contract above; `t` is a local.
    unsafe { (api().typeof_)(env, v, &mut t) };
    t
}

/// A JS string.
pub unsafe fn string(env: napi_env, s: &str) -> napi_value {
    let mut v = null_mut();
    // SAFETY: per the contract above; `s` is valid for `s.len()` bytes (N-API
    // copies them) and `v` is a local.
    unsafe { (api().create_string_utf8)(env, s.as_ptr().cast(), s.len(), &mut v) };
    v
}

/// A JS array of `items`.
pub unsafe fn array(env: napi_env, items: &[napi_value]) -> napi_value {
    let napi = api();
    let mut v = null_mut();
    // SAFETY: per the contract above; `v` is a local, then the array N-API
    // just created.
    unsafe {
        (napi.create_array_with_length)(env, items.len(), &mut v);
        for (i, item) in items.iter().enumerate() {
            (napi.set_element)(env, v, i as u32, *item);
        }
    }
    v
}

/// Defines `obj[name]` as a JS function that calls `cb`.
pub unsafe fn set_function(env: napi_env, obj: napi_value, name: &str, cb: napi_callback) {
    let napi = api();
    let key = CString::new(name).expect("function names have no NUL");
    let mut f = null_mut();
    // SAFETY: per the contract above; `name` is valid for `name.len()` bytes,
    // `key` is NUL-terminated, `f` is a local, and `cb` is a napi_callback
    // that ignores its data pointer (NULL here).
    unsafe {
        (napi.create_function)(env, name.as_ptr().cast(), name.len(), cb, null_mut(), &mut f);
        (napi.set_named_property)(env, obj, key.as_ptr(), f);
    }
}

/// Throws a TypeError with `code` ERR_INVALID_ARG_TYPE, unless an exception
/// is already pending; returns NULL for the callback to return.
#[cold]
#[inline(never)]
pub unsafe fn fail(env: napi_env, message: &str) -> napi_value {
    let napi = api();
    let mut pending = false;
    // SAFETY: per the contract above; out-pointers point to locals and the
    // strings are handles N-API just created.
    unsafe {
        (napi.is_exception_pending)(env, &mut pending);
        if !pending {
            let code = string(env, "ERR_INVALID_ARG_TYPE");
            let msg = string(env, message);
            let mut error = null_mut();
            (napi.create_type_error)(env, code, msg, &mut error);
            (napi.throw)(env, error);
        }
    }
    null_mut()
}
