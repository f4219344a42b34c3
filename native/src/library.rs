//! Dynamic libraries: dlopen / dlsym / close, and the lifetime rules that tie
//! function wrappers to their library.
//!
//! A `Library` is shared through `Arc`: the JS `DynamicLibrary` holds one
//! reference (through an external value) and every native function wrapper
//! holds one in its `FnData` (abi/fn_data.rs), so the OS handle stays open as long as anything
//! can still call into it. `close()` marks the library closed (checked before
//! every call on every tier) and unloads it at once.

use crate::abi::fn_data::FnData;
use crate::abi::lease::CodeLease;
use crate::abi::sync_calls::SyncCalls;
use crate::errors::{Code, JsError};
use crate::types::Signature;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

pub(crate) struct Library {
    handle: Mutex<Option<libloading::os::unix::Library>>,
    closed: AtomicBool,
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
        Ok(Arc::new(Library { handle: Mutex::new(Some(handle)), closed: AtomicBool::new(false) }))
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// Resolves `name` to its address.
    pub(crate) fn symbol(&self, name: &str) -> Result<u64, JsError> {
        let guard = self.handle.lock().unwrap();
        let Some(handle) = guard.as_ref() else { return Err(JsError::library_closed()) };
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

    /// Marks the library closed and unloads it. Idempotent.
    pub(crate) fn close(&self) {
        self.closed.store(true, Ordering::Release);
        if let Some(handle) = self.handle.lock().unwrap().take() {
            let _ = handle.close();
        }
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
