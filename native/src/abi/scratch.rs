//! The memory a call borrows for its arguments, and who owns it.
//!
//! A string argument is copied to NUL-terminated UTF-8 in one of three
//! places, chosen in this order:
//!
//! 1. **The string area** (`STRING_AREA` bytes, one per environment, in
//!    `EnvState`): fast-tier wrappers (lib/wrappers.js) copy short ASCII
//!    strings there with a JS loop and pass the address in a slot. It is
//!    used as a stack: a call starts above the strings of the calls it is
//!    nested in (callbacks that call foreign functions) and everything above
//!    its start is free again when it returns.
//! 2. **The per-argument scratch** (`SCRATCH_SIZE` bytes in the frame of
//!    the general tier's compiled code, or of the interpreted loop): word 0
//!    records a copy made elsewhere, the rest holds a string of up to
//!    `INLINE_CAP` bytes. Lives for one call.
//! 3. **The per-thread arena** (convert.rs): longer strings, stacked the same
//!    way as the string area, released by `jitffi_release_scratch` when the
//!    call returns; past the arena's room, `malloc`, freed the same way.

/// Bytes of the fast tier's string area.
pub(crate) const STRING_AREA: usize = 16 * 1024;

/// Bytes of per-call scratch for each pointer-like parameter. Word 0 is a
/// heap pointer or arena mark owned by the call (0 when unused).
pub(crate) const SCRATCH_SIZE: usize = 264;
/// Longest string (with its NUL) copied into the scratch itself.
pub(crate) const INLINE_CAP: usize = SCRATCH_SIZE - 8;

/// Arguments the interpreted path's loop (and an asynchronous call's
/// submission) handles without a heap allocation. Every level of nested
/// callbacks (JS -> C -> JS -> ...) keeps one such array on the thread's
/// stack, so it is small: with 32, nested interpreted calls fall short of
/// the 1,100 levels test/callbacks.test.js makes (re-entrancy).
pub(crate) const INLINE_ARGS: usize = 16;

/// Arguments a callback's N-API dispatch handles without a heap allocation,
/// kept on the stack at every level of nested callbacks for the same reason.
pub(crate) const CALLBACK_INLINE_ARGS: usize = 16;
