//! Node-style errors (a `code` property plus a message) thrown from native
//! code. Every native throw goes through `throw`, so codes and error classes
//! are decided in one place and match lib/errors.js.

use crate::host::napi::{api, napi_env, napi_value};
use std::ffi::CString;

/// The error codes jitffi throws from native code, with their JS class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Code {
    InvalidArgValue,
    InvalidArgType,
    CallFailed,
    LibraryClosed,
    InvalidPointer,
    MemoryAllocationFailed,
}

impl Code {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Code::InvalidArgValue => "ERR_INVALID_ARG_VALUE",
            Code::InvalidArgType => "ERR_INVALID_ARG_TYPE",
            Code::CallFailed => "ERR_FFI_CALL_FAILED",
            Code::LibraryClosed => "ERR_FFI_LIBRARY_CLOSED",
            Code::InvalidPointer => "ERR_FFI_INVALID_POINTER",
            Code::MemoryAllocationFailed => "ERR_MEMORY_ALLOCATION_FAILED",
        }
    }
}

/// A native error ready to be thrown into JS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct JsError {
    pub(crate) code: Code,
    pub(crate) message: String,
}

impl JsError {
    pub(crate) fn new(code: Code, message: impl Into<String>) -> JsError {
        JsError { code, message: message.into() }
    }
    pub(crate) fn arg_must_be(index: u32, desc: &str) -> JsError {
        JsError::new(Code::InvalidArgValue, format!("Argument {index} must be {desc}"))
    }
    pub(crate) fn library_closed() -> JsError {
        JsError::new(Code::LibraryClosed, "Library is closed")
    }
    /// A primitive was called with arguments lib/ never passes: a bug in
    /// lib/, or code calling the addon directly.
    pub(crate) fn internal(what: &str) -> JsError {
        JsError::new(Code::InvalidArgType, format!("jitffi internal: bad {what}"))
    }
}

fn js_string(env: napi_env, s: &str) -> napi_value {
    let mut out = std::ptr::null_mut();
    // SAFETY: `env` is the live environment of the current N-API callback and
    // `s` is valid UTF-8 of the given length.
    unsafe { (api().create_string_utf8)(env, s.as_ptr().cast(), s.len(), &mut out) };
    out
}

/// Throws `err` into JS. Does nothing if an exception is already pending
/// (the first error wins, as in JS).
pub(crate) fn throw(env: napi_env, err: &JsError) {
    let napi = api();
    let mut pending = false;
    // SAFETY: `env` is the live environment of the current N-API callback;
    // the out-pointer points to a local.
    unsafe {
        (napi.is_exception_pending)(env, &mut pending);
        if pending {
            return;
        }
        (napi.throw)(env, error_value(env, err));
    }
}

/// The JS error object of `err` (the class its code calls for, with
/// `code`), for throwing or for rejecting a promise.
pub(crate) fn error_value(env: napi_env, err: &JsError) -> napi_value {
    let napi = api();
    // SAFETY: `env` is the live environment of the current N-API callback
    // (or of a thread-safe function's call on its thread); all out-pointers
    // point to locals.
    unsafe {
        let code = js_string(env, err.code.as_str());
        let msg = js_string(env, &err.message);
        let mut error = std::ptr::null_mut();
        let create = match err.code {
            Code::InvalidArgValue | Code::InvalidArgType => napi.create_type_error,
            Code::MemoryAllocationFailed => napi.create_range_error,
            Code::CallFailed | Code::LibraryClosed | Code::InvalidPointer => napi.create_error,
        };
        create(env, code, msg, &mut error);
        error
    }
}

/// Aborts the process with `message` on stderr (used where node:ffi aborts,
/// e.g. a callback that throws).
pub(crate) fn fatal(location: &str, message: &str) -> ! {
    let loc = CString::new(location).unwrap_or_default();
    let msg = CString::new(message).unwrap_or_default();
    // SAFETY: both strings are NUL-terminated; napi_fatal_error never returns.
    unsafe {
        (api().fatal_error)(loc.as_ptr(), usize::MAX, msg.as_ptr(), usize::MAX);
    }
    std::process::abort()
}
