//! Golden IR tests: the Cranelift IR of a fixed set of trampolines is pinned
//! in `native/tests/golden/<name>.clif`, so any change to what the JIT emits
//! shows up in review. `JITFFI_BLESS=1 cargo test --release --test golden`
//! rewrites the files. The IR depends on the host's call convention and
//! pointer width, so the files are compared on x86-64 Linux (where they were
//! blessed) and only checked for successful construction elsewhere.
//!
//! `golden_other_targets` pins, for targets this machine cannot run, the IR
//! and Cranelift's machine code listing of the same trampolines in
//! `native/tests/golden/<triple>/<name>.clif` and `<name>.s`. They are built
//! through Cranelift's ISA lookup (test builds enable every backend), but
//! with the host's type table (plain `char` is signed on x86-64, unsigned on
//! Linux AArch64), so they too are compared on x86-64 Linux only.

use jitffi::jit::{ir_text, isa_for_triple, reverse_ir_text, target_text, Tier, Trampoline};
use jitffi::types::{FfiType, Signature};
use std::path::PathBuf;

/// Parses `"result(p0,p1,..)"` with the type table's names.
fn sig(text: &str) -> Signature {
    let (result, rest) = text.split_once('(').expect("signature has (");
    let params = rest.strip_suffix(')').expect("signature ends with )");
    let ty = |name: &str| FfiType::from_name(name.trim()).unwrap_or_else(|| panic!("unknown type {name}"));
    Signature {
        result: ty(result),
        params: params.split(',').filter(|p| !p.trim().is_empty()).map(ty).collect(),
    }
}

/// Every scalar (non-pointer-like, non-void) type plus the fast pointer-likes,
/// in table order, as derived from the type table.
fn fast_param_types() -> Vec<FfiType> {
    FfiType::all().filter(|t| !t.is_void() && t.info().fast).collect()
}

/// What a golden file pins: a forward trampoline of a tier, or a shared
/// reverse (callback) trampoline.
#[derive(Clone, Copy)]
enum Kind {
    Forward(Tier),
    Callback,
}

fn text_of(sig: &Signature, kind: Kind) -> String {
    match kind {
        Kind::Forward(tier) => ir_text(sig, tier),
        Kind::Callback => reverse_ir_text(sig),
    }
}

fn cases() -> Vec<(&'static str, Signature, Kind)> {
    let mut all: Vec<_> = forward_cases().into_iter().map(|(n, s, t)| (n, s, Kind::Forward(t))).collect();
    let every_scalar = Signature { result: FfiType::F64, params: fast_param_types() };
    all.extend([
        ("callback_i32_i32", sig("i32(i32,i32)"), Kind::Callback),
        ("callback_void", sig("void()"), Kind::Callback),
        ("callback_every_type", every_scalar, Kind::Callback),
        (
            "callback_16_mixed",
            sig("f64(i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64)"),
            Kind::Callback,
        ),
        ("callback_i8_result", sig("i8(u16,string)"), Kind::Callback),
        ("callback_small_ints_on_stack", small_ints_on_stack(), Kind::Callback),
    ]);
    all
}

fn forward_cases() -> Vec<(&'static str, Signature, Tier)> {
    let every_fast = Signature { result: FfiType::I8, params: fast_param_types() };
    let mut pointer_likes: Vec<FfiType> = FfiType::all().filter(|t| t.is_pointer_like()).collect();
    pointer_likes.push(FfiType::I32);
    let every_pointer_like = Signature { result: FfiType::Pointer, params: pointer_likes };
    vec![
        ("fast_i32_add", sig("i32(i32,i32)"), Tier::Fast),
        ("fast_void", sig("void()"), Tier::Fast),
        ("fast_every_type", every_fast, Tier::Fast),
        ("fast_f32", sig("f32(f32,f32)"), Tier::Fast),
        (
            "fast_16_mixed",
            sig("f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)"),
            Tier::Fast,
        ),
        ("general_strlen", sig("u64(string)"), Tier::General),
        ("general_buffer_sum", sig("u64(buffer,u64)"), Tier::General),
        ("general_every_pointer_like", every_pointer_like, Tier::General),
        ("general_void", sig("void(string,i32)"), Tier::General),
        ("general_no_params", sig("i32()"), Tier::General),
        ("fast_small_ints_on_stack", small_ints_on_stack(), Tier::Fast),
    ]
}

/// Eight pointers fill the integer argument registers of every target, so
/// the 8- and 16-bit integers after them go on the stack: one 8-byte slot
/// each under System V, AAPCS64 and fastcall, packed at their own size
/// under Apple's arm64 ABI, where the last one ends a 16-byte block.
fn small_ints_on_stack() -> Signature {
    sig("i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)")
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

#[test]
fn every_fast_type_is_covered() {
    // The scalar list in the brief: i8 u8 bool char i16 u16 i32 u32 i64 u64 f32 f64 pointer function.
    let names: Vec<&str> = fast_param_types().iter().map(|t| t.name()).collect();
    for want in ["i8", "u8", "bool", "char", "i16", "u16", "i32", "u32", "i64", "u64", "f32", "f64", "pointer", "function"] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
}

#[test]
fn golden_ir() {
    let bless = std::env::var("JITFFI_BLESS").as_deref() == Ok("1");
    let compare = cfg!(all(target_arch = "x86_64", target_os = "linux"));
    let mut failures = Vec::new();
    for (name, sig, kind) in cases() {
        let text = text_of(&sig, kind);
        assert!(!text.starts_with("; error"), "{name}: {text}");
        let path = golden_dir().join(format!("{name}.clif"));
        if bless {
            std::fs::create_dir_all(golden_dir()).unwrap();
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        if !compare {
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == text => {}
            Ok(expected) => failures.push(format!(
                "{name}: IR differs from {}\n--- expected\n{expected}\n--- actual\n{text}",
                path.display()
            )),
            Err(e) => failures.push(format!("{name}: cannot read {} ({e}); run with JITFFI_BLESS=1", path.display())),
        }
    }
    assert!(failures.is_empty(), "{}\n(re-bless with JITFFI_BLESS=1 if the change is intended)", failures.join("\n"));
}

#[test]
fn ir_text_is_deterministic() {
    for (name, sig, kind) in cases() {
        assert_eq!(text_of(&sig, kind), text_of(&sig, kind), "{name}");
    }
}

#[test]
fn ineligible_signatures_report_errors() {
    assert!(ir_text(&sig("u64(buffer)"), Tier::Fast).starts_with("; error"));
    let too_many = Signature { result: FfiType::Void, params: vec![FfiType::I32; 127] };
    assert!(ir_text(&too_many, Tier::Fast).starts_with("; error"));
    assert!(ir_text(&too_many, Tier::General).starts_with("; error"));
    let max = Signature { result: FfiType::Void, params: vec![FfiType::I32; 126] };
    assert!(!ir_text(&max, Tier::Fast).starts_with("; error"));
}

/// Targets whose code is generated and pinned here but never run: Linux
/// AArch64 (AAPCS64), Apple arm64 (Apple's variant: sub-word integer
/// arguments are extended by the caller, stack arguments are packed at their
/// natural size) and 64-bit Windows (fastcall).
const OTHER_TARGETS: [&str; 3] = ["aarch64-unknown-linux-gnu", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"];

fn compare_or_bless(path: PathBuf, text: &str, bless: bool, failures: &mut Vec<String>) {
    if bless {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(expected) if expected == text => {}
        Ok(expected) => failures.push(format!("{} differs\n--- expected\n{expected}\n--- actual\n{text}", path.display())),
        Err(e) => failures.push(format!("cannot read {} ({e}); run with JITFFI_BLESS=1", path.display())),
    }
}

#[test]
fn golden_other_targets() {
    let bless = std::env::var("JITFFI_BLESS").as_deref() == Ok("1");
    let mut failures = Vec::new();
    for triple in OTHER_TARGETS {
        let isa = isa_for_triple(triple).unwrap_or_else(|e| panic!("{triple}: {e}"));
        for (name, sig, kind) in cases() {
            let what = match kind {
                Kind::Forward(tier) => Trampoline::Forward(tier),
                Kind::Callback => Trampoline::Callback,
            };
            let (ir, asm) = target_text(&*isa, &sig, what).unwrap_or_else(|e| panic!("{triple} {name}: {e}"));
            if !bless && !cfg!(all(target_arch = "x86_64", target_os = "linux")) {
                continue;
            }
            let dir = golden_dir().join(triple);
            compare_or_bless(dir.join(format!("{name}.clif")), &ir, bless, &mut failures);
            compare_or_bless(dir.join(format!("{name}.s")), &asm, bless, &mut failures);
        }
    }
    assert!(failures.is_empty(), "{}\n(re-bless with JITFFI_BLESS=1 if the change is intended)", failures.join("\n"));
}

#[test]
fn other_targets_use_their_call_conventions() {
    let every = Signature { result: FfiType::I8, params: fast_param_types() };
    for (triple, conv) in [
        ("aarch64-unknown-linux-gnu", "system_v"),
        ("aarch64-apple-darwin", "apple_aarch64"),
        ("x86_64-pc-windows-msvc", "windows_fastcall"),
    ] {
        let isa = isa_for_triple(triple).unwrap();
        let (ir, _) = target_text(&*isa, &every, Trampoline::Forward(Tier::Fast)).unwrap();
        assert!(ir.contains(conv), "{triple}: no {conv} in\n{ir}");
    }
    assert!(isa_for_triple("not-a-triple").is_err());
}
