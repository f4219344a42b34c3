//! The one owner of the JIT (modelled on cranelift-jit-demo): the host ISA,
//! the code memory, the reusable compilation contexts, and the compiled
//! trampolines of each signature key.
//!
//! One `Jit` exists per Node.js environment (main thread or worker), because
//! its fast-tier code is linked against that environment's slot array.
//! Every function of one signature shares one trampoline per tier (the
//! target address is a runtime operand), and every callback of one
//! signature shares one reverse trampoline. A signature's code lives in a
//! `JITModule` of its own (a `Unit`), handed out with a `CodeLease`; once no
//! lease of a signature is left, its code is idle, and sweeps (as new
//! signatures arrive) free idle code beyond the most recently used
//! `IDLE_KEPT`. So code memory follows the signatures in use, not every
//! signature ever seen.
//!
//! Compile pipeline (`Jit::compile`), top to bottom:
//!  1. find the signature's unit (`Jit::unit`: made, after a sweep when one
//!     is due, if there is none) and its cached trampoline for the tier;
//!  2. declare the trampoline in the unit's module;
//!  3. build its IR (`forward::build_fast` / `forward::build_general` /
//!     `v8fast::build_typed` / `pool::build_pool`), the
//!     imports it references being declared through a `Linker`;
//!  4. compile it to machine code (`JITFFI_DEBUG` output happens here);
//!  5. link (imports resolve through `JITBuilder` symbols) and make the
//!     memory executable; cache and return the entry address with a lease.

mod debug;
mod error;
mod forward;
mod imports;
mod marshal;
mod pool;
pub(crate) mod reverse;
mod v8fast;

pub(crate) use error::JitError;
pub(crate) use v8fast::{bound_signature, direct_signature, typed_signature, Bound, FastKind};

pub(crate) use super::Tier;
use crate::abi::lease::CodeLease;
use crate::host::log;
use crate::types::Signature;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{self, UserFuncName};
use cranelift_codegen::isa::{OwnedTargetIsa, TargetFrontendConfig, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{self as codegen, ir::InstBuilder};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{DataId, FuncId, Linkage, Module, ModuleDeclarations, ModuleError};
use imports::Linker;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

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
pub(crate) fn isa_for_triple(triple: &str) -> Result<OwnedTargetIsa, JitError> {
    let parsed: target_lexicon::Triple = triple.parse().map_err(|e| JitError::UnsupportedHost(format!("{triple}: {e}")))?;
    let isa = codegen::isa::lookup(parsed).map_err(|e| JitError::UnsupportedHost(format!("{triple}: {e}")))?;
    isa.finish(shared_flags()?).map_err(|e| JitError::Settings(e.to_string()))
}

/// Finds the address of a helper that compiled code imports by name. The
/// JIT's owner supplies it: the JIT itself knows no helper.
pub(crate) type Lookup = fn(&str) -> Option<*const u8>;

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
        Tier::V8Fast => v8fast::build_typed(sig, target, linker, fctx),
        Tier::General => forward::build_general(sig, target, linker, fctx),
        Tier::Pool => pool::build_pool(sig, target, linker, fctx),
    }
}

/// The Cranelift signature of `tier`'s trampolines: a `napi_callback` for
/// the tiers JS calls through N-API, the typed function's own for the
/// v8fast tier, an array call for the pool's.
fn tier_signature(sig: &Signature, tier: Tier, target: TargetFrontendConfig) -> Result<ir::Signature, JitError> {
    Ok(match tier {
        Tier::Fast | Tier::General => imports::napi_callback_signature(target),
        Tier::V8Fast => v8fast::typed_function_signature(sig, target)?,
        Tier::Pool => pool::pool_signature(target),
    })
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
    lookup: Lookup,
}

impl LiveLinker<'_> {
    fn check(&self, name: &str) -> Result<(), JitError> {
        if self.registered.contains(name) || (self.lookup)(name).is_some() {
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
pub(crate) enum Trampoline {
    /// A forward (JS -> C) trampoline of a tier.
    Forward(Tier),
    /// The shared reverse (C -> JS callback) trampoline of a signature.
    Callback,
    /// A bound function of the v8fast tier (v8fast.rs), with these
    /// addresses built in.
    Bound(Bound),
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
            tier_signature(sig, tier, target)?,
            Box::new(move |target, linker| build(sig, tier, target, linker, &mut FunctionBuilderContext::new())),
        ),
        Trampoline::Callback => (
            format!("{key} [callback]"),
            format!("jitffi_callback_{key}"),
            reverse::shared_signature(sig, target),
            Box::new(|target, linker| reverse::build_shared(sig, target, linker, &mut FunctionBuilderContext::new())),
        ),
        Trampoline::Bound(bound) => (
            format!("{key} [v8fast bound function]"),
            format!("jitffi_v8fast_bound_{key}"),
            v8fast::direct_function_signature(sig, target)?,
            Box::new(move |target, linker| v8fast::build_bound(sig, &bound, target, linker, &mut FunctionBuilderContext::new())),
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
pub(crate) fn host_ir_text(sig: &Signature, what: Trampoline) -> String {
    let attempt = || -> Result<String, JitError> {
        let (func, header) = detached_function(&*host_isa()?, sig, what)?;
        Ok(format!("{header}{}", func.display()))
    };
    attempt().unwrap_or_else(|e| format!("; error: {e}\n"))
}

/// The IR and the machine code listing (Cranelift's VCode after register
/// allocation, with the call convention's argument moves, extensions and
/// stack layout) of one trampoline compiled for `isa`, which need not be
/// this machine's: nothing is linked or run.
pub(crate) fn target_text(isa: &dyn TargetIsa, sig: &Signature, what: Trampoline) -> Result<(String, String), JitError> {
    let (func, header) = detached_function(isa, sig, what)?;
    let ir = format!("{header}{}", func.display());
    let mut ctx = codegen::Context::for_function(func);
    ctx.set_disasm(true);
    let compiled = ctx.compile(isa, &mut ControlPlane::default()).map_err(|e| JitError::Module(format!("{:?}", e.inner)))?;
    let listing = compiled.vcode.clone().unwrap_or_default();
    let asm = format!("{header}{}", debug::format_asm(Some(&listing), compiled.code_buffer()));
    Ok((ir, asm))
}

/// A compiled entry point and the lease that keeps it mapped.
#[derive(Debug)]
pub(crate) struct Compiled {
    pub(crate) code: *const u8,
    pub(crate) lease: CodeLease,
}

/// The code of one signature key, in a `JITModule` of its own so that it
/// can be freed on its own: the fast and general trampolines, the shared
/// reverse trampoline, and the per-callback stubs.
struct Unit {
    module: JITModule,
    fast: Option<*const u8>,
    v8fast: Option<*const u8>,
    general: Option<*const u8>,
    pool: Option<*const u8>,
    reverse: Option<FuncId>,
    /// The Jit's own lease: the unit is idle when it is the only one.
    lease: CodeLease,
    /// The Jit's clock when the unit was last asked for code.
    used: u64,
}

impl Unit {
    fn is_idle(&self) -> bool {
        self.lease.is_sole()
    }

    fn compiled(&self, code: *const u8) -> Compiled {
        Compiled { code, lease: self.lease.clone() }
    }
}

/// Idle units kept (the most recently used) when the others are freed, so
/// that a signature dropped and soon requested again is not recompiled.
const IDLE_KEPT: usize = 64;
/// New units between two sweeps, at least (sweeps cost a scan of all units).
const SWEEP_EVERY: usize = 256;

/// What compiling needs besides the code memory: the host ISA, the symbols
/// every module links against, and the reusable compilation contexts.
struct Compiler {
    isa: OwnedTargetIsa,
    /// Names and addresses given to `JITBuilder::symbol` in every module
    /// (`jitffi_slots`, test overrides).
    symbols: Vec<(String, usize)>,
    /// The same names, for `LiveLinker`.
    registered: HashSet<String>,
    /// Every other import.
    lookup: Lookup,
    ctx: codegen::Context,
    fctx: FunctionBuilderContext,
}

impl Compiler {
    /// A new, empty module linked against the symbols and the helpers.
    fn module(&self) -> JITModule {
        let mut builder = JITBuilder::with_isa(self.isa.clone(), cranelift_module::default_libcall_names());
        for (name, addr) in &self.symbols {
            builder.symbol(name.as_str(), *addr as *const u8);
        }
        builder.symbol_lookup_fn(Box::new(self.lookup));
        JITModule::new(builder)
    }

    /// Steps 4 and 5 of the pipeline for the function `id` declared in
    /// `module` with IR `func`: compile (printing JITFFI_DEBUG output under
    /// `label`), link, make executable, and return the entry address.
    fn finish(
        &mut self,
        module: &mut JITModule,
        id: FuncId,
        mut func: ir::Function,
        key: &str,
        label: &str,
    ) -> Result<*const u8, JitError> {
        let dbg = log::flags();
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
}

/// Returns the malloc heap's free pages to the system. A freed unit leaves
/// small holes all over the heap (its module's tables, allocated while
/// other units were being compiled), which glibc's malloc otherwise keeps.
fn release_free_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim has no preconditions; it only releases free memory.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The JIT of one environment.
pub(crate) struct Jit {
    compiler: Compiler,
    /// The code of each signature key compiled and not yet freed.
    units: HashMap<String, Unit>,
    /// Counts requests for code (orders idle units by last use).
    clock: u64,
    /// The unit count at which the next new unit sweeps.
    sweep_at: usize,
    /// Trampolines compiled so far (distinct key/tier pairs, again after a free).
    compiled: usize,
}

// SAFETY: nothing in a `Jit` is tied to the thread that created it: the
// JITModules are Send, the raw pointers are addresses of immutable code and
// of the slot array whose owner (the environment) also owns this Jit. Moving
// it between threads is sound; sharing it is not (it is not Sync).
unsafe impl Send for Jit {}

impl Jit {
    /// A JIT whose fast-tier code uses `slots` (this environment's array of
    /// `SLOT_COUNT` 8-byte-aligned u64s) as the `jitffi_slots` symbol, whose
    /// forward trampolines count their C calls in `sync_calls` (the
    /// environment's `abi::sync_calls` word) as `jitffi_sync_calls`, and
    /// whose other imports `lookup` resolves. Both must outlive the Jit and
    /// every trampoline it returns.
    /// Fails when executable memory cannot be obtained: this compiles,
    /// finalizes and runs one tiny function.
    pub(crate) fn new(slots: *mut u64, sync_calls: *mut u64, lookup: Lookup) -> Result<Jit, JitError> {
        Jit::with_symbols(slots, sync_calls, lookup, &[])
    }

    /// `new`, with extra symbols that take precedence over `lookup` (tests
    /// use it to stand in for N-API).
    pub(crate) fn with_symbols(
        slots: *mut u64,
        sync_calls: *mut u64,
        lookup: Lookup,
        symbols: &[(&str, *const u8)],
    ) -> Result<Jit, JitError> {
        let isa = host_isa()?;
        let mut all =
            vec![(forward::SLOTS_SYMBOL.to_string(), slots as usize), (forward::SYNC_CALLS_SYMBOL.to_string(), sync_calls as usize)];
        all.extend(symbols.iter().map(|&(name, addr)| (name.to_string(), addr as usize)));
        let mut jit = Jit {
            compiler: Compiler {
                ctx: codegen::Context::new(),
                fctx: FunctionBuilderContext::new(),
                registered: all.iter().map(|(name, _)| name.clone()).collect(),
                symbols: all,
                lookup,
                isa,
            },
            units: HashMap::new(),
            clock: 0,
            sweep_at: SWEEP_EVERY,
            compiled: 0,
        };
        jit.probe_executable_memory()?;
        Ok(jit)
    }

    /// Compiles, links and runs `fn() -> i32 { 0x6a17 }` in a module of its
    /// own, then frees it.
    fn probe_executable_memory(&mut self) -> Result<(), JitError> {
        let mut module = self.compiler.module();
        let result = self.probe_in(&mut module);
        // SAFETY: the probe has returned and its address was not kept.
        unsafe { module.free_memory() };
        result
    }

    fn probe_in(&mut self, module: &mut JITModule) -> Result<(), JitError> {
        let Compiler { ctx, fctx, .. } = &mut self.compiler;
        let mut sig = module.make_signature();
        sig.returns.push(ir::AbiParam::new(ir::types::I32));
        let id = module.declare_function("jitffi_probe", Linkage::Local, &sig)?;
        ctx.func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
            let block = b.create_block();
            b.switch_to_block(block);
            let magic = b.ins().iconst(ir::types::I32, 0x6a17);
            b.ins().return_(&[magic]);
            b.seal_all_blocks();
            b.finalize(module.target_config());
        }
        let defined = module.define_function(id, ctx);
        module.clear_context(ctx);
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

    /// 1. The unit of `key`, made (after a sweep, when due) if there is none.
    fn unit(&mut self, key: &str) -> &mut Unit {
        self.clock += 1;
        if !self.units.contains_key(key) {
            if self.units.len() >= self.sweep_at {
                self.sweep();
            }
            let unit = Unit {
                module: self.compiler.module(),
                fast: None,
                v8fast: None,
                general: None,
                pool: None,
                reverse: None,
                lease: CodeLease::new(),
                used: 0,
            };
            self.units.insert(key.to_string(), unit);
        }
        let unit = self.units.get_mut(key).expect("inserted above");
        unit.used = self.clock;
        unit
    }

    /// The compiler and the unit of `key` (made if there is none), apart,
    /// for building code into the unit.
    fn compiler_and_unit(&mut self, key: &str) -> (&mut Compiler, &mut Unit) {
        self.unit(key);
        let Jit { compiler, units, .. } = self;
        (compiler, units.get_mut(key).expect("made by unit()"))
    }

    /// Frees the code of idle signatures (no lease but the unit's own),
    /// except the `IDLE_KEPT` most recently used. No code of an idle unit
    /// can be running or called later: every caller holds a lease.
    fn sweep(&mut self) {
        let mut idle: Vec<(u64, String)> = self.units.iter().filter(|(_, u)| u.is_idle()).map(|(k, u)| (u.used, k.clone())).collect();
        if idle.len() > IDLE_KEPT {
            idle.sort_unstable_by_key(|&(used, _)| std::cmp::Reverse(used));
            for (_, key) in &idle[IDLE_KEPT..] {
                let unit = self.units.remove(key).expect("listed above");
                // SAFETY: the unit is idle: nothing holds a lease on its
                // code, so nothing can call it, and nothing is running it
                // (a caller holds its lease for the length of every call).
                unsafe { unit.module.free_memory() };
            }
            log::note(&format!("freed the code of {} idle signatures", idle.len() - IDLE_KEPT));
            release_free_heap();
        }
        self.sweep_at = self.units.len() + self.units.len().max(SWEEP_EVERY);
    }

    /// Returns the address of the trampoline of `sig` on `tier` (a
    /// `napi_callback`, `napi_value (*)(napi_env, napi_callback_info)`, or
    /// for `Tier::Pool` an array call, `void (*)(u64 *)`),
    /// compiling it once per (key, tier) while the signature's code lives
    /// (as long as a lease on it does, see `CodeLease`).
    pub(crate) fn compile(&mut self, sig: &Signature, tier: Tier) -> Result<Compiled, JitError> {
        let key = sig.key();
        let unit = self.unit(&key);
        let cached = match tier {
            Tier::Fast => unit.fast,
            Tier::V8Fast => unit.v8fast,
            Tier::General => unit.general,
            Tier::Pool => unit.pool,
        };
        if let Some(code) = cached {
            return Ok(unit.compiled(code));
        }
        let Jit { compiler, units, compiled, .. } = self;
        let unit = units.get_mut(&key).expect("made by unit()");
        let module = &mut unit.module;
        let target = module.target_config();

        // 2. declare the trampoline.
        let id = module.declare_function(&trampoline_name(&key, tier), Linkage::Local, &tier_signature(sig, tier, target)?)?;

        // 3. build its IR.
        let mut linker = LiveLinker { module: &mut *module, registered: &compiler.registered, lookup: compiler.lookup };
        let func = build(sig, tier, target, &mut linker, &mut compiler.fctx)?;

        // 4, 5.
        let code = compiler.finish(module, id, func, &key, tier.as_str())?;
        match tier {
            Tier::Fast => unit.fast = Some(code),
            Tier::V8Fast => unit.v8fast = Some(code),
            Tier::General => unit.general = Some(code),
            Tier::Pool => unit.pool = Some(code),
        }
        *compiled += 1;
        Ok(unit.compiled(code))
    }

    /// A new C-ABI entry point for one callback with signature `sig`: a stub
    /// passing `cell` (the callback's `CallbackCell`) to the signature's
    /// shared reverse trampoline, which is compiled on first use. The code
    /// lives as long as the lease returned with it (callers reuse stubs of
    /// freed callbacks).
    pub(crate) fn compile_callback_entry(&mut self, sig: &Signature, cell: *const std::ffi::c_void) -> Result<Compiled, JitError> {
        let key = sig.key();
        let (compiler, unit) = self.compiler_and_unit(&key);
        let module = &mut unit.module;
        let target = module.target_config();
        let shared = match unit.reverse {
            Some(id) => id,
            None => {
                let id =
                    module.declare_function(&format!("jitffi_callback_{key}"), Linkage::Local, &reverse::shared_signature(sig, target))?;
                let mut linker = LiveLinker { module: &mut *module, registered: &compiler.registered, lookup: compiler.lookup };
                let func = reverse::build_shared(sig, target, &mut linker, &mut compiler.fctx)?;
                compiler.finish(module, id, func, &key, "callback")?;
                unit.reverse = Some(id);
                id
            }
        };
        let id = module.declare_anonymous_function(&imports::c_signature(sig, target))?;
        let func = reverse::build_stub(sig, target, |b| module.declare_func_in_func(shared, b.func), cell as u64, &mut compiler.fctx);
        let code = compiler.finish(module, id, func, &key, "callback stub")?;
        Ok(unit.compiled(code))
    }

    /// The counting entry of the v8fast tier (v8fast.rs, a test hook) for
    /// `code`, the fast C function of kind `kind` of `sig`, counting into
    /// `counter`, which must outlive the code.
    pub(crate) fn compile_counting_entry(
        &mut self,
        sig: &Signature,
        kind: v8fast::FastKind,
        code: *const u8,
        counter: *const u64,
    ) -> Result<Compiled, JitError> {
        self.compile_entry(sig, "v8fast counting entry", |target, _, fctx| {
            let callee = match kind {
                v8fast::FastKind::Stub => v8fast::Counted::Stub(code),
                v8fast::FastKind::Typed => v8fast::Counted::Typed(code, v8fast::typed_function_signature(sig, target)?),
                v8fast::FastKind::Direct => v8fast::Counted::Typed(code, v8fast::direct_function_signature(sig, target)?),
            };
            Ok(v8fast::build_counting_entry(callee, counter, target, fctx))
        })
    }

    /// The bound function of one C function of `sig` (v8fast.rs): V8's fast
    /// C function for the function users hold, with the target and the
    /// flags in `bound` built in. Compiled per C function, in the
    /// signature's unit, whose lease keeps it mapped.
    pub(crate) fn compile_bound(&mut self, sig: &Signature, bound: &Bound) -> Result<Compiled, JitError> {
        self.compile_entry(sig, "v8fast bound", |target, linker, fctx| v8fast::build_bound(sig, bound, target, linker, fctx))
    }

    /// Compiles one more entry point of `sig`'s unit, not cached (it has
    /// addresses of its own built in), whose IR `build` makes: steps 3 to 5
    /// of the pipeline, under `label` in `JITFFI_DEBUG` output.
    fn compile_entry(
        &mut self,
        sig: &Signature,
        label: &str,
        build: impl FnOnce(TargetFrontendConfig, &mut dyn Linker, &mut FunctionBuilderContext) -> Result<ir::Function, JitError>,
    ) -> Result<Compiled, JitError> {
        let key = sig.key();
        let (compiler, unit) = self.compiler_and_unit(&key);
        let module = &mut unit.module;
        let target = module.target_config();
        let mut linker = LiveLinker { module: &mut *module, registered: &compiler.registered, lookup: compiler.lookup };
        let func = build(target, &mut linker, &mut compiler.fctx)?;
        let id = module.declare_anonymous_function(&func.signature)?;
        let code = compiler.finish(module, id, func, &key, label)?;
        Ok(unit.compiled(code))
    }

    /// How many trampolines this Jit has compiled (distinct key/tier pairs;
    /// a pair counts again when compiled again after its code was freed).
    pub(crate) fn compiled_count(&self) -> usize {
        self.compiled
    }

    /// How many signatures have code mapped now (in use or idle).
    pub(crate) fn unit_count(&self) -> usize {
        self.units.len()
    }
}

impl Drop for Jit {
    fn drop(&mut self) {
        for (_, unit) in self.units.drain() {
            // SAFETY: the Jit is dropped with its environment, after which no
            // JS function can call a trampoline it returned, and none is
            // running: not on the environment's thread, which is the one
            // dropping it, and not on a pool thread (asynchronous calls run
            // pool trampolines inside N-API async work, which Node.js waits
            // for, in the environment's cleanup, before it runs the cleanup
            // hook that drops the environment's state).
            unsafe { unit.module.free_memory() };
        }
    }
}

#[cfg(test)]
mod tests;
