//! JS value <-> native slot conversions through N-API, with node:ffi's exact
//! validation rules. One helper per JS kind of the type table. The
//! interpreted path calls them in a Rust loop; the compiled general tier
//! calls the argument converters by symbol for every value its inline
//! conversions (jit/marshal.rs) do not take, so both paths validate
//! identically. The result boxers serve the interpreted path and the
//! N-API path of callbacks.
//!
//! A converted argument is written into an 8-byte slot: its value sits in the
//! low bytes in native representation (see abi/slots.rs).

use crate::abi::fn_data::FnData;
use crate::abi::scratch::INLINE_CAP;
use crate::errors::{throw, Code, JsError};
use crate::host::napi::{api, napi_env, napi_value, valuetype, NAPI_OK};
use crate::host::values::{memory_of, undefined, Length, Memory};
use crate::types::{FfiAbiType, FfiType, JsKind, ROWS};
use std::ffi::c_void;

/// Converts JS value `value` (argument number `index`) into `*out`.
/// Returns 1 on success, 0 after throwing a JS exception.
///
/// The converters' contract (their `# Safety`): `env` is the live
/// environment of the running call and `value` its value; `out` points to
/// one writable 8-byte slot; `scratch` is NULL or points to `SCRATCH_SIZE`
/// writable bytes, 8-byte aligned, owned by the call (abi/scratch.rs).
pub(crate) type ArgFn = unsafe extern "C" fn(env: napi_env, value: napi_value, index: u32, out: *mut u64, scratch: *mut u8) -> u32;
/// Boxes the native value in `*slot` as a JS value.
pub(crate) type ResultFn = unsafe extern "C" fn(env: napi_env, slot: *const u64) -> napi_value;

/// Entry check of every native call: the library must be open and the
/// argument count must match. Returns the target address, or 0 after
/// throwing.
///
/// # Safety
/// `data` must be the `FnData` pointer the function was created with.
pub(crate) unsafe extern "C" fn jitffi_enter(env: napi_env, data: *mut c_void, argc: usize, nparams: u32) -> u64 {
    // SAFETY: the caller's contract; FnData outlives its JS function.
    let data = unsafe { &*(data as *const FnData) };
    if data.is_closed() {
        throw(env, &JsError::library_closed());
        return 0;
    }
    if argc != nparams as usize {
        throw(env, &JsError::new(Code::InvalidArgValue, format!("Invalid argument count: expected {nparams}, got {argc}")));
        return 0;
    }
    data.target
}

/// Releases the copy a pointer-like argument made, if any: word 0 of the
/// scratch is 0 (nothing), a `malloc` pointer (always even), or an arena
/// mark `(start << 1) | 1`.
///
/// # Safety
/// `scratch` must point to a scratch area initialised by an `ArgFn`.
pub(crate) unsafe extern "C" fn jitffi_release_scratch(scratch: *mut u8) {
    // SAFETY: the caller's contract: word 0 of the scratch is initialised
    // and 8-byte aligned.
    let word = unsafe { *(scratch as *mut usize) };
    if word & 1 == 1 {
        arena_release(word >> 1);
    } else if word != 0 {
        // SAFETY: an even non-zero word 0 is only ever a libc::malloc
        // pointer, owned by this call and freed once (the word is cleared).
        unsafe { libc::free(word as *mut libc::c_void) };
    }
    // SAFETY: as for the read above.
    unsafe { *(scratch as *mut usize) = 0 };
}

/// A per-thread stack of copies of long strings (those that do not fit the
/// call's inline scratch), so that they cost one more N-API call and no
/// measuring call or malloc: the copy is made straight into the arena with
/// its whole free space as the limit. Nested calls (callbacks that call foreign functions) allocate
/// above the outer call's strings; every call releases back to where its
/// own strings started, so the arena is used in LIFO order.
struct Arena {
    buf: Box<[u8]>,
    top: usize,
}

const ARENA_SIZE: usize = 64 * 1024;
/// Below this much free space the arena is skipped (deep recursion).
const ARENA_MIN: usize = 4 * 1024;

thread_local! {
    static ARENA: std::cell::UnsafeCell<Arena> = std::cell::UnsafeCell::new(Arena { buf: Box::new([]), top: 0 });
}

/// Runs `f` on this thread's arena. `f` must not call back into JS.
fn with_arena<R>(f: impl FnOnce(&mut Arena) -> R) -> R {
    // SAFETY: the arena is only touched by this thread, by functions that
    // never re-enter (no JS runs inside `f`), so the borrow is exclusive.
    ARENA.with(|a| f(unsafe { &mut *a.get() }))
}

fn arena_release(start: usize) {
    with_arena(|a| a.top = a.top.min(start));
}

/// Copies a JS string into the arena. `None` if `value` is not a string,
/// `Some(None)` if it did not fit (the caller falls back).
///
/// # Safety
/// The converters' contract, with a non-NULL `scratch`.
unsafe fn arena_string(env: napi_env, value: napi_value, scratch: *mut u8) -> Option<Option<(*mut u8, usize)>> {
    with_arena(|a| {
        if a.buf.is_empty() {
            a.buf = vec![0u8; ARENA_SIZE].into_boxed_slice();
        }
        let cap = a.buf.len() - a.top;
        if cap < ARENA_MIN {
            return Some(None);
        }
        let start = a.top;
        // SAFETY: `start` = `top` <= the buffer's length.
        let dst = unsafe { a.buf.as_mut_ptr().add(start) };
        let mut copied = 0usize;
        // SAFETY: `dst` has `cap` writable bytes; N-API writes at most cap-1
        // bytes plus a NUL, and runs no JS; `env`/`value` by the contract.
        if unsafe { (api().get_value_string_utf8)(env, value, dst.cast(), cap, &mut copied) } != NAPI_OK {
            return None;
        }
        // A copy this close to the limit may have been truncated (at a
        // character boundary).
        if copied + 4 >= cap {
            return Some(None);
        }
        a.top = start + copied + 1;
        // SAFETY: the contract: word 0 of the scratch is writable.
        unsafe { *(scratch as *mut usize) = (start << 1) | 1 };
        Some(Some((dst, copied)))
    })
}

fn fail(env: napi_env, err: JsError) -> u32 {
    throw(env, &err);
    0
}

/// Reads a JS number; `None` if `value` is not a number.
///
/// # Safety
/// `env` is the live environment and `value` its value.
unsafe fn number(env: napi_env, value: napi_value) -> Option<f64> {
    let mut d = 0.0;
    // SAFETY: the caller's contract; napi_get_value_double fails without
    // throwing on non-numbers.
    (unsafe { (api().get_value_double)(env, value, &mut d) } == NAPI_OK).then_some(d)
}

/// Validates a JS number against an integer kind of the type table.
pub(crate) fn check_int(d: f64, min: i64, max: i64, reject_minus_zero: bool) -> Option<i64> {
    // The range test is false for NaN; within the range (|d| < 2^63) the
    // round trip through i64 is exact exactly for integers, and avoids a
    // libm trunc() call.
    if !(d >= min as f64 && d <= max as f64) || (d as i64) as f64 != d {
        return None;
    }
    if reject_minus_zero && d == 0.0 && d.is_sign_negative() {
        return None;
    }
    Some(d as i64)
}

unsafe extern "C" fn arg_int<const T: u8>(env: napi_env, value: napi_value, index: u32, out: *mut u64, _: *mut u8) -> u32 {
    let ty = const { ROWS[T as usize].ty };
    let JsKind::Int { min, max, reject_minus_zero } = (const { ROWS[T as usize].js }) else { unreachable!() };
    // SAFETY: the converters' contract.
    match unsafe { number(env, value) }.and_then(|d| check_int(d, min, max, reject_minus_zero)) {
        // The low bytes of a sign-extended i64 are the value in any width.
        Some(v) => {
            // SAFETY: as above: `out` is a writable slot.
            unsafe { *out = v as u64 };
            1
        }
        None => fail(env, JsError::arg_must_be(index, ty.info().desc)),
    }
}

unsafe extern "C" fn arg_float<const T: u8>(env: napi_env, value: napi_value, index: u32, out: *mut u64, _: *mut u8) -> u32 {
    let ty = const { ROWS[T as usize].ty };
    // SAFETY: the converters' contract.
    match unsafe { number(env, value) } {
        Some(d) => {
            let bits = if ty.abi() == FfiAbiType::Float { (d as f32).to_bits() as u64 } else { d.to_bits() };
            // SAFETY: as above: `out` is a writable slot.
            unsafe { *out = bits };
            1
        }
        None => fail(env, JsError::arg_must_be(index, ty.info().desc)),
    }
}

unsafe extern "C" fn arg_bigint<const T: u8>(env: napi_env, value: napi_value, index: u32, out: *mut u64, _: *mut u8) -> u32 {
    let ty = const { ROWS[T as usize].ty };
    let JsKind::BigInt { signed } = ty.js() else { unreachable!() };
    let mut lossless = false;
    // SAFETY: the converters' contract; `out` is a
    // writable, aligned 8-byte slot.
    let status = unsafe {
        if signed {
            (api().get_value_bigint_int64)(env, value, out as *mut i64, &mut lossless)
        } else {
            (api().get_value_bigint_uint64)(env, value, out, &mut lossless)
        }
    };
    if status == NAPI_OK && lossless {
        return 1;
    }
    // node:ffi also takes a number that is a safe integer in range (-0 is 0).
    // SAFETY: as above.
    match unsafe { number(env, value) } {
        Some(d) if d.abs() <= MAX_SAFE_INTEGER && d.trunc() == d && (signed || d >= 0.0) => {
            // SAFETY: as above.
            unsafe { *out = if signed { d as i64 as u64 } else { d as u64 } };
            1
        }
        _ => fail(env, JsError::arg_must_be(index, ty.info().desc)),
    }
}

/// `Number.MAX_SAFE_INTEGER`.
const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;

/// Where a pointer-like JS value points, or why it cannot be passed.
enum PtrErr {
    Wrong,
    /// A bigint outside [0, 2^64).
    OutOfRange,
    Detached,
    NulInString,
}

/// The address of a Buffer, typed array, DataView or ArrayBuffer.
///
/// # Safety
/// `env` is the live environment and `value` its value.
unsafe fn buffer_pointer(env: napi_env, value: napi_value) -> Option<Result<u64, PtrErr>> {
    // SAFETY: `env` is the live environment of the running call.
    match unsafe { memory_of(env, value, Length::EmptyOrNot) }? {
        Memory::Live(data, _) => Some(Ok(data as u64)),
        Memory::Detached { .. } => Some(Err(PtrErr::Detached)),
    }
}

/// Copies a JS string to NUL-terminated UTF-8 in `scratch` (inline) or on
/// the heap (recorded in scratch word 0). `None` if `value` is no string.
///
/// # Safety
/// The converters' contract, with a non-NULL `scratch`.
unsafe fn string_pointer(env: napi_env, value: napi_value, scratch: *mut u8) -> Option<Result<u64, PtrErr>> {
    let napi = api();
    // Short strings are copied into the scratch area of the call's own
    // frame: one N-API call and no thread-local access.
    // SAFETY: the scratch has SCRATCH_SIZE = 8 + INLINE_CAP bytes.
    let inline = unsafe { scratch.add(8) };
    let mut copied = 0usize;
    // SAFETY: the inline area has INLINE_CAP writable bytes; `env` and
    // `value` by the contract.
    if unsafe { (napi.get_value_string_utf8)(env, value, inline.cast(), INLINE_CAP, &mut copied) } != NAPI_OK {
        return None;
    }
    let mut ptr = inline;
    // A copy this close to the capacity may have been truncated (at a
    // character boundary): copy again into the arena, or to the heap.
    if copied + 4 >= INLINE_CAP {
        // SAFETY: the contract.
        match unsafe { arena_string(env, value, scratch) } {
            Some(Some((p, n))) => (ptr, copied) = (p, n),
            _ => {
                let mut len = 0usize;
                // SAFETY: the contract. The first call measures; the heap
                // copy gets `len + 1` bytes, recorded in word 0 so that
                // `jitffi_release_scratch` frees it after the call.
                unsafe {
                    (napi.get_value_string_utf8)(env, value, std::ptr::null_mut(), 0, &mut len);
                    let heap = libc::malloc(len + 1) as *mut u8;
                    if heap.is_null() {
                        return Some(Err(PtrErr::Wrong));
                    }
                    *(scratch as *mut *mut u8) = heap;
                    (napi.get_value_string_utf8)(env, value, heap.cast(), len + 1, &mut copied);
                    ptr = heap;
                }
            }
        }
    }
    // SAFETY: `copied` bytes were written at `ptr`. libc's memchr is
    // vectorised; the slice search compiled to a byte-at-a-time loop.
    if !unsafe { libc::memchr(ptr.cast(), 0, copied) }.is_null() {
        return Some(Err(PtrErr::NulInString));
    }
    Some(Ok(ptr as u64))
}

/// Pointer-like argument. The declared type only decides which conversion is
/// tried first; every pointer-like type accepts the same values.
unsafe extern "C" fn arg_pointer<const T: u8>(env: napi_env, value: napi_value, index: u32, out: *mut u64, scratch: *mut u8) -> u32 {
    let ty = const { ROWS[T as usize].ty };
    let napi = api();
    // SAFETY: the converters' contract.
    let result = unsafe {
        if !scratch.is_null() {
            *(scratch as *mut usize) = 0;
        }
        // Fast guesses by declared type, then a full dispatch on typeof.
        let guess = match ty {
            FfiType::Buffer | FfiType::ArrayBuffer => buffer_pointer(env, value),
            FfiType::String if !scratch.is_null() => string_pointer(env, value, scratch),
            _ => None,
        };
        match guess {
            Some(r) => r,
            None => {
                let mut t = 0;
                (napi.typeof_)(env, value, &mut t);
                match t {
                    valuetype::NULL | valuetype::UNDEFINED => Ok(0),
                    valuetype::BIGINT => {
                        let mut lossless = false;
                        if (napi.get_value_bigint_uint64)(env, value, out, &mut lossless) == NAPI_OK && lossless {
                            Ok(*out)
                        } else {
                            Err(PtrErr::OutOfRange)
                        }
                    }
                    valuetype::STRING if !scratch.is_null() => string_pointer(env, value, scratch).unwrap_or(Err(PtrErr::Wrong)),
                    valuetype::OBJECT => buffer_pointer(env, value).unwrap_or(Err(PtrErr::Wrong)),
                    _ => Err(PtrErr::Wrong),
                }
            }
        }
    };
    match result {
        Ok(p) => {
            // SAFETY: as above: `out` is a writable slot.
            unsafe { *out = p };
            1
        }
        Err(PtrErr::Wrong) => fail(env, JsError::arg_must_be(index, ty.info().desc)),
        Err(PtrErr::Detached) => fail(env, JsError::new(Code::InvalidArgValue, format!("Argument {index} is a detached ArrayBuffer"))),
        Err(PtrErr::OutOfRange) => {
            fail(env, JsError::new(Code::InvalidArgValue, format!("Argument {index} must be a non-negative pointer bigint")))
        }
        Err(PtrErr::NulInString) => fail(env, JsError::new(Code::InvalidArgValue, format!("Argument {index} must not contain null bytes"))),
    }
}

unsafe extern "C" fn arg_void(env: napi_env, _: napi_value, index: u32, _: *mut u64, _: *mut u8) -> u32 {
    fail(env, JsError::arg_must_be(index, "void"))
}

/// The result boxers' contract (their `# Safety`): `env` is the live
/// environment of the running call; `slot` points to an 8-byte slot whose
/// low bytes hold a value of the boxer's type (abi/slots.rs).
unsafe extern "C" fn result_void(env: napi_env, _: *const u64) -> napi_value {
    // SAFETY: the boxers' contract.
    unsafe { undefined(env) }
}

unsafe extern "C" fn result_number<const T: u8>(env: napi_env, slot: *const u64) -> napi_value {
    let ty = const { ROWS[T as usize].ty };
    let napi = api();
    let mut v = std::ptr::null_mut();
    // Integers that fit are created as int32/uint32, which V8 makes more
    // cheaply than doubles.
    // SAFETY: the boxers' contract: the slot holds a value of `ty` in its
    // low bytes (little-endian), read with its own width.
    unsafe {
        match ty.abi() {
            FfiAbiType::Sint8 => (napi.create_int32)(env, *(slot as *const i8) as i32, &mut v),
            FfiAbiType::Uint8 => (napi.create_int32)(env, *(slot as *const u8) as i32, &mut v),
            FfiAbiType::Sint16 => (napi.create_int32)(env, *(slot as *const i16) as i32, &mut v),
            FfiAbiType::Uint16 => (napi.create_int32)(env, *(slot as *const u16) as i32, &mut v),
            FfiAbiType::Sint32 => (napi.create_int32)(env, *(slot as *const i32), &mut v),
            FfiAbiType::Uint32 => (napi.create_uint32)(env, *(slot as *const u32), &mut v),
            FfiAbiType::Float => (napi.create_double)(env, *(slot as *const f32) as f64, &mut v),
            _ => (napi.create_double)(env, *(slot as *const f64), &mut v),
        }
    };
    v
}

unsafe extern "C" fn result_bigint<const T: u8>(env: napi_env, slot: *const u64) -> napi_value {
    let ty = const { ROWS[T as usize].ty };
    let mut v = std::ptr::null_mut();
    // SAFETY: the boxers' contract: the slot holds a 64-bit value (a
    // pointer-width one for pointers).
    unsafe {
        match ty.js() {
            JsKind::BigInt { signed: true } => (api().create_bigint_int64)(env, *(slot as *const i64), &mut v),
            _ => (api().create_bigint_uint64)(env, *(slot as *const usize) as u64, &mut v),
        }
    };
    v
}

/// Expands `$m!(FfiType::X as u8)` for every type into a 18-arm match.
macro_rules! per_type {
    ($ty:expr, $pick:ident) => {{
        const V: u8 = FfiType::Void as u8;
        const I8: u8 = FfiType::I8 as u8;
        const U8: u8 = FfiType::U8 as u8;
        const BOOL: u8 = FfiType::Bool as u8;
        const CHAR: u8 = FfiType::Char as u8;
        const I16: u8 = FfiType::I16 as u8;
        const U16: u8 = FfiType::U16 as u8;
        const I32: u8 = FfiType::I32 as u8;
        const U32: u8 = FfiType::U32 as u8;
        const I64: u8 = FfiType::I64 as u8;
        const U64: u8 = FfiType::U64 as u8;
        const F32: u8 = FfiType::F32 as u8;
        const F64: u8 = FfiType::F64 as u8;
        const PTR: u8 = FfiType::Pointer as u8;
        const STR: u8 = FfiType::String as u8;
        const BUF: u8 = FfiType::Buffer as u8;
        const AB: u8 = FfiType::ArrayBuffer as u8;
        const FUN: u8 = FfiType::Function as u8;
        match $ty as u8 {
            V => $pick!(V),
            I8 => $pick!(I8),
            U8 => $pick!(U8),
            BOOL => $pick!(BOOL),
            CHAR => $pick!(CHAR),
            I16 => $pick!(I16),
            U16 => $pick!(U16),
            I32 => $pick!(I32),
            U32 => $pick!(U32),
            I64 => $pick!(I64),
            U64 => $pick!(U64),
            F32 => $pick!(F32),
            F64 => $pick!(F64),
            PTR => $pick!(PTR),
            STR => $pick!(STR),
            BUF => $pick!(BUF),
            AB => $pick!(AB),
            FUN => $pick!(FUN),
            _ => unreachable!(),
        }
    }};
}

/// The argument converter for `ty`, chosen by its JS kind in the type table.
pub(crate) fn arg_fn(ty: FfiType) -> ArgFn {
    macro_rules! pick {
        ($t:ident) => {
            match FfiType::from_id($t as u32).unwrap().js() {
                JsKind::Void => arg_void as ArgFn,
                JsKind::Int { .. } => arg_int::<$t> as ArgFn,
                JsKind::Float => arg_float::<$t> as ArgFn,
                JsKind::BigInt { .. } => arg_bigint::<$t> as ArgFn,
                JsKind::Pointer => arg_pointer::<$t> as ArgFn,
            }
        };
    }
    per_type!(ty, pick)
}

/// The result boxer for `ty`, chosen by its JS kind in the type table.
pub(crate) fn result_fn(ty: FfiType) -> ResultFn {
    macro_rules! pick {
        ($t:ident) => {
            match FfiType::from_id($t as u32).unwrap().js() {
                JsKind::Void => result_void as ResultFn,
                JsKind::Int { .. } | JsKind::Float => result_number::<$t> as ResultFn,
                JsKind::BigInt { .. } | JsKind::Pointer => result_bigint::<$t> as ResultFn,
            }
        };
    }
    per_type!(ty, pick)
}

/// Symbol name under which compiled code imports `arg_fn(ty)`.
pub(crate) fn arg_symbol(ty: FfiType) -> &'static str {
    ARG_SYMBOLS[ty as usize]
}

static ARG_SYMBOLS: [&str; 18] = [
    "jitffi_arg_void",
    "jitffi_arg_i8",
    "jitffi_arg_u8",
    "jitffi_arg_bool",
    "jitffi_arg_char",
    "jitffi_arg_i16",
    "jitffi_arg_u16",
    "jitffi_arg_i32",
    "jitffi_arg_u32",
    "jitffi_arg_i64",
    "jitffi_arg_u64",
    "jitffi_arg_f32",
    "jitffi_arg_f64",
    "jitffi_arg_pointer",
    "jitffi_arg_string",
    "jitffi_arg_buffer",
    "jitffi_arg_arraybuffer",
    "jitffi_arg_function",
];
/// Every (symbol, address) pair of a conversion helper or an N-API function
/// that forward trampolines may import.
pub(crate) fn helper_symbols() -> Vec<(&'static str, *const u8)> {
    let mut v: Vec<(&'static str, *const u8)> =
        vec![("jitffi_enter", jitffi_enter as *const u8), ("jitffi_release_scratch", jitffi_release_scratch as *const u8)];
    if crate::host::napi::available() {
        // Every N-API function by its own name (napi.rs): marshal.rs and
        // the trampolines import the ones each type needs.
        v.extend(api().symbols());
    }
    for ty in FfiType::all() {
        v.push((arg_symbol(ty), arg_fn(ty) as *const u8));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_follow_the_table() {
        for ty in FfiType::all() {
            assert!(arg_symbol(ty).ends_with(ty.name()), "{}", arg_symbol(ty));
        }
    }

    #[test]
    fn int_checks() {
        assert_eq!(check_int(127.0, -128, 127, false), Some(127));
        assert_eq!(check_int(128.0, -128, 127, false), None);
        assert_eq!(check_int(1.5, -128, 127, false), None);
        assert_eq!(check_int(f64::NAN, -128, 127, false), None);
        assert_eq!(check_int(f64::INFINITY, 0, 255, false), None);
        assert_eq!(check_int(-0.0, -2147483648, 2147483647, true), None);
        assert_eq!(check_int(-0.0, -128, 127, false), Some(0));
    }
}
