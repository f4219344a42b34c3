//! Memory primitives: the slot stubs lib/memory.js calls for get*/set* and
//! small copies (`memStubs`), and the operations with ordinary arguments
//! (toString, toBuffer, export*, getRawPointer). The work is memory.rs's;
//! this file reads the arguments.

use super::args::{arg, get_bool, get_size, get_u64};
use crate::env::EnvState;
use crate::errors::JsError;
use crate::host::napi::{napi_env, napi_value};
use crate::host::values::{bigint_u64, external_view, make_function, number, object, set};
use crate::memory::{self as mem, SLOT_ADDRESS, SLOT_OFFSET, SLOT_VALUE};

/// `memToString(pointer)` -> the string there, or null for 0n.
///
/// # Safety
/// The export contract (exports/mod.rs).
pub(crate) unsafe fn to_string(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract; the pointer is the caller's (node:ffi's
    // contract for toString).
    unsafe {
        let address = get_u64(env, arg(args, 0)?, "pointer")?;
        Ok(mem::to_string(env, address))
    }
}

/// `memToBuffer(pointer, length, copy, arrayBuffer)`.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn to_buffer(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract; the range is the caller's (node:ffi's
    // contract for toBuffer/toArrayBuffer).
    unsafe {
        let address = get_u64(env, arg(args, 0)?, "pointer")?;
        let length = get_size(env, arg(args, 1)?, "length")?;
        let copy = get_bool(env, arg(args, 2)?, "flag")?;
        let array_buffer = get_bool(env, arg(args, 3)?, "flag")?;
        mem::to_buffer(env, address, length, copy, array_buffer)
    }
}

/// `memCopyIn(source, pointer, count, zeros)`.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn copy_in(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract; the destination is the caller's
    // (node:ffi's contract for export*).
    unsafe {
        let source = arg(args, 0)?;
        let address = get_u64(env, arg(args, 1)?, "pointer")?;
        let count = get_size(env, arg(args, 2)?, "length")?;
        let zeros = get_size(env, arg(args, 3)?, "length")?;
        mem::copy_in(env, source, address, count, zeros)
    }
}

/// `memCopyOut(target, pointer, length)`.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn copy_out(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract; the source is the caller's.
    unsafe {
        let target = arg(args, 0)?;
        let address = get_u64(env, arg(args, 1)?, "pointer")?;
        let length = get_size(env, arg(args, 2)?, "length")?;
        mem::copy_out(env, target, address, length)
    }
}

/// `memAddress(bufferLike)` -> bigint address of its memory, 0n when empty.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn address(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    unsafe {
        let address = mem::address_of(env, arg(args, 0)?)?;
        Ok(bigint_u64(env, address))
    }
}

/// `memByteLength(view)` -> its byte length, or -1 when detached.
///
/// # Safety
/// The export contract.
pub(crate) unsafe fn byte_length(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract.
    unsafe {
        let n = mem::byte_length(env, arg(args, 0)?)?;
        Ok(number(env, n))
    }
}

/// Sets `memStubs` on `exports`: the slot stubs, their memory and its
/// layout, as one object.
///
/// # Safety
/// `env` is the environment loading the module and `exports` its exports
/// object; `state` is its EnvState.
pub(crate) unsafe fn register_stubs(env: napi_env, exports: napi_value, state: &EnvState) {
    let data = state.memory.stub_data();
    let [(slots, slot_bytes), (scratch, scratch_bytes)] = state.memory.views();
    // SAFETY: the caller's contract. The stubs' data and both views are the
    // environment's memory block, which is never freed (memory.rs `Block`).
    unsafe {
        let stubs = object(env);
        set(env, stubs, "memory", external_view(env, slots, slot_bytes));
        set(env, stubs, "scratch", external_view(env, scratch, scratch_bytes));
        set(env, stubs, "address", number(env, SLOT_ADDRESS as f64));
        set(env, stubs, "offset", number(env, SLOT_OFFSET as f64));
        set(env, stubs, "value", number(env, SLOT_VALUE as f64));
        let get = object(env);
        let put = object(env);
        for size in mem::scalar_sizes() {
            let key = size.to_string();
            set(env, get, &key, make_function(env, &format!("get{size}"), mem::get_stub_for(size), data));
            set(env, put, &key, make_function(env, &format!("set{size}"), mem::set_stub_for(size), data));
        }
        set(env, stubs, "get", get);
        set(env, stubs, "set", put);
        set(env, stubs, "copyOut", make_function(env, "copyOut", mem::copy_out_stub, data));
        set(env, exports, "memStubs", stubs);
    }
}
