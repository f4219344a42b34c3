//! The trampoline ABI: the one "array call" shape shared by every compiled
//! trampoline, forward (JS -> C) and reverse (C -> JS callbacks, later).
//! wasmtime's array-call trampolines are the model.
//!
//! Values travel through an array of 8-byte slots:
//!
//! | slot            | forward trampoline             | reverse trampoline (later) |
//! |-----------------|--------------------------------|----------------------------|
//! | `SLOT_TARGET`=0 | target C address (u64)         | callback id                |
//! | `SLOT_RESULT`=1 | the C result                   | the JS callback's result   |
//! | `SLOT_ARG0+i`   | argument `i`                   | argument `i`               |
//!
//! `SLOT_COUNT` slots exist, so at most `MAX_SLOT_ARGS` (126) arguments fit.
//!
//! **Where a value sits in its slot.** Every value is stored at byte 0 of its
//! slot with its own width and native byte order: an `i8` in byte 0, an
//! `i16` in bytes 0..2, an `f32` in bytes 0..4, an `i64`/`f64`/pointer in
//! bytes 0..8. The remaining bytes of a slot are unspecified (stale) and are
//! never read by compiled code. Readers must therefore read a slot with the
//! value's own width (a typed-array view of that element type on the JS
//! side, `*(slot as *const i8)` on the Rust side), never as a whole u64.
//! On little-endian hosts byte 0.. are also the low-order bytes of the u64,
//! so writing a sign- or zero-extended u64 is a valid way to store any
//! integer (this is what `convert.rs` does).
//!
//! The slot array of the fast tier is one per environment, allocated natively
//! and 8-byte aligned; the general tier keeps the same layout in a stack
//! slot of its own frame. All accesses use `MemFlagsData::trusted()` (aligned,
//! cannot trap) because both kinds of array are always valid and aligned.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Type, Value};
use cranelift_frontend::FunctionBuilder;

/// Bytes per slot.
pub(crate) const SLOT_SIZE: usize = 8;
/// Forward: the target address. Reverse: the callback id.
pub(crate) const SLOT_TARGET: usize = 0;
/// The result value (unused for `void`).
pub(crate) const SLOT_RESULT: usize = 1;
/// Argument `i` lives in slot `SLOT_ARG0 + i`.
pub(crate) const SLOT_ARG0: usize = 2;
/// Slots in one array.
pub(crate) const SLOT_COUNT: usize = 128;
/// Largest argument count that fits in one slot array.
pub(crate) const MAX_SLOT_ARGS: usize = SLOT_COUNT - SLOT_ARG0;

/// Byte offset of slot `slot_index` from the array base.
pub(crate) const fn slot_offset(slot_index: usize) -> i32 {
    (slot_index * SLOT_SIZE) as i32
}

/// Byte offset of argument `i`'s slot.
pub(crate) const fn arg_offset(i: usize) -> i32 {
    slot_offset(SLOT_ARG0 + i)
}

/// Emits a load of a `ty` value from slot `slot_index` of the array at `base`.
pub(crate) fn load_slot(builder: &mut FunctionBuilder, base: Value, slot_index: usize, ty: Type) -> Value {
    debug_assert!(slot_index < SLOT_COUNT && ty.bytes() as usize <= SLOT_SIZE);
    builder.ins().load(ty, MemFlagsData::trusted(), base, slot_offset(slot_index))
}

/// Emits a store of `value` (with its own width) into slot `slot_index` of
/// the array at `base`.
pub(crate) fn store_slot(builder: &mut FunctionBuilder, base: Value, slot_index: usize, value: Value) {
    debug_assert!(slot_index < SLOT_COUNT);
    builder.ins().store(MemFlagsData::trusted(), value, base, slot_offset(slot_index));
}
