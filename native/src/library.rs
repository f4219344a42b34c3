//! Dynamic libraries: dlopen / dlsym / close, and the lifetime rules that tie
//! function wrappers to their library.
//!
//! A `Library` is shared through `Arc`: the JS `DynamicLibrary` holds one
//! reference (through an external value) and every native function wrapper
//! holds one in its `FnData`, so the OS handle stays open as long as anything
//! can still call into it. `close()` marks the library closed (checked before
//! every call on every tier) and unloads it at once.

use crate::errors::{Code, JsError};
use crate::types::Signature;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

pub struct Library {
    handle: Mutex<Option<libloading::os::unix::Library>>,
    closed: AtomicBool,
}

impl Library {
    /// Opens `path`, or the running process when `path` is `None`.
    pub fn open(path: Option<&str>) -> Result<Arc<Library>, JsError> {
        let handle = match path {
            None => libloading::os::unix::Library::this(),
            // SAFETY: loading a library runs its initialisers; node:ffi
            // documents that loading arbitrary code is the caller's risk.
            Some(p) => unsafe { libloading::os::unix::Library::new(p) }
                .map_err(|e| JsError::new(Code::CallFailed, format!("dlopen failed: {e}")))?,
        };
        Ok(Arc::new(Library { handle: Mutex::new(Some(handle)), closed: AtomicBool::new(false) }))
    }

    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// Resolves `name` to its address.
    pub fn symbol(&self, name: &str) -> Result<u64, JsError> {
        let guard = self.handle.lock().unwrap();
        let Some(handle) = guard.as_ref() else { return Err(JsError::library_closed()) };
        let mut cname = name.as_bytes().to_vec();
        cname.push(0);
        // SAFETY: we only take the address; nothing is called here.
        let sym = unsafe { handle.get::<*const u8>(&cname) }
            .map_err(|e| JsError::new(Code::CallFailed, format!("dlsym failed: {e}")))?;
        let addr = sym.into_raw() as u64;
        if addr == 0 {
            return Err(JsError::new(Code::CallFailed, format!("dlsym failed: {name}: symbol resolves to NULL")));
        }
        Ok(addr)
    }

    /// Marks the library closed and unloads it. Idempotent.
    pub fn close(&self) {
        self.closed.store(true, Ordering::Release);
        if let Some(handle) = self.handle.lock().unwrap().take() {
            let _ = handle.close();
        }
    }
}

/// Everything a native function wrapper needs at call time. Owned by the JS
/// function object (freed by its finalizer); passed as the N-API callback
/// data. `#[repr(C)]`: general-tier code reads `target` and `closed` at the
/// fixed offsets below.
#[repr(C)]
pub struct FnData {
    pub target: u64,
    /// `&lib.closed`, valid for as long as this `FnData` holds `lib`.
    pub closed: *const AtomicBool,
    pub lib: Arc<Library>,
    pub sig: Signature,
    /// Prepared libffi call interface, for the interpreted path only.
    pub cif: Option<libffi::middle::Cif>,
    /// Keeps the general-tier code this function calls through mapped
    /// (compiled path only).
    pub code: Option<crate::jit::CodeLease>,
}

/// Byte offset of `FnData::target`, for compiled code.
pub const FN_DATA_TARGET: i32 = std::mem::offset_of!(FnData, target) as i32;
/// Byte offset of `FnData::closed`, for compiled code.
pub const FN_DATA_CLOSED: i32 = std::mem::offset_of!(FnData, closed) as i32;

impl FnData {
    pub fn new(target: u64, lib: Arc<Library>, sig: Signature, cif: Option<libffi::middle::Cif>, code: Option<crate::jit::CodeLease>) -> FnData {
        let closed: *const AtomicBool = &lib.closed;
        FnData { target, closed, lib, sig, cif, code }
    }
}
