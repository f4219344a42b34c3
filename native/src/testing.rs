//! The crate's one door for its integration tests (native/tests/golden.rs):
//! the IR and machine code of a trampoline, for a signature given as text
//! such as `"i32(i32,pointer)"`. Everything else in the crate is private.
//! Not part of any API: the addon's JS surface is exports/.

use crate::call::jit::{self, Trampoline};
use crate::call::Tier;
use crate::types::{FfiType, Signature};

/// Which trampoline: `"fast"`, `"v8fast"`, `"general"`, `"pool"` (forward tiers), `"callback"`
/// (the shared reverse trampoline) or `"v8fast bound"` (a bound function,
/// with made-up addresses that keep the text the same from run to run).
fn trampoline(what: &str) -> Trampoline {
    match what {
        "fast" => Trampoline::Forward(Tier::Fast),
        "v8fast" => Trampoline::Forward(Tier::V8Fast),
        "general" => Trampoline::Forward(Tier::General),
        "pool" => Trampoline::Forward(Tier::Pool),
        "callback" => Trampoline::Callback,
        "v8fast bound" => Trampoline::Bound(jit::Bound {
            target: 0x1000,
            closed: 0x2000,
            counting: 0x3000,
            typed: 0x6000,
            throw_closed: 0x4000,
            throw_arg: 0x5000,
        }),
        _ => panic!("unknown trampoline {what:?}"),
    }
}

/// Parses `result(param,...)` over the type table's names; an aggregate
/// passed by value is written as its layout key (`{16/8:f64@0,f64@8}`).
fn signature(text: &str) -> Signature {
    Signature::parse_key(text).unwrap_or_else(|| panic!("bad signature {text}"))
}

/// The names of the types the fast tier takes as parameters, in table order.
pub fn fast_param_types() -> Vec<&'static str> {
    FfiType::all().filter(|t| !t.is_void() && t.info().fast).map(FfiType::name).collect()
}

/// The names of the types a typed V8 fast API function takes as
/// parameters (the table's `v8fast`), in table order.
pub fn v8fast_param_types() -> Vec<&'static str> {
    FfiType::all().filter(|t| !t.is_void() && t.info().fast && t.info().v8fast).map(FfiType::name).collect()
}

/// The names of the pointer-like types, in table order.
pub fn pointer_like_types() -> Vec<&'static str> {
    FfiType::all().filter(|t| t.is_pointer_like()).map(FfiType::name).collect()
}

/// The host's IR text of one trampoline; a single `; error: ...` line when
/// it cannot be built.
pub fn ir_text(sig: &str, what: &str) -> String {
    jit::host_ir_text(&signature(sig), trampoline(what))
}

/// The IR and the machine-code listing of one trampoline for the target
/// `triple` (any architecture compiled into cranelift-codegen).
pub fn target_text(triple: &str, sig: &str, what: &str) -> Result<(String, String), String> {
    let isa = jit::isa_for_triple(triple).map_err(|e| e.to_string())?;
    jit::target_text(&*isa, &signature(sig), trampoline(what)).map_err(|e| e.to_string())
}
