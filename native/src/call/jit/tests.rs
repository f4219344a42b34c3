//! Execution tests of compiled trampolines, without Node.js.
//!
//! The fast tier makes no N-API call, so it runs as is: the test writes the
//! slot array like the JS wrapper would, calls the trampoline as a
//! `napi_callback` with NULL env/info, and reads the result slot.
//! The general tier is run against stand-ins for `napi_get_cb_info` and the
//! `convert.rs` helpers, registered under the same symbol names, which
//! checks the control flow (conversions, early exits, scratch release) and
//! the calling convention of every import.

use super::{Jit, JitError, Tier, IDLE_KEPT, SWEEP_EVERY};
use crate::abi::fn_data::FnData;
use crate::abi::lease::CodeLease;
use crate::abi::slots::{SLOT_ARG0, SLOT_COUNT, SLOT_RESULT, SLOT_TARGET};
use crate::abi::sync_calls::{depth, SyncCalls, ENTER, LEAVE};
use crate::convert::arg_symbol;
use crate::types::{FfiType, Signature};
use std::cell::RefCell;
use std::ffi::{c_void, CStr};
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};

type NapiCallback = unsafe extern "C" fn(*mut c_void, *mut c_void) -> *mut c_void;

fn sig(text: &str) -> Signature {
    Signature::parse_key(text).unwrap_or_else(|| panic!("bad signature {text}"))
}

/// A fast-tier environment: a natively allocated slot array and its Jit,
/// and the leases of the code `compile` returned (kept until the end).
struct Fast {
    slots: *mut u64,
    /// The environment's count of synchronous calls (`abi::sync_calls`).
    sync: Box<SyncCalls>,
    jit: Option<Jit>,
    leases: Vec<CodeLease>,
}

impl Fast {
    fn new() -> Fast {
        let slots = Box::into_raw(Box::new([0u64; SLOT_COUNT])) as *mut u64;
        let sync = Box::<SyncCalls>::default();
        let jit = Jit::new(slots, sync.as_ptr(), no_helpers).expect("executable memory");
        Fast { slots, sync, jit: Some(jit), leases: Vec::new() }
    }

    fn jit(&mut self) -> &mut Jit {
        self.jit.as_mut().unwrap()
    }

    fn compile(&mut self, text: &str) -> NapiCallback {
        let compiled = self.jit().compile(&sig(text), Tier::Fast).unwrap();
        self.leases.push(compiled.lease);
        // SAFETY: `compile` returns the address of a finalized function with
        // the napi_callback signature in the default C call convention,
        // mapped while its lease (kept above) lives.
        unsafe { std::mem::transmute::<*const u8, NapiCallback>(compiled.code) }
    }

    /// Fills a slot with garbage, then writes `v` at byte 0 (as JS views do),
    /// so a trampoline reading more than the value's width would see junk.
    fn put<T: Copy>(&self, slot: usize, v: T) {
        assert!(slot < SLOT_COUNT && std::mem::size_of::<T>() <= 8);
        // SAFETY: `slot` is in bounds of the SLOT_COUNT-u64 array, which is
        // 8-aligned, so byte 0 of the slot is aligned for any T of <= 8 bytes.
        unsafe {
            self.slots.add(slot).write(0xA5A5_A5A5_A5A5_A5A5);
            (self.slots.add(slot) as *mut T).write(v);
        }
    }

    fn get<T: Copy>(&self, slot: usize) -> T {
        // SAFETY: as in `put`.
        unsafe { (self.slots.add(slot) as *const T).read() }
    }

    fn set_target(&self, target: *const ()) {
        self.put(SLOT_TARGET, target as u64);
    }

    /// Calls the trampoline like Node would, with NULL env/info.
    fn call(&self, f: NapiCallback) {
        // SAFETY: the slots hold a valid target of the compiled signature and
        // arguments of its types; the fast tier never dereferences env/info.
        let ret = unsafe { f(std::ptr::null_mut(), std::ptr::null_mut()) };
        assert!(ret.is_null(), "fast tier returns undefined (NULL)");
    }
}

impl Drop for Fast {
    fn drop(&mut self) {
        // The code goes first, then the slots it uses.
        drop(self.jit.take());
        // SAFETY: `slots` came from Box::into_raw of a [u64; SLOT_COUNT] in
        // `new`, is freed only here, and no code that uses it is left.
        drop(unsafe { Box::from_raw(self.slots as *mut [u64; SLOT_COUNT]) });
    }
}

extern "C" fn add_i32(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

#[test]
fn fast_add_i32() {
    let mut env = Fast::new();
    let f = env.compile("i32(i32,i32)");
    env.set_target(add_i32 as *const ());
    for (a, b) in [(20, 22), (-5, 3), (i32::MAX, 1), (0, i32::MIN)] {
        env.put(SLOT_ARG0, a);
        env.put(SLOT_ARG0 + 1, b);
        env.call(f);
        assert_eq!(env.get::<i32>(SLOT_RESULT), a.wrapping_add(b), "{a} + {b}");
    }
}

static VOID_CALLS: AtomicU32 = AtomicU32::new(0);
extern "C" fn count_call() {
    VOID_CALLS.fetch_add(1, Ordering::SeqCst);
}

#[test]
fn fast_void_no_args() {
    let mut env = Fast::new();
    let f = env.compile("void()");
    env.set_target(count_call as *const ());
    env.put(SLOT_RESULT, 0x1234u64);
    let before = VOID_CALLS.load(Ordering::SeqCst);
    env.call(f);
    env.call(f);
    assert_eq!(VOID_CALLS.load(Ordering::SeqCst), before + 2);
    assert_eq!(env.get::<u64>(SLOT_RESULT), 0x1234, "void leaves the result slot alone");
}

#[allow(clippy::too_many_arguments)]
extern "C" fn mix16(
    a: i32,
    b: f64,
    c: i64,
    d: f64,
    e: u8,
    f: f32,
    g: i16,
    h: f64,
    i: u32,
    j: f64,
    k: i8,
    l: f32,
    m: u64,
    n: f64,
    o: *const u8,
    p: bool,
) -> f64 {
    // Position-weighted so any swapped or dropped argument changes the sum.
    a as f64 * 1.0
        + b * 2.0
        + c as f64 * 3.0
        + d * 4.0
        + e as f64 * 5.0
        + f as f64 * 6.0
        + g as f64 * 7.0
        + h * 8.0
        + i as f64 * 9.0
        + j * 10.0
        + k as f64 * 11.0
        + l as f64 * 12.0
        + m as f64 * 13.0
        + n * 14.0
        + o as usize as f64 * 15.0
        + p as u8 as f64 * 16.0
}

#[test]
fn fast_16_mixed_arguments() {
    let mut env = Fast::new();
    let f = env.compile("f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)");
    env.set_target(mix16 as *const ());
    let p = 0x1000 as *const u8;
    env.put(SLOT_ARG0, -7i32);
    env.put(SLOT_ARG0 + 1, 1.5f64);
    env.put(SLOT_ARG0 + 2, -123_456_789_012i64);
    env.put(SLOT_ARG0 + 3, 0.25f64);
    env.put(SLOT_ARG0 + 4, 250u8);
    env.put(SLOT_ARG0 + 5, -3.5f32);
    env.put(SLOT_ARG0 + 6, -30_000i16);
    env.put(SLOT_ARG0 + 7, 1e10f64);
    env.put(SLOT_ARG0 + 8, 4_000_000_000u32);
    env.put(SLOT_ARG0 + 9, -2.0f64);
    env.put(SLOT_ARG0 + 10, -100i8);
    env.put(SLOT_ARG0 + 11, 0.5f32);
    env.put(SLOT_ARG0 + 12, 1u64 << 40);
    env.put(SLOT_ARG0 + 13, 3.0f64);
    env.put(SLOT_ARG0 + 14, p as u64);
    env.put(SLOT_ARG0 + 15, true);
    env.call(f);
    let expected = mix16(-7, 1.5, -123_456_789_012, 0.25, 250, -3.5, -30_000, 1e10, 4_000_000_000, -2.0, -100, 0.5, 1 << 40, 3.0, p, true);
    assert_eq!(env.get::<f64>(SLOT_RESULT), expected);
}

extern "C" fn widen_i8(x: i8) -> i32 {
    x as i32
}
extern "C" fn widen_u8(x: u8) -> u32 {
    x as u32
}
extern "C" fn widen_i16(x: i16) -> i64 {
    x as i64
}
extern "C" fn widen_u16(x: u16) -> u64 {
    x as u64
}
extern "C" fn negate_i8(x: i8) -> i8 {
    x.wrapping_neg()
}
extern "C" fn not_bool(x: bool) -> bool {
    !x
}

#[test]
fn fast_small_integers_are_extended() {
    let mut env = Fast::new();
    // Slots hold garbage above byte 0/1 (see `put`): only the value's width
    // may be read, and the C ABI extension must come from the trampoline.
    let f = env.compile("i32(i8)");
    env.set_target(widen_i8 as *const ());
    for v in [-5i8, -128, 127, 0] {
        env.put(SLOT_ARG0, v);
        env.call(f);
        assert_eq!(env.get::<i32>(SLOT_RESULT), v as i32);
    }
    let f = env.compile("u32(u8)");
    env.set_target(widen_u8 as *const ());
    env.put(SLOT_ARG0, 0xF0u8);
    env.call(f);
    assert_eq!(env.get::<u32>(SLOT_RESULT), 240);
    let f = env.compile("i64(i16)");
    env.set_target(widen_i16 as *const ());
    env.put(SLOT_ARG0, -30_000i16);
    env.call(f);
    assert_eq!(env.get::<i64>(SLOT_RESULT), -30_000);
    let f = env.compile("u64(u16)");
    env.set_target(widen_u16 as *const ());
    env.put(SLOT_ARG0, 0xFFFEu16);
    env.call(f);
    assert_eq!(env.get::<u64>(SLOT_RESULT), 0xFFFE);
    let f = env.compile("i8(i8)");
    env.set_target(negate_i8 as *const ());
    env.put(SLOT_ARG0, 100i8);
    env.call(f);
    assert_eq!(env.get::<i8>(SLOT_RESULT), -100);
    let f = env.compile("bool(bool)");
    env.set_target(not_bool as *const ());
    env.put(SLOT_ARG0, false);
    env.call(f);
    assert_eq!(env.get::<u8>(SLOT_RESULT), 1);
}

extern "C" fn scale_f32(x: f32, k: f32) -> f32 {
    x * k
}

#[test]
fn fast_f32() {
    let mut env = Fast::new();
    let f = env.compile("f32(f32,f32)");
    env.set_target(scale_f32 as *const ());
    env.put(SLOT_ARG0, 1.25f32);
    env.put(SLOT_ARG0 + 1, -4.0f32);
    env.call(f);
    assert_eq!(env.get::<f32>(SLOT_RESULT), -5.0);
}

extern "C" fn mix64(a: u64, b: i64, p: *const u8) -> u64 {
    a ^ (b as u64) ^ (p as u64)
}

#[test]
fn fast_64_bit_and_pointers() {
    let mut env = Fast::new();
    let f = env.compile("u64(u64,i64,pointer)");
    env.set_target(mix64 as *const ());
    env.put(SLOT_ARG0, u64::MAX - 1);
    env.put(SLOT_ARG0 + 1, i64::MIN);
    env.put(SLOT_ARG0 + 2, 0xdead_beef_usize);
    env.call(f);
    assert_eq!(env.get::<u64>(SLOT_RESULT), (u64::MAX - 1) ^ (i64::MIN as u64) ^ 0xdead_beef);
}

thread_local! {
    /// (slot array, add_i32 trampoline) the re-entrant target calls into.
    static REENTER: RefCell<Option<(*mut u64, NapiCallback)>> = const { RefCell::new(None) };
}

/// Makes a nested jitffi call of the same signature (overwriting target,
/// argument and result slots), then returns a value built from its own args.
extern "C" fn reenter(a: i32, b: i32) -> i32 {
    let (slots, inner) = REENTER.with(|r| r.borrow().unwrap());
    // SAFETY: `slots` is the live slot array of the test's environment and
    // `inner` its compiled i32(i32,i32) trampoline; this is what a JS callback
    // calling another jitffi function would do.
    let nested = unsafe {
        slots.add(SLOT_TARGET).write(add_i32 as *const () as u64);
        (slots.add(SLOT_ARG0) as *mut i32).write(100);
        (slots.add(SLOT_ARG0 + 1) as *mut i32).write(200);
        inner(std::ptr::null_mut(), std::ptr::null_mut());
        (slots.add(SLOT_RESULT) as *const i32).read()
    };
    assert_eq!(nested, 300);
    a * 1000 + b
}

#[test]
fn fast_tier_is_reentrant() {
    let mut env = Fast::new();
    let f = env.compile("i32(i32,i32)");
    REENTER.with(|r| *r.borrow_mut() = Some((env.slots, f)));
    env.set_target(reenter as *const ());
    env.put(SLOT_ARG0, 7);
    env.put(SLOT_ARG0 + 1, 9);
    env.call(f);
    assert_eq!(env.get::<i32>(SLOT_RESULT), 7009, "outer result stored after the nested call");
}

/// The `SyncCalls` word the running fast-tier test exposes to `sample_sync`.
static SYNC_SEEN: AtomicPtr<u64> = AtomicPtr::new(std::ptr::null_mut());

extern "C" fn sample_sync() -> u64 {
    // SAFETY: the test below points SYNC_SEEN at its environment's word,
    // alive while the trampoline runs.
    unsafe { *SYNC_SEEN.load(Ordering::SeqCst) }
}

#[test]
fn fast_tier_counts_the_call_as_synchronous() {
    let mut env = Fast::new();
    SYNC_SEEN.store(env.sync.as_ptr(), Ordering::SeqCst);
    let f = env.compile("u64()");
    env.set_target(sample_sync as *const ());
    let before = env.sync.sample();
    env.call(f);
    let inside = env.get::<u64>(SLOT_RESULT);
    assert_eq!(depth(before), 0);
    assert_eq!(depth(inside), 1, "inside the C call the depth is 1");
    assert_eq!(inside, before.wrapping_add(ENTER as u64));
    assert_eq!(depth(env.sync.sample()), 0, "back to 0 after it");
    assert_ne!(env.sync.sample(), before, "and the call was counted as entered");
}

thread_local! {
    /// The `SyncCalls` word of the typed-function test running on this
    /// thread, for `probe_sync`.
    static TYPED_SYNC: std::cell::Cell<*const u64> = const { std::cell::Cell::new(std::ptr::null()) };
}

extern "C" fn probe_sync(add: i32) -> u64 {
    // SAFETY: the test below points TYPED_SYNC at its environment's word,
    // alive while the typed function runs on this thread.
    unsafe { *TYPED_SYNC.with(|w| w.get()) }.wrapping_add(add as u64)
}

/// A typed function (v8fast.rs) calls its target without counting the call
/// when the address comes as it is, and counts it when the address comes
/// with its sign bit set.
#[test]
fn typed_function_counts_only_a_negated_target() {
    let mut env = Fast::new();
    TYPED_SYNC.with(|w| w.set(env.sync.as_ptr()));
    let compiled = env.jit().compile(&sig("u64(i32)"), Tier::V8Fast).unwrap();
    env.leases.push(compiled.lease);
    type Typed = unsafe extern "C" fn(*const c_void, f64, i32) -> u64;
    // SAFETY: the V8Fast tier's code is a C function of V8's fast-call
    // signature (receiver, target bits, the int32 argument) returning the
    // uint64, mapped while its lease (kept above) lives.
    let typed = unsafe { std::mem::transmute::<*const u8, Typed>(compiled.code) };
    let address = probe_sync as *const () as usize as u64;
    assert_eq!(address >> 63, 0, "a user-space address has no sign bit");
    let start = env.sync.sample();
    // SAFETY: the receiver is never read; the target is `probe_sync`, of
    // the signature compiled, either way.
    let (plain, counted) =
        unsafe { (typed(std::ptr::null(), f64::from_bits(address), 5), typed(std::ptr::null(), f64::from_bits(address | 1 << 63), 5)) };
    assert_eq!(plain, start + 5, "not counted: the word is as it was, and the argument arrives");
    assert_eq!(depth(counted - 5), 1, "counted: the depth is 1 inside the call");
    assert_eq!(counted - 5, start.wrapping_add(ENTER as u64));
    assert_eq!(depth(env.sync.sample()), 0, "back to 0 after it");
    assert_ne!(env.sync.sample(), start, "and the counted call was entered");
    TYPED_SYNC.with(|w| w.set(std::ptr::null()));
}

/// Which targets can be V8's fast C function themselves: float arguments
/// only (on hosts where the receiver leaves them in place), and a result V8
/// reads as C returns it.
#[test]
fn direct_targets_take_floats_only() {
    use super::v8fast::direct_signature;
    let direct = |text: &str| direct_signature(&sig(text)).is_some();
    let expected = !cfg!(windows);
    for text in [
        "void()",
        "f64(f64,f64)",
        "f32(f32)",
        "i32(f64)",
        "u32(f32,f64)",
        "i64(f64)",
        "pointer()",
        "void(f64,f64,f64,f64,f64,f64,f64,f64,f64,f64)",
    ] {
        assert_eq!(direct(text), expected, "{text}");
    }
    for text in ["f64(i32)", "void(pointer)", "u8(f64)", "i16()", "bool(f64)", "f64(string)", "void(f64,i64)"] {
        assert!(!direct(text), "{text}");
    }
    let mut errno = sig("f64(f64)");
    errno.errno = true;
    assert!(direct_signature(&errno).is_none(), "errno needs the typed function's hooks");
}

/// Which signatures get bound functions: floats in and a float out (on
/// hosts where the target can be V8's fast C function).
#[test]
fn bound_functions_take_and_return_floats() {
    use super::v8fast::bound_signature;
    let bound = |text: &str| bound_signature(&sig(text)).is_some();
    let expected = !cfg!(windows);
    for text in ["f64(f64,f64)", "f32(f32)", "f64()", "f32(f32,f64,f32)"] {
        assert_eq!(bound(text), expected, "{text}");
    }
    for text in ["void()", "i32(f64)", "i64(f64)", "pointer()", "f64(i32)", "f64(i64)", "f64(string)"] {
        assert!(!bound(text), "{text}");
    }
}

thread_local! {
    /// The arguments `record_closed` was called with.
    static CLOSED_CALLS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

extern "C" fn record_closed(arg: u64) {
    CLOSED_CALLS.with(|c| c.borrow_mut().push(arg));
}

extern "C" fn sub_f64(a: f64, b: f64) -> f64 {
    a - b
}

/// A bound function calls its target with its arguments, has the typed
/// function count the call when its flag says so, and calls `throw_closed`
/// instead once the closed flag is set.
#[test]
fn bound_function_calls_counts_and_refuses_when_closed() {
    let mut env = Fast::new();
    let closed = Box::new(std::cell::Cell::new(0u8));
    let counting = Box::new(std::cell::Cell::new(0u8));
    let signature = sig("f64(f64,f64)");
    let typed = env.jit().compile(&signature, Tier::V8Fast).unwrap();
    let bound = super::Bound {
        target: sub_f64 as *const () as u64,
        closed: closed.as_ptr() as u64,
        counting: counting.as_ptr() as u64,
        typed: typed.code as u64,
        throw_closed: record_closed as *const () as u64,
        throw_arg: 77,
    };
    let compiled = env.jit().compile_bound(&signature, &bound).unwrap();
    env.leases.push(compiled.lease);
    env.leases.push(typed.lease);
    type BoundFn = unsafe extern "C" fn(*const c_void, f64, f64) -> f64;
    // SAFETY: a bound function of f64(f64,f64) is a C function of (receiver,
    // f64, f64) -> f64, mapped while its lease (kept above) lives; its
    // target and `throw_closed` are the functions above, of the signatures
    // it calls them with, and the flags outlive the calls.
    let f = unsafe { std::mem::transmute::<*const u8, BoundFn>(compiled.code) };
    // SAFETY: as above; the receiver is never read.
    let call = |a: f64, b: f64| unsafe { f(std::ptr::null(), a, b) };
    let start = env.sync.sample();
    assert_eq!(call(5.0, 7.5), -2.5);
    assert!(call(-0.0, 0.0).is_sign_negative(), "-0 arrives as it is");
    assert_eq!(env.sync.sample(), start, "not counted");
    counting.set(1);
    assert_eq!(call(3.0, 1.0), 2.0);
    assert_eq!(env.sync.sample(), start.wrapping_add((ENTER - LEAVE) as u64), "counted: one call entered, and left");
    assert!(CLOSED_CALLS.with(|c| c.borrow().is_empty()));
    closed.set(1);
    assert_eq!(call(3.0, 1.0), 0.0, "closed: the target is not called");
    assert_eq!(CLOSED_CALLS.with(|c| c.borrow().clone()), vec![77]);
}

#[test]
fn compiles_once_per_key_and_tier() {
    let mut env = Fast::new();
    let a = env.jit().compile(&sig("int32(int32,double)"), Tier::Fast).unwrap();
    let b = env.jit().compile(&sig("i32(i32,f64)"), Tier::Fast).unwrap();
    assert_eq!(a.code, b.code);
    assert_eq!(env.jit().compiled_count(), 1);
    env.jit().compile(&sig("void()"), Tier::Fast).unwrap();
    assert_eq!(env.jit().compiled_count(), 2);
}

#[test]
fn rejects_what_the_fast_tier_cannot_take() {
    let mut env = Fast::new();
    assert!(matches!(env.jit().compile(&sig("u64(buffer)"), Tier::Fast), Err(JitError::NotFastEligible(_))));
    let too_many = Signature::new(FfiType::Void, vec![FfiType::I64; 127]);
    assert!(matches!(env.jit().compile(&too_many, Tier::Fast), Err(JitError::TooManyArguments { max: 126, .. })));
    let max = Signature::new(FfiType::Void, vec![FfiType::I64; 126]);
    env.jit().compile(&max, Tier::Fast).unwrap();
    assert_eq!(env.jit().compiled_count(), 1);
}

#[test]
fn general_tier_needs_registered_helpers() {
    // With no helper to link against, the general tier must fail cleanly
    // (no panic at link time), and the Jit must stay usable.
    let mut env = Fast::new();
    let err = env.jit().compile(&sig("u64(string)"), Tier::General).unwrap_err();
    assert_eq!(err, JitError::UnresolvedSymbol("napi_get_cb_info".into()));
    env.compile("i32(i32,i32)");
}

#[test]
fn frees_idle_signatures_and_keeps_leased_ones() {
    let mut env = Fast::new();
    let held = env.compile("i32(i32,i32)");
    let held_code = held as *const u8;
    // Distinct signatures whose leases are dropped at once: i in base 10,
    // one type per digit.
    let types = ["i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "f32", "f64"];
    let mut most = 0;
    for i in 0..3000usize {
        let mut params = Vec::new();
        let mut n = i;
        loop {
            params.push(types[n % 10]);
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let text = format!("void({})", params.join(","));
        drop(env.jit().compile(&sig(&text), Tier::Fast).unwrap());
        most = most.max(env.jit().unit_count());
    }
    // Sweeps keep the units near the number in use, not the number seen.
    assert!(most <= 2 * SWEEP_EVERY + IDLE_KEPT + 1, "{most} units mapped at once");
    assert_eq!(env.jit().compiled_count(), 3001);
    // The leased signature was neither freed nor recompiled; it still runs.
    assert_eq!(env.jit().compile(&sig("int32(int32,int32)"), Tier::Fast).unwrap().code, held_code);
    env.set_target(add_i32 as *const ());
    env.put(SLOT_ARG0, 40);
    env.put(SLOT_ARG0 + 1, 2);
    env.call(held);
    assert_eq!(env.get::<i32>(SLOT_RESULT), 42);
}

// ---------------------------------------------------------------------------
// General tier against stand-ins for N-API and convert.rs
// ---------------------------------------------------------------------------

/// A fake JS value; a `napi_value` is a `*const Js`.
#[derive(Debug, Clone, PartialEq)]
enum Js {
    Num(f64),
    Str(String),
    BigInt(u64),
}

/// `napi_callback_info` stand-in.
struct Info {
    args: Vec<*const Js>,
    data: *mut c_void,
    status: i32,
}

/// What the fakes saw, in order.
#[derive(Debug, PartialEq)]
enum Event {
    /// An N-API call made by the inline conversions (marshal.rs).
    Napi(&'static str),
    /// The cold entry check (`jitffi_enter`) ran.
    Enter {
        argc: usize,
        nparams: u32,
    },
    /// A convert.rs fallback helper ran for argument `i`.
    Helper(u32),
    Throw(String),
    Release,
}

thread_local! {
    static EVENTS: RefCell<Vec<Event>> = const { RefCell::new(Vec::new()) };
}

fn log(e: Event) {
    EVENTS.with(|v| v.borrow_mut().push(e));
}

fn take_events() -> Vec<Event> {
    EVENTS.with(|v| std::mem::take(&mut *v.borrow_mut()))
}

const ENV: usize = 0xE1; // the fake napi_env; fakes check they receive it
const NAPI_STRING_EXPECTED: i32 = 3;
const NAPI_NUMBER_EXPECTED: i32 = 6;
const NAPI_INVALID_ARG: i32 = 1;
const NAPI_BIGINT_EXPECTED: i32 = 17;

// The fakes below are `unsafe extern "C"` functions whose pointer arguments
// are trusted: they are only called by the trampolines under test, with the
// env/info built by `call_general`, argv entries pointing to live `Js`
// values, and out/scratch pointers into the trampoline's own frame. Each
// says in its `# Safety` what of this it relies on.

/// # Safety
/// `info` points to a live `Info` (built by `call_general`); `argc` points
/// to the capacity of `argv`, which has that many writable entries; `argc`
/// and `data` are writable.
unsafe extern "C" fn fake_get_cb_info(
    env: *mut c_void,
    info: *mut c_void,
    argc: *mut usize,
    argv: *mut *const Js,
    this: *mut c_void,
    data: *mut *mut c_void,
) -> i32 {
    assert_eq!(env as usize, ENV);
    assert!(this.is_null());
    // SAFETY: the caller's contract: `info` points to a live `Info`.
    let info = unsafe { &*(info as *const Info) };
    if info.status != 0 {
        return info.status;
    }
    // SAFETY: the caller's contract: `argv` has `*argc` writable entries,
    // and `argc` and `data` are writable.
    unsafe {
        for i in 0..*argc {
            *argv.add(i) = info.args.get(i).copied().unwrap_or(std::ptr::null());
        }
        *argc = info.args.len();
        *data = info.data;
    }
    0
}

/// # Safety
/// `data` points to a live `FnData` (the callback data `call_general`
/// passed through `fake_get_cb_info`).
unsafe extern "C" fn fake_enter(env: *mut c_void, data: *mut c_void, argc: usize, nparams: u32) -> u64 {
    assert_eq!(env as usize, ENV);
    log(Event::Enter { argc, nparams });
    // SAFETY: the caller's contract: `data` points to a live `FnData`.
    let data = unsafe { &*(data as *const FnData) };
    if data.is_closed() {
        log(Event::Throw("closed".into()));
        return 0;
    }
    if argc != nparams as usize {
        log(Event::Throw("argc".into()));
        return 0;
    }
    data.target
}

/// # Safety
/// `value` points to a live `Js`; `out` to a writable f64.
unsafe extern "C" fn fake_get_value_double(env: *mut c_void, value: *const Js, out: *mut f64) -> i32 {
    assert_eq!(env as usize, ENV);
    log(Event::Napi("get_value_double"));
    // SAFETY: the caller's contract: `value` points to a live `Js` and
    // `out` to a writable f64.
    unsafe {
        match &*value {
            Js::Num(d) => {
                *out = *d;
                0
            }
            _ => NAPI_NUMBER_EXPECTED,
        }
    }
}

/// # Safety
/// `value` points to a live `Js`; `out` and `lossless` are writable.
unsafe extern "C" fn fake_get_value_bigint_uint64(_: *mut c_void, value: *const Js, out: *mut u64, lossless: *mut bool) -> i32 {
    log(Event::Napi("get_value_bigint_uint64"));
    // SAFETY: the caller's contract: `value` points to a live `Js`, and
    // `out` and `lossless` are writable.
    unsafe {
        match &*value {
            Js::BigInt(v) => {
                *out = *v;
                *lossless = true;
                0
            }
            _ => NAPI_BIGINT_EXPECTED,
        }
    }
}

/// # Safety
/// `value` points to a live `Js`; `buf` to `cap` (at least 1) writable
/// bytes that do not overlap it; `copied` is writable.
unsafe extern "C" fn fake_get_value_string_utf8(env: *mut c_void, value: *const Js, buf: *mut u8, cap: usize, copied: *mut usize) -> i32 {
    assert_eq!(env as usize, ENV);
    log(Event::Napi("get_value_string_utf8"));
    // SAFETY: the caller's contract: `value` points to a live `Js`.
    let Js::Str(s) = (unsafe { &*value }) else { return NAPI_STRING_EXPECTED };
    let n = s.len().min(cap - 1);
    // SAFETY: the caller's contract: `buf` has `cap` writable bytes (n + 1
    // <= cap) that do not overlap the string, and `copied` is writable.
    unsafe {
        std::ptr::copy_nonoverlapping(s.as_ptr(), buf, n);
        *buf.add(n) = 0;
        *copied = n;
    }
    0
}

/// Reads none of its arguments, so unlike the other fakes it is safe.
extern "C" fn fake_get_typedarray_info(
    _: *mut c_void,
    _: *const Js,
    _: *mut i32,
    _: *mut usize,
    _: *mut *mut c_void,
    _: *mut c_void,
    _: *mut usize,
) -> i32 {
    log(Event::Napi("get_typedarray_info"));
    NAPI_INVALID_ARG // the fakes have no typed arrays
}

/// # Safety
/// `out` is writable.
unsafe extern "C" fn fake_create_int32(env: *mut c_void, v: i32, out: *mut *const Js) -> i32 {
    assert_eq!(env as usize, ENV);
    log(Event::Napi("create_int32"));
    // SAFETY: the caller's contract: `out` is writable.
    unsafe { *out = Box::into_raw(Box::new(Js::Num(v as f64))) };
    0
}

/// # Safety
/// `out` is writable.
unsafe extern "C" fn fake_create_double(_: *mut c_void, v: f64, out: *mut *const Js) -> i32 {
    log(Event::Napi("create_double"));
    // SAFETY: the caller's contract: `out` is writable.
    unsafe { *out = Box::into_raw(Box::new(Js::Num(v))) };
    0
}

/// # Safety
/// `out` is writable.
unsafe extern "C" fn fake_create_bigint_uint64(_: *mut c_void, v: u64, out: *mut *const Js) -> i32 {
    log(Event::Napi("create_bigint_uint64"));
    // SAFETY: the caller's contract: `out` is writable.
    unsafe { *out = Box::into_raw(Box::new(Js::BigInt(v))) };
    0
}

/// The i32 fallback helper: converts what it can, otherwise "throws".
///
/// # Safety
/// `value` points to a live `Js`; `out` to a writable u64.
unsafe extern "C" fn fake_arg_i32(env: *mut c_void, value: *const Js, index: u32, out: *mut u64, scratch: *mut u8) -> u32 {
    assert_eq!(env as usize, ENV);
    assert!(scratch.is_null(), "scalars get no scratch");
    log(Event::Helper(index));
    // SAFETY: the caller's contract: `value` points to a live `Js`.
    match unsafe { &*value } {
        Js::Num(d) if crate::convert::check_int(*d, i32::MIN as i64, i32::MAX as i64, true).is_some() => {
            // SAFETY: the caller's contract: `out` is writable.
            unsafe { *out = *d as i32 as i64 as u64 };
            1
        }
        _ => {
            log(Event::Throw(format!("arg {index}")));
            0
        }
    }
}

/// The string fallback helper: copies the string to the heap and records
/// the copy in scratch word 0, like convert.rs does for long strings.
///
/// # Safety
/// `value` points to a live `Js`; `out` to a writable u64; `scratch` (not
/// null, checked) to the trampoline's scratch area, 8-aligned (checked),
/// whose word 0 is readable and writable.
unsafe extern "C" fn fake_arg_string(env: *mut c_void, value: *const Js, index: u32, out: *mut u64, scratch: *mut u8) -> u32 {
    assert_eq!(env as usize, ENV);
    assert!(!scratch.is_null(), "pointer-likes get a scratch area");
    assert_eq!(scratch as usize % 8, 0, "scratch is 8-aligned");
    // SAFETY: the caller's contract: scratch word 0 is readable; `scratch`
    // is 8-aligned (checked above).
    assert_eq!(unsafe { *(scratch as *const usize) }, 0, "scratch word 0 is zeroed at entry");
    log(Event::Helper(index));
    // SAFETY: the caller's contract: `value` points to a live `Js`.
    let Js::Str(s) = (unsafe { &*value }) else {
        log(Event::Throw(format!("arg {index}")));
        return 0;
    };
    if s.contains('\0') {
        log(Event::Throw(format!("arg {index} has a NUL")));
        return 0;
    }
    // SAFETY: `copy` is checked non-null and has room for the string and
    // its NUL; the caller's contract: scratch word 0 (8-aligned) and `out`
    // are writable.
    unsafe {
        let copy = libc::malloc(s.len() + 1) as *mut u8;
        assert!(!copy.is_null(), "malloc");
        std::ptr::copy_nonoverlapping(s.as_ptr(), copy, s.len());
        *copy.add(s.len()) = 0;
        *(scratch as *mut *mut u8) = copy;
        *out = copy as u64;
    }
    1
}

/// # Safety
/// `scratch` points to a scratch area, 8-aligned, whose word 0 holds a
/// heap copy that `fake_arg_string` made (malloc) and that is not freed yet.
unsafe extern "C" fn fake_release(scratch: *mut u8) {
    // SAFETY: the caller's contract: word 0 of `scratch` is readable and
    // writable and holds a live malloc'd pointer, which is freed here once
    // and cleared.
    unsafe {
        let heap = *(scratch as *mut *mut u8);
        assert!(!heap.is_null(), "release is only called for owned scratch");
        libc::free(heap.cast());
        *(scratch as *mut *mut u8) = std::ptr::null_mut();
    }
    log(Event::Release);
}

/// A lookup that knows no helper.
fn no_helpers(_: &str) -> Option<*const u8> {
    None
}

/// The real argument converters, for the types no fake stands in for.
fn arg_helpers(name: &str) -> Option<*const u8> {
    FfiType::all().find(|&ty| arg_symbol(ty) == name).map(|ty| crate::convert::arg_fn(ty) as *const u8)
}

/// A Jit whose general-tier imports resolve to the fakes above.
fn general_jit(slots: *mut u64) -> Jit {
    let symbols: Vec<(&str, *const u8)> = vec![
        ("napi_get_cb_info", fake_get_cb_info as *const u8),
        ("napi_get_value_double", fake_get_value_double as *const u8),
        ("napi_get_value_bigint_uint64", fake_get_value_bigint_uint64 as *const u8),
        ("napi_get_value_string_utf8", fake_get_value_string_utf8 as *const u8),
        ("napi_get_typedarray_info", fake_get_typedarray_info as *const u8),
        ("napi_create_int32", fake_create_int32 as *const u8),
        ("napi_create_double", fake_create_double as *const u8),
        ("napi_create_bigint_uint64", fake_create_bigint_uint64 as *const u8),
        ("jitffi_enter", fake_enter as *const u8),
        ("jitffi_release_scratch", fake_release as *const u8),
        (arg_symbol(FfiType::I32), fake_arg_i32 as *const u8),
        (arg_symbol(FfiType::String), fake_arg_string as *const u8),
    ];
    // The general tier's count of synchronous calls; never freed, as the
    // Jit may outlive this function.
    let sync: &'static SyncCalls = Box::leak(Box::default());
    Jit::with_symbols(slots, sync.as_ptr(), arg_helpers, &symbols).expect("executable memory")
}

/// The callback data of a function calling `target` (of signature `text`).
fn fn_data(target: *const (), text: &str) -> Box<FnData> {
    // The flag a library would own; `owner` keeps it alive.
    let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let closed = std::sync::Arc::as_ptr(&flag);
    Box::new(FnData { target: target as u64, closed, sig: sig(text), cif: None, code: None, owner: flag, sync_calls: Default::default() })
}

/// Calls a general-tier trampoline with `args` and callback data `data`.
fn call_general(f: NapiCallback, data: &FnData, args: &[Js], status: i32) -> Option<Js> {
    let values: Vec<*const Js> = args.iter().map(|a| a as *const Js).collect();
    let info = Info { args: values, data: data as *const FnData as *mut c_void, status };
    // SAFETY: `f` is a general-tier trampoline linked against the fakes,
    // which interpret env/info exactly as constructed here.
    let ret = unsafe { f(ENV as *mut c_void, &info as *const Info as *mut c_void) } as *mut Js;
    // SAFETY: non-NULL results come from Box::into_raw in a fake constructor.
    (!ret.is_null()).then(|| *unsafe { Box::from_raw(ret) })
}

extern "C" fn add_i32_f64(a: i32, b: f64) -> i32 {
    a.wrapping_add(b as i32)
}

extern "C" fn strlen_plus(s: *const i8, n: u64) -> u64 {
    // SAFETY: the trampoline passes a NUL-terminated copy.
    unsafe { CStr::from_ptr(s) }.to_bytes().len() as u64 + n
}

extern "C" fn half(x: i32) -> f64 {
    x as f64 / 2.0
}

static GENERAL_VOID_CALLS: AtomicU32 = AtomicU32::new(0);
extern "C" fn general_void(s: *const i8, n: i32) {
    // SAFETY: as in strlen_plus.
    assert_eq!(unsafe { CStr::from_ptr(s) }.to_str().unwrap(), "hi");
    assert_eq!(n, -3);
    GENERAL_VOID_CALLS.fetch_add(1, Ordering::SeqCst);
}

fn compile_general(jit: &mut Jit, text: &str) -> NapiCallback {
    let compiled = jit.compile(&sig(text), Tier::General).unwrap();
    // Never released: the code stays mapped until the Jit drops, at the end
    // of the test, after its last call.
    std::mem::forget(compiled.lease);
    // SAFETY: a finalized napi_callback-shaped function.
    unsafe { std::mem::transmute::<*const u8, NapiCallback>(compiled.code) }
}

use Event::{Helper, Napi, Release, Throw};

#[test]
fn general_tier_converts_scalars_inline() {
    let mut slots = [0u64; SLOT_COUNT];
    let mut jit = general_jit(slots.as_mut_ptr());
    let f = compile_general(&mut jit, "i32(i32,f64)");
    let data = fn_data(add_i32_f64 as *const (), "i32(i32,f64)");
    take_events();
    let r = call_general(f, &data, &[Js::Num(40.0), Js::Num(2.75)], 0);
    assert_eq!(r, Some(Js::Num(42.0)));
    // No entry-check call, no helper: one N-API call per value.
    assert_eq!(take_events(), vec![Napi("get_value_double"), Napi("get_value_double"), Napi("create_int32")]);

    // The int32 range ends are taken inline too.
    for (a, want) in [(i32::MIN, i32::MIN), (i32::MAX, i32::MAX)] {
        let r = call_general(f, &data, &[Js::Num(a as f64), Js::Num(0.0)], 0);
        assert_eq!(r, Some(Js::Num(want as f64)));
        assert!(!take_events().iter().any(|e| matches!(e, Helper(_))), "{a} took the helper");
    }

    let g = compile_general(&mut jit, "f64(i32)");
    let data = fn_data(half as *const (), "f64(i32)");
    take_events();
    assert_eq!(call_general(g, &data, &[Js::Num(-7.0)], 0), Some(Js::Num(-3.5)));
    assert_eq!(take_events(), vec![Napi("get_value_double"), Napi("create_double")]);
}

#[test]
fn general_tier_sends_rejected_ints_to_the_helper() {
    let mut slots = [0u64; SLOT_COUNT];
    let mut jit = general_jit(slots.as_mut_ptr());
    let f = compile_general(&mut jit, "void(string,i32)");
    let data = fn_data(must_not_be_called as *const (), "void(string,i32)");
    // Each of these fails the inline checks (fraction, range, NaN, -0,
    // not a number): the helper decides, and here it throws.
    let bad = [Js::Num(1.5), Js::Num(2147483648.0), Js::Num(-2147483649.0), Js::Num(f64::NAN), Js::Num(-0.0), Js::Str("1".into())];
    for v in bad {
        take_events();
        let r = call_general(f, &data, &[Js::Str("x".into()), v.clone()], 0);
        assert_eq!(r, None, "{v:?}");
        let events = take_events();
        assert_eq!(&events[events.len() - 2..], &[Helper(1), Throw("arg 1".into())], "{v:?}");
    }
}

#[test]
fn general_tier_strings() {
    let mut slots = [0u64; SLOT_COUNT];
    let mut jit = general_jit(slots.as_mut_ptr());
    let f = compile_general(&mut jit, "u64(string,u64)");
    let data = fn_data(strlen_plus as *const (), "u64(string,u64)");

    // Short strings (every length around the 16-byte chunks of the NUL
    // scan) are copied inline into the frame: no helper, nothing to release.
    for len in (0..=50).chain([240, 250, 251]) {
        take_events();
        let s = "s".repeat(len);
        let r = call_general(f, &data, &[Js::Str(s), Js::BigInt(1 << 40)], 0);
        assert_eq!(r, Some(Js::BigInt(len as u64 + (1 << 40))), "length {len}");
        assert_eq!(
            take_events(),
            vec![Napi("get_value_string_utf8"), Napi("get_value_bigint_uint64"), Napi("create_bigint_uint64")],
            "length {len}"
        );
    }

    // A NUL byte anywhere in the string sends it to the helper (which throws):
    // in the first or a later 16-byte chunk of the scan, at its ends too.
    for at in [0, 3, 7, 8, 12, 15, 16, 17, 31, 32, 40, 199] {
        take_events();
        let mut s = "abcdefghijklmnop".repeat(13);
        s.replace_range(at..at + 1, "\0");
        assert_eq!(call_general(f, &data, &[Js::Str(s), Js::BigInt(0)], 0), None, "NUL at {at}");
        assert_eq!(take_events(), vec![Napi("get_value_string_utf8"), Helper(0), Throw("arg 0 has a NUL".into())]);
    }

    // A string too long for the inline area goes to the helper, which owns
    // a heap copy that is released after the call.
    for len in [252, 300, 5000] {
        take_events();
        let r = call_general(f, &data, &[Js::Str("l".repeat(len)), Js::BigInt(1)], 0);
        assert_eq!(r, Some(Js::BigInt(len as u64 + 1)));
        assert_eq!(
            take_events(),
            vec![Napi("get_value_string_utf8"), Helper(0), Napi("get_value_bigint_uint64"), Napi("create_bigint_uint64"), Release]
        );
    }
}

#[test]
fn general_tier_void_result() {
    let mut slots = [0u64; SLOT_COUNT];
    let mut jit = general_jit(slots.as_mut_ptr());
    let f = compile_general(&mut jit, "void(string,i32)");
    let data = fn_data(general_void as *const (), "void(string,i32)");
    take_events();
    let before = GENERAL_VOID_CALLS.load(Ordering::SeqCst);
    let r = call_general(f, &data, &[Js::Str("hi".into()), Js::Num(-3.0)], 0);
    assert_eq!(r, None, "void returns NULL (undefined)");
    assert_eq!(GENERAL_VOID_CALLS.load(Ordering::SeqCst), before + 1);
    assert_eq!(take_events(), vec![Napi("get_value_string_utf8"), Napi("get_value_double")]);
}

extern "C" fn must_not_be_called(_: *const i8, _: i32) {
    panic!("target called despite a failed conversion");
}

#[test]
fn general_tier_failure_paths() {
    let mut slots = [0u64; SLOT_COUNT];
    let mut jit = general_jit(slots.as_mut_ptr());
    let f = compile_general(&mut jit, "void(string,i32)");
    let data = fn_data(must_not_be_called as *const (), "void(string,i32)");
    take_events();

    // The second conversion throws after the first made a heap copy: no
    // call, and the copy is released.
    let long = "x".repeat(400);
    let r = call_general(f, &data, &[Js::Str(long), Js::Str("not a number".into())], 0);
    assert_eq!(r, None);
    assert_eq!(
        take_events(),
        vec![Napi("get_value_string_utf8"), Helper(0), Napi("get_value_double"), Helper(1), Throw("arg 1".into()), Release]
    );

    // The first conversion throws: nothing owned, nothing released.
    let r = call_general(f, &data, &[Js::Num(1.0), Js::Num(2.0)], 0);
    assert_eq!(r, None);
    assert_eq!(take_events(), vec![Napi("get_value_string_utf8"), Helper(0), Throw("arg 0".into())]);

    // Wrong argument count: jitffi_enter throws; no conversion at all.
    let r = call_general(f, &data, &[Js::Str("x".into())], 0);
    assert_eq!(r, None);
    assert_eq!(take_events(), vec![Event::Enter { argc: 1, nparams: 2 }, Throw("argc".into())]);

    // napi_get_cb_info fails: return at once.
    let r = call_general(f, &data, &[Js::Str("x".into()), Js::Num(1.0)], 1);
    assert_eq!(r, None);
    assert_eq!(take_events(), vec![]);

    // A closed library: jitffi_enter throws.
    // SAFETY: `closed` points to the flag `data.owner` keeps alive.
    unsafe { (*data.closed).store(true, Ordering::Release) };
    let r = call_general(f, &data, &[Js::Str("x".into()), Js::Num(1.0)], 0);
    assert_eq!(r, None);
    assert_eq!(take_events(), vec![Event::Enter { argc: 2, nparams: 2 }, Throw("closed".into())]);
}
