//! `CodeLease`: a claim on compiled code that keeps it mapped.

use std::sync::Arc;

/// A claim on the code of one signature. Whoever may still call code that
/// the JIT returned holds the lease that came with it: the JS function of a
/// fast-tier stub (released by its N-API finalizer), a general-tier
/// function's `FnData`, a callback's cell. The code stays mapped while any
/// lease of its signature exists; once none does, the signature is idle and
/// its code may be freed (`call::jit`'s sweep).
#[derive(Clone, Debug)]
pub(crate) struct CodeLease(Arc<()>);

impl CodeLease {
    /// The first lease of a unit of code (the JIT's own).
    pub(crate) fn new() -> CodeLease {
        CodeLease(Arc::new(()))
    }

    /// Whether this is the only lease of its code.
    pub(crate) fn is_sole(&self) -> bool {
        Arc::strong_count(&self.0) == 1
    }
}
