//! Hand-written N-API reference functions for `npm run bench` (bench/), as
//! a Node addon of their own: bench/build.js builds it, bench/child.js loads
//! it. It is not part of jitffi and is never shipped.
//!
//! Each function here does exactly what a hand-written addon binding one C
//! function would do: `napi_get_cb_info`, one `napi_get_value_*` per
//! argument (with the minimal type checks a real addon makes), the call,
//! and one `napi_create_*` for the result. They call the SAME C functions as
//! the jitffi wrappers being measured, through function pointers that the
//! bench resolves once with dlsym (`setTargets`), so that only the cost of
//! the binding differs. `empty` is the floor: a `napi_callback` that does
//! nothing at all.
//!
//! The module's exports are the functions themselves (`setTargets`,
//! `empty`, one per case). None of this is part of the node:ffi API.
//!
//! # Safety of the callbacks
//! Every `unsafe extern "C" fn(napi_env, napi_callback_info)` below is only
//! ever called by N-API, with the live environment and the callback info of
//! the current call, so the N-API calls they make on them (and on the
//! handles N-API returns) are sound. They call the C functions at the
//! addresses `setTargets` was given with the signature of that name in
//! bench/targets.c: like any FFI, this trusts its caller (bench/child.js,
//! which passes dlsym results) to give the right addresses. This addon is a
//! measuring tool, not an API: never load it anywhere else.

#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]

mod napi;

use napi::{
    api, array, fail, napi_callback, napi_callback_info, napi_env, napi_value, set_function, string, type_of, valuetype, NAPI_OK,
    TYPEDARRAY_INT32,
};
use std::cell::Cell;
use std::ffi::{c_void, CStr, CString};
use std::mem::{transmute, MaybeUninit};
use std::ptr::null_mut;
use std::sync::atomic::{AtomicUsize, Ordering};

macro_rules! targets {
    ($($name:ident),* $(,)?) => {
        /// The C functions the references call, by index into `TARGETS`.
        #[allow(non_camel_case_types, dead_code)]
        #[derive(Clone, Copy)]
        enum T { $($name),* }
        const TARGET_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

targets! {
    noop, add_i32, add_f64, add_i64, identity_ptr, mix6, mix16, str_len, sum_buf, call_cb, qsort,
    add_point, big_add,
    args1, args2, args3, args4, args5, args6, args7, args8,
    args9, args10, args11, args12, args13, args14, args15, args16,
}

/// C function addresses, set once by `setTargets` (process-wide: the same
/// library is mapped once whatever the number of environments).
static TARGETS: [AtomicUsize; TARGET_NAMES.len()] = [const { AtomicUsize::new(0) }; TARGET_NAMES.len()];

#[inline(always)]
fn target(t: T) -> usize {
    TARGETS[t as usize].load(Ordering::Relaxed)
}

// ---- per-call helpers (same contract as the callbacks: `env` and `info`
// are N-API's for the current call, `v` a handle of it) ----

/// `napi_get_cb_info` into a fixed-size argv. Missing arguments come back
/// as `undefined`, which the `napi_get_value_*` calls then reject.
#[inline(always)]
unsafe fn args<const N: usize>(env: napi_env, info: napi_callback_info) -> [napi_value; N] {
    let mut argv = [null_mut(); N];
    let mut argc = N;
    // SAFETY: `env`/`info` per the contract; `argv` holds `argc` slots.
    unsafe { (api().get_cb_info)(env, info, &mut argc, argv.as_mut_ptr(), null_mut(), null_mut()) };
    argv
}

#[inline(always)]
unsafe fn int32(env: napi_env, v: napi_value, out: &mut i32) -> bool {
    // SAFETY: `env`/`v` per the contract; `out` is a valid reference.
    unsafe { (api().get_value_int32)(env, v, out) == NAPI_OK }
}

#[inline(always)]
unsafe fn double(env: napi_env, v: napi_value, out: &mut f64) -> bool {
    // SAFETY: `env`/`v` per the contract; `out` is a valid reference.
    unsafe { (api().get_value_double)(env, v, out) == NAPI_OK }
}

#[inline(always)]
unsafe fn pointer(env: napi_env, v: napi_value, out: &mut u64) -> bool {
    let mut lossless = false;
    // SAFETY: `env`/`v` per the contract; `out` and `lossless` are valid.
    unsafe { (api().get_value_bigint_uint64)(env, v, out, &mut lossless) == NAPI_OK && lossless }
}

#[inline(always)]
unsafe fn new_int32(env: napi_env, x: i32) -> napi_value {
    let mut v = null_mut();
    // SAFETY: `env` per the contract; `v` is a local.
    unsafe { (api().create_int32)(env, x, &mut v) };
    v
}

#[inline(always)]
unsafe fn new_uint32(env: napi_env, x: u32) -> napi_value {
    let mut v = null_mut();
    // SAFETY: `env` per the contract; `v` is a local.
    unsafe { (api().create_uint32)(env, x, &mut v) };
    v
}

#[inline(always)]
unsafe fn new_double(env: napi_env, x: f64) -> napi_value {
    let mut v = null_mut();
    // SAFETY: `env` per the contract; `v` is a local.
    unsafe { (api().create_double)(env, x, &mut v) };
    v
}

// ---- the floor ----

unsafe extern "C" fn empty(_env: napi_env, _info: napi_callback_info) -> napi_value {
    null_mut()
}

// ---- scalar cases ----

unsafe extern "C" fn noop(_env: napi_env, _info: napi_callback_info) -> napi_value {
    // SAFETY: the target is `void noop(void)` (module doc).
    unsafe {
        let f: extern "C" fn() = transmute(target(T::noop));
        f();
    }
    null_mut()
}

unsafe extern "C" fn add_i32(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc); the target is
    // `int32_t add_i32(int32_t, int32_t)`.
    unsafe {
        let argv = args::<2>(env, info);
        let (mut a, mut b) = (0, 0);
        if !int32(env, argv[0], &mut a) || !int32(env, argv[1], &mut b) {
            return fail(env, "add_i32: expected two numbers");
        }
        let f: extern "C" fn(i32, i32) -> i32 = transmute(target(T::add_i32));
        new_int32(env, f(a, b))
    }
}

unsafe extern "C" fn add_f64(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc); the target is
    // `double add_f64(double, double)`.
    unsafe {
        let argv = args::<2>(env, info);
        let (mut a, mut b) = (0.0, 0.0);
        if !double(env, argv[0], &mut a) || !double(env, argv[1], &mut b) {
            return fail(env, "add_f64: expected two numbers");
        }
        let f: extern "C" fn(f64, f64) -> f64 = transmute(target(T::add_f64));
        new_double(env, f(a, b))
    }
}

unsafe extern "C" fn add_i64(env: napi_env, info: napi_callback_info) -> napi_value {
    let napi = api();
    // SAFETY: N-API's env and info (module doc), out-pointers to locals; the
    // target is `int64_t add_i64(int64_t, int64_t)`.
    unsafe {
        let argv = args::<2>(env, info);
        let (mut a, mut b) = (0i64, 0i64);
        let (mut la, mut lb) = (false, false);
        if (napi.get_value_bigint_int64)(env, argv[0], &mut a, &mut la) != NAPI_OK
            || (napi.get_value_bigint_int64)(env, argv[1], &mut b, &mut lb) != NAPI_OK
            || !la
            || !lb
        {
            return fail(env, "add_i64: expected two int64 bigints");
        }
        let f: extern "C" fn(i64, i64) -> i64 = transmute(target(T::add_i64));
        let mut v = null_mut();
        (napi.create_bigint_int64)(env, f(a, b), &mut v);
        v
    }
}

unsafe extern "C" fn identity_ptr(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc), out-pointers to locals; the
    // target is `void *identity_ptr(void *)`.
    unsafe {
        let argv = args::<1>(env, info);
        let mut p = 0u64;
        if !pointer(env, argv[0], &mut p) {
            return fail(env, "identity_ptr: expected a bigint address");
        }
        let f: extern "C" fn(*mut c_void) -> *mut c_void = transmute(target(T::identity_ptr));
        let mut v = null_mut();
        (api().create_bigint_uint64)(env, f(p as usize as *mut c_void) as usize as u64, &mut v);
        v
    }
}

unsafe extern "C" fn mix6(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc); the target is
    // `double mix6(int32_t, double, int32_t, double, int32_t, double)`.
    unsafe {
        let argv = args::<6>(env, info);
        let (mut i0, mut i2, mut i4) = (0, 0, 0);
        let (mut d1, mut d3, mut d5) = (0.0, 0.0, 0.0);
        if !int32(env, argv[0], &mut i0)
            || !double(env, argv[1], &mut d1)
            || !int32(env, argv[2], &mut i2)
            || !double(env, argv[3], &mut d3)
            || !int32(env, argv[4], &mut i4)
            || !double(env, argv[5], &mut d5)
        {
            return fail(env, "mix6: expected six numbers");
        }
        let f: extern "C" fn(i32, f64, i32, f64, i32, f64) -> f64 = transmute(target(T::mix6));
        new_double(env, f(i0, d1, i2, d3, i4, d5))
    }
}

unsafe extern "C" fn mix16(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc); the target is
    // `double mix16(int32_t, double, ...)`, eight (int32_t, double) pairs.
    unsafe {
        let argv = args::<16>(env, info);
        let mut i = [0i32; 8];
        let mut d = [0f64; 8];
        for k in 0..8 {
            if !int32(env, argv[2 * k], &mut i[k]) || !double(env, argv[2 * k + 1], &mut d[k]) {
                return fail(env, "mix16: expected sixteen numbers");
            }
        }
        type Mix16 = extern "C" fn(i32, f64, i32, f64, i32, f64, i32, f64, i32, f64, i32, f64, i32, f64, i32, f64) -> f64;
        let f: Mix16 = transmute(target(T::mix16));
        new_double(env, f(i[0], d[0], i[1], d[1], i[2], d[2], i[3], d[3], i[4], d[4], i[5], d[5], i[6], d[6], i[7], d[7]))
    }
}

// ---- strings and buffers ----

/// Bytes of the stack buffer strings are copied into; longer strings go to
/// the heap (what a careful hand-written addon does).
const STACK_STRING: usize = 256;

unsafe extern "C" fn str_len(env: napi_env, info: napi_callback_info) -> napi_value {
    let napi = api();
    // SAFETY: N-API's env and info (module doc); N-API writes at most the
    // given size into the buffers, NUL included, so the target
    // (`uint32_t str_len(const char *)`) gets a NUL-terminated string.
    unsafe {
        let argv = args::<1>(env, info);
        let f: extern "C" fn(*const u8) -> u32 = transmute(target(T::str_len));
        let mut stack = MaybeUninit::<[u8; STACK_STRING]>::uninit();
        let mut len = 0usize;
        if (napi.get_value_string_utf8)(env, argv[0], stack.as_mut_ptr().cast(), STACK_STRING, &mut len) != NAPI_OK {
            return fail(env, "str_len: expected a string");
        }
        let r = if len + 1 < STACK_STRING {
            f(stack.as_ptr().cast())
        } else {
            // Possibly truncated: measure, then copy to the heap.
            (napi.get_value_string_utf8)(env, argv[0], null_mut(), 0, &mut len);
            let mut heap: Vec<u8> = Vec::with_capacity(len + 1);
            (napi.get_value_string_utf8)(env, argv[0], heap.as_mut_ptr().cast(), len + 1, &mut len);
            f(heap.as_ptr())
        };
        new_uint32(env, r)
    }
}

unsafe extern "C" fn sum_buf(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc), out-pointers to locals; the
    // target (`uint32_t sum_buf(const uint8_t *, uint32_t)`) reads `n` bytes,
    // checked to be within the buffer.
    unsafe {
        let argv = args::<2>(env, info);
        let mut data: *mut c_void = null_mut();
        let mut size = 0usize;
        let mut n = 0i32;
        if (api().get_buffer_info)(env, argv[0], &mut data, &mut size) != NAPI_OK || !int32(env, argv[1], &mut n) {
            return fail(env, "sum_buf: expected a Buffer and a length");
        }
        if n < 0 || n as usize > size {
            return fail(env, "sum_buf: length out of range");
        }
        let f: extern "C" fn(*const u8, u32) -> u32 = transmute(target(T::sum_buf));
        new_uint32(env, f(data as *const u8, n as u32))
    }
}

// ---- callbacks ----

thread_local! {
    /// (env, JS function) of the `call_cb` / `qsort` call in progress on
    /// this thread; saved and restored around each call so that nesting works.
    static CALLBACK: Cell<(napi_env, napi_value)> = const { Cell::new((null_mut(), null_mut())) };
}

/// The C callback `call_cb` calls: one JS call through napi_call_function.
/// No handle scope of its own: it runs once per outer N-API call, whose
/// scope holds its handles (what a hand-written addon would do).
unsafe extern "C" fn cb_trampoline(x: i32) -> i32 {
    let napi = api();
    let (env, func) = CALLBACK.with(|c| c.get());
    // SAFETY: only `call_cb`'s target calls this, synchronously, while
    // `call_cb` runs: `env` and `func` are that N-API call's.
    unsafe {
        let arg = new_int32(env, x);
        let mut recv = null_mut();
        (napi.get_undefined)(env, &mut recv);
        let mut ret = null_mut();
        if (napi.call_function)(env, recv, func, 1, &arg, &mut ret) != NAPI_OK {
            return 0; // the exception stays pending and propagates
        }
        let mut r = 0;
        int32(env, ret, &mut r);
        r
    }
}

unsafe extern "C" fn call_cb(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc); the target is
    // `int32_t call_cb(int32_t (*)(int32_t), int32_t)` and calls
    // `cb_trampoline` before returning, while CALLBACK holds this call's
    // env and function.
    unsafe {
        let argv = args::<2>(env, info);
        let mut v = 0;
        if type_of(env, argv[0]) != valuetype::FUNCTION || !int32(env, argv[1], &mut v) {
            return fail(env, "call_cb: expected a function and a number");
        }
        let f: extern "C" fn(unsafe extern "C" fn(i32) -> i32, i32) -> i32 = transmute(target(T::call_cb));
        let saved = CALLBACK.with(|c| c.replace((env, argv[0])));
        let r = f(cb_trampoline, v);
        CALLBACK.with(|c| c.set(saved));
        new_int32(env, r)
    }
}

/// qsort's comparator: passes the two int32 values to JS. It opens a handle
/// scope per comparison, as it must: qsort calls it ~1.7 million times for
/// 100,000 elements within one outer N-API call.
unsafe extern "C" fn cmp_trampoline(a: *const c_void, b: *const c_void) -> i32 {
    let napi = api();
    let (env, func) = CALLBACK.with(|c| c.get());
    // SAFETY: only `qsort`'s target calls this, synchronously, while `qsort`
    // runs: `env` and `func` are that N-API call's, and `a` and `b` point to
    // elements of the Int32Array being sorted.
    unsafe {
        let mut scope = null_mut();
        (napi.open_handle_scope)(env, &mut scope);
        let argv = [new_int32(env, *(a as *const i32)), new_int32(env, *(b as *const i32))];
        let mut recv = null_mut();
        (napi.get_undefined)(env, &mut recv);
        let mut ret = null_mut();
        let mut r = 0;
        if (napi.call_function)(env, recv, func, 2, argv.as_ptr(), &mut ret) == NAPI_OK {
            int32(env, ret, &mut r);
        }
        (napi.close_handle_scope)(env, scope);
        r
    }
}

unsafe extern "C" fn qsort(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc); the target is libc's
    // `qsort`, given the Int32Array's own data, length and element size, and
    // `cmp_trampoline`, which it calls before returning while CALLBACK holds
    // this call's env and function.
    unsafe {
        let argv = args::<2>(env, info);
        let mut kind = -1;
        let mut length = 0usize;
        let mut data: *mut c_void = null_mut();
        if (api().get_typedarray_info)(env, argv[0], &mut kind, &mut length, &mut data, null_mut(), null_mut()) != NAPI_OK
            || kind != TYPEDARRAY_INT32
            || type_of(env, argv[1]) != valuetype::FUNCTION
        {
            return fail(env, "qsort: expected an Int32Array and a function");
        }
        type Cmp = unsafe extern "C" fn(*const c_void, *const c_void) -> i32;
        let f: extern "C" fn(*mut c_void, usize, usize, Cmp) = transmute(target(T::qsort));
        let saved = CALLBACK.with(|c| c.replace((env, argv[1])));
        f(data, length, 4, cmp_trampoline);
        CALLBACK.with(|c| c.set(saved));
    }
    null_mut()
}

// ---- memory helpers ----

/// `getInt32(pointer, offset)`: a bigint address and a byte offset.
unsafe extern "C" fn get_int32(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc). The address is the
    // caller's: like jitffi's getInt32, this reads where it is told to.
    unsafe {
        let argv = args::<2>(env, info);
        let mut p = 0u64;
        let mut off = 0.0;
        if !pointer(env, argv[0], &mut p) || !double(env, argv[1], &mut off) || off.is_nan() || off < 0.0 || p == 0 {
            return fail(env, "getInt32: expected a non-null bigint pointer and an offset");
        }
        new_int32(env, std::ptr::read_unaligned((p as usize + off as usize) as *const i32))
    }
}

/// `setInt32(pointer, offset, value)`.
unsafe extern "C" fn set_int32(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc). The address is the
    // caller's: like jitffi's setInt32, this writes where it is told to.
    unsafe {
        let argv = args::<3>(env, info);
        let mut p = 0u64;
        let mut off = 0.0;
        let mut v = 0;
        if !pointer(env, argv[0], &mut p)
            || !double(env, argv[1], &mut off)
            || !int32(env, argv[2], &mut v)
            || off.is_nan()
            || off < 0.0
            || p == 0
        {
            return fail(env, "setInt32: expected a non-null bigint pointer, an offset and a number");
        }
        std::ptr::write_unaligned((p as usize + off as usize) as *mut i32, v);
    }
    null_mut()
}

/// `toBuffer(pointer, length)`: a copy of `length` bytes at `pointer`.
unsafe extern "C" fn to_buffer(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc). The address is the
    // caller's: like jitffi's toBuffer, this copies what it is told to.
    unsafe {
        let argv = args::<2>(env, info);
        let mut p = 0u64;
        let mut len = 0.0;
        if !pointer(env, argv[0], &mut p) || !double(env, argv[1], &mut len) || len.is_nan() || len < 0.0 || (p == 0 && len > 0.0) {
            return fail(env, "toBuffer: expected a bigint pointer and a length");
        }
        let mut out = null_mut();
        (api().create_buffer_copy)(env, len as usize, p as usize as *const c_void, null_mut(), &mut out);
        out
    }
}

// ---- structs ----
//
// What a hand-written addon does with a struct: one napi_get_named_property
// and one napi_get_value_* per field of each argument, the call with the C
// struct by value (Rust's `extern "C"` follows the platform's C ABI for a
// `#[repr(C)]` struct, as the C compiler does for bench/targets.c), then
// napi_create_object and, per field of the result, one napi_create_* and one
// napi_set_named_property. Field names are C string literals, as in C.

/// `typedef struct { double x, y; } Point;` (bench/targets.c).
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct Point {
    x: f64,
    y: f64,
}

/// `typedef struct { double a, b, c, d; } Big32;` (bench/targets.c).
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct Big32 {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
}

/// `typedef struct { int32_t id; double x, y; uint8_t flag; int64_t stamp; }
/// Record;` (bench/targets.c).
#[repr(C)]
#[derive(Clone, Copy)]
struct Record {
    id: i32,
    x: f64,
    y: f64,
    flag: u8,
    stamp: i64,
}

/// `obj[key]` as a double: false if `obj` is not an object or the property
/// is not a number (a missing field is `undefined`).
#[inline(always)]
unsafe fn field_f64(env: napi_env, obj: napi_value, key: &CStr, out: &mut f64) -> bool {
    let mut v = null_mut();
    // SAFETY: `env`/`obj` per the contract; `key` is NUL-terminated and `v`
    // a local.
    unsafe { (api().get_named_property)(env, obj, key.as_ptr(), &mut v) == NAPI_OK && double(env, v, out) }
}

#[inline(always)]
unsafe fn new_object(env: napi_env) -> napi_value {
    let mut v = null_mut();
    // SAFETY: `env` per the contract; `v` is a local.
    unsafe { (api().create_object)(env, &mut v) };
    v
}

#[inline(always)]
unsafe fn set_field(env: napi_env, obj: napi_value, key: &CStr, v: napi_value) {
    // SAFETY: `env`/`obj`/`v` per the contract; `key` is NUL-terminated.
    unsafe { (api().set_named_property)(env, obj, key.as_ptr(), v) };
}

unsafe fn get_point(env: napi_env, obj: napi_value, out: &mut Point) -> bool {
    // SAFETY: `env`/`obj` per the contract.
    unsafe { field_f64(env, obj, c"x", &mut out.x) && field_f64(env, obj, c"y", &mut out.y) }
}

unsafe fn get_big32(env: napi_env, obj: napi_value, out: &mut Big32) -> bool {
    // SAFETY: `env`/`obj` per the contract.
    unsafe {
        field_f64(env, obj, c"a", &mut out.a)
            && field_f64(env, obj, c"b", &mut out.b)
            && field_f64(env, obj, c"c", &mut out.c)
            && field_f64(env, obj, c"d", &mut out.d)
    }
}

unsafe extern "C" fn add_point(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc); the target is
    // `Point add_point(Point, Point)`.
    unsafe {
        let argv = args::<2>(env, info);
        let (mut p, mut q) = (Point::default(), Point::default());
        if !get_point(env, argv[0], &mut p) || !get_point(env, argv[1], &mut q) {
            return fail(env, "add_point: expected two { x, y } objects of numbers");
        }
        let f: extern "C" fn(Point, Point) -> Point = transmute(target(T::add_point));
        let r = f(p, q);
        let out = new_object(env);
        set_field(env, out, c"x", new_double(env, r.x));
        set_field(env, out, c"y", new_double(env, r.y));
        out
    }
}

unsafe extern "C" fn big_add(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc); the target is
    // `Big32 big_add(Big32, Big32)`.
    unsafe {
        let argv = args::<2>(env, info);
        let (mut p, mut q) = (Big32::default(), Big32::default());
        if !get_big32(env, argv[0], &mut p) || !get_big32(env, argv[1], &mut q) {
            return fail(env, "big_add: expected two { a, b, c, d } objects of numbers");
        }
        let f: extern "C" fn(Big32, Big32) -> Big32 = transmute(target(T::big_add));
        let r = f(p, q);
        let out = new_object(env);
        set_field(env, out, c"a", new_double(env, r.a));
        set_field(env, out, c"b", new_double(env, r.b));
        set_field(env, out, c"c", new_double(env, r.c));
        set_field(env, out, c"d", new_double(env, r.d));
        out
    }
}

/// `read_record(pointer)`: the Record at a bigint address, as an object
/// (`stamp` a bigint, like ffi.read's i64 fields).
unsafe extern "C" fn read_record(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc). The address is the
    // caller's: like ffi.read, this reads where it is told to.
    unsafe {
        let argv = args::<1>(env, info);
        let mut p = 0u64;
        if !pointer(env, argv[0], &mut p) || p == 0 {
            return fail(env, "read_record: expected a non-null bigint pointer");
        }
        let r = std::ptr::read_unaligned(p as usize as *const Record);
        let out = new_object(env);
        set_field(env, out, c"id", new_int32(env, r.id));
        set_field(env, out, c"x", new_double(env, r.x));
        set_field(env, out, c"y", new_double(env, r.y));
        set_field(env, out, c"flag", new_uint32(env, u32::from(r.flag)));
        let mut stamp = null_mut();
        (api().create_bigint_int64)(env, r.stamp, &mut stamp);
        set_field(env, out, c"stamp", stamp);
        out
    }
}

// ---- the argument-count sweep: int32 argsN(int32 × N), N = 1..16 ----

macro_rules! call_args {
    (@ty $i:tt) => { i32 };
    ($t:expr, $v:expr; $($i:tt)*) => {{
        let f: extern "C" fn($(call_args!(@ty $i)),*) -> i32 = transmute($t);
        f($($v[$i]),*)
    }};
}

unsafe extern "C" fn args_n(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: N-API's env and info (module doc), `argv` holds `argc` slots;
    // the target of argsN is `int32_t argsN(int32_t × N)` with N = argc.
    unsafe {
        let mut argv = [null_mut(); 16];
        let mut argc = argv.len();
        (api().get_cb_info)(env, info, &mut argc, argv.as_mut_ptr(), null_mut(), null_mut());
        if argc == 0 || argc > 16 {
            return fail(env, "args: expected 1 to 16 numbers");
        }
        let mut v = [0i32; 16];
        for k in 0..argc {
            if !int32(env, argv[k], &mut v[k]) {
                return fail(env, "args: expected numbers");
            }
        }
        let t = TARGETS[T::args1 as usize + argc - 1].load(Ordering::Relaxed);
        let r = match argc {
            1 => call_args!(t, v; 0),
            2 => call_args!(t, v; 0 1),
            3 => call_args!(t, v; 0 1 2),
            4 => call_args!(t, v; 0 1 2 3),
            5 => call_args!(t, v; 0 1 2 3 4),
            6 => call_args!(t, v; 0 1 2 3 4 5),
            7 => call_args!(t, v; 0 1 2 3 4 5 6),
            8 => call_args!(t, v; 0 1 2 3 4 5 6 7),
            9 => call_args!(t, v; 0 1 2 3 4 5 6 7 8),
            10 => call_args!(t, v; 0 1 2 3 4 5 6 7 8 9),
            11 => call_args!(t, v; 0 1 2 3 4 5 6 7 8 9 10),
            12 => call_args!(t, v; 0 1 2 3 4 5 6 7 8 9 10 11),
            13 => call_args!(t, v; 0 1 2 3 4 5 6 7 8 9 10 11 12),
            14 => call_args!(t, v; 0 1 2 3 4 5 6 7 8 9 10 11 12 13),
            15 => call_args!(t, v; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14),
            _ => call_args!(t, v; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15),
        };
        new_int32(env, r)
    }
}

// ---- setup ----

/// `setTargets({ name: bigint address, ... })`: stores the C function
/// addresses; names not given keep their previous value. Returns the list
/// of names every reference needs.
unsafe extern "C" fn set_targets(env: napi_env, info: napi_callback_info) -> napi_value {
    let napi = api();
    // SAFETY: N-API's env and info (module doc); property names are
    // NUL-terminated and out-pointers point to locals.
    unsafe {
        let argv = args::<1>(env, info);
        if type_of(env, argv[0]) != valuetype::OBJECT {
            return fail(env, "setTargets: expected an object");
        }
        for (k, name) in TARGET_NAMES.iter().enumerate() {
            let key = CString::new(*name).expect("target names have no NUL");
            let mut v = null_mut();
            (napi.get_named_property)(env, argv[0], key.as_ptr(), &mut v);
            let mut address = 0u64;
            if type_of(env, v) == valuetype::BIGINT {
                if !pointer(env, v, &mut address) {
                    return fail(env, "setTargets: bad address");
                }
                TARGETS[k].store(address as usize, Ordering::Relaxed);
            }
        }
        let names: Vec<napi_value> = TARGET_NAMES.iter().map(|n| string(env, n)).collect();
        array(env, &names)
    }
}

/// The module's entry point, which Node.js looks up by name when it loads
/// the addon: defines one exported function per reference.
///
/// # Safety
/// Called by Node.js only, with the environment loading this module and its
/// exports object.
#[no_mangle]
pub unsafe extern "C" fn napi_register_module_v1(env: napi_env, exports: napi_value) -> napi_value {
    let functions: &[(&str, napi_callback)] = &[
        ("setTargets", set_targets),
        ("empty", empty),
        ("noop", noop),
        ("add_i32", add_i32),
        ("add_f64", add_f64),
        ("add_i64", add_i64),
        ("identity_ptr", identity_ptr),
        ("mix6", mix6),
        ("mix16", mix16),
        ("str_len", str_len),
        ("sum_buf", sum_buf),
        ("call_cb", call_cb),
        ("qsort", qsort),
        ("getInt32", get_int32),
        ("setInt32", set_int32),
        ("toBuffer", to_buffer),
        ("add_point", add_point),
        ("big_add", big_add),
        ("read_record", read_record),
        ("args", args_n),
    ];
    for (name, f) in functions {
        // SAFETY: `env` and `exports` are those of the module being loaded.
        unsafe { set_function(env, exports, name, *f) };
    }
    exports
}
