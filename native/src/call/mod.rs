//! The call layer: the ways a call crosses between JS and C, and the one
//! place that decides which way a signature takes.
//!
//! * `jit`: Cranelift-compiled trampolines, in the tiers of `Tier`;
//! * `interp`: a generic Rust loop plus libffi, used without a JIT, and the
//!   oracle the compiled tiers are tested against;
//! * `variadic`: calls of variadic functions, through libffi in both modes.

pub(crate) mod interp;
pub(crate) mod jit;
pub(crate) mod variadic;

use crate::abi::slots::{SLOT_ARG0, SLOT_COUNT};
use crate::types::Signature;
use std::fmt;

/// The compiled tiers (see `jit/forward.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Tier {
    /// The fast tier, plus V8 fast API functions that optimised JS calls
    /// directly (host/v8_fast.rs): a typed function compiled per signature
    /// (jit/v8fast.rs, this tier's own code) where the signature has one,
    /// else the fast tier's stub. Slow calls go through `Fast`'s code.
    V8Fast,
    /// Arguments and result through the environment's slot array: JS
    /// validates and writes the slots, then calls a compiled stub.
    Fast,
    /// A full `napi_callback` converting through N-API.
    General,
    /// An array call `fn(slots)` that a thread of libuv's pool runs for an
    /// asynchronous call, on an array of the call's own (jit/pool.rs).
    Pool,
}

impl Tier {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Tier::V8Fast => "v8fast",
            Tier::Fast => "fast",
            Tier::General => "general",
            Tier::Pool => "pool",
        }
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the calls of one signature are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CallPath {
    /// Compiled code of a tier.
    Compiled(Tier),
    /// The generic Rust loop plus libffi.
    Interp,
}

impl CallPath {
    /// The name lib/ and `internals.pathOf` use.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            CallPath::Compiled(tier) => tier.as_str(),
            CallPath::Interp => "interp",
        }
    }
}

/// Which side of a call a signature describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// A foreign function JS calls.
    Function,
    /// A JS function C calls (a registered callback).
    Callback,
}

/// What the decision depends on besides the signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Means {
    /// This environment has a JIT.
    pub(crate) jit: bool,
    /// JS can generate the fast tier's wrappers and callback thunks (`new
    /// Function`); false under `--disallow-code-generation-from-strings`.
    pub(crate) js_codegen: bool,
    /// The running V8's fast API can serve as the fast tier's entry
    /// (host/v8_fast.rs); false with `JITFFI_TIER=fast`.
    pub(crate) v8_fast: bool,
}

/// The one decision point: which path serves `sig` in `role`.
///
/// Without a JIT everything is interpreted. The fast tier needs generated
/// JS and room in the slot array; a function also needs every type to be a
/// fast one (a callback's values always travel through the slots and its
/// thunk). A function on the fast tier takes the v8fast tier when V8's fast
/// API serves, unless it takes a callback: a call that re-enters JS from a
/// V8 fast call costs more than the fast tier's whole call (call_cb:
/// about 140 against 100 ns on Node.js 26). Everything else takes the
/// general tier.
pub(crate) fn choose(sig: &Signature, role: Role, means: Means) -> CallPath {
    let fits_slots = sig.params.len() + SLOT_ARG0 <= SLOT_COUNT;
    let fast_types = role == Role::Callback || sig.is_fast();
    if !means.jit {
        CallPath::Interp
    } else if means.js_codegen && fits_slots && fast_types {
        if means.v8_fast && role == Role::Function && !sig.takes_callbacks() {
            CallPath::Compiled(Tier::V8Fast)
        } else {
            CallPath::Compiled(Tier::Fast)
        }
    } else {
        CallPath::Compiled(Tier::General)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::FfiType;

    const V8_FAST: Means = Means { jit: true, js_codegen: true, v8_fast: true };

    #[test]
    fn fast_tier_functions_take_the_v8fast_tier_unless_they_take_a_callback() {
        let plain = Signature::new(FfiType::I32, vec![FfiType::I32, FfiType::Pointer]);
        let with_callback = Signature::new(FfiType::I32, vec![FfiType::Function, FfiType::I32]);
        assert_eq!(choose(&plain, Role::Function, V8_FAST), CallPath::Compiled(Tier::V8Fast));
        assert_eq!(choose(&with_callback, Role::Function, V8_FAST), CallPath::Compiled(Tier::Fast));
        assert_eq!(choose(&plain, Role::Callback, V8_FAST), CallPath::Compiled(Tier::Fast));
        assert_eq!(choose(&plain, Role::Function, Means { v8_fast: false, ..V8_FAST }), CallPath::Compiled(Tier::Fast));
        let general = Signature::new(FfiType::I32, vec![FfiType::Buffer]);
        assert_eq!(choose(&general, Role::Function, V8_FAST), CallPath::Compiled(Tier::General));
    }
}
