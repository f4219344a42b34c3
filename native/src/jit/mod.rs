//! The one owner of the JIT (modelled on cranelift-jit-demo): the host ISA,
//! the `JITModule` and its code memory, the reusable compilation contexts,
//! and the cache of compiled trampolines by (canonical signature key, tier).
//!
//! One `Jit` exists per Node.js environment (main thread or worker), because
//! its fast-tier code is linked against that environment's slot array.
//! Code memory grows with the number of distinct signatures only: every
//! function of one signature shares one trampoline (the target address is a
//! runtime operand), and nothing is freed before the whole `Jit` is dropped.
//!
//! Compile pipeline (`Jit::compile`), top to bottom:
//!  1. cache lookup by (`Signature::key()`, tier);
//!  2. declare the trampoline in the module;
//!  3. build its IR (`forward::build_fast` / `forward::build_general`), the
//!     imports it references being declared through a `Linker`;
//!  4. compile it to machine code (`JITFFI_DEBUG` output happens here);
//!  5. link (imports resolve through `JITBuilder` symbols) and make the
//!     memory executable; cache and return the entry address.

pub mod abi;
pub mod debug;
pub mod forward;
mod marshal;
pub mod reverse;

use crate::types::Signature;
use cranelift_codegen::ir::{self, UserFuncName};
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::isa::{OwnedTargetIsa, TargetFrontendConfig, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{self as codegen, ir::InstBuilder};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{DataId, FuncId, Linkage, Module, ModuleDeclarations, ModuleError};
use forward::Linker;
use std::collections::{HashMap, HashSet};
use std::fmt::{self, Write as _};
use std::sync::OnceLock;

/// Which trampoline shape to compile (see `forward.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tier {
    /// Arguments and result through the environment's slot array.
    Fast,
    /// A full `napi_callback` converting through N-API.
    General,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Fast => "fast",
            Tier::General => "general",
        }
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every way this module can fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JitError {
    /// cranelift-native cannot generate code for this machine.
    UnsupportedHost(String),
    /// A Cranelift setting was rejected (a bug in `host_isa`).
    Settings(String),
    /// Executable memory could not be obtained (detected by `Jit::new`).
    NoExecutableMemory(String),
    /// The signature has a type that cannot take the fast tier.
    NotFastEligible(String),
    /// More parameters than the trampoline ABI has slots for.
    TooManyArguments { key: String, max: usize },
    /// A trampoline imports a symbol nobody registered.
    UnresolvedSymbol(String),
    /// Cranelift failed to declare, compile or link a function.
    Module(String),
}

impl fmt::Display for JitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JitError::UnsupportedHost(m) => write!(f, "host machine not supported by Cranelift: {m}"),
            JitError::Settings(m) => write!(f, "invalid Cranelift setting: {m}"),
            JitError::NoExecutableMemory(m) => write!(f, "executable memory unavailable: {m}"),
            JitError::NotFastEligible(key) => write!(f, "signature {key} cannot use the fast tier"),
            JitError::TooManyArguments { key, max } => write!(f, "signature {key} has more than {max} parameters"),
            JitError::UnresolvedSymbol(name) => write!(f, "symbol {name} is not registered with the JIT"),
            JitError::Module(m) => write!(f, "code generation failed: {m}"),
        }
    }
}

impl std::error::Error for JitError {}

impl From<ModuleError> for JitError {
    fn from(e: ModuleError) -> JitError {
        JitError::Module(format!("{e:#}"))
    }
}

/// jitffi's Cranelift settings, the same for every target.
fn shared_flags() -> Result<settings::Flags, JitError> {
    let mut flags = settings::builder();
    let verify = if cfg!(debug_assertions) { "true" } else { "false" };
    for (name, value) in [
        ("opt_level", "speed"),
        // cranelift-jit requires absolute addressing, and long-range calls.
        ("is_pic", "false"),
        ("use_colocated_libcalls", "false"),
        // General-tier frames hold per-parameter scratch areas and can exceed
        // a guard page: probe inline (no libcall needed).
        ("enable_probestack", "true"),
        ("probestack_strategy", "inline"),
        // The IR verifier runs in debug builds and in `ir_text` (golden tests).
        ("enable_verifier", verify),
    ] {
        flags.set(name, value).map_err(|e| JitError::Settings(format!("{name}={value}: {e}")))?;
    }
    Ok(settings::Flags::new(flags))
}

/// The ISA of this machine with jitffi's settings.
fn host_isa() -> Result<OwnedTargetIsa, JitError> {
    let isa = cranelift_native::builder().map_err(|m| JitError::UnsupportedHost(m.to_string()))?;
    isa.finish(shared_flags()?).map_err(|e| JitError::Settings(e.to_string()))
}

/// The ISA of the target `triple` (such as "aarch64-apple-darwin") with
/// jitffi's settings and the triple's default call convention, for tests
/// that pin the code generated for targets other than this machine. Only
/// architectures compiled into cranelift-codegen resolve: the host's in the
/// addon, every one in test builds (its `all-arch` feature is enabled by a
/// dev-dependency).
pub fn isa_for_triple(triple: &str) -> Result<OwnedTargetIsa, JitError> {
    let parsed: target_lexicon::Triple = triple.parse().map_err(|e| JitError::UnsupportedHost(format!("{triple}: {e}")))?;
    let isa = codegen::isa::lookup(parsed).map_err(|e| JitError::UnsupportedHost(format!("{triple}: {e}")))?;
    isa.finish(shared_flags()?).map_err(|e| JitError::Settings(e.to_string()))
}

/// (symbol, address) of every helper general-tier code may import, from
/// `convert::helper_symbols()`. Built on first use, because resolving N-API
/// needs a Node process (fast-tier-only use, as in `cargo test`, never asks).
fn helper_table() -> &'static HashMap<&'static str, usize> {
    static TABLE: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    TABLE.get_or_init(|| crate::convert::helper_symbols().into_iter().map(|(name, addr)| (name, addr as usize)).collect())
}

/// The module's name for a trampoline (shows in perf maps).
fn trampoline_name(key: &str, tier: Tier) -> String {
    format!("jitffi_{tier}_{key}")
}

/// Builds the IR of `sig` for `tier`.
fn build(
    sig: &Signature,
    tier: Tier,
    target: codegen::isa::TargetFrontendConfig,
    linker: &mut dyn Linker,
    fctx: &mut FunctionBuilderContext,
) -> Result<ir::Function, JitError> {
    match tier {
        Tier::Fast => forward::build_fast(sig, target, linker, fctx),
        Tier::General => forward::build_general(sig, target, linker, fctx),
    }
}

/// Comment lines naming the function and every symbol its IR references.
/// Functions print as `u0:N`; data objects print as `userextnameR` in the
/// global value and are listed as `u1:N (userextnameR)`.
fn legend(func: &ir::Function, decls: &ModuleDeclarations) -> String {
    let symbol = |name: &ir::UserExternalName| match name.namespace {
        0 => {
            let id = FuncId::from_u32(name.index);
            decls.get_function_decl(id).linkage_name(id).into_owned()
        }
        _ => {
            let id = DataId::from_u32(name.index);
            decls.get_data_decl(id).linkage_name(id).into_owned()
        }
    };
    let mut out = String::new();
    if let UserFuncName::User(name) = &func.name {
        let _ = writeln!(out, "; {name} = {}", symbol(name));
    }
    for (r, name) in func.params.user_named_funcs() {
        let _ = match name.namespace {
            0 => writeln!(out, "; {name} = {}", symbol(name)),
            _ => writeln!(out, "; {name} ({r}) = {}", symbol(name)),
        };
    }
    out
}

/// Declares imports in a live module, refusing names that would not resolve
/// (cranelift-jit panics on those at link time).
struct LiveLinker<'a> {
    module: &'a mut JITModule,
    registered: &'a HashSet<String>,
}

impl LiveLinker<'_> {
    fn check(&self, name: &str) -> Result<(), JitError> {
        if self.registered.contains(name) || helper_table().contains_key(name) {
            Ok(())
        } else {
            Err(JitError::UnresolvedSymbol(name.to_string()))
        }
    }
}

impl Linker for LiveLinker<'_> {
    fn import_function(&mut self, name: &str, sig: &ir::Signature) -> Result<FuncId, JitError> {
        self.check(name)?;
        Ok(self.module.declare_function(name, Linkage::Import, sig)?)
    }

    fn import_data(&mut self, name: &str) -> Result<DataId, JitError> {
        self.check(name)?;
        Ok(self.module.declare_data(name, Linkage::Import, true, false)?)
    }
}

/// Declares names only, for `ir_text`.
#[derive(Default)]
struct DetachedLinker {
    decls: ModuleDeclarations,
}

impl Linker for DetachedLinker {
    fn import_function(&mut self, name: &str, sig: &ir::Signature) -> Result<FuncId, JitError> {
        Ok(self.decls.declare_function(name, Linkage::Import, sig)?.0)
    }

    fn import_data(&mut self, name: &str) -> Result<DataId, JitError> {
        Ok(self.decls.declare_data(name, Linkage::Import, true, false)?.0)
    }
}

/// A builder of one trampoline's IR, for `detached_function`.
type BuildIr<'a> = dyn FnOnce(TargetFrontendConfig, &mut dyn Linker) -> Result<ir::Function, JitError> + 'a;

/// Which trampoline `target_text` shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trampoline {
    /// A forward (JS -> C) trampoline of a tier.
    Forward(Tier),
    /// The shared reverse (C -> JS callback) trampoline of a signature.
    Callback,
}

/// Builds and verifies one trampoline for `isa` without a live module,
/// N-API or executable memory, and returns it with its header comment and
/// the legend of the symbols it references. Symbol ids are those of a fresh
/// module, so the result is deterministic.
fn detached_function(isa: &dyn TargetIsa, sig: &Signature, what: Trampoline) -> Result<(ir::Function, String), JitError> {
    let key = sig.key();
    let target = isa.frontend_config();
    let (header, name, signature, build): (String, String, ir::Signature, Box<BuildIr>) = match what {
        Trampoline::Forward(tier) => (
            format!("{key} [{tier} tier]"),
            trampoline_name(&key, tier),
            forward::napi_callback_signature(target),
            Box::new(move |target, linker| build(sig, tier, target, linker, &mut FunctionBuilderContext::new())),
        ),
        Trampoline::Callback => (
            format!("{key} [callback]"),
            format!("jitffi_callback_{key}"),
            reverse::shared_signature(sig, target),
            Box::new(|target, linker| reverse::build_shared(sig, target, linker, &mut FunctionBuilderContext::new())),
        ),
    };
    let mut linker = DetachedLinker::default();
    let (id, _) = linker.decls.declare_function(&name, Linkage::Local, &signature)?;
    let mut func = build(target, &mut linker)?;
    func.name = UserFuncName::user(0, id.as_u32());
    codegen::verify_function(&func, isa).map_err(|e| JitError::Module(format!("IR verifier: {e}")))?;
    let header = format!("; {header}\n{}", legend(&func, &linker.decls));
    Ok((func, header))
}

/// The IR text of one trampoline for the host: the golden tests' subject.
/// On failure the text is a single `; error: ...` line.
fn host_ir_text(sig: &Signature, what: Trampoline) -> String {
    let attempt = || -> Result<String, JitError> {
        let (func, header) = detached_function(&*host_isa()?, sig, what)?;
        Ok(format!("{header}{}", func.display()))
    };
    attempt().unwrap_or_else(|e| format!("; error: {e}\n"))
}

/// The IR text of `sig`'s trampoline for `tier`.
pub fn ir_text(sig: &Signature, tier: Tier) -> String {
    host_ir_text(sig, Trampoline::Forward(tier))
}

/// The IR text of `sig`'s shared reverse (callback) trampoline.
pub fn reverse_ir_text(sig: &Signature) -> String {
    host_ir_text(sig, Trampoline::Callback)
}

/// The IR and the machine code listing (Cranelift's VCode after register
/// allocation, with the call convention's argument moves, extensions and
/// stack layout) of one trampoline compiled for `isa`, which need not be
/// this machine's: nothing is linked or run.
pub fn target_text(isa: &dyn TargetIsa, sig: &Signature, what: Trampoline) -> Result<(String, String), JitError> {
    let (func, header) = detached_function(isa, sig, what)?;
    let ir = format!("{header}{}", func.display());
    let mut ctx = codegen::Context::for_function(func);
    ctx.set_disasm(true);
    let compiled = ctx
        .compile(isa, &mut ControlPlane::default())
        .map_err(|e| JitError::Module(format!("{:?}", e.inner)))?;
    let listing = compiled.vcode.clone().unwrap_or_default();
    let asm = format!("{header}{}", debug::format_asm(Some(&listing), compiled.code_buffer()));
    Ok((ir, asm))
}

/// The JIT of one environment.
pub struct Jit {
    /// `Some` until `drop` frees its memory.
    module: Option<JITModule>,
    ctx: codegen::Context,
    fctx: FunctionBuilderContext,
    cache: HashMap<(String, Tier), *const u8>,
    /// Shared reverse trampolines (callbacks), by signature key.
    reverse: HashMap<String, FuncId>,
    /// Per-callback entry stubs compiled so far.
    stubs: usize,
    /// Names registered with `JITBuilder::symbol` (`jitffi_slots`, test overrides).
    registered: HashSet<String>,
}

// SAFETY: nothing in a `Jit` is tied to the thread that created it: the
// JITModule is Send, the raw pointers are addresses of immutable code and of
// the slot array whose owner (the environment) also owns this Jit. Moving it
// between threads is sound; sharing it is not (it is not Sync).
unsafe impl Send for Jit {}

impl Jit {
    /// A JIT whose fast-tier code uses `slots` (this environment's array of
    /// `abi::SLOT_COUNT` 8-byte-aligned u64s, which must outlive the Jit and
    /// every trampoline it returns) as the `jitffi_slots` symbol.
    /// Fails when executable memory cannot be obtained: this compiles,
    /// finalizes and runs one tiny function.
    pub fn new(slots: *mut u64) -> Result<Jit, JitError> {
        Jit::with_symbols(slots, &[])
    }

    /// `new`, with extra symbols that take precedence over the helpers of
    /// `convert::helper_symbols()` (tests use it to stand in for N-API).
    pub(crate) fn with_symbols(slots: *mut u64, symbols: &[(&str, *const u8)]) -> Result<Jit, JitError> {
        let mut builder = JITBuilder::with_isa(host_isa()?, cranelift_module::default_libcall_names());
        let mut registered = HashSet::new();
        builder.symbol(forward::SLOTS_SYMBOL, slots as *const u8);
        registered.insert(forward::SLOTS_SYMBOL.to_string());
        for &(name, addr) in symbols {
            builder.symbol(name, addr);
            registered.insert(name.to_string());
        }
        builder.symbol_lookup_fn(Box::new(|name| helper_table().get(name).map(|&addr| addr as *const u8)));
        let module = JITModule::new(builder);
        let mut jit = Jit {
            ctx: module.make_context(),
            module: Some(module),
            fctx: FunctionBuilderContext::new(),
            cache: HashMap::new(),
            reverse: HashMap::new(),
            stubs: 0,
            registered,
        };
        jit.probe_executable_memory()?;
        Ok(jit)
    }

    /// Compiles, links and runs `fn() -> i32 { 0x6a17 }`.
    fn probe_executable_memory(&mut self) -> Result<(), JitError> {
        let module = self.module.as_mut().expect("module lives until drop");
        let mut sig = module.make_signature();
        sig.returns.push(ir::AbiParam::new(ir::types::I32));
        let id = module.declare_function("jitffi_probe", Linkage::Local, &sig)?;
        self.ctx.func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        {
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            let block = b.create_block();
            b.switch_to_block(block);
            let magic = b.ins().iconst(ir::types::I32, 0x6a17);
            b.ins().return_(&[magic]);
            b.seal_all_blocks();
            b.finalize(module.target_config());
        }
        let defined = module.define_function(id, &mut self.ctx);
        module.clear_context(&mut self.ctx);
        let unavailable = |e: ModuleError| JitError::NoExecutableMemory(format!("{e:#}"));
        defined.map_err(unavailable)?;
        module.finalize_definitions().map_err(unavailable)?;
        let code = module.get_finalized_function(id);
        // SAFETY: `code` was just finalized (mapped executable) and was built
        // above with signature `() -> i32` in the default C call convention.
        let f = unsafe { std::mem::transmute::<*const u8, extern "C" fn() -> i32>(code) };
        match f() {
            0x6a17 => Ok(()),
            other => Err(JitError::NoExecutableMemory(format!("probe returned {other:#x}"))),
        }
    }

    /// Returns the address of a compiled `napi_callback`
    /// (`napi_value (*)(napi_env, napi_callback_info)`) for `sig` on `tier`,
    /// compiling it once per (key, tier). The code lives until the Jit drops.
    pub fn compile(&mut self, sig: &Signature, tier: Tier) -> Result<*const u8, JitError> {
        let key = sig.key();
        if let Some(&code) = self.cache.get(&(key.clone(), tier)) {
            return Ok(code);
        }
        let code = self.compile_uncached(sig, &key, tier)?;
        self.cache.insert((key, tier), code);
        Ok(code)
    }

    fn compile_uncached(&mut self, sig: &Signature, key: &str, tier: Tier) -> Result<*const u8, JitError> {
        let module = self.module.as_mut().expect("module lives until drop");
        let target = module.target_config();

        // 2. declare the trampoline.
        let id = module.declare_function(&trampoline_name(key, tier), Linkage::Local, &forward::napi_callback_signature(target))?;

        // 3. build its IR.
        let mut linker = LiveLinker { module: &mut *module, registered: &self.registered };
        let func = build(sig, tier, target, &mut linker, &mut self.fctx)?;
        self.finish(id, func, key, tier.as_str())
    }

    /// Steps 4 and 5 of the pipeline for the declared function `id` with IR
    /// `func`: compile (printing JITFFI_DEBUG output under `label`), link,
    /// make executable, and return the entry address.
    fn finish(&mut self, id: FuncId, mut func: ir::Function, key: &str, label: &str) -> Result<*const u8, JitError> {
        let module = self.module.as_mut().expect("module lives until drop");
        let dbg = debug::flags();
        func.name = UserFuncName::user(0, id.as_u32());
        if dbg.enabled {
            eprintln!("{}", debug::compile_header(key, label));
        }
        if dbg.ir {
            eprint!("{}{}", legend(&func, module.declarations()), func.display());
        }

        // 4. compile to machine code.
        self.ctx.func = func;
        self.ctx.set_disasm(dbg.asm);
        let defined = module.define_function(id, &mut self.ctx);
        let listing = match (dbg.asm, self.ctx.compiled_code()) {
            (true, Some(compiled)) => Some((compiled.vcode.clone(), compiled.code_buffer().len())),
            _ => None,
        };
        module.clear_context(&mut self.ctx);
        defined?;

        // 5. link and make executable.
        module.finalize_definitions()?;
        let code = module.get_finalized_function(id);
        if let Some((vcode, len)) = listing {
            // SAFETY: `code` is the start of this function's `len` bytes of
            // finalized machine code, mapped readable and executable for the
            // life of the module; reading shows the relocated bytes.
            let bytes = unsafe { std::slice::from_raw_parts(code, len) };
            eprint!("{}", debug::format_asm(vcode.as_deref(), bytes));
        }
        Ok(code)
    }

    /// A new C-ABI entry point for one callback with signature `sig`: a stub
    /// passing `cell` (the callback's `CallbackCell`) to the signature's
    /// shared reverse trampoline, which is compiled on first use. The code
    /// lives until the Jit drops; callers reuse stubs of freed callbacks.
    pub fn compile_callback_entry(&mut self, sig: &Signature, cell: *const std::ffi::c_void) -> Result<*const u8, JitError> {
        let key = sig.key();
        let shared = match self.reverse.get(&key) {
            Some(&id) => id,
            None => {
                let module = self.module.as_mut().expect("module lives until drop");
                let target = module.target_config();
                let id = module.declare_function(&format!("jitffi_callback_{key}"), Linkage::Local, &reverse::shared_signature(sig, target))?;
                let mut linker = LiveLinker { module: &mut *module, registered: &self.registered };
                let func = reverse::build_shared(sig, target, &mut linker, &mut self.fctx)?;
                self.finish(id, func, &key, "callback")?;
                self.reverse.insert(key.clone(), id);
                id
            }
        };
        let module = self.module.as_mut().expect("module lives until drop");
        let target = module.target_config();
        let id = module.declare_anonymous_function(&forward::c_signature(sig, target))?;
        let func = reverse::build_stub(sig, target, |b| module.declare_func_in_func(shared, b.func), cell as u64, &mut self.fctx);
        self.stubs += 1;
        self.finish(id, func, &key, "callback stub")
    }

    /// How many per-callback entry stubs this Jit has compiled.
    pub fn stub_count(&self) -> usize {
        self.stubs
    }

    /// How many trampolines this Jit has compiled (distinct key/tier pairs).
    pub fn compiled_count(&self) -> usize {
        self.cache.len()
    }
}

impl Drop for Jit {
    fn drop(&mut self) {
        if let Some(module) = self.module.take() {
            // SAFETY: the Jit is dropped with its environment, after which no
            // JS function can call a trampoline it returned, and none is
            // running (the environment's thread is the one dropping it).
            unsafe { module.free_memory() };
        }
    }
}

#[cfg(test)]
mod tests;
