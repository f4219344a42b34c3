//! The v8fast tier's code (host/v8_fast.rs makes the JS functions):
//!
//! * the **typed function** of a signature, the fast C function V8's
//!   optimised code calls with the arguments unboxed, in the types of
//!   `v8_type`. The target's address comes as a double with its bits (the
//!   wrapper's constant for the function), so one piece of code serves
//!   every function of the signature:
//!
//!   ```text
//!   r jitffi_v8fast_<key>(receiver, f64 target, a_0, ..)
//!     bits   = bitcast.i64 target
//!     c_i    = a_i narrowed to its C type (i8/i16 from the int32 V8 passes)
//!     if bits >= 0:                      the usual call: not counted
//!       r = call_indirect bits(c_0, ..)
//!     else:                              a counted call
//!       *jitffi_sync_calls += ENTER
//!       r = call_indirect (bits & i64::MAX)(c_0, ..)
//!       *jitffi_sync_calls -= LEAVE
//!     return r widened to V8's type      (0 for a void function)
//!   ```
//!
//!   JS has validated every argument before the call (lib/wrappers.js), so
//!   V8's conversions (int32 truncation, float64 to float32 rounding, BigInt
//!   to 64 bits) are exact on every value that reaches it.
//!
//!   **Counted calls.** The deadlock check of blocking thread-safe
//!   callbacks (callbacks.rs) needs every synchronous foreign call counted
//!   (`abi::sync_calls`); the count costs about 1 ns a call here, a fifth
//!   of a whole `noop` call. So the wrapper passes the target with its
//!   sign bit set (a user-space address never has it) once its environment
//!   has registered a blocking thread-safe callback, and the plain address
//!   until then: the check only matters from then on. The slow callback
//!   (the stub) always counts.
//!
//! * the **bound function** of one C function of a signature of floats
//!   returning a float (`bound_signature`): the fast C function of the V8
//!   function users hold (exports/bound.rs), compiled per C function with
//!   the addresses of the target, its library's closed flag and the
//!   environment's counting flag built in (`Bound`):
//!
//!   ```text
//!   r jitffi_v8fast_bound_<key>(receiver, a_0, ..)
//!     if *closed:                        the library is closed
//!       throw_closed(throw_arg)          leaves an exception thrown
//!       return 0                         (V8 throws it, ignoring this)
//!     if *counting:                      a counted call, which the typed
//!       r = typed(receiver, -target, a_0, ..)      function counts
//!     else:
//!       r = target(a_0, ..)
//!     return r
//!   ```
//!
//! * the **counting entry** (`JITFFI_COUNT_V8FAST=1`, a test hook): counts
//!   its calls, then calls the fast C function it stands for with its own
//!   arguments. It lets a test prove that V8's optimised code entered a
//!   fast C function (slow calls do not count).
//!
//!   ```text
//!   jitffi_v8fast_count(..same as the callee..)
//!     *counter += 1
//!     return callee(..)                  (the stub: callee(0, 0), nothing returned)
//!   ```

use super::error::JitError;
use super::forward::{add_sync_calls, call_c, check_arg_count, errno_hooks, SYNC_CALLS_SYMBOL};
use super::imports::{c_signature, napi_callback_signature, native_signature, param_type, Imports, Linker};
use crate::abi::sync_calls::{ENTER, LEAVE};
use crate::host::v8_fast::CType;
use crate::types::{FfiAbiType, FfiType, Signature};
use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, MemFlagsData, Type, UserFuncName};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

/// The type V8 passes a value of `ty` as, from the ABI class of the type
/// table's row, or `None` when the wrapper does not hand the value itself
/// to V8 (the table's `v8fast`). Integers narrower than 32 bits travel as
/// int32/uint32; pointers as uint64 (BigInts).
pub(crate) fn v8_type(ty: FfiType) -> Option<CType> {
    if !ty.info().v8fast {
        return None;
    }
    Some(match ty.abi() {
        FfiAbiType::Void => CType::Void,
        FfiAbiType::Sint8 | FfiAbiType::Sint16 | FfiAbiType::Sint32 => CType::Int32,
        FfiAbiType::Uint8 | FfiAbiType::Uint16 | FfiAbiType::Uint32 => CType::Uint32,
        FfiAbiType::Sint64 => CType::Int64,
        FfiAbiType::Uint64 | FfiAbiType::Pointer => CType::Uint64,
        FfiAbiType::Float => CType::Float32,
        FfiAbiType::Double => CType::Float64,
    })
}

/// The V8 types of a typed function of `sig` (result, then parameters after
/// the receiver and the target), or `None` when `sig` has none: a fast-tier
/// signature of scalars whose values JS hands over as they are. A void
/// function returns int32 0, so that only a slow call returns `undefined`.
pub(crate) fn typed_signature(sig: &Signature) -> Option<(CType, Vec<CType>)> {
    if !sig.is_fast() || sig.result_by_value.is_some() || sig.by_value.iter().any(Option::is_some) {
        return None;
    }
    let params = sig.params.iter().map(|&t| v8_type(t)).collect::<Option<Vec<_>>>()?;
    let result = match v8_type(sig.result)? {
        CType::Void => CType::Int32,
        t => t,
    };
    // The target's address first, as a double with its bits.
    Some((result, std::iter::once(CType::Float64).chain(params).collect()))
}

/// Whether, in the host's C calling convention, a leading pointer argument
/// (V8's receiver) takes a register that no floating-point argument uses,
/// and moves no other argument: true where integer and floating-point
/// arguments are assigned registers independently (System V x86-64,
/// AAPCS64), false on Windows x64, whose argument positions share one
/// sequence.
const RECEIVER_LEAVES_FLOATS_IN_PLACE: bool = !cfg!(windows);

/// The V8 types of `sig`'s target itself as a fast C function (result, then
/// parameters after the receiver), or `None` when the target cannot be one:
/// every parameter a float or double, so that the receiver V8 passes first
/// moves none of them (`RECEIVER_LEAVES_FLOATS_IN_PLACE`), and a result that
/// V8 reads exactly as C returns it (void, or a type V8 takes at its own
/// width: not an integer narrower than 32 bits, which C leaves unextended).
/// Such a target needs no typed function in between; its calls are never
/// counted, so the wrapper uses the typed function instead once calls are
/// counted (lib/wrappers.js).
pub(crate) fn direct_signature(sig: &Signature) -> Option<(CType, Vec<CType>)> {
    if !RECEIVER_LEAVES_FLOATS_IN_PLACE || sig.errno {
        return None;
    }
    // The typed function's parameters, without the target's address.
    let (_, typed) = typed_signature(sig)?;
    let params = typed[1..].to_vec();
    if !params.iter().all(|t| matches!(t, CType::Float32 | CType::Float64)) {
        return None;
    }
    let result = v8_type(sig.result)?;
    let exact = result == CType::Void || param_type(sig.result).bits() == clif(result).bits();
    exact.then_some((result, params))
}

/// The V8 types of a bound function of `sig` (exports/bound.rs), or `None`
/// when `sig` has none: a direct signature (floats in, so V8 itself makes
/// node:ffi's checks) whose result is a float or a double. Those are the
/// calls where a JS wrapper costs most: its float result is boxed on every
/// call (see docs/jit.md). For other results the wrapper that calls the
/// target directly is the cheaper function: a bound function adds its own
/// frame and two flag loads to every call (about 0.7 ns for `noop`).
pub(crate) fn bound_signature(sig: &Signature) -> Option<(CType, Vec<CType>)> {
    direct_signature(sig).filter(|(result, _)| matches!(result, CType::Float32 | CType::Float64))
}

/// The Cranelift type of a value V8 passes or takes as `t`.
fn clif(t: CType) -> Type {
    match t {
        CType::Bool => types::I8,
        CType::Int32 | CType::Uint32 | CType::Void => types::I32,
        CType::Int64 | CType::Uint64 => types::I64,
        CType::Float32 => types::F32,
        CType::Float64 => types::F64,
        CType::V8Value => types::I64,
    }
}

/// The Cranelift signature of the typed function of `sig`.
pub(crate) fn typed_function_signature(sig: &Signature, target: TargetFrontendConfig) -> Result<ir::Signature, JitError> {
    let (result, params) = typed_signature(sig).ok_or_else(|| JitError::NotFastEligible(sig.key()))?;
    let mut all = vec![target.pointer_type()]; // the receiver
    all.extend(params.into_iter().map(clif));
    Ok(native_signature(target, &all, &[clif(result)]))
}

/// Builds the typed function of `sig` (see the module comment).
pub(crate) fn build_typed(
    sig: &Signature,
    target: TargetFrontendConfig,
    linker: &mut dyn Linker,
    fctx: &mut FunctionBuilderContext,
) -> Result<ir::Function, JitError> {
    check_arg_count(sig)?;
    let signature = typed_function_signature(sig, target)?;
    let result_type = signature.returns[0].value_type;
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), signature);
    let mut b = FunctionBuilder::new(&mut func, fctx);

    let mut imports = Imports::new(linker);
    let c_sig = imports.signature(&mut b, c_signature(sig, target));
    let sync_calls = imports.data(&mut b, SYNC_CALLS_SYMBOL)?;
    let errno = errno_hooks(&mut imports, &mut b, sig, target)?;

    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let bits = b.ins().bitcast(types::I64, MemFlagsData::new(), params[1]);
    let args: Vec<ir::Value> = sig
        .params
        .iter()
        .zip(&params[2..])
        .map(|(&t, &v)| {
            let c = param_type(t);
            if c.is_int() && c.bits() < b.func.dfg.value_type(v).bits() {
                b.ins().ireduce(c, v)
            } else {
                v
            }
        })
        .collect();
    let plain = b.create_block();
    let counted = b.create_block();
    let done = b.create_block();
    b.append_block_param(done, result_type);
    let is_counted = b.ins().icmp_imm_s(IntCC::SignedLessThan, bits, 0);
    b.ins().brif(is_counted, counted, &[], plain, &[]);

    b.switch_to_block(plain);
    let result = call_c(&mut b, sig, c_sig, bits, &args, errno);
    let ret = widen(&mut b, sig, result, result_type);
    b.ins().jump(done, &[ret.into()]);

    // The counter's address is taken before the call and again after it,
    // through a second global value so that the two are not merged into
    // one value: nothing lives across the call on either path, so the
    // typed function saves no callee-saved register.
    b.switch_to_block(counted);
    let callee = b.ins().band_imm_s(bits, i64::MAX);
    let counter = b.ins().symbol_value(target.pointer_type(), sync_calls);
    add_sync_calls(&mut b, counter, ENTER);
    let result = call_c(&mut b, sig, c_sig, callee, &args, errno);
    let sync_calls_again = b.create_global_value(b.func.global_values[sync_calls].clone());
    let counter = b.ins().symbol_value(target.pointer_type(), sync_calls_again);
    add_sync_calls(&mut b, counter, -LEAVE);
    let ret = widen(&mut b, sig, result, result_type);
    b.ins().jump(done, &[ret.into()]);

    b.switch_to_block(done);
    let ret = b.block_params(done)[0];
    b.ins().return_(&[ret]);
    b.seal_all_blocks();
    b.finalize(target);
    Ok(func)
}

/// The C result `result` of `sig` as the typed function returns it, of type
/// `result_type`: widened to 32 bits, and 0 for a void function.
fn widen(b: &mut FunctionBuilder, sig: &Signature, result: Option<ir::Value>, result_type: Type) -> ir::Value {
    match result {
        None => b.ins().iconst(result_type, 0),
        Some(r) if b.func.dfg.value_type(r).bits() < result_type.bits() => match sig.result.extension() {
            Some(true) => b.ins().sextend(result_type, r),
            _ => b.ins().uextend(result_type, r),
        },
        Some(r) => r,
    }
}

/// `void (*)(v8::Local<v8::Value>)`: the fast C function of a
/// receiver-only function (the fast tier's stub).
pub(crate) fn receiver_signature(target: TargetFrontendConfig) -> ir::Signature {
    native_signature(target, &[target.pointer_type()], &[])
}

/// The Cranelift signature of `sig`'s target as a fast C function (see
/// `direct_signature`): the receiver, then the target's own parameters.
pub(crate) fn direct_function_signature(sig: &Signature, target: TargetFrontendConfig) -> Result<ir::Signature, JitError> {
    let (result, params) = direct_signature(sig).ok_or_else(|| JitError::NotFastEligible(sig.key()))?;
    let mut all = vec![target.pointer_type()]; // the receiver
    all.extend(params.into_iter().map(clif));
    let results = if result == CType::Void { Vec::new() } else { vec![clif(result)] };
    Ok(native_signature(target, &all, &results))
}

/// What a bound function (see the module comment) has built in: the
/// addresses of one C function and of the flags it reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Bound {
    /// The C function, of `sig`'s C signature.
    pub(crate) target: u64,
    /// Its library's closed flag: a byte, non-zero once the library is closed.
    pub(crate) closed: u64,
    /// The environment's counting flag: a byte, non-zero once its calls are
    /// counted (see "Counted calls").
    pub(crate) counting: u64,
    /// The typed function of `sig` (`build_typed`), which makes counted
    /// calls: the bound function hands them to it, so that it keeps no
    /// value of its own across a call, and its uncounted path saves and
    /// restores no callee-saved register.
    pub(crate) typed: u64,
    /// `void throw_closed(void *)`, which leaves ERR_FFI_LIBRARY_CLOSED
    /// thrown in the calling isolate.
    pub(crate) throw_closed: u64,
    /// Its argument.
    pub(crate) throw_arg: u64,
}

/// Builds the bound function of `sig`'s target `bound.target` (see the
/// module comment); its signature is `direct_function_signature` (that of
/// the target with the receiver first), for a `sig` of `bound_signature`.
pub(crate) fn build_bound(
    sig: &Signature,
    bound: &Bound,
    target: TargetFrontendConfig,
    linker: &mut dyn Linker,
    fctx: &mut FunctionBuilderContext,
) -> Result<ir::Function, JitError> {
    bound_signature(sig).ok_or_else(|| JitError::NotFastEligible(sig.key()))?;
    let signature = direct_function_signature(sig, target)?;
    let ptr = target.pointer_type();
    let result_type = signature.returns.first().map(|r| r.value_type);
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), signature);
    let mut b = FunctionBuilder::new(&mut func, fctx);

    let mut imports = Imports::new(linker);
    let c_sig = imports.signature(&mut b, c_signature(sig, target));
    let throw_sig = imports.signature(&mut b, native_signature(target, &[ptr], &[]));
    let typed_sig = imports.signature(&mut b, typed_function_signature(sig, target)?);

    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    // The receiver is dropped (on System V and AAPCS64 the floats stay in
    // the registers they came in), except for the typed function.
    let receiver = b.block_params(entry)[0];
    let args = b.block_params(entry)[1..].to_vec();
    let open = b.create_block();
    let closed = b.create_block();
    let plain = b.create_block();
    let counted = b.create_block();
    // The flags are bytes that JS calls change between calls, never during
    // one of this function's loads.
    let flags = MemFlagsData::trusted();
    let at = b.ins().iconst(ptr, bound.closed as i64);
    let is_closed = b.ins().uload8(types::I32, flags, at, 0);
    b.ins().brif(is_closed, closed, &[], open, &[]);

    b.switch_to_block(open);
    let callee = b.ins().iconst(ptr, bound.target as i64);
    let at = b.ins().iconst(ptr, bound.counting as i64);
    let is_counted = b.ins().uload8(types::I32, flags, at, 0);
    b.ins().brif(is_counted, counted, &[], plain, &[]);

    b.switch_to_block(plain);
    let result = call_c(&mut b, sig, c_sig, callee, &args, None);
    b.ins().return_(result.as_slice());

    // A counted call: the typed function counts it, given the target with
    // its sign bit set.
    b.switch_to_block(counted);
    let typed = b.ins().iconst(ptr, bound.typed as i64);
    let negated = b.ins().f64const(f64::from_bits(bound.target | 1 << 63));
    let typed_args: Vec<ir::Value> = [receiver, negated].into_iter().chain(args.iter().copied()).collect();
    let call = b.ins().call_indirect(typed_sig, typed, &typed_args);
    let result = b.inst_results(call).to_vec();
    b.ins().return_(&result);

    // Closed: nothing is called; V8 throws what `throw_closed` left thrown,
    // and ignores the result.
    b.switch_to_block(closed);
    let thrower = b.ins().iconst(ptr, bound.throw_closed as i64);
    let arg = b.ins().iconst(ptr, bound.throw_arg as i64);
    b.ins().call_indirect(throw_sig, thrower, &[arg]);
    let zero = result_type.map(|t| zero_of(&mut b, t));
    b.ins().return_(zero.as_slice());

    b.seal_all_blocks();
    b.finalize(target);
    Ok(func)
}

/// A zero of type `t`.
fn zero_of(b: &mut FunctionBuilder, t: Type) -> ir::Value {
    if t == types::F32 {
        b.ins().f32const(0.0)
    } else if t == types::F64 {
        b.ins().f64const(0.0)
    } else {
        b.ins().iconst(t, 0)
    }
}

/// Which fast C function of a signature a counting entry stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FastKind {
    /// The fast tier's stub, as a receiver-only function.
    Stub,
    /// The typed function.
    Typed,
    /// The target itself (`direct_signature`).
    Direct,
}

/// What a counting entry calls.
pub(crate) enum Counted {
    /// The fast tier's stub (a `napi_callback` that ignores its arguments),
    /// standing in for a receiver-only function.
    Stub(*const u8),
    /// A typed function or a target itself, of the given signature.
    Typed(*const u8, ir::Signature),
}

/// Builds the counting entry for `callee`, counting into the u64 at
/// `counter` (which lives as long as the code).
pub(crate) fn build_counting_entry(
    callee: Counted,
    counter: *const u64,
    target: TargetFrontendConfig,
    fctx: &mut FunctionBuilderContext,
) -> ir::Function {
    let ptr = target.pointer_type();
    // The stub is called with null `env` and `info`, which it ignores; a
    // typed function with the entry's own arguments, its result returned.
    let (signature, callee_signature, address, forward) = match callee {
        Counted::Stub(stub) => (receiver_signature(target), napi_callback_signature(target), stub, false),
        Counted::Typed(code, signature) => (signature.clone(), signature, code, true),
    };
    let mut func = ir::Function::with_name_signature(UserFuncName::default(), signature);
    let mut b = FunctionBuilder::new(&mut func, fctx);
    let callee_sig = b.import_signature(callee_signature);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let at = b.ins().iconst(ptr, counter as i64);
    let n = b.ins().load(types::I64, MemFlagsData::trusted(), at, 0);
    let n = b.ins().iadd_imm_s(n, 1);
    b.ins().store(MemFlagsData::trusted(), n, at, 0);
    let callee = b.ins().iconst(ptr, address as i64);
    let args = if forward {
        b.block_params(entry).to_vec()
    } else {
        let null = b.ins().iconst(ptr, 0);
        vec![null, null]
    };
    let call = b.ins().call_indirect(callee_sig, callee, &args);
    let results = if forward { b.inst_results(call).to_vec() } else { Vec::new() };
    b.ins().return_(&results);
    b.seal_all_blocks();
    b.finalize(target);
    func
}
