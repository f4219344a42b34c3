//! Per-environment state (one per Node.js main thread or worker): everything
//! jitffi keeps for one environment, freed by its one cleanup hook. The
//! fast tier's slots and string area, its count of synchronous calls, the
//! JIT that owns the environment's compiled code, its callbacks, its
//! asynchronous calls' queue and the
//! memory helpers' state.

use crate::abi::scratch::STRING_AREA;
use crate::abi::slots::SLOT_COUNT;
use crate::abi::sync_calls::SyncCalls;
use crate::async_calls::AsyncCalls;
use crate::call::jit::{Compiled, Jit};
use crate::call::{CallPath, Means, Role, Tier};
use crate::callbacks::{Callbacks, Shared};
use crate::host::log::note;
use crate::host::napi::napi_env;
use crate::memory::MemoryState;
use crate::types::Signature;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

pub(crate) struct EnvState {
    /// The fast tier's argument slots. Boxed so the address is stable; it is
    /// baked into this environment's compiled fast-tier code.
    pub(crate) slots: Box<[u64; SLOT_COUNT]>,
    /// Where fast-tier wrappers copy short string arguments (lib/wrappers.js
    /// fills it stack-wise; compiled code only sees the pointers).
    pub(crate) strings: Box<[u8; STRING_AREA]>,
    /// `None` when `JITFFI_MODE=interp` or when executable memory is unavailable.
    pub(crate) jit: Option<Jit>,
    /// Registered callbacks of this environment.
    pub(crate) callbacks: Callbacks,
    /// What its callbacks share (nesting depth, exiting); boxed so the
    /// callback cells can point to it.
    pub(crate) callback_shared: Box<Shared>,
    /// Its count of synchronous foreign calls in progress (abi/sync_calls.rs),
    /// which its compiled code links against and its interpreted wrappers
    /// hold; thread-safe callbacks hold it too, to tell a deadlock.
    pub(crate) sync_calls: Arc<SyncCalls>,
    /// The memory helpers' block (memory.rs).
    pub(crate) memory: MemoryState,
    /// Its asynchronous calls' queue (async_calls.rs).
    pub(crate) async_calls: AsyncCalls,
    /// Whether JS can generate the fast tier's wrappers and thunks (`new
    /// Function`); false under `--disallow-code-generation-from-strings`,
    /// and then the fast tier is never chosen.
    pub(crate) js_codegen: bool,
    /// Whether fast-tier stubs are made V8 fast API functions (the v8fast
    /// tier, host/v8_fast.rs): compiled mode and a V8 that serves.
    pub(crate) v8_fast: bool,
    /// The calls of v8fast stubs through the fast API, counted only with
    /// `JITFFI_COUNT_V8FAST=1` (a test hook, call/jit/v8fast.rs); boxed, as
    /// counting code has its address.
    pub(crate) v8fast_calls: Option<Box<u64>>,
    /// How many V8 functions were made of a target itself (the v8fast
    /// tier's direct functions), shown with `v8fast_calls`.
    pub(crate) v8fast_direct: u64,
    /// How many bound functions were made (exports/bound.rs), shown with
    /// `v8fast_calls`.
    pub(crate) v8fast_bound: u64,
    /// A byte, non-zero once this environment's synchronous foreign calls
    /// are counted in full (`countSyncCalls`): the v8fast tier's bound
    /// functions read it (call/jit/v8fast.rs). Boxed: its address is built
    /// into their code.
    pub(crate) count_sync_calls: Box<u8>,
}

/// The imports of forward trampolines: the conversion helpers, N-API and
/// the `errno` helpers.
/// Built on first use, because resolving N-API needs a Node process.
fn forward_symbols(name: &str) -> Option<*const u8> {
    static TABLE: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let helpers = crate::convert::helper_symbols().into_iter().chain(crate::host::errno::helper_symbols());
        helpers.map(|(name, addr)| (name, addr as usize)).collect()
    });
    table.get(name).map(|&addr| addr as *const u8)
}

/// V8 functions made per C function (bound functions, and the direct
/// functions of exports/library.rs) in one environment, at most. V8 keeps
/// every function a `FunctionTemplate` instantiated in its context's
/// template cache for the context's life, so such a function, and what its
/// finalizer would release (its code, its library's state), is never
/// collected. Past the limit, C functions get the typed function their
/// signature shares, whose wrapper is collected as usual.
pub(crate) const MAX_FUNCTION_TEMPLATES: u64 = 1024;

impl EnvState {
    /// Whether another V8 function may be made per C function (see
    /// `MAX_FUNCTION_TEMPLATES`).
    pub(crate) fn may_make_function_template(&self) -> bool {
        self.v8fast_bound + self.v8fast_direct < MAX_FUNCTION_TEMPLATES
    }

    /// The state of environment `env`.
    pub(crate) fn new(env: napi_env) -> EnvState {
        let mut slots = Box::new([0u64; SLOT_COUNT]);
        let sync_calls = Arc::new(SyncCalls::default());
        let jit = if std::env::var("JITFFI_MODE").as_deref() == Ok("interp") {
            None
        } else {
            match Jit::new(slots.as_mut_ptr(), sync_calls.as_ptr(), forward_symbols) {
                Ok(jit) => Some(jit),
                Err(e) => {
                    note(&format!("JIT unavailable ({e}); using the interpreted path"));
                    None
                }
            }
        };
        let has_jit = jit.is_some();
        EnvState {
            slots,
            strings: Box::new([0u8; STRING_AREA]),
            jit,
            callbacks: Default::default(),
            callback_shared: Box::new(Shared { sync_calls: sync_calls.clone(), ..Default::default() }),
            sync_calls,
            memory: MemoryState::new(env),
            async_calls: AsyncCalls::default(),
            js_codegen: true,
            v8_fast: has_jit && crate::host::v8_fast::fast_api().is_some(),
            v8fast_calls: (std::env::var("JITFFI_COUNT_V8FAST").as_deref() == Ok("1")).then(|| Box::new(0)),
            v8fast_direct: 0,
            v8fast_bound: 0,
            count_sync_calls: Box::new(0),
        }
    }

    pub(crate) fn mode(&self) -> &'static str {
        if self.jit.is_some() {
            "jit"
        } else {
            "interp"
        }
    }

    /// Which path serves `sig` in `role` in this environment (`call::choose`).
    pub(crate) fn path(&self, sig: &Signature, role: Role) -> CallPath {
        crate::call::choose(sig, role, Means { jit: self.jit.is_some(), js_codegen: self.js_codegen, v8_fast: self.v8_fast })
    }

    /// Compiled code for `sig` on `tier`, with the lease its caller keeps
    /// while the code may run; falls back to `None` (interpreted) if
    /// compilation fails, which is reported under JITFFI_DEBUG.
    pub(crate) fn compile(&mut self, sig: &Signature, tier: Tier) -> Option<Compiled> {
        let jit = self.jit.as_mut()?;
        match jit.compile(sig, tier) {
            Ok(code) => Some(code),
            Err(e) => {
                note(&format!("compiling {} failed ({e}); using the interpreted path", sig.key()));
                None
            }
        }
    }
}
