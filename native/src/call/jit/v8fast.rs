//! The counting entry of the v8fast tier, a test hook (`JITFFI_COUNT_V8FAST=1`):
//! a fast C function for V8 that counts its calls, then calls the fast
//! tier's stub. It lets a test prove that V8's optimised code entered a
//! stub through the fast API (the slow callback, the stub itself, does not
//! count). Without the hook the stub serves as the fast C function itself.
//!
//! ```text
//! void jitffi_v8fast_count_<key>(receiver)
//!   *counter += 1
//!   stub(0, 0)
//! ```

use super::imports::{napi_callback_signature, native_signature};
use cranelift_codegen::ir::{self, types, InstBuilder, MemFlagsData, UserFuncName};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

/// `void (*)(v8::Local<v8::Value>)`: a fast C function with the receiver only.
pub(crate) fn receiver_signature(target: TargetFrontendConfig) -> ir::Signature {
    native_signature(target, &[target.pointer_type()], &[])
}

/// Builds the counting entry for the stub at `stub`, counting into the u64
/// at `counter` (which lives as long as the code).
pub(crate) fn build_counting_entry(
    stub: *const u8,
    counter: *const u64,
    target: TargetFrontendConfig,
    fctx: &mut FunctionBuilderContext,
) -> ir::Function {
    let ptr = target.pointer_type();
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), receiver_signature(target));
    let mut b = FunctionBuilder::new(&mut func, fctx);
    let stub_sig = b.import_signature(napi_callback_signature(target));
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let at = b.ins().iconst(ptr, counter as i64);
    let n = b.ins().load(types::I64, MemFlagsData::trusted(), at, 0);
    let n = b.ins().iadd_imm_s(n, 1);
    b.ins().store(MemFlagsData::trusted(), n, at, 0);
    let callee = b.ins().iconst(ptr, stub as i64);
    let null = b.ins().iconst(ptr, 0);
    b.ins().call_indirect(stub_sig, callee, &[null, null]);
    b.ins().return_(&[]);
    b.seal_all_blocks();
    b.finalize(target);
    func
}
