//! Inline JS <-> C conversions of the general tier: the IR that turns one
//! N-API value into an argument slot, and one C result into a JS value, by
//! calling the N-API function its type needs directly from compiled code.
//!
//! Each argument is converted in two steps:
//!  * an **inline attempt**, built from the type table, that handles the
//!    common case with one N-API call and a few instructions (a number in
//!    range, a bigint, a short string, a non-empty typed array);
//!  * on any miss, a cold call of the type's `convert.rs` helper (the one the
//!    interpreted path uses), which handles every other accepted value and
//!    throws node:ffi's exact error for rejected ones.
//!
//! So the inline code never decides an error by itself: the helper re-reads
//! the value and reports it, and both paths stay identical by construction.

use super::error::JitError;
use super::imports::{native_signature, Imports};
use crate::abi::scratch::INLINE_CAP;
use crate::abi::slots::SLOT_SIZE;
use crate::types::{FfiAbiType, FfiType, JsKind};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, StackSlot, Type, Value};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::FunctionBuilder;

/// Everything the emitters share while one trampoline is built.
pub(super) struct Marshal<'i, 'l> {
    pub(crate) imports: &'i mut Imports<'l>,
    pub(crate) target: TargetFrontendConfig,
    pub(crate) env: Value,
    /// Two pointer-sized words of frame memory for N-API out-parameters
    /// (`lossless`, `length`, the new `napi_value`).
    pub(crate) out: StackSlot,
}

/// One argument to convert.
pub(super) struct Arg {
    pub(crate) ty: FfiType,
    /// The JS value (`argv[i]`).
    pub(crate) value: Value,
    /// Address of the argument's slot.
    pub(crate) slot: Value,
    /// Address of its `SCRATCH_SIZE` scratch area (pointer-likes only).
    pub(crate) scratch: Option<Value>,
    /// Where to go once the slot holds the value.
    pub(crate) done: Block,
    /// The cold block that calls the type's helper instead.
    pub(crate) fallback: Block,
}

impl Marshal<'_, '_> {
    fn ptr(&self) -> Type {
        self.target.pointer_type()
    }

    /// Calls N-API function `name` (all return a `napi_status` as i32).
    fn napi(&mut self, b: &mut FunctionBuilder, name: &str, args: &[Value]) -> Result<Value, JitError> {
        let params: Vec<Type> = args.iter().map(|&v| b.func.dfg.value_type(v)).collect();
        let sig = native_signature(self.target, &params, &[types::I32]);
        let f = self.imports.function(b, name, sig)?;
        let call = b.ins().call(f, args);
        Ok(b.inst_results(call)[0])
    }

    fn out_addr(&self, b: &mut FunctionBuilder, word: i32) -> Value {
        b.ins().stack_addr(self.ptr(), self.out, word * SLOT_SIZE as i32)
    }

    /// Emits, in the current block, the inline attempt for `arg`: it ends by
    /// jumping to `arg.done` or to `arg.fallback`.
    pub(crate) fn argument(&mut self, b: &mut FunctionBuilder, arg: &Arg) -> Result<(), JitError> {
        let env = self.env;
        match arg.ty.js() {
            JsKind::Int { min, max, reject_minus_zero } => {
                // The slot doubles as the f64 out-parameter; it then receives
                // the integer, sign-extended (abi.rs: low bytes are the value).
                let status = self.napi(b, "napi_get_value_double", &[env, arg.value, arg.slot])?;
                let check = b.create_block();
                b.ins().brif(status, arg.fallback, &[], check, &[]);
                b.switch_to_block(check);
                let d = b.ins().load(types::F64, MemFlagsData::trusted(), arg.slot, 0);
                // Ordered compares: false for NaN.
                let lo = b.ins().f64const(min as f64);
                let hi = b.ins().f64const(max as f64);
                let above = b.ins().fcmp(FloatCC::GreaterThanOrEqual, d, lo);
                let below = b.ins().fcmp(FloatCC::LessThanOrEqual, d, hi);
                // Within the range the round trip through i64 is exact
                // exactly for integers.
                let i = b.ins().fcvt_to_sint_sat(types::I64, d);
                let back = b.ins().fcvt_from_sint(types::F64, i);
                let whole = b.ins().fcmp(FloatCC::Equal, back, d);
                let mut ok = b.ins().band(above, below);
                ok = b.ins().band(ok, whole);
                if reject_minus_zero {
                    let bits = b.ins().bitcast(types::I64, MemFlagsData::new(), d);
                    let not_minus_zero = b.ins().icmp_imm_s(IntCC::NotEqual, bits, i64::MIN);
                    ok = b.ins().band(ok, not_minus_zero);
                }
                b.ins().store(MemFlagsData::trusted(), i, arg.slot, 0);
                b.ins().brif(ok, arg.done, &[], arg.fallback, &[]);
            }
            JsKind::Float => {
                let status = self.napi(b, "napi_get_value_double", &[env, arg.value, arg.slot])?;
                if arg.ty.abi() == FfiAbiType::Float {
                    let narrow = b.create_block();
                    b.ins().brif(status, arg.fallback, &[], narrow, &[]);
                    b.switch_to_block(narrow);
                    let d = b.ins().load(types::F64, MemFlagsData::trusted(), arg.slot, 0);
                    let f = b.ins().fdemote(types::F32, d);
                    b.ins().store(MemFlagsData::trusted(), f, arg.slot, 0);
                    b.ins().jump(arg.done, &[]);
                } else {
                    b.ins().brif(status, arg.fallback, &[], arg.done, &[]);
                }
            }
            JsKind::BigInt { signed } => {
                let name = if signed { "napi_get_value_bigint_int64" } else { "napi_get_value_bigint_uint64" };
                self.bigint_into_slot(b, name, arg)?;
            }
            JsKind::Pointer => match arg.ty {
                FfiType::String => self.short_string(b, arg)?,
                FfiType::Buffer | FfiType::ArrayBuffer => self.typed_array(b, arg)?,
                // pointer/function: usually a bigint address.
                _ => self.bigint_into_slot(b, "napi_get_value_bigint_uint64", arg)?,
            },
            JsKind::Void => unreachable!("void is not a parameter type"),
        }
        Ok(())
    }

    /// A lossless `napi_get_value_bigint_[u]int64` straight into the slot.
    fn bigint_into_slot(&mut self, b: &mut FunctionBuilder, name: &str, arg: &Arg) -> Result<(), JitError> {
        let lossless = self.out_addr(b, 0);
        let status = self.napi(b, name, &[self.env, arg.value, arg.slot, lossless])?;
        let check = b.create_block();
        b.ins().brif(status, arg.fallback, &[], check, &[]);
        b.switch_to_block(check);
        let flag = b.ins().load(types::I8, MemFlagsData::trusted(), lossless, 0);
        b.ins().brif(flag, arg.done, &[], arg.fallback, &[]);
        Ok(())
    }

    /// A string that fits the inline part of the scratch area and holds no
    /// NUL byte: copied there, and the slot points at the copy. Longer
    /// strings (possibly truncated here) and non-strings take the fallback,
    /// which copies again as needed.
    fn short_string(&mut self, b: &mut FunctionBuilder, arg: &Arg) -> Result<(), JitError> {
        let ptr = self.ptr();
        let scratch = arg.scratch.expect("pointer-like parameters have a scratch area");
        let inline = b.ins().iadd_imm_s(scratch, SLOT_SIZE as i64);
        let cap = b.ins().iconst(ptr, INLINE_CAP as i64);
        let copied_addr = self.out_addr(b, 0);
        let status = self.napi(b, "napi_get_value_string_utf8", &[self.env, arg.value, inline, cap, copied_addr])?;
        let measure = b.create_block();
        let scan = b.create_block();
        b.ins().brif(status, arg.fallback, &[], measure, &[]);

        b.switch_to_block(measure);
        let copied = b.ins().load(ptr, MemFlagsData::trusted(), copied_addr, 0);
        // As in convert.rs: a copy this close to the capacity may have been
        // truncated at a character boundary.
        let roomy = b.ins().icmp_imm_u(IntCC::UnsignedLessThan, copied, INLINE_CAP as i64 - 4);
        b.ins().brif(roomy, scan, &[], arg.fallback, &[]);

        // scan: is there a NUL among the `copied` bytes? 16 bytes at a time:
        // compare with zero, take one bit per byte (`vhigh_bits`, SSE2's
        // pmovmskb) and keep the bits of the string's own bytes (the last
        // chunk also holds its terminator and stale frame bytes). Every
        // chunk read lies inside the inline area: copied <= cap - 5 and the
        // chunks start at multiples of 16 from its start.
        b.switch_to_block(scan);
        let chunk = b.create_block();
        b.append_block_param(chunk, ptr); // p
        b.append_block_param(chunk, ptr); // bytes of the string left from p
        b.ins().store(MemFlagsData::trusted(), inline, arg.slot, 0);
        b.ins().brif(copied, chunk, &[inline.into(), copied.into()], arg.done, &[]);

        b.switch_to_block(chunk);
        let (p, left) = (b.block_params(chunk)[0], b.block_params(chunk)[1]);
        // Not `aligned`: chunks are 8-byte aligned only (notrap: in bounds).
        let bytes = b.ins().load(types::I8X16, MemFlagsData::new().with_notrap(), p, 0);
        let zero = b.ins().iconst(types::I8, 0);
        let zeros = b.ins().splat(types::I8X16, zero);
        let is_nul = b.ins().icmp(IntCC::Equal, bytes, zeros);
        let nul_bits = b.ins().vhigh_bits(types::I32, is_nul);
        let partial = b.ins().icmp_imm_u(IntCC::UnsignedLessThan, left, 16);
        let left32 = if ptr == types::I32 { left } else { b.ins().ireduce(types::I32, left) };
        let one = b.ins().iconst(types::I32, 1);
        let below = b.ins().ishl(one, left32);
        let own_short = b.ins().iadd_imm_s(below, -1);
        let own_full = b.ins().iconst(types::I32, 0xffff);
        let own = b.ins().select(partial, own_short, own_full);
        let found = b.ins().band(nul_bits, own);
        let next = b.create_block();
        b.ins().brif(found, arg.fallback, &[], next, &[]);

        b.switch_to_block(next);
        let more = b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, left, 16);
        let p = b.ins().iadd_imm_s(p, 16);
        let left = b.ins().iadd_imm_s(left, -16);
        b.ins().brif(more, chunk, &[p.into(), left.into()], arg.done, &[]);
        Ok(())
    }

    /// A non-empty typed array (Buffers included): its data pointer. Empty
    /// ones (maybe detached), DataViews, ArrayBuffers and the rest take the
    /// fallback.
    fn typed_array(&mut self, b: &mut FunctionBuilder, arg: &Arg) -> Result<(), JitError> {
        let null = b.ins().iconst(self.ptr(), 0);
        let length = self.out_addr(b, 0);
        let status = self.napi(b, "napi_get_typedarray_info", &[self.env, arg.value, null, length, arg.slot, null, null])?;
        let check = b.create_block();
        b.ins().brif(status, arg.fallback, &[], check, &[]);
        b.switch_to_block(check);
        let len = b.ins().load(self.ptr(), MemFlagsData::trusted(), length, 0);
        b.ins().brif(len, arg.done, &[], arg.fallback, &[]);
        Ok(())
    }

    /// Boxes `value`, the C result of type `ty`, as a JS value with the
    /// N-API constructor its JS kind calls for. Returns the `napi_value`
    /// (NULL, i.e. `undefined`, if N-API failed; it then left an exception).
    pub(crate) fn result(&mut self, b: &mut FunctionBuilder, ty: FfiType, value: Value) -> Result<Value, JitError> {
        let ptr = self.ptr();
        let (name, arg) = match ty.js() {
            JsKind::Int { .. } => {
                let wide = match (ty.extension(), b.func.dfg.value_type(value) == types::I32) {
                    (_, true) => value,
                    (Some(true), false) => b.ins().sextend(types::I32, value),
                    _ => b.ins().uextend(types::I32, value),
                };
                let name = if ty.abi() == FfiAbiType::Uint32 { "napi_create_uint32" } else { "napi_create_int32" };
                (name, wide)
            }
            JsKind::Float => {
                let d = match ty.abi() {
                    FfiAbiType::Float => b.ins().fpromote(types::F64, value),
                    _ => value,
                };
                ("napi_create_double", d)
            }
            JsKind::BigInt { signed: true } => ("napi_create_bigint_int64", value),
            JsKind::BigInt { signed: false } | JsKind::Pointer => {
                let wide = match b.func.dfg.value_type(value) == types::I64 {
                    true => value,
                    false => b.ins().uextend(types::I64, value),
                };
                ("napi_create_bigint_uint64", wide)
            }
            JsKind::Void => return Ok(b.ins().iconst(ptr, 0)),
        };
        // NULL unless N-API writes a value (it always does when it succeeds).
        let out = self.out_addr(b, 1);
        let null = b.ins().iconst(ptr, 0);
        b.ins().store(MemFlagsData::trusted(), null, out, 0);
        self.napi(b, name, &[self.env, arg, out])?;
        Ok(b.ins().load(ptr, MemFlagsData::trusted(), out, 0))
    }
}
