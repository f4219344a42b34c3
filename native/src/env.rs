//! Per-environment state (one per Node.js main thread or worker): the shared
//! argument slots of the fast tier, the JIT that owns this environment's
//! compiled code, and the single decision point that picks a call path.

use crate::jit::abi::SLOT_COUNT;
use crate::jit::{Compiled, Jit, Tier};
use crate::types::Signature;

/// How calls of one signature are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallPath {
    /// JS validates and writes the slots, then calls a compiled zero-argument stub.
    Fast,
    /// A compiled `napi_callback` unpacks arguments through N-API.
    General,
    /// Generic Rust loop plus libffi.
    Interp,
}

impl CallPath {
    pub fn as_str(self) -> &'static str {
        match self {
            CallPath::Fast => "fast",
            CallPath::General => "general",
            CallPath::Interp => "interp",
        }
    }
}

/// Bytes of the fast tier's string area.
pub const STRING_AREA: usize = 16 * 1024;

pub struct EnvState {
    /// The fast tier's argument slots. Boxed so the address is stable; it is
    /// baked into this environment's compiled fast-tier code.
    pub slots: Box<[u64; SLOT_COUNT]>,
    /// Where fast-tier wrappers copy short string arguments (lib/wrappers.js
    /// fills it stack-wise; compiled code only sees the pointers).
    pub strings: Box<[u8; STRING_AREA]>,
    /// `None` when `JITFFI_MODE=interp` or when executable memory is unavailable.
    pub jit: Option<Jit>,
    /// Registered callbacks of this environment.
    pub callbacks: crate::callbacks::Callbacks,
    /// What its callbacks share (nesting depth, exiting); boxed so the
    /// callback cells can point to it.
    pub callback_shared: Box<crate::callbacks::Shared>,
    /// Whether JS can generate the fast tier's wrappers and thunks (`new
    /// Function`); false under `--disallow-code-generation-from-strings`,
    /// and then the fast tier is never chosen.
    pub js_codegen: bool,
}

impl EnvState {
    pub fn new() -> EnvState {
        let mut slots = Box::new([0u64; SLOT_COUNT]);
        let jit = if std::env::var("JITFFI_MODE").as_deref() == Ok("interp") {
            None
        } else {
            match Jit::new(slots.as_mut_ptr()) {
                Ok(jit) => Some(jit),
                Err(e) => {
                    crate::jit::debug::note(&format!("JIT unavailable ({e}); using the interpreted path"));
                    None
                }
            }
        };
        EnvState {
            slots,
            strings: Box::new([0u8; STRING_AREA]),
            jit,
            callbacks: Default::default(),
            callback_shared: Default::default(),
            js_codegen: true,
        }
    }

    pub fn mode(&self) -> &'static str {
        if self.jit.is_some() { "jit" } else { "interp" }
    }

    /// The one decision point: which path serves `sig`.
    pub fn choose_path(&self, sig: &Signature) -> CallPath {
        if self.jit.is_none() {
            CallPath::Interp
        } else if self.js_codegen && sig.is_fast() && sig.params.len() + crate::jit::abi::SLOT_ARG0 <= SLOT_COUNT {
            CallPath::Fast
        } else {
            CallPath::General
        }
    }

    /// The decision point for callbacks: `Fast` when the callback's values
    /// travel through this environment's slots and a generated JS thunk
    /// (compiled mode), otherwise N-API values (`General` when the
    /// signature has too many parameters for the slots, `Interp` without a
    /// JIT, where libffi closures call the same dispatcher).
    pub fn choose_callback_path(&self, sig: &Signature) -> CallPath {
        if self.jit.is_none() {
            CallPath::Interp
        } else if self.js_codegen && sig.params.len() + crate::jit::abi::SLOT_ARG0 <= SLOT_COUNT {
            CallPath::Fast
        } else {
            CallPath::General
        }
    }

    /// Compiled code for `sig` on `tier`, with the lease its caller keeps
    /// while the code may run; falls back to `None` (interpreted) if
    /// compilation fails, which is reported under JITFFI_DEBUG.
    pub fn compile(&mut self, sig: &Signature, tier: Tier) -> Option<Compiled> {
        let jit = self.jit.as_mut()?;
        match jit.compile(sig, tier) {
            Ok(code) => Some(code),
            Err(e) => {
                crate::jit::debug::note(&format!("compiling {} failed ({e}); using the interpreted path", sig.key()));
                None
            }
        }
    }
}
