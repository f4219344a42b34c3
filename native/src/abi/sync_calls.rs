//! `SyncCalls`: one per environment, the synchronous foreign calls it has
//! in progress. Compiled forward trampolines (fast and general tier) and
//! the interpreted path change it around the C call; a thread that waits
//! for a thread-safe callback reads it to tell a deadlock (callbacks.rs).
//!
//! One 64-bit word: the low 32 bits are the depth (calls in progress, a
//! callback's own calls nested in them included), the high 32 bits count
//! the calls entered (wrapping). Entering adds `ENTER`, leaving subtracts
//! `LEAVE`: one add each way, so the cost on the fast path is that of a
//! plain depth counter, and a reader can still tell "inside the same call
//! all along" (the word unchanged) from "inside calls again and again".
//! Only the environment's own thread writes it, with plain loads and
//! stores; other threads only read it (an aligned 8-byte access is atomic
//! on every host jitffi supports).

use std::sync::atomic::{AtomicU64, Ordering};

/// Added when a synchronous foreign call begins: one level of depth and one
/// call entered.
pub(crate) const ENTER: i64 = 1 + (1 << 32);
/// Subtracted when it returns: one level of depth.
pub(crate) const LEAVE: i64 = 1;

/// The word, 8-byte aligned (compiled code links against its address).
#[derive(Default)]
#[repr(transparent)]
pub(crate) struct SyncCalls(AtomicU64);

impl SyncCalls {
    /// The address compiled code adds to.
    pub(crate) fn as_ptr(&self) -> *mut u64 {
        self.0.as_ptr()
    }

    /// The interpreted path's entry (on the environment's thread only).
    pub(crate) fn enter(&self) {
        let v = self.0.load(Ordering::Relaxed);
        self.0.store(v.wrapping_add(ENTER as u64), Ordering::Relaxed);
    }

    /// The interpreted path's return (on the environment's thread only).
    pub(crate) fn leave(&self) {
        let v = self.0.load(Ordering::Relaxed);
        self.0.store(v.wrapping_sub(LEAVE as u64), Ordering::Relaxed);
    }

    /// The word as another thread sees it now.
    pub(crate) fn sample(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// The depth of a sampled word: 0 when no synchronous call is in progress.
pub(crate) fn depth(word: u64) -> u32 {
    word as u32
}
