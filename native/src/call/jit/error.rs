//! `JitError`: every way compiling a trampoline can fail.

use cranelift_module::ModuleError;
use std::fmt;

/// Every way this module can fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum JitError {
    /// cranelift-native cannot generate code for this machine.
    UnsupportedHost(String),
    /// A Cranelift setting was rejected (a bug in `host_isa`).
    Settings(String),
    /// Executable memory could not be obtained (detected by `Jit::new`).
    NoExecutableMemory(String),
    /// The signature has a type that cannot take the fast tier.
    NotFastEligible(String),
    /// More parameters than the trampoline ABI has slots for.
    TooManyArguments { key: String, max: usize },
    /// A trampoline imports a symbol nobody registered.
    UnresolvedSymbol(String),
    /// Cranelift failed to declare, compile or link a function.
    Module(String),
}

impl fmt::Display for JitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JitError::UnsupportedHost(m) => write!(f, "host machine not supported by Cranelift: {m}"),
            JitError::Settings(m) => write!(f, "invalid Cranelift setting: {m}"),
            JitError::NoExecutableMemory(m) => write!(f, "executable memory unavailable: {m}"),
            JitError::NotFastEligible(key) => write!(f, "signature {key} cannot use the fast tier"),
            JitError::TooManyArguments { key, max } => write!(f, "signature {key} has more than {max} parameters"),
            JitError::UnresolvedSymbol(name) => write!(f, "symbol {name} is not registered with the JIT"),
            JitError::Module(m) => write!(f, "code generation failed: {m}"),
        }
    }
}

impl std::error::Error for JitError {}

impl From<ModuleError> for JitError {
    fn from(e: ModuleError) -> JitError {
        JitError::Module(format!("{e:#}"))
    }
}
