//! Reverse trampolines: C-ABI entry points through which native code calls
//! JavaScript callbacks (see callbacks.rs for the registry and dispatcher).
//!
//! Two functions per callback signature shape the code:
//!
//! ```text
//! shared(a_0, .., a_n-1, cell) -> r        compiled once per signature key
//!     slots = stack array in the trampoline ABI layout (abi.rs)
//!     slots[SLOT_TARGET]  = cell           (identifies the callback)
//!     slots[SLOT_ARG0+i]  = a_i
//!     jitffi_callback_dispatch(&slots)     (calls JS, stores the result)
//!     return slots[SLOT_RESULT] as r
//!
//! stub(a_0, .., a_n-1) -> r                one per registered callback
//!     return shared(a_0, .., a_n-1, CELL)  (CELL: a constant operand)
//! ```
//!
//! Both use the platform's default C calling convention and the C signature
//! of the forward direction (`forward::c_signature`), so small integers are
//! extended exactly as a C caller or callee expects.

use super::error::JitError;
use super::imports::{c_signature, native_signature, param_type, Imports, Linker};
use crate::abi::slots::{self, SLOT_ARG0, SLOT_RESULT, SLOT_SIZE, SLOT_TARGET};
use crate::types::Signature;
use cranelift_codegen::ir::{self, AbiParam, FuncRef, InstBuilder, StackSlotData, StackSlotKind, UserFuncName, Value};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

/// The dispatcher every reverse trampoline calls (`callbacks.rs`).
pub(crate) const DISPATCH_SYMBOL: &str = "jitffi_callback_dispatch";

/// The shared trampoline's signature: the C signature plus the cell pointer.
pub(crate) fn shared_signature(sig: &Signature, target: TargetFrontendConfig) -> ir::Signature {
    let mut s = c_signature(sig, target);
    s.params.push(AbiParam::new(target.pointer_type()));
    s
}

/// Builds the shared reverse trampoline of `sig` (see the module comment).
pub(crate) fn build_shared(
    sig: &Signature,
    target: TargetFrontendConfig,
    linker: &mut dyn Linker,
    fctx: &mut FunctionBuilderContext,
) -> Result<ir::Function, JitError> {
    let ptr = target.pointer_type();
    let n = sig.params.len();
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), shared_signature(sig, target));
    let mut b = FunctionBuilder::new(&mut func, fctx);
    let mut imports = Imports::new(linker);
    let dispatch = imports.function(&mut b, DISPATCH_SYMBOL, native_signature(target, &[ptr], &[]))?;

    let slots = b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        ((SLOT_ARG0 + n) * SLOT_SIZE) as u32,
        3, // 8-byte aligned
    ));
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params: Vec<Value> = b.block_params(entry).to_vec();
    let base = b.ins().stack_addr(ptr, slots, 0);
    slots::store_slot(&mut b, base, SLOT_TARGET, params[n]);
    for (i, &value) in params[..n].iter().enumerate() {
        slots::store_slot(&mut b, base, SLOT_ARG0 + i, value);
    }
    b.ins().call(dispatch, &[base]);
    match sig.result.clif_type() {
        Some(ty) => {
            let r = slots::load_slot(&mut b, base, SLOT_RESULT, ty);
            b.ins().return_(&[r]);
        }
        None => {
            b.ins().return_(&[]);
        }
    }
    b.seal_all_blocks();
    b.finalize(target);
    Ok(func)
}

/// Builds a per-callback entry stub that forwards to `shared` with `cell`.
pub(crate) fn build_stub(
    sig: &Signature,
    target: TargetFrontendConfig,
    shared: impl FnOnce(&mut FunctionBuilder) -> FuncRef,
    cell: u64,
    fctx: &mut FunctionBuilderContext,
) -> ir::Function {
    let ptr = target.pointer_type();
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), c_signature(sig, target));
    let mut b = FunctionBuilder::new(&mut func, fctx);
    let shared = shared(&mut b);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let mut args: Vec<Value> = b.block_params(entry).to_vec();
    debug_assert_eq!(args.len(), sig.params.len());
    debug_assert!(sig.params.iter().all(|&t| param_type(t).bytes() > 0));
    args.push(b.ins().iconst(ptr, cell as i64));
    let call = b.ins().call(shared, &args);
    let results = b.inst_results(call).to_vec();
    b.ins().return_(&results);
    b.seal_all_blocks();
    b.finalize(target);
    func
}
