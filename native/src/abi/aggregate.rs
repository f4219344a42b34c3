//! How structs and unions travel by value in a C call on x86-64 System V:
//! the classification of an aggregate into eightbytes, and the plan of a
//! whole signature (which aggregates get registers and which the stack).
//! Plain data, computed here once and used by the compiled tiers
//! (`call/jit`), the interpreted path (`call/interp`, whose libffi types
//! must classify the same way) and the declaration check (`exports`).
//!
//! The rules (System V AMD64 psABI 3.2.3, as GCC and Clang apply them):
//! - an aggregate of more than 16 bytes, or with a field that is not at a
//!   multiple of its alignment (packed), is MEMORY: a copy on the stack
//!   (argument), or a buffer the caller passes in `rdi` (result);
//! - otherwise each eightbyte is SSE when every scalar in it is a `float` or
//!   a `double`, else INTEGER, and travels in the next register of its class;
//! - an argument goes wholly in registers or wholly on the stack: when its
//!   eightbytes do not all fit in the registers left (6 integer, 8 SSE), it
//!   goes on the stack and the registers stay free for later arguments;
//! - a result of one or two eightbytes comes back in `rax`/`rdx` (INTEGER)
//!   and `xmm0`/`xmm1` (SSE), each class taking its next register.
//!
//! A MEMORY aggregate of at most 16 bytes (packed) cannot be described to
//! libffi, so both paths refuse it at declaration (`unsupported`).

use crate::types::{Aggregate, FfiAbiType, FfiType, Signature};

/// The class of one eightbyte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Integer,
    Sse,
}

/// One eightbyte of an aggregate passed in registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Eightbyte {
    pub(crate) class: Class,
    /// The bytes of the aggregate it covers, padding included: 8, or less
    /// for the last one.
    pub(crate) bytes: u32,
}

/// How an aggregate is passed or returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Passing {
    /// In registers, one per eightbyte (one or two).
    Registers(Vec<Eightbyte>),
    /// In memory.
    Memory,
}

/// General-purpose and SSE registers for arguments.
pub(crate) const INT_ARG_REGS: usize = 6;
pub(crate) const SSE_ARG_REGS: usize = 8;

fn is_float(t: FfiType) -> bool {
    matches!(t.abi(), FfiAbiType::Float | FfiAbiType::Double)
}

/// The classification of `agg`.
pub(crate) fn classify(agg: &Aggregate) -> Passing {
    let misaligned = agg.leaves.iter().any(|&(offset, t)| !offset.is_multiple_of(t.info().align));
    if agg.size > 16 || misaligned {
        return Passing::Memory;
    }
    // One or two eightbytes. A scalar never straddles two: every leaf is
    // aligned here and at most 8 bytes.
    let eightbytes = (0..agg.size.div_ceil(8))
        .map(|k| {
            let (start, end) = (k * 8, (k * 8 + 8).min(agg.size));
            let mut inside = agg.leaves.iter().filter(|&&(offset, _)| offset >= start && offset < end).peekable();
            let sse = inside.peek().is_some() && inside.all(|&(_, t)| is_float(t));
            Eightbyte { class: if sse { Class::Sse } else { Class::Integer }, bytes: end - start }
        })
        .collect();
    Passing::Registers(eightbytes)
}

/// Why `agg` cannot be passed by value, if it cannot.
pub(crate) fn unsupported(agg: &Aggregate) -> Option<&'static str> {
    if !cfg!(all(target_arch = "x86_64", not(windows))) {
        return Some("structs and unions are passed by value on x86-64 Linux and macOS only so far");
    }
    match classify(agg) {
        Passing::Memory if agg.size <= 16 => {
            Some("a struct or union of at most 16 bytes with a field that is not at a multiple of its alignment (packed) is not supported")
        }
        _ => None,
    }
}

/// How one parameter of the C function travels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ParamPlan {
    /// A scalar of the type table.
    Scalar(FfiType),
    /// An aggregate in registers, one value per eightbyte.
    Registers(Vec<Eightbyte>),
    /// An aggregate copied onto the stack: `size` bytes (rounded up to 8).
    Stack(u32),
}

/// How the result comes back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ResultPlan {
    /// A scalar of the type table, or nothing for `void`.
    Scalar(FfiType),
    /// An aggregate in registers, one value per eightbyte.
    Registers(Vec<Eightbyte>),
    /// An aggregate written by the callee through a hidden first pointer.
    Memory,
}

/// The plan of a whole C call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Plan {
    pub(crate) params: Vec<ParamPlan>,
    pub(crate) result: ResultPlan,
}

/// The plan of `sig`'s C call (its hidden result pointer excluded from
/// `params`).
pub(crate) fn plan(sig: &Signature) -> Plan {
    let result = match &sig.result_by_value {
        None => ResultPlan::Scalar(sig.result),
        Some(agg) => match classify(agg) {
            Passing::Registers(e) => ResultPlan::Registers(e),
            Passing::Memory => ResultPlan::Memory,
        },
    };
    // The hidden result pointer takes the first integer register.
    let mut ints = usize::from(result == ResultPlan::Memory);
    let mut sses = 0;
    let params = (0..sig.c_param_count())
        .map(|i| match &sig.by_value[i] {
            None => {
                // A scalar past the last register goes on the stack and
                // leaves the registers of the other class alone.
                let t = sig.params[i];
                if is_float(t) {
                    sses = (sses + 1).min(SSE_ARG_REGS);
                } else {
                    ints = (ints + 1).min(INT_ARG_REGS);
                }
                ParamPlan::Scalar(t)
            }
            Some(agg) => match classify(agg) {
                Passing::Registers(e) => {
                    let need_int = e.iter().filter(|e| e.class == Class::Integer).count();
                    let need_sse = e.len() - need_int;
                    if ints + need_int <= INT_ARG_REGS && sses + need_sse <= SSE_ARG_REGS {
                        ints += need_int;
                        sses += need_sse;
                        ParamPlan::Registers(e)
                    } else {
                        ParamPlan::Stack(agg.size.next_multiple_of(8))
                    }
                }
                Passing::Memory => ParamPlan::Stack(agg.size.next_multiple_of(8)),
            },
        })
        .collect();
    Plan { params, result }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{FfiType::*, ValueType};
    use std::sync::Arc;

    fn agg(size: u32, align: u32, leaves: &[(u32, FfiType)]) -> Aggregate {
        Aggregate::new(size, align, leaves.to_vec()).expect("a valid layout")
    }
    const fn int(bytes: u32) -> Eightbyte {
        Eightbyte { class: Class::Integer, bytes }
    }
    const fn sse(bytes: u32) -> Eightbyte {
        Eightbyte { class: Class::Sse, bytes }
    }
    fn regs(e: &[Eightbyte]) -> Passing {
        Passing::Registers(e.to_vec())
    }

    #[test]
    fn floats_share_an_sse_eightbyte() {
        // struct { float a, b, c; }
        assert_eq!(classify(&agg(12, 4, &[(0, F32), (4, F32), (8, F32)])), regs(&[sse(8), sse(4)]));
        // struct { double x, y; }
        assert_eq!(classify(&agg(16, 8, &[(0, F64), (8, F64)])), regs(&[sse(8), sse(8)]));
    }

    #[test]
    fn one_integer_makes_the_eightbyte_integer() {
        // struct { double d; int i; }: the tail padding belongs to the eightbyte.
        assert_eq!(classify(&agg(16, 8, &[(0, F64), (8, I32)])), regs(&[sse(8), int(8)]));
        // struct { float f; int i; }
        assert_eq!(classify(&agg(8, 4, &[(0, F32), (4, I32)])), regs(&[int(8)]));
        // union { float f; int i; }
        assert_eq!(classify(&agg(4, 4, &[(0, F32), (0, I32)])), regs(&[int(4)]));
        // union { float f; double d; }
        assert_eq!(classify(&agg(8, 8, &[(0, F32), (0, F64)])), regs(&[sse(8)]));
        // struct { char s[3]; }
        assert_eq!(classify(&agg(3, 1, &[(0, Char), (1, Char), (2, Char)])), regs(&[int(3)]));
        // struct { void *p; float f; }
        assert_eq!(classify(&agg(16, 8, &[(0, Pointer), (8, F32)])), regs(&[int(8), sse(8)]));
    }

    #[test]
    fn more_than_16_bytes_is_memory() {
        let sixteen: Vec<(u32, FfiType)> = (0..16).map(|i| (i, U8)).collect();
        assert_eq!(classify(&agg(16, 1, &sixteen)), regs(&[int(8), int(8)]));
        let seventeen: Vec<(u32, FfiType)> = (0..17).map(|i| (i, U8)).collect();
        assert_eq!(classify(&agg(17, 1, &seventeen)), Passing::Memory);
        assert_eq!(classify(&agg(24, 8, &[(0, F64), (8, F64), (16, F64)])), Passing::Memory);
        assert_eq!(unsupported(&agg(24, 8, &[(0, F64), (8, F64), (16, F64)])), None);
    }

    #[test]
    fn packed_misaligned_is_memory_and_refused_up_to_16_bytes() {
        // #pragma pack(1) struct { char c; int i; }
        let packed = agg(5, 1, &[(0, Char), (1, I32)]);
        assert_eq!(classify(&packed), Passing::Memory);
        assert!(unsupported(&packed).is_some());
        // packed but aligned anyway: registers.
        assert_eq!(classify(&agg(8, 1, &[(0, I32), (4, I32)])), regs(&[int(8)]));
        // packed and larger than 16 bytes: memory, supported.
        let big: Vec<(u32, FfiType)> = [(0, U8)].into_iter().chain((0..4).map(|i| (1 + 4 * i, F32))).collect();
        assert_eq!(classify(&agg(17, 1, &big)), Passing::Memory);
        assert_eq!(unsupported(&agg(17, 1, &big)), None);
    }

    fn sig(result: ValueType, params: Vec<ValueType>) -> Signature {
        Signature::lower(result, params).unwrap()
    }

    #[test]
    fn a_struct_that_does_not_fit_the_registers_left_goes_on_the_stack() {
        let pair = ValueType::ByValue(Arc::new(agg(16, 8, &[(0, I64), (8, I64)])));
        let mut params = vec![ValueType::Scalar(I32); 5];
        params.push(pair.clone());
        params.push(ValueType::Scalar(I64));
        let p = plan(&sig(ValueType::Scalar(Void), params));
        assert_eq!(p.params[5], ParamPlan::Stack(16));
        assert_eq!(p.params[6], ParamPlan::Scalar(I64));
        // Four integers: the pair takes the last two registers.
        let p = plan(&sig(
            ValueType::Scalar(Void),
            vec![ValueType::Scalar(I32), ValueType::Scalar(I32), ValueType::Scalar(I32), ValueType::Scalar(I32), pair.clone()],
        ));
        assert_eq!(p.params[4], ParamPlan::Registers(vec![int(8), int(8)]));
        // A memory result takes rdi: then four integers leave one register.
        let big = ValueType::ByValue(Arc::new(agg(24, 8, &[(0, I64), (8, I64), (16, I64)])));
        let p = plan(&sig(big, vec![ValueType::Scalar(I32), ValueType::Scalar(I32), ValueType::Scalar(I32), ValueType::Scalar(I32), pair]));
        assert_eq!(p.result, ResultPlan::Memory);
        assert_eq!(p.params[4], ParamPlan::Stack(16));
        // SSE registers run out separately.
        let point = ValueType::ByValue(Arc::new(agg(16, 8, &[(0, F64), (8, F64)])));
        let mut params = vec![ValueType::Scalar(F64); 7];
        params.push(point.clone());
        params.push(ValueType::Scalar(I32));
        let p = plan(&sig(point, params));
        assert_eq!(p.params[7], ParamPlan::Stack(16));
        assert_eq!(p.result, ResultPlan::Registers(vec![sse(8), sse(8)]));
        // Nine doubles: one on the stack, and an INTEGER struct still gets rdi.
        let small = ValueType::ByValue(Arc::new(agg(2, 2, &[(0, I16)])));
        let mut params = vec![ValueType::Scalar(F64); 9];
        params.push(small);
        let p = plan(&sig(ValueType::Scalar(Void), params));
        assert_eq!(p.params[9], ParamPlan::Registers(vec![int(2)]));
    }
}
