//! How a trampoline names what it calls: the `Linker` that declares
//! imported names (live JIT or detached IR text), `Imports`, which turns
//! them into references inside the function being built, and the Cranelift
//! signatures of those calls, from the type table.

use super::error::JitError;
use crate::abi::aggregate::{self, Class, Eightbyte, ParamPlan, ResultPlan};
use crate::types::{FfiType, Signature};
use cranelift_codegen::ir::{
    self, types, AbiParam, ArgumentPurpose, ExtFuncData, ExternalName, FuncRef, GlobalValue, GlobalValueData, Type, UserExternalName,
};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{DataId, FuncId};

/// Declares the external names a trampoline references. Implemented by the
/// live JIT (names must resolve to addresses) and by `ir_text` (names only).
pub(crate) trait Linker {
    /// Declares an imported function; the same name always yields the same id.
    fn import_function(&mut self, name: &str, sig: &ir::Signature) -> Result<FuncId, JitError>;
    /// Declares an imported, writable data object.
    fn import_data(&mut self, name: &str) -> Result<DataId, JitError>;
}

// ---------------------------------------------------------------------------
// Signatures
// ---------------------------------------------------------------------------

/// `napi_value (*)(napi_env, napi_callback_info)` — the shape of every
/// forward trampoline.
pub(crate) fn napi_callback_signature(target: TargetFrontendConfig) -> ir::Signature {
    let ptr = target.pointer_type();
    native_signature(target, &[ptr, ptr], &[ptr])
}

/// The C signature of the target function, from the type table: each value's
/// Cranelift type plus the sign/zero extension its C type requires. A struct
/// or union passed by value follows its plan (`abi::aggregate`): one value
/// per eightbyte in registers (`eightbyte_type`), or a `StructArgument` (a
/// pointer whose bytes Cranelift copies onto the stack); a MEMORY result is
/// a `StructReturn` pointer, first.
pub(crate) fn c_signature(sig: &Signature, target: TargetFrontendConfig) -> ir::Signature {
    let ptr = target.pointer_type();
    let plan = aggregate::plan(sig);
    let mut s = ir::Signature::new(target.default_call_conv);
    if plan.result == ResultPlan::Memory {
        s.params.push(AbiParam::special(ptr, ArgumentPurpose::StructReturn));
    }
    for p in &plan.params {
        match p {
            ParamPlan::Scalar(t) => s.params.extend(c_abi_param(*t)),
            ParamPlan::Registers(e) => s.params.extend(e.iter().map(|&e| AbiParam::new(eightbyte_type(e)))),
            ParamPlan::Stack(size) => s.params.push(AbiParam::special(ptr, ArgumentPurpose::StructArgument(*size))),
        }
    }
    match &plan.result {
        ResultPlan::Scalar(t) => s.returns.extend(c_abi_param(*t)),
        ResultPlan::Registers(e) => s.returns.extend(e.iter().map(|&e| AbiParam::new(eightbyte_type(e)))),
        ResultPlan::Memory => {}
    }
    s
}

/// The Cranelift type that carries one eightbyte of an aggregate in a
/// register: `i64` (INTEGER), `f64` (SSE: one double, or two floats as its
/// bits) or `f32` (SSE: a lone float at the end).
pub(crate) fn eightbyte_type(e: Eightbyte) -> Type {
    match (e.class, e.bytes) {
        (Class::Integer, _) => types::I64,
        (Class::Sse, 0..=4) => types::F32,
        (Class::Sse, _) => types::F64,
    }
}

fn c_abi_param(ty: FfiType) -> Option<AbiParam> {
    let param = AbiParam::new(ty.clif_type()?);
    Some(match ty.extension() {
        Some(true) => param.sext(),
        Some(false) => param.uext(),
        None => param,
    })
}

pub(crate) fn native_signature(target: TargetFrontendConfig, params: &[Type], returns: &[Type]) -> ir::Signature {
    let mut s = ir::Signature::new(target.default_call_conv);
    s.params.extend(params.iter().map(|&t| AbiParam::new(t)));
    s.returns.extend(returns.iter().map(|&t| AbiParam::new(t)));
    s
}

/// Clif type of a parameter (parameters are never void).
pub(crate) fn param_type(ty: FfiType) -> Type {
    ty.clif_type().expect("void is not a parameter type")
}

// ---------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------

/// Turns names into references inside the function being built: each name
/// is imported once and identical signatures share one `SigRef`, so the IR
/// stays small and reads the same for every signature.
pub(crate) struct Imports<'l> {
    linker: &'l mut dyn Linker,
    functions: Vec<(String, FuncRef)>,
    signatures: Vec<(ir::Signature, ir::SigRef)>,
}

impl<'l> Imports<'l> {
    pub(crate) fn new(linker: &'l mut dyn Linker) -> Self {
        Imports { linker, functions: Vec::new(), signatures: Vec::new() }
    }

    pub(crate) fn signature(&mut self, b: &mut FunctionBuilder, sig: ir::Signature) -> ir::SigRef {
        if let Some((_, r)) = self.signatures.iter().find(|(s, _)| *s == sig) {
            return *r;
        }
        let r = b.import_signature(sig.clone());
        self.signatures.push((sig, r));
        r
    }

    /// A callable reference to function `name` (non-colocated: an absolute
    /// address, as `Module::declare_func_in_func` does for imports).
    pub(crate) fn function(&mut self, b: &mut FunctionBuilder, name: &str, sig: ir::Signature) -> Result<FuncRef, JitError> {
        if let Some((_, f)) = self.functions.iter().find(|(n, _)| n == name) {
            return Ok(*f);
        }
        let id = self.linker.import_function(name, &sig)?;
        let signature = self.signature(b, sig);
        let user = b.func.declare_imported_user_function(UserExternalName { namespace: 0, index: id.as_u32() });
        let f = b.import_function(ExtFuncData { name: ExternalName::user(user), signature, colocated: false, patchable: false });
        self.functions.push((name.to_string(), f));
        Ok(f)
    }

    /// The address of data object `name` (absolute, like the functions).
    pub(crate) fn data(&mut self, b: &mut FunctionBuilder, name: &str) -> Result<GlobalValue, JitError> {
        let id = self.linker.import_data(name)?;
        let user = b.func.declare_imported_user_function(UserExternalName { namespace: 1, index: id.as_u32() });
        Ok(b.create_global_value(GlobalValueData::Symbol {
            name: ExternalName::user(user),
            offset: ir::immediates::Imm64::new(0),
            colocated: false,
            tls: false,
        }))
    }
}
