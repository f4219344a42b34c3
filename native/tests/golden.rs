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

use jitffi::testing::{fast_param_types, ir_text, pointer_like_types, target_text, v8fast_param_types};
use std::path::PathBuf;

/// `result(params)` as the text `testing` parses.
fn sig_of(result: &str, params: &[&str]) -> String {
    format!("{result}({})", params.join(","))
}

fn cases() -> Vec<(&'static str, String, &'static str)> {
    let mut all = forward_cases();
    let every_scalar = sig_of("f64", &fast_param_types());
    all.extend([
        ("callback_i32_i32", "i32(i32,i32)".to_string(), "callback"),
        ("callback_void", "void()".to_string(), "callback"),
        ("callback_every_type", every_scalar, "callback"),
        ("callback_16_mixed", "f64(i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64,i32,f64,i64,f64)".to_string(), "callback"),
        ("callback_i8_result", "i8(u16,string)".to_string(), "callback"),
        ("callback_small_ints_on_stack", small_ints_on_stack(), "callback"),
    ]);
    all
}

fn forward_cases() -> Vec<(&'static str, String, &'static str)> {
    let every_fast = sig_of("i8", &fast_param_types());
    let mut pointer_likes = pointer_like_types();
    pointer_likes.push("i32");
    let every_pointer_like = sig_of("pointer", &pointer_likes);
    let every_v8fast = sig_of("u16", &v8fast_param_types());
    vec![
        ("fast_i32_add", "i32(i32,i32)".to_string(), "fast"),
        ("fast_void", "void()".to_string(), "fast"),
        ("fast_every_type", every_fast, "fast"),
        ("fast_f32", "f32(f32,f32)".to_string(), "fast"),
        ("fast_16_mixed", "f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)".to_string(), "fast"),
        ("general_strlen", "u64(string)".to_string(), "general"),
        ("general_buffer_sum", "u64(buffer,u64)".to_string(), "general"),
        ("general_every_pointer_like", every_pointer_like, "general"),
        ("general_void", "void(string,i32)".to_string(), "general"),
        ("general_no_params", "i32()".to_string(), "general"),
        ("fast_small_ints_on_stack", small_ints_on_stack(), "fast"),
        ("pool_i32_add", "i32(i32,i32)".to_string(), "pool"),
        ("pool_void_pointer", "void(pointer,u64)".to_string(), "pool"),
        ("fast_errno", "i32(string,i32) errno".to_string(), "fast"),
        ("general_errno", "i32(buffer,u64) errno".to_string(), "general"),
        ("pool_errno", "i32(string,i32) errno".to_string(), "pool"),
        ("v8fast_i32_add", "i32(i32,i32)".to_string(), "v8fast"),
        ("v8fast_void", "void()".to_string(), "v8fast"),
        ("v8fast_every_type", every_v8fast, "v8fast"),
        ("v8fast_16_mixed", "f64(i32,f64,i64,f64,u8,f32,i16,f64,u32,f64,i8,f32,u64,f64,pointer,bool)".to_string(), "v8fast"),
        ("v8fast_errno", "i32(pointer,i32) errno".to_string(), "v8fast"),
        ("v8fast_bound_add_f64", "f64(f64,f64)".to_string(), "v8fast bound"),
        ("v8fast_bound_f32", "f32(f32)".to_string(), "v8fast bound"),
        ("v8fast_bound_mixed_floats", "f32(f32,f64,f32)".to_string(), "v8fast bound"),
    ]
}

/// Structs and unions passed by value (x86-64 System V only, so the host's
/// golden files alone): an aggregate is written as its layout key.
fn by_value_cases() -> Vec<(&'static str, String, &'static str)> {
    const POINT: &str = "{16/8:f64@0,f64@8}";
    const DI: &str = "{16/8:f64@0,i32@8}";
    const F3: &str = "{12/4:f32@0,f32@4,f32@8}";
    const PAIR: &str = "{16/8:i64@0,i64@8}";
    const BIG: &str = "{24/8:f64@0,f64@8,f64@16}";
    vec![
        ("fast_byvalue_point_add", format!("{POINT}({POINT},{POINT})"), "fast"),
        ("fast_byvalue_sse_int_and_floats", format!("{F3}({DI},f32)"), "fast"),
        ("fast_byvalue_pair_on_stack", format!("i64(i32,i32,i32,i32,i32,{PAIR},i32)"), "fast"),
        ("fast_byvalue_memory", format!("{BIG}(i32,{BIG})"), "fast"),
        ("pool_byvalue_point_add", format!("{POINT}({POINT},{POINT})"), "pool"),
        ("general_byvalue_point", format!("{POINT}(string,{POINT})"), "general"),
        ("callback_byvalue_point", format!("{POINT}({POINT},{DI},f32)"), "callback"),
        ("callback_byvalue_pair_on_stack", format!("{F3}(i32,i32,i32,i32,i32,{PAIR},i32)"), "callback"),
        ("callback_byvalue_memory", format!("{BIG}(i32,{BIG})"), "callback"),
    ]
}

fn small_ints_on_stack() -> String {
    "i16(pointer,pointer,pointer,pointer,pointer,pointer,pointer,pointer,i8,u8,i16,u16,bool,i8,u8,u8,u8,u8,u8,u8,u8,u8)".to_string()
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

#[test]
fn every_fast_type_is_covered() {
    let names = fast_param_types();
    for want in ["i8", "u8", "bool", "char", "i16", "u16", "i32", "u32", "i64", "u64", "f32", "f64", "pointer", "function"] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
}

#[test]
fn golden_ir() {
    let bless = std::env::var("JITFFI_BLESS").as_deref() == Ok("1");
    let compare = cfg!(all(target_arch = "x86_64", target_os = "linux"));
    let mut failures = Vec::new();
    for (name, sig, what) in cases().into_iter().chain(by_value_cases()) {
        let text = ir_text(&sig, what);
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
            Ok(expected) => {
                failures.push(format!("{name}: IR differs from {}\n--- expected\n{expected}\n--- actual\n{text}", path.display()))
            }
            Err(e) => failures.push(format!("{name}: cannot read {} ({e}); run with JITFFI_BLESS=1", path.display())),
        }
    }
    assert!(failures.is_empty(), "{}\n(re-bless with JITFFI_BLESS=1 if the change is intended)", failures.join("\n"));
}

#[test]
fn ir_text_is_deterministic() {
    for (name, sig, what) in cases() {
        assert_eq!(ir_text(&sig, what), ir_text(&sig, what), "{name}");
    }
}

#[test]
fn ineligible_signatures_report_errors() {
    assert!(ir_text("u64(buffer)", "fast").starts_with("; error"));
    assert!(ir_text("u64(string)", "v8fast").starts_with("; error"));
    let too_many = sig_of("void", &["i32"; 127]);
    assert!(ir_text(&too_many, "fast").starts_with("; error"));
    assert!(ir_text(&too_many, "general").starts_with("; error"));
    let max = sig_of("void", &["i32"; 126]);
    assert!(!ir_text(&max, "fast").starts_with("; error"));
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
        for (name, sig, what) in cases() {
            let (ir, asm) = target_text(triple, &sig, what).unwrap_or_else(|e| panic!("{triple} {name}: {e}"));
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
    let every = sig_of("i8", &fast_param_types());
    for (triple, conv) in [
        ("aarch64-unknown-linux-gnu", "system_v"),
        ("aarch64-apple-darwin", "apple_aarch64"),
        ("x86_64-pc-windows-msvc", "windows_fastcall"),
    ] {
        let (ir, _) = target_text(triple, &every, "fast").unwrap();
        assert!(ir.contains(conv), "{triple}: no {conv} in\n{ir}");
    }
    assert!(target_text("not-a-triple", &every, "fast").is_err());
}
