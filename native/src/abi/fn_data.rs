//! `FnData`: everything a native function wrapper needs at call time.

use super::lease::CodeLease;
use crate::types::Signature;
use std::sync::atomic::AtomicBool;

/// Owned by the JS function object (freed by its finalizer) and passed as
/// its N-API callback data. `#[repr(C)]`: general-tier code reads `target`
/// and `closed` at the fixed offsets below.
#[repr(C)]
pub(crate) struct FnData {
    pub(crate) target: u64,
    /// The library's closed flag, valid for as long as `owner` is held.
    pub(crate) closed: *const AtomicBool,
    pub(crate) sig: Signature,
    /// Prepared libffi call interface, for the interpreted path only.
    pub(crate) cif: Option<libffi::middle::Cif>,
    /// Keeps the general-tier code this function calls through mapped
    /// (compiled path only).
    pub(crate) code: Option<CodeLease>,
    /// Keeps `closed` valid and the library (so `target`) loaded: the
    /// wrapper's share of its library.
    pub(crate) owner: std::sync::Arc<dyn Send + Sync>,
    /// The environment's count of synchronous calls in progress, which the
    /// interpreted path changes around the C call (compiled code links
    /// against the same word).
    pub(crate) sync_calls: std::sync::Arc<super::sync_calls::SyncCalls>,
}

/// Byte offset of `FnData::target`, for compiled code.
pub(crate) const FN_DATA_TARGET: i32 = std::mem::offset_of!(FnData, target) as i32;
/// Byte offset of `FnData::closed`, for compiled code.
pub(crate) const FN_DATA_CLOSED: i32 = std::mem::offset_of!(FnData, closed) as i32;

impl FnData {
    /// Whether the library has been closed.
    pub(crate) fn is_closed(&self) -> bool {
        // SAFETY: `closed` points into the library `owner` keeps alive.
        unsafe { (*self.closed).load(std::sync::atomic::Ordering::Acquire) }
    }
}
