//! Raw memory helpers: the native primitives behind ffi.get*/set*,
//! toString, toBuffer, toArrayBuffer, export* and getRawPointer.
//!
//! lib/memory.js checks the JS shape of every argument (with Node-style
//! errors) and then calls these. The checks that need 64-bit address
//! arithmetic — a null pointer and `pointer + offset/length` overflowing —
//! are made here, so their error texts live in one place.
//!
//! Two kinds of primitive are registered:
//!
//! * **Slot stubs** (`get1/2/4/8`, `set1/2/4/8`, `copyOut`, `nop`): zero-
//!   argument `napi_callback`s that take their inputs from a small per-
//!   environment block of memory (`Block`) that JS writes through typed-array
//!   views, instead of unpacking JS values through N-API — the shared-slot
//!   technique of the fast call tier (lib/wrappers.js). The block is this
//!   module's own, not the fast tier's slot array, so memory helpers used
//!   inside a callback during an FFI call cannot disturb that call at all.
//!   A stub reads all its inputs before doing anything else, and JS reads
//!   the result right after the stub returns. The stubs copy raw bytes only
//!   (1, 2, 4 or 8 of them); the typed-array view JS reads or writes the
//!   value slot with gives the bytes their type, so nothing here switches
//!   over types.
//!
//! * **Operations with ordinary arguments** (`memToString`, `memToBuffer`,
//!   `memCopyIn`, `memCopyOut`, `memAddress`, `memByteLength`), whose JS
//!   arguments exports/memory.rs reads through N-API.

use crate::errors::{throw, Code, JsError};
use crate::host::napi::{api, napi_callback, napi_callback_info, napi_env, napi_value, NAPI_OK};
use crate::host::values::{keep_memory, memory_of, null, undefined, Length, Memory};
use crate::types::{JsKind, TYPE_TABLE};
use std::cell::UnsafeCell;
use std::ffi::c_void;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

/// Slot holding the address (u64) for every slot stub.
pub(crate) const SLOT_ADDRESS: usize = 0;
/// Slot holding the byte offset (get/set) or the length (copyOut), as an
/// f64 holding a non-negative integer ≤ 2^53 - 1 (JS checks that).
pub(crate) const SLOT_OFFSET: usize = 1;
/// Slot holding the value read (get) or to write (set). A value sits at
/// byte 0 with its own width.
pub(crate) const SLOT_VALUE: usize = 2;
const SLOTS: usize = 3;
/// Bytes of the block's copy area: `copyOut` copies ranges up to this long
/// into it, and JS copies them from there into a Buffer of their own.
pub(crate) const SCRATCH: usize = 4096;

// ---- errors (the null-pointer and overflow checks need 64-bit address
// arithmetic, so only native code makes them; the wording is the built-in
// module's) ----

/// What a range is used for, which decides how its errors are worded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RangeUse {
    /// get*/set*: a scalar read or written in place.
    Access,
    /// toBuffer and export*: a Buffer's bytes.
    Buffer,
    /// toArrayBuffer.
    ArrayBuffer,
}

fn null_pointer(usage: RangeUse) -> JsError {
    let what = match usage {
        RangeUse::Access => "dereference",
        RangeUse::Buffer => "create a buffer from",
        RangeUse::ArrayBuffer => "create an ArrayBuffer from",
    };
    JsError::new(Code::InvalidPointer, format!("Cannot {what} a null pointer"))
}

fn beyond_address_space(what: &str) -> JsError {
    JsError::new(Code::InvalidArgValue, format!("The {what} exceed the platform address range"))
}

/// Start of the `size`-byte access at `address + offset` (get/set): not at a
/// null pointer, `address + offset` below 2^64, and ending at or below 2^64.
pub(crate) fn access(address: u64, offset: u64, size: u64) -> Result<usize, JsError> {
    if address == 0 {
        return Err(null_pointer(RangeUse::Access));
    }
    let start = address as u128 + offset as u128;
    if start > u64::MAX as u128 {
        return Err(beyond_address_space("pointer and offset"));
    }
    if start + size as u128 > 1u128 << 64 {
        return Err(JsError::new(Code::InvalidArgValue, "The accessed range exceeds the platform address range"));
    }
    Ok(start as usize)
}

/// Start of the `length`-byte range at `address` (toBuffer, toArrayBuffer,
/// export*): a non-empty range must not be at a null pointer and must end at
/// or below 2^64. An empty range may be anywhere, 0n included.
pub(crate) fn extent(address: u64, length: u64, usage: RangeUse) -> Result<usize, JsError> {
    if length == 0 {
        return Ok(address as usize);
    }
    if address == 0 {
        return Err(null_pointer(usage));
    }
    if address as u128 + length as u128 > 1u128 << 64 {
        return Err(beyond_address_space("pointer and length"));
    }
    Ok(address as usize)
}

// ---- slot stubs ----

/// The memory the slot stubs share with lib/memory.js, one per environment
/// (per `napi_env`: one load of this addon in one Node.js environment).
/// Blocks are leaked on purpose (a few dozen bytes per environment): another
/// thread may still be looking at a block through `LAST_BLOCK` while its
/// environment goes away, so a block must stay readable forever.
struct Block {
    /// The `napi_env` the block belongs to; 0 once that environment is gone.
    env: AtomicUsize,
    /// The slots, 8-byte aligned; JS views them through an external
    /// ArrayBuffer.
    slots: UnsafeCell<[u64; SLOTS]>,
    /// The copy area of `copyOut`, also viewed by JS. Native memory that
    /// only this module's views reach, so no user code can detach, transfer
    /// or resize it while a stub writes to it.
    scratch: UnsafeCell<[u8; SCRATCH]>,
}

/// The block of the environment that last called a stub. Finding a stub's
/// block this way costs a load and a compare; asking N-API for the callback
/// data would cost about as much as the rest of the call.
static LAST_BLOCK: AtomicPtr<Block> = AtomicPtr::new(std::ptr::null_mut());

/// The block of the environment calling a stub.
///
/// # Safety
/// `env` and `info` must be those of a stub call; the stub must have been
/// created with its environment's `Block` as callback data.
#[inline(always)]
unsafe fn current_block(env: napi_env, info: napi_callback_info) -> *mut Block {
    let block = LAST_BLOCK.load(Ordering::Acquire);
    // SAFETY: non-null LAST_BLOCK values are leaked blocks (never freed).
    if !block.is_null() && unsafe { (*block).env.load(Ordering::Relaxed) } == env as usize {
        return block;
    }
    // SAFETY: the caller's contract.
    unsafe { current_block_slow(env, info) }
}

/// `current_block` when the last block is another environment's.
///
/// # Safety
/// As for `current_block`.
#[cold]
#[inline(never)]
unsafe fn current_block_slow(env: napi_env, info: napi_callback_info) -> *mut Block {
    let mut data: *mut c_void = std::ptr::null_mut();
    let mut argc = 0usize;
    // SAFETY: `env`/`info` are those of the current call; out-pointers are locals.
    unsafe { (api().get_cb_info)(env, info, &mut argc, std::ptr::null_mut(), std::ptr::null_mut(), &mut data) };
    let block = data as *mut Block;
    LAST_BLOCK.store(block, Ordering::Release);
    block
}

/// The slots of the environment calling a stub (see `current_block`).
///
/// # Safety
/// As for `current_block`.
#[inline(always)]
unsafe fn slot_base(env: napi_env, info: napi_callback_info) -> *mut u64 {
    // SAFETY: the caller's contract; every stub is created with its
    // environment's leaked Block as data, and blocks are never freed.
    unsafe { (*current_block(env, info)).slots.get().cast() }
}

/// Reads the (address, offset) pair of a get/set from the slots.
///
/// # Safety
/// `slots` points to a block's `SLOTS` slots.
#[inline(always)]
unsafe fn address_and_offset(slots: *mut u64) -> (u64, u64) {
    // SAFETY: the caller's contract: the block has SLOTS 8-byte aligned
    // entries. The offset is a non-negative integer below 2^53 (checked by
    // lib/memory.js), so the float-to-int conversion is exact.
    unsafe { (*slots.add(SLOT_ADDRESS), f64::from_bits(*slots.add(SLOT_OFFSET)) as u64) }
}

/// Whether the `size`-byte access at `address + offset` is allowed (the
/// inline fast check of the stubs; `access` says why not).
#[inline(always)]
fn access_ok(address: u64, offset: u64, size: u64) -> bool {
    address != 0 && address as u128 + offset as u128 + size as u128 <= 1u128 << 64
}

/// Throws the error of a refused access (kept out of line so that the
/// stubs' hot path needs no stack frame). `env` must be the live one.
#[cold]
#[inline(never)]
fn throw_access(env: napi_env, address: u64, offset: u64, size: u64) {
    if let Err(e) = access(address, offset, size) {
        throw(env, &e);
    }
}

/// The stubs' contract (their `# Safety`): N-API calls them with the `env`
/// and `info` of a call of a function made by exports/memory.rs with its
/// environment's block as data.
///
/// `getN()`: copies `N` bytes from `address + offset` into the value slot.
unsafe extern "C" fn get_stub<const N: usize>(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: the stubs' contract.
    let slots = unsafe { slot_base(env, info) };
    // SAFETY: `slots` are a block's.
    let (address, offset) = unsafe { address_and_offset(slots) };
    if access_ok(address, offset, N as u64) {
        // SAFETY: the caller promised (node:ffi's contract) that the range
        // is readable; it does not wrap around and is not at null. The read
        // is unaligned-safe (a byte copy), the value slot has 8 bytes.
        unsafe { std::ptr::copy_nonoverlapping((address + offset) as usize as *const u8, slots.add(SLOT_VALUE) as *mut u8, N) };
    } else {
        throw_access(env, address, offset, N as u64);
    }
    std::ptr::null_mut()
}

/// `setN()`: copies `N` bytes from the value slot to `address + offset`.
unsafe extern "C" fn set_stub<const N: usize>(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: the stubs' contract.
    let slots = unsafe { slot_base(env, info) };
    // SAFETY: `slots` are a block's.
    let (address, offset) = unsafe { address_and_offset(slots) };
    if access_ok(address, offset, N as u64) {
        // SAFETY: as in get_stub, for a writable range; the source is the
        // value slot, which native memory cannot alias.
        unsafe { std::ptr::copy_nonoverlapping(slots.add(SLOT_VALUE) as *const u8, (address + offset) as usize as *mut u8, N) };
    } else {
        throw_access(env, address, offset, N as u64);
    }
    std::ptr::null_mut()
}

/// `copyOut()`: copies `length` bytes (at most `SCRATCH`) from `address`
/// into the block's copy area, from which lib/memory.js copies them into a
/// Buffer that owns its memory. The stub writes only to memory of its own:
/// a destination inside a JS ArrayBuffer could be detached or transferred
/// between the moment JS learnt its address and the copy.
pub(crate) unsafe extern "C" fn copy_out_stub(env: napi_env, info: napi_callback_info) -> napi_value {
    // SAFETY: the stubs' contract; the block is never freed.
    let block = unsafe { current_block(env, info) };
    // SAFETY: as above.
    let (address, length) = unsafe { address_and_offset((*block).slots.get().cast()) };
    if length as usize > SCRATCH {
        throw(env, &JsError::internal("copy length"));
        return std::ptr::null_mut();
    }
    match extent(address, length, RangeUse::Buffer) {
        // SAFETY: the source range is readable by the caller's contract; the
        // destination is the block's copy area, at least `length` bytes long
        // (checked above). `copy` tolerates overlap (a source inside the
        // copy area itself).
        Ok(p) => unsafe { std::ptr::copy(p as *const u8, (*block).scratch.get().cast::<u8>(), length as usize) },
        Err(e) => throw(env, &e),
    }
    std::ptr::null_mut()
}

pub(crate) fn get_stub_for(size: u32) -> napi_callback {
    match size {
        1 => get_stub::<1>,
        2 => get_stub::<2>,
        4 => get_stub::<4>,
        8 => get_stub::<8>,
        _ => unreachable!("no scalar type has size {size}"),
    }
}

pub(crate) fn set_stub_for(size: u32) -> napi_callback {
    match size {
        1 => set_stub::<1>,
        2 => set_stub::<2>,
        4 => set_stub::<4>,
        8 => set_stub::<8>,
        _ => unreachable!("no scalar type has size {size}"),
    }
}

/// The access sizes of the scalar (number and bigint) rows of the type table.
pub(crate) fn scalar_sizes() -> Vec<u32> {
    let mut sizes: Vec<u32> = TYPE_TABLE
        .iter()
        .filter(|row| matches!(row.js, JsKind::Int { .. } | JsKind::Float | JsKind::BigInt { .. }))
        .map(|row| row.size)
        .collect();
    sizes.sort_unstable();
    sizes.dedup();
    sizes
}

// ---- operations with ordinary arguments (exports/memory.rs reads them) ----

/// `napi_no_external_buffers_allowed`: returned by Node.js builds (with a V8
/// sandbox, e.g. Electron) that refuse external ArrayBuffers.
const NAPI_NO_EXTERNAL_BUFFERS_ALLOWED: i32 = 22;

fn detached_error(view: bool) -> JsError {
    let message = if view { "ArrayBufferView is backed by a detached ArrayBuffer" } else { "ArrayBuffer is detached" };
    JsError::new(Code::InvalidArgValue, message)
}

/// The NUL-terminated UTF-8 string at `address`, or null for 0. Invalid
/// UTF-8 becomes U+FFFD.
///
/// # Safety
/// `env` is the live environment; a non-zero `address` points to readable
/// memory holding a NUL-terminated string (node:ffi's contract).
pub(crate) unsafe fn to_string(env: napi_env, address: u64) -> napi_value {
    if address == 0 {
        // SAFETY: the caller's contract.
        return unsafe { null(env) };
    }
    let mut v = std::ptr::null_mut();
    // SAFETY: the caller's contract.
    unsafe {
        let len = libc::strlen(address as *const libc::c_char);
        (api().create_string_utf8)(env, address as *const libc::c_char, len, &mut v);
    }
    v
}

/// A Buffer (or an ArrayBuffer when `array_buffer`) holding a copy of, or
/// when `!copy` viewing, `length` bytes at `address`.
///
/// # Safety
/// `env` is the live environment; the range is readable (node:ffi's
/// contract) and, for a view, stays valid while the view is reachable.
pub(crate) unsafe fn to_buffer(env: napi_env, address: u64, length: u64, copy: bool, array_buffer: bool) -> Result<napi_value, JsError> {
    let napi = api();
    let usage = if array_buffer { RangeUse::ArrayBuffer } else { RangeUse::Buffer };
    let p = extent(address, length, usage)?;
    let len = length as usize;
    // An empty range may be at 0n: never hand N-API a null pointer.
    let src = if len == 0 { std::ptr::NonNull::<u8>::dangling().as_ptr() } else { p as *mut u8 };
    let mut out = std::ptr::null_mut();
    // SAFETY: the caller's contract: `src` has `len` readable bytes. The
    // zero-copy finalizers free nothing; the caller keeps the memory alive
    // while the view is reachable.
    let status = unsafe {
        match (copy || len == 0, array_buffer) {
            (true, false) => {
                let mut data = std::ptr::null_mut();
                (napi.create_buffer_copy)(env, len, src.cast(), &mut data, &mut out)
            }
            (true, true) => {
                let mut data: *mut c_void = std::ptr::null_mut();
                let status = (napi.create_arraybuffer)(env, len, &mut data, &mut out);
                if status == NAPI_OK && len > 0 {
                    // `data` is the fresh ArrayBuffer's `len` bytes.
                    std::ptr::copy(src, data.cast(), len);
                }
                status
            }
            (false, false) => (napi.create_external_buffer)(env, len, src.cast(), Some(keep_memory), std::ptr::null_mut(), &mut out),
            (false, true) => (napi.create_external_arraybuffer)(env, src.cast(), len, Some(keep_memory), std::ptr::null_mut(), &mut out),
        }
    };
    if status != NAPI_OK {
        let mut pending = false;
        // SAFETY: the caller's contract.
        unsafe { (napi.is_exception_pending)(env, &mut pending) };
        if pending {
            return Ok(std::ptr::null_mut());
        }
        return Err(if status == NAPI_NO_EXTERNAL_BUFFERS_ALLOWED {
            JsError::new(Code::CallFailed, "This Node.js does not allow zero-copy views of native memory; use copy: true")
        } else {
            JsError::new(Code::MemoryAllocationFailed, "Failed to allocate memory")
        });
    }
    Ok(out)
}

/// Copies every byte of `source` (Buffer, typed array, DataView or
/// ArrayBuffer) to `address`, then writes `zeros` zero bytes: `count` bytes
/// in all, which lib/memory.js checked against the room the caller gave.
///
/// # Safety
/// `env` is the live environment, `source` its value; `count` bytes at
/// `address` are writable (node:ffi's contract).
pub(crate) unsafe fn copy_in(env: napi_env, source: napi_value, address: u64, count: u64, zeros: u64) -> Result<napi_value, JsError> {
    // SAFETY: the caller's contract.
    let (src, n) = match unsafe { memory_of(env, source, Length::Bytes) } {
        Some(Memory::Live(p, n)) => (p, n),
        // export* reports a detached view as its ArrayBuffer.
        Some(Memory::Detached { .. }) => return Err(detached_error(false)),
        None => return Err(JsError::internal("source")),
    };
    if n as u64 + zeros > count {
        return Err(JsError::internal("copy count"));
    }
    let p = extent(address, count, RangeUse::Buffer)? as *mut u8;
    // SAFETY: the destination has at least `count` >= n + zeros writable
    // bytes (the caller's contract); `copy` tolerates overlap, e.g. a
    // zero-copy view of the destination as the source.
    unsafe {
        if n > 0 {
            std::ptr::copy(src, p, n);
        }
        if zeros > 0 {
            std::ptr::write_bytes(p.add(n), 0, zeros as usize);
        }
        Ok(undefined(env))
    }
}

/// Copies `length` bytes at `address` into `target`, a Buffer or
/// ArrayBuffer lib/memory.js has just allocated with at least `length` bytes.
///
/// # Safety
/// `env` is the live environment, `target` its value; the source range is
/// readable (node:ffi's contract).
pub(crate) unsafe fn copy_out(env: napi_env, target: napi_value, address: u64, length: u64) -> Result<napi_value, JsError> {
    // SAFETY: the caller's contract.
    let Some(Memory::Live(dest, room)) = (unsafe { memory_of(env, target, Length::Bytes) }) else {
        return Err(JsError::internal("copy target"));
    };
    if length > room as u64 {
        return Err(JsError::internal("copy length"));
    }
    let src = extent(address, length, RangeUse::Buffer)?;
    // SAFETY: the source range is readable by the caller's contract; `dest`
    // is a fresh buffer of at least `length` bytes that no other code has
    // seen. `copy` tolerates overlap.
    unsafe {
        if length > 0 {
            std::ptr::copy(src as *const u8, dest, length as usize);
        }
        Ok(undefined(env))
    }
}

/// The address of the memory of a Buffer, typed array, DataView or
/// ArrayBuffer, including the byte offset of a view; 0 when it is empty.
///
/// # Safety
/// `env` is the live environment; `value` is its value.
pub(crate) unsafe fn address_of(env: napi_env, value: napi_value) -> Result<u64, JsError> {
    // SAFETY: the caller's contract.
    match unsafe { memory_of(env, value, Length::Bytes) } {
        Some(Memory::Live(_, 0)) => Ok(0),
        Some(Memory::Live(p, _)) => Ok(p as u64),
        Some(Memory::Detached { view }) => Err(detached_error(view)),
        None => Err(JsError::internal("buffer")),
    }
}

/// The byte length of a view, or -1 if its ArrayBuffer is detached (a
/// DataView's own getter would throw).
///
/// # Safety
/// `env` is the live environment; `view` is its value.
pub(crate) unsafe fn byte_length(env: napi_env, view: napi_value) -> Result<f64, JsError> {
    // SAFETY: the caller's contract.
    match unsafe { memory_of(env, view, Length::Bytes) } {
        Some(Memory::Live(_, n)) => Ok(n as f64),
        Some(Memory::Detached { .. }) => Ok(-1.0),
        None => Err(JsError::internal("view")),
    }
}

/// The memory helpers' state of one environment: its block, retired (not
/// freed, see `Block`) when the state is dropped with its environment.
pub(crate) struct MemoryState {
    block: *mut Block,
}

impl MemoryState {
    /// The state of environment `env`.
    pub(crate) fn new(env: napi_env) -> MemoryState {
        MemoryState { block: take_block(env) }
    }

    /// The callback data every slot stub is created with.
    pub(crate) fn stub_data(&self) -> *mut c_void {
        self.block.cast()
    }

    /// The block's slots and its copy area, with their sizes in bytes, for
    /// lib/memory.js to view. Both stay valid for the life of the process.
    pub(crate) fn views(&self) -> [(*mut c_void, usize); 2] {
        // SAFETY: `block` is a leaked Block (never freed).
        let block = unsafe { &*self.block };
        [(block.slots.get().cast(), SLOTS * 8), (block.scratch.get().cast(), SCRATCH)]
    }
}

impl Drop for MemoryState {
    fn drop(&mut self) {
        retire_block(self.block);
    }
}

/// Blocks of environments that are gone, for reuse by new environments:
/// blocks are never freed (see `Block`), so without reuse every Worker
/// would leave one behind.
static RETIRED: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

/// A block for environment `env`: a retired one if any, else a new one.
fn take_block(env: napi_env) -> *mut Block {
    match RETIRED.lock().unwrap().pop() {
        Some(block) => {
            let block = block as *mut Block;
            // SAFETY: retired blocks are leaked Blocks that no environment
            // owns; a stale LAST_BLOCK reader compares the env tag, which
            // never equals another live environment's.
            unsafe { (*block).env.store(env as usize, Ordering::Release) };
            block
        }
        None => Box::into_raw(Box::new(Block {
            env: AtomicUsize::new(env as usize),
            slots: UnsafeCell::new([0; SLOTS]),
            scratch: UnsafeCell::new([0; SCRATCH]),
        })),
    }
}

/// Retires the block of an environment that is being torn down, so that a
/// later environment whose `napi_env` reuses the address never matches it,
/// and keeps it for reuse.
fn retire_block(block: *mut Block) {
    // SAFETY: `block` is a leaked Block (never freed), owned until now by
    // the environment being torn down.
    unsafe { (*block).env.store(0, Ordering::Relaxed) };
    let _ = LAST_BLOCK.compare_exchange(block, std::ptr::null_mut(), Ordering::AcqRel, Ordering::Relaxed);
    RETIRED.lock().unwrap().push(block as usize);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(access(0x1000, 8, 4), Ok(0x1008));
        assert_eq!(access(0, 8, 4).unwrap_err(), null_pointer(RangeUse::Access));
        assert_eq!(access(0, 8, 4).unwrap_err().message, "Cannot dereference a null pointer");
        assert_eq!(access(u64::MAX - 3, 0, 4), Ok((u64::MAX - 3) as usize));
        assert_eq!(access(u64::MAX - 7, 4, 4), Ok((u64::MAX - 3) as usize));
        let e = access(u64::MAX - 2, 0, 4).unwrap_err();
        assert_eq!(e.code, Code::InvalidArgValue);
        assert_eq!(e.message, "The accessed range exceeds the platform address range");
        let e = access(u64::MAX, 1, 1).unwrap_err();
        assert_eq!(e.message, "The pointer and offset exceed the platform address range");
        assert_eq!(access(u64::MAX, u64::MAX, 1).unwrap_err().code, Code::InvalidArgValue);
        for (a, o, n) in [(1, 0, 4), (0, 0, 4), (0, 9, 1), (u64::MAX - 3, 0, 4), (u64::MAX - 3, 1, 4), (u64::MAX, u64::MAX, 8)] {
            assert_eq!(access_ok(a, o, n), access(a, o, n).is_ok(), "{a} {o} {n}");
        }
        assert_eq!(extent(0, 0, RangeUse::Buffer), Ok(0));
        assert_eq!(extent(0, 1, RangeUse::Buffer).unwrap_err().message, "Cannot create a buffer from a null pointer");
        assert_eq!(extent(0, 1, RangeUse::ArrayBuffer).unwrap_err().message, "Cannot create an ArrayBuffer from a null pointer");
        assert_eq!(extent(0, 1, RangeUse::Buffer).unwrap_err().code, Code::InvalidPointer);
        assert_eq!(extent(u64::MAX, 1, RangeUse::Buffer), Ok(u64::MAX as usize));
        let e = extent(u64::MAX, 2, RangeUse::Buffer).unwrap_err();
        assert_eq!(e.message, "The pointer and length exceed the platform address range");
    }

    #[test]
    fn sizes_come_from_the_table() {
        assert_eq!(scalar_sizes(), vec![1, 2, 4, 8]);
    }
}
