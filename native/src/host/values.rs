//! Small N-API value helpers: making and reading the JS values the exports
//! and the callbacks exchange, and finding the memory behind a Buffer,
//! typed array, DataView or ArrayBuffer.
//!
//! Every function here takes the `napi_env` of the N-API call (or callback
//! invocation) that is running on this thread; that is the one safety
//! condition they all share. Their out-pointers are locals.

use super::napi::{api, napi_callback, napi_callback_info, napi_env, napi_value, typedarray, NAPI_OK};
use std::ffi::c_void;

/// A JS function that calls `cb` with `data` as its callback data.
///
/// # Safety
/// `env` is the live environment of the running call; `data` stays valid
/// for as long as the function may be called.
pub(crate) unsafe fn make_function(env: napi_env, name: &str, cb: napi_callback, data: *mut c_void) -> napi_value {
    let mut f = std::ptr::null_mut();
    // SAFETY: the caller's contract; `name` is valid UTF-8 of this length.
    unsafe { (api().create_function)(env, name.as_ptr().cast(), name.len(), cb, data, &mut f) };
    f
}

/// `obj[key] = value`.
///
/// # Safety
/// `env` is the live environment; `obj` and `value` are its values.
pub(crate) unsafe fn set(env: napi_env, obj: napi_value, key: &str, value: napi_value) {
    let key = std::ffi::CString::new(key).expect("property names have no NUL");
    // SAFETY: the caller's contract; `key` is NUL-terminated.
    unsafe { (api().set_named_property)(env, obj, key.as_ptr(), value) };
}

/// A JS string.
///
/// # Safety
/// `env` is the live environment.
pub(crate) unsafe fn string(env: napi_env, s: &str) -> napi_value {
    let mut v = std::ptr::null_mut();
    // SAFETY: the caller's contract; `s` is valid UTF-8 of this length.
    unsafe { (api().create_string_utf8)(env, s.as_ptr().cast(), s.len(), &mut v) };
    v
}

/// A JS number.
///
/// # Safety
/// `env` is the live environment.
pub(crate) unsafe fn number(env: napi_env, d: f64) -> napi_value {
    let mut v = std::ptr::null_mut();
    // SAFETY: the caller's contract.
    unsafe { (api().create_double)(env, d, &mut v) };
    v
}

/// A JS boolean.
///
/// # Safety
/// `env` is the live environment.
pub(crate) unsafe fn boolean(env: napi_env, b: bool) -> napi_value {
    let mut v = std::ptr::null_mut();
    // SAFETY: the caller's contract.
    unsafe { (api().get_boolean)(env, b, &mut v) };
    v
}

/// `undefined`.
///
/// # Safety
/// `env` is the live environment.
pub(crate) unsafe fn undefined(env: napi_env) -> napi_value {
    let mut v = std::ptr::null_mut();
    // SAFETY: the caller's contract.
    unsafe { (api().get_undefined)(env, &mut v) };
    v
}

/// `null`.
///
/// # Safety
/// `env` is the live environment.
pub(crate) unsafe fn null(env: napi_env) -> napi_value {
    let mut v = std::ptr::null_mut();
    // SAFETY: the caller's contract.
    unsafe { (api().get_null)(env, &mut v) };
    v
}

/// A new empty object.
///
/// # Safety
/// `env` is the live environment.
pub(crate) unsafe fn object(env: napi_env) -> napi_value {
    let mut v = std::ptr::null_mut();
    // SAFETY: the caller's contract.
    unsafe { (api().create_object)(env, &mut v) };
    v
}

/// A new array holding `items`.
///
/// # Safety
/// `env` is the live environment; `items` are its values.
pub(crate) unsafe fn array(env: napi_env, items: &[napi_value]) -> napi_value {
    let mut v = std::ptr::null_mut();
    // SAFETY: the caller's contract.
    unsafe {
        (api().create_array_with_length)(env, items.len(), &mut v);
        for (i, item) in items.iter().enumerate() {
            (api().set_element)(env, v, i as u32, *item);
        }
    }
    v
}

/// A bigint holding `x`.
///
/// # Safety
/// `env` is the live environment.
pub(crate) unsafe fn bigint_u64(env: napi_env, x: u64) -> napi_value {
    let mut v = std::ptr::null_mut();
    // SAFETY: the caller's contract.
    unsafe { (api().create_bigint_uint64)(env, x, &mut v) };
    v
}

/// `napi_valuetype` of `v` (-1 if N-API refuses).
///
/// # Safety
/// `env` is the live environment; `v` is its value.
pub(crate) unsafe fn type_of(env: napi_env, v: napi_value) -> i32 {
    let mut t = -1;
    // SAFETY: the caller's contract.
    unsafe { (api().typeof_)(env, v, &mut t) };
    t
}

/// The finalizer of memory that is not the ArrayBuffer's to free (native
/// memory someone else owns or that is never freed).
pub(crate) unsafe extern "C" fn keep_memory(_: napi_env, _: *mut c_void, _: *mut c_void) {}

/// An external ArrayBuffer over `bytes` bytes at `data`, freeing nothing.
///
/// # Safety
/// `env` is the live environment; `data` has `bytes` bytes that stay valid
/// (and in place) for as long as any JS object of `env` can reach them.
pub(crate) unsafe fn external_view(env: napi_env, data: *mut c_void, bytes: usize) -> napi_value {
    let mut ab = std::ptr::null_mut();
    // SAFETY: the caller's contract; the finalizer frees nothing.
    unsafe { (api().create_external_arraybuffer)(env, data, bytes, Some(keep_memory), std::ptr::null_mut(), &mut ab) };
    ab
}

/// Whether `arraybuffer` is detached (false where N-API cannot tell).
///
/// # Safety
/// `env` is the live environment; `arraybuffer` is its value.
pub(crate) unsafe fn is_detached(env: napi_env, arraybuffer: napi_value) -> bool {
    let mut d = false;
    if let Some(is_detached) = super::napi::is_detached_arraybuffer() {
        // SAFETY: the caller's contract.
        unsafe { is_detached(env, arraybuffer, &mut d) };
    }
    d
}

/// The memory behind a Buffer, typed array, DataView or ArrayBuffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Memory {
    /// Its address (including a view's byte offset) and its length: in
    /// bytes when measured, otherwise only reliable as "zero or not".
    Live(*mut u8, usize),
    /// Its ArrayBuffer is detached; `view` when the value is a view of it.
    Detached { view: bool },
}

/// Whether `memory_of` must report lengths in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Length {
    /// Bytes. A typed array's element type is then asked for too.
    Bytes,
    /// Only whether it is empty: the cheaper question of the call path,
    /// which needs the address alone.
    EmptyOrNot,
}

/// The memory behind `value`, or `None` for other kinds of value (a bare
/// SharedArrayBuffer included: Node.js 22 and later give its memory through
/// `napi_get_arraybuffer_info`, older ones do not, and node:ffi takes only
/// views of one).
///
/// Only data and length are asked for at first: the element type or the
/// ArrayBuffer cost a chain of type checks or a handle. A detached buffer
/// has length 0, so the ArrayBuffer is fetched only for empty views, to
/// tell a detached buffer from an empty one.
///
/// # Safety
/// `env` is the live environment; `value` is its value.
pub(crate) unsafe fn memory_of(env: napi_env, value: napi_value, length: Length) -> Option<Memory> {
    let napi = api();
    let null: *mut c_void = std::ptr::null_mut();
    let (mut data, mut len, mut ab, mut kind): (*mut c_void, usize, napi_value, i32) = (null, 0, null, -1);
    let kind_out: *mut i32 = if length == Length::Bytes { &mut kind } else { null.cast() };
    // SAFETY: the caller's contract. The napi_get_*_info functions fail
    // without throwing when `value` is of another kind; out-pointers are
    // locals or NULL, which N-API documents as "not requested". For typed
    // arrays and DataViews `data` already includes the byte offset.
    unsafe {
        if (napi.get_typedarray_info)(env, value, kind_out, &mut len, &mut data, null.cast(), null.cast()) == NAPI_OK {
            if len == 0 {
                (napi.get_typedarray_info)(env, value, null.cast(), null.cast(), null.cast(), &mut ab, null.cast());
                if is_detached(env, ab) {
                    return Some(Memory::Detached { view: true });
                }
            }
            // napi reports typed-array lengths in elements.
            return Some(Memory::Live(data.cast(), len * element_size(kind)));
        }
        if (napi.get_dataview_info)(env, value, &mut len, &mut data, &mut ab, null.cast()) == NAPI_OK {
            if len == 0 && is_detached(env, ab) {
                return Some(Memory::Detached { view: true });
            }
            return Some(Memory::Live(data.cast(), len));
        }
        let mut is_arraybuffer = false;
        (napi.is_arraybuffer)(env, value, &mut is_arraybuffer);
        if is_arraybuffer && (napi.get_arraybuffer_info)(env, value, &mut data, &mut len) == NAPI_OK {
            if len == 0 && is_detached(env, value) {
                return Some(Memory::Detached { view: false });
            }
            return Some(Memory::Live(data.cast(), len));
        }
    }
    None
}

/// Bytes per element of a `napi_typedarray_type` (1 when it was not asked for).
fn element_size(kind: i32) -> usize {
    match kind {
        typedarray::INT16 | typedarray::UINT16 => 2,
        typedarray::INT32 | typedarray::UINT32 | typedarray::FLOAT32 => 4,
        typedarray::FLOAT64 | typedarray::BIGINT64 | typedarray::BIGUINT64 => 8,
        _ => 1,
    }
}

/// The UTF-8 contents of a JS string; `None` if `v` is not a string.
///
/// # Safety
/// `env` is the live environment; `v` is its value.
pub(crate) unsafe fn string_value(env: napi_env, v: napi_value) -> Option<String> {
    let napi = api();
    let mut len = 0usize;
    // SAFETY: the caller's contract; the first call measures, the second
    // writes at most `len` bytes plus a NUL into `buf`.
    unsafe {
        if (napi.get_value_string_utf8)(env, v, std::ptr::null_mut(), 0, &mut len) != NAPI_OK {
            return None;
        }
        let mut buf = vec![0u8; len + 1];
        (napi.get_value_string_utf8)(env, v, buf.as_mut_ptr().cast(), len + 1, &mut len);
        buf.truncate(len);
        String::from_utf8(buf).ok()
    }
}

/// The first `n` arguments of an N-API call: those already fetched into
/// `inline` when they fit there, else all `n` fetched again into `heap`.
///
/// # Safety
/// `env` and `info` are those of the running N-API callback, whose first
/// `inline.len()` arguments (or as many as were passed) `inline` holds, as
/// `napi_get_cb_info` filled it.
pub(crate) unsafe fn call_args<'a>(
    env: napi_env,
    info: napi_callback_info,
    inline: &'a [napi_value],
    heap: &'a mut Vec<napi_value>,
    n: usize,
) -> &'a [napi_value] {
    if n <= inline.len() {
        return &inline[..n];
    }
    heap.resize(n, std::ptr::null_mut());
    let mut m = n;
    // SAFETY: the caller's contract; `heap` has `m` writable entries.
    unsafe { (api().get_cb_info)(env, info, &mut m, heap.as_mut_ptr(), std::ptr::null_mut(), std::ptr::null_mut()) };
    heap
}
