//! The pool trampoline (`Tier::Pool`): how an asynchronous call reaches its
//! C function on a thread of libuv's pool.
//!
//! An asynchronous call converts its arguments on the JS thread into an
//! array of its own, laid out by the trampoline ABI (abi/slots.rs), and a
//! pool thread later runs this trampoline on that array. Its one documented
//! shape is wasmtime's array call:
//!
//! ```text
//! void jitffi_pool_<key>(u64 *slots)
//!   target = slots[SLOT_TARGET]
//!   a_i    = slots[SLOT_ARG0 + i]          (all loaded before the call)
//!   r      = call_indirect target(a_0, ..)
//!   slots[SLOT_RESULT] = r
//! ```
//!
//! It is the fast tier's trampoline (forward.rs) with the array passed in
//! instead of linked in, and it shares that tier's C call (`call_c`), so
//! structs and unions by value travel the same way. It makes no N-API call
//! and touches no JS value: it runs on a thread that must not.

use super::error::JitError;
use super::forward::{call_c, check_arg_count, errno_hooks};
use super::imports::{c_signature, native_signature, param_type, Imports, Linker};
use crate::abi::slots::{self, SLOT_ARG0, SLOT_RESULT, SLOT_TARGET};
use crate::types::Signature;
use cranelift_codegen::ir::{self, InstBuilder, UserFuncName, Value};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

/// `void (*)(u64 *slots)` in the host's C calling convention.
pub(crate) fn pool_signature(target: TargetFrontendConfig) -> ir::Signature {
    native_signature(target, &[target.pointer_type()], &[])
}

/// Builds the pool trampoline of `sig` (see the module comment).
pub(crate) fn build_pool(
    sig: &Signature,
    target: TargetFrontendConfig,
    linker: &mut dyn Linker,
    fctx: &mut FunctionBuilderContext,
) -> Result<ir::Function, JitError> {
    check_arg_count(sig)?;
    let ptr = target.pointer_type();
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), pool_signature(target));
    let mut b = FunctionBuilder::new(&mut func, fctx);

    let mut imports = Imports::new(linker);
    let c_sig = imports.signature(&mut b, c_signature(sig, target));
    let errno = errno_hooks(&mut imports, &mut b, sig, target)?;

    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);

    let base = b.block_params(entry)[0];
    let callee = slots::load_slot(&mut b, base, SLOT_TARGET, ptr);
    let args: Vec<Value> =
        sig.params.iter().enumerate().map(|(i, &t)| slots::load_slot(&mut b, base, SLOT_ARG0 + i, param_type(t))).collect();
    if let Some(result) = call_c(&mut b, sig, c_sig, callee, &args, errno) {
        slots::store_slot(&mut b, base, SLOT_RESULT, result);
    }
    b.ins().return_(&[]);

    b.seal_all_blocks();
    b.finalize(target);
    Ok(func)
}
