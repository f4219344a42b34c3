//! Dynamic libraries: dlopen / dlsym / close, and the lifetime rules that tie
//! function wrappers to their library.
//!
//! A `Library` is shared through `Arc`: the JS `DynamicLibrary` holds one
//! reference (through an external value) and every native function wrapper
//! holds one in its `FnData` (abi/fn_data.rs), so the OS handle stays open as long as anything
//! can still call into it. `close()` marks the library closed (checked before
//! every call on every tier) and unloads it at once, unless asynchronous
//! calls into it are pending (`Library::begin_call`): then the last of them
//! to settle unloads it.

use crate::abi::fn_data::FnData;
use crate::abi::lease::CodeLease;
use crate::abi::sync_calls::SyncCalls;
use crate::errors::{Code, JsError};
use crate::types::Signature;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

pub(crate) struct Library {
    handle: Mutex<Handle>,
    closed: AtomicBool,
}

/// The OS handle (`None` once unloaded) and the asynchronous calls that
/// keep it loaded, under one lock so that `close` and the last call to
/// settle agree on who unloads it.
struct Handle {
    os: Option<libloading::os::unix::Library>,
    pending: usize,
}

/// An asynchronous call in flight into a library: while one exists the
/// library stays loaded, even after `close()`.
pub(crate) struct InFlight(Arc<Library>);

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut handle = self.0.handle.lock().unwrap_or_else(|e| e.into_inner());
        handle.pending -= 1;
        if handle.pending == 0 && self.0.is_closed() {
            if let Some(os) = handle.os.take() {
                let _ = os.close();
            }
        }
    }
}

impl Library {
    /// Opens `path`, or the running process when `path` is `None`.
    pub(crate) fn open(path: Option<&str>) -> Result<Arc<Library>, JsError> {
        let handle = match path {
            None => libloading::os::unix::Library::this(),
            // SAFETY: loading a library runs its initialisers; node:ffi
            // documents that loading arbitrary code is the caller's risk.
            Some(p) => unsafe { libloading::os::unix::Library::new(p) }
                .map_err(|e| JsError::new(Code::CallFailed, format!("dlopen failed: {e}")))?,
        };
        Ok(Arc::new(Library { handle: Mutex::new(Handle { os: Some(handle), pending: 0 }), closed: AtomicBool::new(false) }))
    }

    /// The closed flag's address: a byte, non-zero once `close()` ran, at
    /// a fixed place while this library lives (compiled code reads it).
    pub(crate) fn closed_flag(&self) -> *const u8 {
        self.closed.as_ptr() as *const u8
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// Resolves `name` to its address.
    pub(crate) fn symbol(&self, name: &str) -> Result<u64, JsError> {
        let guard = self.handle.lock().unwrap_or_else(|e| e.into_inner());
        let Some(handle) = guard.os.as_ref() else { return Err(JsError::library_closed()) };
        let mut cname = name.as_bytes().to_vec();
        cname.push(0);
        // SAFETY: we only take the address; nothing is called here.
        let sym = unsafe { handle.get::<*const u8>(&cname) }.map_err(|e| JsError::new(Code::CallFailed, format!("dlsym failed: {e}")))?;
        let addr = sym.into_raw() as u64;
        if addr == 0 {
            return Err(JsError::new(Code::CallFailed, format!("dlsym failed: {name}: symbol resolves to NULL")));
        }
        Ok(addr)
    }

    /// Marks the library closed and unloads it, or leaves that to the last
    /// pending asynchronous call. Idempotent.
    pub(crate) fn close(&self) {
        self.closed.store(true, Ordering::Release);
        let mut handle = self.handle.lock().unwrap_or_else(|e| e.into_inner());
        if handle.pending == 0 {
            if let Some(os) = handle.os.take() {
                let _ = os.close();
            }
        }
    }

    /// Counts an asynchronous call into this library until the returned
    /// guard drops; `None` once the library is closed.
    pub(crate) fn begin_call(self: &Arc<Self>) -> Option<InFlight> {
        let mut handle = self.handle.lock().unwrap_or_else(|e| e.into_inner());
        if self.is_closed() || handle.os.is_none() {
            return None;
        }
        handle.pending += 1;
        Some(InFlight(self.clone()))
    }
}

impl Library {
    /// The call-time data of a function wrapper of this library, holding
    /// its share of the library.
    pub(crate) fn function_data(
        self: &Arc<Self>,
        target: u64,
        sig: Signature,
        cif: Option<libffi::middle::Cif>,
        code: Option<CodeLease>,
        sync_calls: Arc<SyncCalls>,
    ) -> FnData {
        let closed: *const AtomicBool = &self.closed;
        FnData { target, closed, sig, cif, code, owner: self.clone(), sync_calls }
    }
}
