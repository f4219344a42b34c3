//! Forward trampolines (JS -> C): the two Cranelift IR builders.
//!
//! Both produce a function with the `napi_callback` shape
//! `(env, info) -> napi_value` in the host's default calling convention, so
//! Node can call either one directly:
//!
//! * **Fast tier** (`build_fast`): JS has already validated the arguments and
//!   written them into this environment's slot array (see `abi.rs`). The
//!   trampoline ignores `env`/`info`, loads the target and every argument
//!   from the slots, calls the target, stores the result into `SLOT_RESULT`
//!   and returns NULL (`undefined`). It makes no N-API call at all.
//!
//! Both count the C call in the environment's `SyncCalls` word
//! (`abi::sync_calls`): one add before it and one after, so that a thread
//! waiting for a thread-safe callback can tell when this thread is stuck
//! in a synchronous call.
//! * **General tier** (`build_general`): unpacks `argv` itself through
//!   `napi_get_cb_info` and the per-type converters of `convert.rs` (with
//!   node:ffi's validation and errors), calls the target and boxes the result.
//!
//! Neither builder touches a live `JITModule`: names are declared through a
//! `Linker`, so `ir_text` can build the exact same IR for golden tests.

use super::error::JitError;
use super::imports::{c_signature, eightbyte_type, napi_callback_signature, native_signature, param_type, Imports, Linker};
use super::marshal::{Arg, Marshal};
use crate::abi::aggregate::{self, ParamPlan, ResultPlan};
use crate::abi::fn_data::{FN_DATA_CLOSED, FN_DATA_TARGET};
use crate::abi::scratch::SCRATCH_SIZE;
use crate::abi::slots::{self, MAX_SLOT_ARGS, SLOT_ARG0, SLOT_RESULT, SLOT_SIZE, SLOT_TARGET};
use crate::abi::sync_calls::{ENTER, LEAVE};
use crate::convert::arg_symbol;
use crate::types::Signature;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    self, types, Block, FuncRef, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind, UserFuncName, Value,
};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

/// Data symbol of the fast tier's slot array (one per environment; the JIT
/// owner registers its address).
pub(crate) const SLOTS_SYMBOL: &str = "jitffi_slots";
/// Data symbol of the environment's count of synchronous foreign calls in
/// progress (`abi::sync_calls`), which both tiers change around the C call.
pub(crate) const SYNC_CALLS_SYMBOL: &str = "jitffi_sync_calls";
/// N-API entry the general tier calls first.
pub(crate) const GET_CB_INFO_SYMBOL: &str = "napi_get_cb_info";
/// `convert::jitffi_enter`: closed-library and argc check, yields the target.
pub(crate) const ENTER_SYMBOL: &str = "jitffi_enter";
/// `convert::jitffi_release_scratch`: frees a pointer argument's heap copy.
pub(crate) const RELEASE_SYMBOL: &str = "jitffi_release_scratch";
/// `host::errno`'s helpers that an `errno: true` signature calls right
/// before and right after the target.
pub(crate) const ERRNO_BEFORE_SYMBOL: &str = "jitffi_errno_before";
pub(crate) const ERRNO_AFTER_SYMBOL: &str = "jitffi_errno_after";

// ---------------------------------------------------------------------------
// Fast tier
// ---------------------------------------------------------------------------

/// Whether `sig` may be compiled for the fast tier.
pub(crate) fn check_fast(sig: &Signature) -> Result<(), JitError> {
    if !sig.is_fast() {
        return Err(JitError::NotFastEligible(sig.key()));
    }
    check_arg_count(sig)
}

pub(super) fn check_arg_count(sig: &Signature) -> Result<(), JitError> {
    if sig.params.len() > MAX_SLOT_ARGS {
        return Err(JitError::TooManyArguments { key: sig.key(), max: MAX_SLOT_ARGS });
    }
    Ok(())
}

/// Builds the fast-tier trampoline of `sig`:
///
/// ```text
/// base   = &jitffi_slots
/// target = base[SLOT_TARGET]
/// a_i    = base[SLOT_ARG0 + i]        (all loaded before the call)
/// *jitffi_sync_calls += ENTER
/// r      = call_indirect target(a_0, ..)
/// base[SLOT_RESULT] = r               (immediately after the call)
/// *jitffi_sync_calls -= LEAVE
/// return 0                            (undefined)
/// ```
///
/// Loading every argument before the call and storing the result right after
/// it keeps the shared slots correct under re-entrancy: a callback that makes
/// another jitffi call during the native call may overwrite the slots freely.
pub(crate) fn build_fast(
    sig: &Signature,
    target: TargetFrontendConfig,
    linker: &mut dyn Linker,
    fctx: &mut FunctionBuilderContext,
) -> Result<ir::Function, JitError> {
    check_fast(sig)?;
    let ptr = target.pointer_type();
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), napi_callback_signature(target));
    let mut b = FunctionBuilder::new(&mut func, fctx);

    let mut imports = Imports::new(linker);
    let c_sig = imports.signature(&mut b, c_signature(sig, target));
    let slots = imports.data(&mut b, SLOTS_SYMBOL)?;
    let sync_calls = imports.data(&mut b, SYNC_CALLS_SYMBOL)?;
    let errno = errno_hooks(&mut imports, &mut b, sig, target)?;

    let entry = b.create_block();
    b.append_block_params_for_function_params(entry); // env, info: unused
    b.switch_to_block(entry);

    let base = b.ins().symbol_value(ptr, slots);
    let callee = slots::load_slot(&mut b, base, SLOT_TARGET, ptr);
    let args: Vec<Value> =
        sig.params.iter().enumerate().map(|(i, &t)| slots::load_slot(&mut b, base, SLOT_ARG0 + i, param_type(t))).collect();
    let counter = b.ins().symbol_value(ptr, sync_calls);
    add_sync_calls(&mut b, counter, ENTER);
    if let Some(result) = call_c(&mut b, sig, c_sig, callee, &args, errno) {
        slots::store_slot(&mut b, base, SLOT_RESULT, result);
    }
    add_sync_calls(&mut b, counter, -LEAVE);
    let undefined = b.ins().iconst(ptr, 0);
    b.ins().return_(&[undefined]);

    b.seal_all_blocks();
    b.finalize(target);
    Ok(func)
}

// ---------------------------------------------------------------------------
// The C call
// ---------------------------------------------------------------------------

/// Adds `delta` to the `SyncCalls` word at `counter`, with a plain load and
/// store: only this environment's thread writes it (`abi::sync_calls`).
/// The word is read again after the C call, which may nest calls of its own
/// (through callbacks) that change it.
pub(super) fn add_sync_calls(b: &mut FunctionBuilder, counter: Value, delta: i64) {
    let flags = MemFlagsData::trusted();
    let word = b.ins().load(types::I64, flags, counter, 0);
    let word = b.ins().iadd_imm_s(word, delta);
    b.ins().store(flags, word, counter, 0);
}

/// The `errno` helpers a call of `sig` makes around the target, imported
/// only when the signature keeps `errno` (other signatures' code is
/// unchanged).
pub(super) fn errno_hooks(
    imports: &mut Imports,
    b: &mut FunctionBuilder,
    sig: &Signature,
    target: TargetFrontendConfig,
) -> Result<Option<(FuncRef, FuncRef)>, JitError> {
    if !sig.errno {
        return Ok(None);
    }
    let before = imports.function(b, ERRNO_BEFORE_SYMBOL, native_signature(target, &[], &[]))?;
    let after = imports.function(b, ERRNO_AFTER_SYMBOL, native_signature(target, &[], &[]))?;
    Ok(Some((before, after)))
}

/// Calls `callee` with the lowered parameters `lowered` (one value per
/// `sig.params` entry) and returns the scalar result, if any. Structs and
/// unions passed by value follow the signature's plan (`abi::aggregate`): an
/// aggregate in registers is loaded eightbyte by eightbyte from the bytes
/// its parameter points to (which lib/ pads to a multiple of 8, so the
/// loads stay inside them); one on the stack is passed as that pointer, and
/// Cranelift copies the bytes. An aggregate result is stored through the
/// hidden last parameter, each eightbyte at its offset, or written there by
/// the callee (MEMORY). With `errno` (`errno_hooks`), the first helper runs
/// right before the call and the second right after it, before anything
/// else, so `errno` is the target's.
pub(super) fn call_c(
    b: &mut FunctionBuilder,
    sig: &Signature,
    c_sig: ir::SigRef,
    callee: Value,
    lowered: &[Value],
    errno: Option<(FuncRef, FuncRef)>,
) -> Option<Value> {
    let plan = aggregate::plan(sig);
    let flags = MemFlagsData::new().with_notrap();
    let result_ptr = sig.result_by_value.as_ref().map(|_| *lowered.last().expect("the hidden result pointer"));
    let mut args = Vec::with_capacity(lowered.len() + 2);
    if plan.result == ResultPlan::Memory {
        args.extend(result_ptr);
    }
    for (p, &value) in plan.params.iter().zip(lowered) {
        match p {
            ParamPlan::Scalar(_) | ParamPlan::Stack(_) => args.push(value),
            ParamPlan::Registers(eightbytes) => {
                for (k, &e) in eightbytes.iter().enumerate() {
                    args.push(b.ins().load(eightbyte_type(e), flags, value, (k * 8) as i32));
                }
            }
        }
    }
    if let Some((before, _)) = errno {
        b.ins().call(before, &[]);
    }
    let call = b.ins().call_indirect(c_sig, callee, &args);
    let results = b.inst_results(call).to_vec();
    if let Some((_, after)) = errno {
        b.ins().call(after, &[]);
    }
    match (&plan.result, result_ptr) {
        (ResultPlan::Registers(_), Some(out)) => {
            for (k, &v) in results.iter().enumerate() {
                b.ins().store(flags, v, out, (k * 8) as i32);
            }
            None
        }
        _ => results.first().copied(),
    }
}

// ---------------------------------------------------------------------------
// General tier
// ---------------------------------------------------------------------------

/// Whether `sig` may be compiled for the general tier.
pub(crate) fn check_general(sig: &Signature) -> Result<(), JitError> {
    check_arg_count(sig)
}

/// The stack frame of a general-tier trampoline.
struct Frame {
    /// `napi_value argv[nparams]` filled by `napi_get_cb_info`.
    argv: StackSlot,
    /// `size_t argc`: nparams in, the real argument count out.
    argc: StackSlot,
    /// `void *data` of the JS function (a `library::FnData`).
    data: StackSlot,
    /// Converted values in the trampoline ABI layout (`abi.rs`): argument
    /// `i` in slot `SLOT_ARG0 + i`, the result in `SLOT_RESULT`.
    values: StackSlot,
    /// Two words for N-API out-parameters (`marshal.rs`).
    out: StackSlot,
    /// One `SCRATCH_SIZE` area per parameter, `None` for non-pointer ones.
    scratch: Vec<Option<StackSlot>>,
}

fn stack_slot(b: &mut FunctionBuilder, bytes: usize) -> StackSlot {
    let size = bytes.next_multiple_of(SLOT_SIZE) as u32;
    b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3 /* 8-byte aligned */))
}

impl Frame {
    fn new(b: &mut FunctionBuilder, sig: &Signature) -> Frame {
        let n = sig.params.len();
        Frame {
            argv: stack_slot(b, n.max(1) * SLOT_SIZE),
            argc: stack_slot(b, SLOT_SIZE),
            data: stack_slot(b, SLOT_SIZE),
            values: stack_slot(b, (SLOT_ARG0 + n) * SLOT_SIZE),
            out: stack_slot(b, 2 * SLOT_SIZE),
            scratch: sig.params.iter().map(|t| t.is_pointer_like().then(|| stack_slot(b, SCRATCH_SIZE))).collect(),
        }
    }
}

/// Builds the general-tier trampoline of `sig`:
///
/// ```text
/// entry:    scratch_i[0] = 0 for every pointer-like i
///           argc = nparams
///           if napi_get_cb_info(env, info, &argc, argv, NULL, &data) != 0: return 0
/// entered:  if argc != nparams || *data->closed: goto refused       (cold)
/// go:       target = data->target
/// conv_i:   inline attempt for type_i (marshal.rs): one N-API call,
///           value into values[SLOT_ARG0+i]; on a miss goto helper_i
/// helper_i: if !arg_helper_i(env, argv[i], i, &values[SLOT_ARG0+i], scratch_i|NULL):
///               goto exit(0)                          (cold; it threw)
/// call:     *jitffi_sync_calls += ENTER
///           r = call_indirect target(values[SLOT_ARG0+i] as type_i, ..)
///           *jitffi_sync_calls -= LEAVE
///           goto exit(box r with the N-API constructor of its type)   (exit(0) for void)
/// exit(v):  for every pointer-like i: if scratch_i[0] != 0: jitffi_release_scratch(scratch_i)
///           return v
/// refused:  if jitffi_enter(env, data, argc, nparams) == 0: return 0   (it threw)
///           goto go
/// ```
///
/// `FnData` is `#[repr(C)]`; the closed flag is read without atomics
/// because `close()` runs on this same thread (the JS thread).
pub(crate) fn build_general(
    sig: &Signature,
    target: TargetFrontendConfig,
    linker: &mut dyn Linker,
    fctx: &mut FunctionBuilderContext,
) -> Result<ir::Function, JitError> {
    check_general(sig)?;
    let ptr = target.pointer_type();
    let n = sig.params.len();
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), napi_callback_signature(target));
    let mut b = FunctionBuilder::new(&mut func, fctx);

    // Imports of the fixed parts, in a fixed order so the IR text is
    // deterministic; the N-API conversions import theirs as they go.
    let mut imports = Imports::new(linker);
    let get_cb_info = imports.function(&mut b, GET_CB_INFO_SYMBOL, native_signature(target, &[ptr; 6], &[types::I32]))?;
    let enter = imports.function(&mut b, ENTER_SYMBOL, native_signature(target, &[ptr, ptr, ptr, types::I32], &[types::I64]))?;
    let arg_helper_sig = native_signature(target, &[ptr, ptr, types::I32, ptr, ptr], &[types::I32]);
    let arg_helpers = sig
        .params
        .iter()
        .map(|&t| imports.function(&mut b, arg_symbol(t), arg_helper_sig.clone()))
        .collect::<Result<Vec<FuncRef>, JitError>>()?;
    let release = match sig.params.iter().any(|t| t.is_pointer_like()) {
        true => Some(imports.function(&mut b, RELEASE_SYMBOL, native_signature(target, &[ptr], &[]))?),
        false => None,
    };
    let c_sig = imports.signature(&mut b, c_signature(sig, target));
    let sync_calls = imports.data(&mut b, SYNC_CALLS_SYMBOL)?;
    let errno = errno_hooks(&mut imports, &mut b, sig, target)?;

    // The fixed blocks, created in layout order so their numbers read top to
    // bottom (marshal.rs numbers its inner blocks after them).
    let frame = Frame::new(&mut b, sig);
    let entry = b.create_block();
    let entered = b.create_block();
    let go = b.create_block();
    let convert: Vec<Block> = (0..n).map(|_| b.create_block()).collect();
    let call_target = b.create_block();
    let exit = b.create_block();
    b.append_block_param(exit, ptr);
    let release_steps: Vec<(StackSlot, Block, Block)> =
        frame.scratch.iter().flatten().map(|&slot| (slot, b.create_block(), b.create_block())).collect();
    let helpers: Vec<Block> = (0..n).map(|_| b.create_block()).collect();
    let refused = b.create_block();
    let ret_null = b.create_block();
    for &cold in helpers.iter().chain([&refused, &ret_null]) {
        b.set_cold_block(cold);
    }

    // entry: no scratch owns memory yet; fetch argc/argv/data.
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let env = b.block_params(entry)[0];
    let info = b.block_params(entry)[1];
    let zero = b.ins().iconst(ptr, 0); // NULL, `undefined`, "no heap copy"
    for slot in frame.scratch.iter().flatten() {
        b.ins().stack_store(ptr, zero, *slot, 0);
    }
    let nparams = b.ins().iconst(ptr, n as i64);
    b.ins().stack_store(ptr, nparams, frame.argc, 0);
    let argc_addr = b.ins().stack_addr(ptr, frame.argc, 0);
    let argv_addr = b.ins().stack_addr(ptr, frame.argv, 0);
    let data_addr = b.ins().stack_addr(ptr, frame.data, 0);
    let call = b.ins().call(get_cb_info, &[env, info, argc_addr, argv_addr, zero, data_addr]);
    let status = b.inst_results(call)[0];
    b.ins().brif(status, ret_null, &[], entered, &[]);

    // entered: argument count and closed library, inline; any failure goes
    // to `refused`, where jitffi_enter throws the right error.
    b.switch_to_block(entered);
    let data = b.ins().stack_load(ptr, ptr, frame.data, 0);
    let argc = b.ins().stack_load(ptr, ptr, frame.argc, 0);
    let wrong_count = b.ins().icmp_imm_s(IntCC::NotEqual, argc, n as i64);
    let closed_flag = b.ins().load(ptr, MemFlagsData::trusted(), data, FN_DATA_CLOSED);
    let closed = b.ins().load(types::I8, MemFlagsData::trusted(), closed_flag, 0);
    let closed = b.ins().icmp_imm_s(IntCC::NotEqual, closed, 0);
    let bad = b.ins().bor(wrong_count, closed);
    b.ins().brif(bad, refused, &[], go, &[]);

    // go: the target address, then the first conversion.
    b.switch_to_block(go);
    let callee = b.ins().load(ptr, MemFlagsData::trusted(), data, FN_DATA_TARGET);
    b.ins().jump(convert.first().copied().unwrap_or(call_target), &[]);

    // conv_i: the inline attempt of each argument (marshal.rs).
    let mut marshal = Marshal { imports: &mut imports, target, env, out: frame.out };
    for (i, &block) in convert.iter().enumerate() {
        b.switch_to_block(block);
        let js_value = b.ins().stack_load(ptr, ptr, frame.argv, (i * SLOT_SIZE) as i32);
        let slot = b.ins().stack_addr(ptr, frame.values, slots::arg_offset(i));
        let scratch = frame.scratch[i].map(|s| b.ins().stack_addr(ptr, s, 0));
        let next = convert.get(i + 1).copied().unwrap_or(call_target);
        marshal.argument(&mut b, &Arg { ty: sig.params[i], value: js_value, slot, scratch, done: next, fallback: helpers[i] })?;
    }

    // call_target: load every converted value, call, box the result.
    b.switch_to_block(call_target);
    let base = b.ins().stack_addr(ptr, frame.values, 0);
    let args: Vec<Value> =
        sig.params.iter().enumerate().map(|(i, &t)| slots::load_slot(&mut b, base, SLOT_ARG0 + i, param_type(t))).collect();
    let counter = b.ins().symbol_value(ptr, sync_calls);
    add_sync_calls(&mut b, counter, ENTER);
    let c_result = call_c(&mut b, sig, c_sig, callee, &args, errno);
    add_sync_calls(&mut b, counter, -LEAVE);
    let js_result = match c_result {
        Some(result) => marshal.result(&mut b, sig.result, result)?,
        None => zero,
    };
    b.ins().jump(exit, &[js_result.into()]);

    // exit(v): release every scratch that owns heap memory, then return v.
    b.switch_to_block(exit);
    let ret = b.block_params(exit)[0];
    for &(slot, release_block, after) in &release_steps {
        let owned = b.ins().stack_load(ptr, ptr, slot, 0);
        b.ins().brif(owned, release_block, &[], after, &[]);
        b.switch_to_block(release_block);
        let addr = b.ins().stack_addr(ptr, slot, 0);
        b.ins().call(release.expect("pointer-like parameter implies release"), &[addr]);
        b.ins().jump(after, &[]);
        b.switch_to_block(after);
    }
    b.ins().return_(&[ret]);

    // helper_i (cold): the type's convert.rs helper converts what the inline
    // attempt did not, or throws; 0 means it threw.
    for (i, &block) in helpers.iter().enumerate() {
        b.switch_to_block(block);
        let js_value = b.ins().stack_load(ptr, ptr, frame.argv, (i * SLOT_SIZE) as i32);
        let index = b.ins().iconst(types::I32, i as i64);
        let out = b.ins().stack_addr(ptr, frame.values, slots::arg_offset(i));
        let scratch = match frame.scratch[i] {
            Some(slot) => b.ins().stack_addr(ptr, slot, 0),
            None => zero,
        };
        let call = b.ins().call(arg_helpers[i], &[env, js_value, index, out, scratch]);
        let ok = b.inst_results(call)[0];
        let next = convert.get(i + 1).copied().unwrap_or(call_target);
        b.ins().brif(ok, next, &[], exit, &[zero.into()]);
    }

    // refused (cold): jitffi_enter throws and returns 0.
    b.switch_to_block(refused);
    let nparams32 = b.ins().iconst(types::I32, n as i64);
    let call = b.ins().call(enter, &[env, data, argc, nparams32]);
    let entered_anyway = b.inst_results(call)[0];
    b.ins().brif(entered_anyway, go, &[], ret_null, &[]);

    // ret_null: failures before any conversion (no scratch owns memory).
    b.switch_to_block(ret_null);
    b.ins().return_(&[zero]);

    b.seal_all_blocks();
    b.finalize(target);
    Ok(func)
}
