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
//! of the forward direction (`imports::c_signature`), so small integers are
//! extended exactly as a C caller or callee expects.
//!
//! Structs and unions passed by value follow the signature's plan
//! (`abi::aggregate`) and reach the dispatcher lowered as `Signature::lower`
//! lowers them, as pointers:
//!
//! ```text
//! aggregate argument in registers  its eightbytes are stored into a buffer
//!                                  of the frame; the slot holds its address
//! aggregate argument on the stack  the slot holds the address of the
//!                                  caller's copy (a StructArgument)
//! aggregate result in registers    the hidden last slot holds the address
//!                                  of a frame buffer, which the dispatcher
//!                                  fills; its eightbytes are returned
//! aggregate result in memory       the hidden last slot holds the caller's
//!                                  pointer (a StructReturn, returned in rax)
//! ```

use super::error::JitError;
use super::imports::{c_signature, eightbyte_type, native_signature, Imports, Linker};
use crate::abi::aggregate::{self, ParamPlan, ResultPlan};
use crate::abi::slots::{self, SLOT_ARG0, SLOT_RESULT, SLOT_SIZE, SLOT_TARGET};
use crate::types::Signature;
use cranelift_codegen::ir::{
    self, AbiParam, FuncRef, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind, UserFuncName, Value,
};
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
    let plan = aggregate::plan(sig);
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), shared_signature(sig, target));
    let mut b = FunctionBuilder::new(&mut func, fctx);
    let mut imports = Imports::new(linker);
    let dispatch = imports.function(&mut b, DISPATCH_SYMBOL, native_signature(target, &[ptr], &[]))?;

    let slots = frame_buffer(&mut b, (SLOT_ARG0 + n) * SLOT_SIZE);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params: Vec<Value> = b.block_params(entry).to_vec();
    let base = b.ins().stack_addr(ptr, slots, 0);
    let (cell, mut incoming) = params.split_last().map(|(c, rest)| (*c, rest.iter().copied())).expect("the cell parameter");
    slots::store_slot(&mut b, base, SLOT_TARGET, cell);
    let sret = (plan.result == ResultPlan::Memory).then(|| incoming.next().expect("the StructReturn parameter"));
    let flags = MemFlagsData::new().with_notrap();
    for (i, p) in plan.params.iter().enumerate() {
        let value = match p {
            ParamPlan::Scalar(_) | ParamPlan::Stack(_) => incoming.next().expect("a parameter per plan entry"),
            ParamPlan::Registers(eightbytes) => {
                let buffer = frame_buffer(&mut b, eightbytes.len() * 8);
                let address = b.ins().stack_addr(ptr, buffer, 0);
                for k in 0..eightbytes.len() {
                    let part = incoming.next().expect("a parameter per eightbyte");
                    b.ins().store(flags, part, address, (k * 8) as i32);
                }
                address
            }
        };
        slots::store_slot(&mut b, base, SLOT_ARG0 + i, value);
    }
    // The hidden result pointer, last: where the dispatcher writes the
    // aggregate result.
    let result_buffer = match &plan.result {
        ResultPlan::Scalar(_) => None,
        ResultPlan::Memory => {
            slots::store_slot(&mut b, base, SLOT_ARG0 + n - 1, sret.expect("the StructReturn parameter"));
            None
        }
        ResultPlan::Registers(eightbytes) => {
            let buffer = frame_buffer(&mut b, eightbytes.len() * 8);
            let address = b.ins().stack_addr(ptr, buffer, 0);
            slots::store_slot(&mut b, base, SLOT_ARG0 + n - 1, address);
            Some((address, eightbytes))
        }
    };
    b.ins().call(dispatch, &[base]);
    match (&plan.result, result_buffer) {
        (ResultPlan::Registers(_), Some((address, eightbytes))) => {
            let parts: Vec<Value> =
                eightbytes.iter().enumerate().map(|(k, &e)| b.ins().load(eightbyte_type(e), flags, address, (k * 8) as i32)).collect();
            b.ins().return_(&parts);
        }
        _ => match sig.result.clif_type() {
            Some(ty) => {
                let r = slots::load_slot(&mut b, base, SLOT_RESULT, ty);
                b.ins().return_(&[r]);
            }
            // void, or a MEMORY aggregate (Cranelift returns the
            // StructReturn pointer itself).
            None => {
                b.ins().return_(&[]);
            }
        },
    }
    b.seal_all_blocks();
    b.finalize(target);
    Ok(func)
}

/// An 8-byte aligned buffer of `bytes` (a multiple of 8) in the frame.
fn frame_buffer(b: &mut FunctionBuilder, bytes: usize) -> StackSlot {
    b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, bytes as u32, 3 /* 8-byte aligned */))
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
    args.push(b.ins().iconst(ptr, cell as i64));
    let call = b.ins().call(shared, &args);
    let results = b.inst_results(call).to_vec();
    b.ins().return_(&results);
    b.seal_all_blocks();
    b.finalize(target);
    func
}
