//! Callbacks: JS functions that native code calls through a function pointer.
//!
//! Each registered callback owns a `CallbackCell` (boxed, so its address is
//! stable) and an entry address that identifies it:
//!  - compiled mode: a per-callback Cranelift stub that passes the cell to
//!    the signature's shared reverse trampoline (call/jit/reverse.rs), which
//!    spills the native arguments into an argument array laid out by the
//!    trampoline ABI (abi/slots.rs) and calls `jitffi_callback_dispatch`;
//!  - interpreted mode: a libffi closure whose handler fills the same
//!    argument array and calls the same dispatcher.
//!
//! The dispatcher makes the JS values, calls the function, validates its
//! result and stores it in the array, from which the entry returns it. In
//! compiled mode (`call::choose`, for `Role::Callback`) it hands the values to a
//! JS thunk (lib/callbacks.js) through the environment's slots instead, and
//! the thunk converts and checks them in JS.
//!
//! Misuse that node:ffi turns into a process abort aborts here too, each with
//! its own message: a callback that throws, returns a promise, returns a
//! value that does not fit its result type, or runs on another thread.
//!
//! Thread-safe callbacks (`threadsafe: true` or `'nonblocking'`) may run on
//! any thread. On the registering thread the dispatcher calls the function
//! as for any callback; from another thread it queues the call to the
//! registering environment's event loop through an N-API thread-safe
//! function (`CrossThread`), whose delivery (`deliver`) runs the same
//! dispatcher there. A blocking call waits, on the calling thread, until
//! the callback has returned, its argument array (in the waiting caller's
//! frame) serving as the request; a nonblocking one (void results only)
//! queues a copy of its arguments and returns at once. While it waits, the
//! caller watches the registering environment's count of synchronous calls
//! (`abi::sync_calls`): if that environment stays inside the same
//! synchronous foreign call for `DEADLOCK_GRACE` while the request is still
//! undelivered, it is presumably waiting for the caller, and the process
//! aborts with a message saying so instead of hanging.
//!
//! Cell lifetimes. Native code may keep a callback pointer longer than the
//! callback lives, so a released cell is not freed at once: its entry stays
//! valid and returns zero. A released cell goes to a process-wide pool, by
//! signature, and is reused for the next callback of that signature
//! registered on any thread. Then:
//! - a cell released because its environment ended (a worker that is gone)
//!   is `kept`: native code was never told, so it and its code are never
//!   freed, and its entry returns zero for good;
//! - a cell released explicitly (`unregisterCallback`, `close()`, after
//!   which node:ffi makes calling the pointer undefined behaviour) may be
//!   freed, with its lease on its compiled code, once the pool holds more
//!   than `POOL_MAX` cells: the least recently released are freed first, by
//!   the thread that released them, while none of its callbacks runs and
//!   no call of the cell itself is still running on any thread (a callback
//!   may unregister itself, and its cell be reused and released elsewhere,
//!   before it returns: `CallbackCell::active`).
//!
//! A thread-safe callback's cell is never reused nor freed once released
//! (it is `retired`): other threads may go on calling its entry at any
//! time, and must get zero without entering JS, so the entry must never
//! come to belong to another callback. Its thread-safe function is
//! released (unregisterCallback, close(), the environment's teardown) or
//! finalized by Node (a worker's end) under `CrossThread::tsfn`'s lock,
//! which a calling thread holds while it queues a call, so no thread uses
//! a thread-safe function after Node may have freed it.
//!
//! So memory stays bounded by the most callbacks registered at once plus
//! the pool (plus one retired cell per thread-safe registration), however
//! many distinct signatures come and go. Compiled
//! entries live in one process-wide JIT (`CALLBACK_JIT`), not in the
//! environment's, so that a kept entry outlives its environment.

use crate::abi::scratch::CALLBACK_INLINE_ARGS as INLINE_ARGS;
use crate::abi::slots::{SLOT_ARG0, SLOT_COUNT, SLOT_RESULT, SLOT_TARGET};
use crate::abi::sync_calls::{self, SyncCalls};
use crate::convert::check_int;
use crate::errors::fatal;
use crate::host::napi::{self, api, napi_env, napi_ref, napi_threadsafe_function, napi_value, valuetype, NAPI_OK};
use crate::types::{FfiAbiType, FfiType, JsKind, Signature};
use std::cell::Cell;
use std::collections::HashMap;
use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A libffi closure and the call interface it was prepared with, owned by
/// its cell.
struct Closure {
    closure: *mut libffi::low::ffi_closure,
    _cif: Box<libffi::middle::Cif>,
}

impl Drop for Closure {
    fn drop(&mut self) {
        // SAFETY: allocated by ffi_closure_alloc in `Callbacks::closure` and
        // freed once, with the cell that owns it (see `free_cell`).
        unsafe { libffi::low::closure_free(self.closure) }
    }
}

/// Everything the dispatcher needs about one callback. Its address is baked
/// into the callback's entry stub (or libffi closure) and never changes;
/// when the cell may be freed is said in the module comment.
///
/// The registry changes a cell while a dispatcher further up the stack may
/// be using it (a callback that unregisters itself, or registers a callback
/// that reuses the cell), and native code on another thread may call a
/// stale pointer to a cell that another thread reuses, so the fields that
/// change are atomics and cells are only ever shared by reference.
/// Registration writes every field and publishes `func` last (Release);
/// release clears `func` first; the dispatcher reads `func` first (Acquire).
pub(crate) struct CallbackCell {
    /// Reference to the JS function; null while the cell is free.
    func: AtomicPtr<c_void>,
    env: AtomicPtr<c_void>,
    /// The registering thread (`pthread_self` as an integer, cheaper to
    /// compare than `std::thread::current()`, which clones an Arc).
    thread: AtomicUsize,
    /// Fast path: `func` is a JS thunk (lib/callbacks.js) that reads its
    /// arguments from these slots (the environment's fast-tier slots) and
    /// writes its checked result there, so the dispatcher makes no N-API
    /// call per value. Null: `func` is the user's function, called with
    /// N-API values.
    thunk_slots: AtomicPtr<u64>,
    /// The registering thread's `v8::Isolate` when V8's API is available
    /// (v8.rs), else null: the dispatcher's handle scope then goes through
    /// N-API.
    isolate: AtomicPtr<c_void>,
    /// What the environment's callbacks share (in its `EnvState`, which
    /// outlives the registration).
    shared: AtomicPtr<Shared>,
    /// The thread that released the cell last (0 while registered): only it
    /// may free the cell, when none of its callbacks is running.
    released_by: AtomicUsize,
    /// Set for good once the cell was released because its environment
    /// ended: native code may still call such an entry without having been
    /// told it is gone, so the cell and its code are never freed.
    kept: AtomicBool,
    /// Dispatcher frames running on this cell right now, on any thread. A
    /// callback may unregister itself while it runs; its cell can then be
    /// registered and released again by another thread before the first
    /// call returns, so a cell is only freed while this is 0.
    active: AtomicU32,
    /// Set (before `func` is published) when the callback is thread-safe:
    /// its thread-safe function, leaked with the cell, which is then never
    /// reused nor freed (module comment). Null for other callbacks.
    cross: AtomicPtr<CrossThread>,
    sig: Signature,
    entry: u64,
    closure: Option<Closure>,
    /// Keeps the compiled entry (and its signature's shared trampoline)
    /// mapped while the cell exists (jit/mod.rs `CodeLease`).
    _lease: Option<crate::abi::lease::CodeLease>,
}

/// A cell, shared: by its registry, by the pool and by its entry code. It
/// keeps the pointer `Box::into_raw` gave, so that `free_cell` frees the box
/// through the pointer it was allocated with.
#[derive(Clone, Copy)]
struct CellRef(std::ptr::NonNull<CallbackCell>);

// SAFETY: a `CellRef` lets other threads read the cell (the pool hands it
// to any thread; native code may call a stale entry on any thread). Every
// field of a cell that changes after its entry exists is an atomic; `sig`,
// `entry`, `closure` and `_lease` (an `Arc`) are written once, before the
// cell is first shared, and only read afterwards; the libffi closure's raw
// pointers are used only by its `Drop`, in `free_cell`, once nothing uses
// the cell. `shared` points to a `Shared`, which is not `Sync`: it is only
// dereferenced on the registering thread (after the dispatcher's thread
// check, or by that thread's registry).
unsafe impl Send for CellRef {}

impl CellRef {
    fn get(self) -> &'static CallbackCell {
        // SAFETY: a cell lives until `free_cell`, whose contract is that
        // nothing uses it any more; until then it is only shared (its
        // mutable fields are atomics).
        unsafe { self.0.as_ref() }
    }
}

/// Free cells of every environment, by signature key, for reuse.
#[derive(Default)]
struct Pool {
    /// Each free cell with the clock value of its release; no empty lists.
    free: HashMap<String, Vec<(u64, CellRef)>>,
    count: usize,
    clock: u64,
}

static POOL: Mutex<Option<Pool>> = Mutex::new(None);

/// Released cells of thread-safe callbacks: never reused nor freed (module
/// comment), listed so that they stay reachable.
static RETIRED: Mutex<Vec<CellRef>> = Mutex::new(Vec::new());

/// Free cells beyond this many make a release trim the pool to `POOL_KEPT`.
const POOL_MAX: usize = 128;
const POOL_KEPT: usize = 64;

fn pool_pop(key: &str) -> Option<CellRef> {
    let mut guard = POOL.lock().unwrap_or_else(|e| e.into_inner());
    let pool = guard.as_mut()?;
    let list = pool.free.get_mut(key)?;
    let (_, cell) = list.pop()?;
    if list.is_empty() {
        pool.free.remove(key);
    }
    pool.count -= 1;
    Some(cell)
}

/// Puts a released cell into the pool. Past `POOL_MAX` free cells, frees the
/// least recently released ones that this thread released and that were
/// not `kept`, down to `POOL_KEPT`; only when `idle` (no callback of this
/// thread's environment is running, so no dispatcher frame still uses a
/// cell this thread released).
fn pool_push(cell: CellRef, idle: bool) {
    let key = cell.get().sig.key();
    let mut guard = POOL.lock().unwrap_or_else(|e| e.into_inner());
    let pool = guard.get_or_insert_with(Pool::default);
    pool.clock += 1;
    let clock = pool.clock;
    pool.free.entry(key).or_default().push((clock, cell));
    pool.count += 1;
    if !idle || pool.count <= POOL_MAX {
        return;
    }
    let me = this_thread();
    let mut candidates: Vec<(u64, String)> = pool
        .free
        .iter()
        .flat_map(|(key, list)| {
            list.iter()
                .filter(|(_, c)| {
                    let c = c.get();
                    !c.kept.load(Ordering::Relaxed) && c.released_by.load(Ordering::Relaxed) == me && c.active.load(Ordering::Acquire) == 0
                })
                .map(move |(t, _)| (*t, key.clone()))
        })
        .collect();
    candidates.sort_unstable();
    for (t, key) in candidates.into_iter().take(pool.count.saturating_sub(POOL_KEPT)) {
        let list = pool.free.get_mut(&key).expect("listed above");
        let at = list.iter().position(|(u, _)| *u == t).expect("listed above");
        let (_, cell) = list.swap_remove(at);
        if list.is_empty() {
            pool.free.remove(&key);
        }
        pool.count -= 1;
        // SAFETY: the cell is free and was released by this thread; no
        // dispatcher frame runs on it (`active` is 0, and a frame counts
        // itself before it reads the cell's registration); it was released
        // explicitly (not `kept`), after which calling its entry is
        // undefined behaviour by node:ffi's contract.
        unsafe { free_cell(cell) };
    }
}

/// Frees a cell, its libffi closure and its lease on its compiled entry
/// (whose code the callback JIT may then free).
///
/// # Safety
/// `cell` was made by `new_cell` (a leaked box) and is not freed yet;
/// nothing uses it any more (no dispatcher frame is running on it and no
/// native code may still call its entry), and it is in no registry or pool.
unsafe fn free_cell(cell: CellRef) {
    // SAFETY: the caller's contract: `cell.0` is the address of the box
    // `new_cell` leaked, which is freed here only, once, and no reference to
    // the cell is used afterwards.
    drop(unsafe { Box::from_raw(cell.0.as_ptr()) });
}

/// The JIT that compiles callback entries (stubs and the shared reverse
/// trampolines) for every environment; never dropped, so that an entry
/// stays callable after its environment is gone. `None` inside until first
/// used; `Err` when it could not be made (entries are then libffi closures).
static CALLBACK_JIT: Mutex<Option<Result<crate::call::jit::Jit, ()>>> = Mutex::new(None);

/// The one import of callback entries: the dispatcher.
fn entry_symbols(name: &str) -> Option<*const u8> {
    (name == crate::call::jit::reverse::DISPATCH_SYMBOL).then_some(jitffi_callback_dispatch as *const u8)
}

/// Compiles an entry for `cell` in `CALLBACK_JIT`.
fn compile_entry(sig: &Signature, cell: *const CallbackCell) -> Result<crate::call::jit::Compiled, String> {
    let mut guard = CALLBACK_JIT.lock().unwrap_or_else(|e| e.into_inner());
    let jit = guard.get_or_insert_with(|| {
        // Callback entries never read the fast tier's slots nor count
        // synchronous calls; the JIT still needs the data to link its
        // `jitffi_slots` and `jitffi_sync_calls` symbols against.
        let slots: &'static mut [u64; SLOT_COUNT] = Box::leak(Box::new([0u64; SLOT_COUNT]));
        let sync_calls: &'static SyncCalls = Box::leak(Box::default());
        crate::call::jit::Jit::new(slots.as_mut_ptr(), sync_calls.as_ptr(), entry_symbols).map_err(|e| {
            crate::host::log::note(&format!("callback JIT unavailable ({e}); using libffi closures"));
        })
    });
    match jit {
        Ok(jit) => jit.compile_callback_entry(sig, cell as *const c_void).map_err(|e| e.to_string()),
        Err(()) => Err("no callback JIT".into()),
    }
}

/// What every callback of an environment shares.
#[derive(Default)]
pub(crate) struct Shared {
    /// How deeply its callbacks are nested right now (stack.rs).
    pub(crate) depth: crate::host::stack::Depth,
    /// Set when Node begins to exit (lib/callbacks.js, on the process's
    /// 'exit' event). From then on JS is entered only through N-API, whose
    /// `napi_call_function` refuses once Node has stopped running JS: when
    /// `process.exit()` ends the process, native `atexit`/`on_exit`
    /// handlers may still call a callback, after Node has freed the
    /// platform V8 relies on, and V8 itself would not refuse.
    pub(crate) exiting: Cell<bool>,
    /// The environment's count of synchronous foreign calls in progress
    /// (abi/sync_calls.rs), which its thread-safe callbacks watch.
    pub(crate) sync_calls: Arc<SyncCalls>,
    /// Set when a callback was cut short and the environment can no longer
    /// run JS (`worker.terminate()`, the environment's teardown): an
    /// environment never runs JS again once it stops, so from then on every
    /// callback returns 0 at once.
    pub(crate) stopped: Cell<bool>,
}

/// How a callback's entry calls its function.
pub(crate) struct How {
    /// The environment has a JIT, so the entry is compiled (else a libffi
    /// closure).
    pub(crate) compiled: bool,
    /// The function is a thunk that exchanges values through these slots
    /// (see `CallbackCell::thunk_slots`).
    pub(crate) thunk_slots: Option<*mut u64>,
    /// Any thread may call the entry (module comment).
    pub(crate) threadsafe: Option<Threadsafe>,
}

/// The per-environment callback registry: its live cells, by entry.
#[derive(Default)]
pub(crate) struct Callbacks {
    live: HashMap<u64, CellRef>,
}

/// The calling thread, as stored in `CallbackCell::thread`.
fn this_thread() -> usize {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as usize }
}

impl Callbacks {
    /// Registers `func` (a JS function) with signature `sig`, called as
    /// `how` says; returns the entry address native code calls.
    ///
    /// # Safety
    /// Called on `env`'s thread, inside a JS call of it: `env` is that live
    /// environment, `func` a JS function of it. `how.thunk_slots`, if any,
    /// holds `SLOT_COUNT` slots; both it and `shared` outlive the registration
    /// (they live in the environment's state, which releases every cell
    /// before it goes).
    pub(crate) unsafe fn register(
        &mut self,
        env: napi_env,
        sig: Signature,
        func: napi_value,
        how: How,
        shared: *const Shared,
    ) -> Result<u64, String> {
        let How { compiled, thunk_slots, threadsafe } = how;
        let napi = api();
        let mut reference = std::ptr::null_mut();
        // SAFETY: the caller's contract: on `env`'s thread, inside a JS call
        // of that live environment, and `func` is one of its values;
        // `reference` is a local out-pointer.
        if unsafe { (napi.create_reference)(env, func, 1, &mut reference) } != NAPI_OK {
            return Err("could not reference the callback function".into());
        }
        let cross = match threadsafe {
            None => Ok(None),
            // SAFETY: the caller's contract: on `env`'s thread, inside a JS
            // call of that live environment.
            // `shared` is alive (the caller's contract) and read on its thread.
            Some(mode) => unsafe { CrossThread::new(env, mode, (*shared).sync_calls.clone()) }.map(Some),
        };
        let cell = cross.and_then(|cross| {
            let cell = match pool_pop(&sig.key()) {
                Some(cell) => cell,
                None => Self::new_cell(sig, compiled).inspect_err(|_| {
                    if let Some(cross) = cross {
                        cross.close();
                    }
                })?,
            };
            Ok((cell, cross))
        });
        let (cell, cross) = match cell {
            Ok(made) => made,
            Err(e) => {
                // SAFETY: as above; `reference` was just created in `env` and
                // nothing else holds it.
                unsafe { (napi.delete_reference)(env, reference) };
                return Err(e);
            }
        };
        let c = cell.get();
        // SAFETY: GetCurrent only reads this thread's current isolate; we
        // are inside a JS call on the registering thread.
        let isolate = crate::host::v8::v8().map_or(std::ptr::null_mut(), |v8| unsafe { (v8.get_current)() });
        c.env.store(env, Ordering::Relaxed);
        c.thread.store(this_thread(), Ordering::Relaxed);
        c.thunk_slots.store(thunk_slots.unwrap_or(std::ptr::null_mut()), Ordering::Relaxed);
        c.isolate.store(isolate, Ordering::Relaxed);
        c.shared.store(shared as *mut Shared, Ordering::Relaxed);
        c.cross.store(cross.map_or(std::ptr::null_mut(), |c| c as *const CrossThread as *mut CrossThread), Ordering::Relaxed);
        c.func.store(reference, Ordering::Release);
        self.live.insert(c.entry, cell);
        Ok(c.entry)
    }

    /// A new free cell for `sig` with its entry: compiled when `compiled`
    /// and the callback JIT is available, else a libffi closure.
    fn new_cell(sig: Signature, compiled: bool) -> Result<CellRef, String> {
        let mut cell = Box::new(CallbackCell {
            func: AtomicPtr::new(std::ptr::null_mut()),
            env: AtomicPtr::new(std::ptr::null_mut()),
            thread: AtomicUsize::new(0),
            thunk_slots: AtomicPtr::new(std::ptr::null_mut()),
            isolate: AtomicPtr::new(std::ptr::null_mut()),
            shared: AtomicPtr::new(std::ptr::null_mut()),
            released_by: AtomicUsize::new(0),
            kept: AtomicBool::new(false),
            active: AtomicU32::new(0),
            cross: AtomicPtr::new(std::ptr::null_mut()),
            sig,
            entry: 0,
            closure: None,
            _lease: None,
        });
        // The entry takes the cell's (heap, stable) address before the cell
        // is shared; the box is leaked only once the entry exists.
        let address: *const CallbackCell = &*cell;
        let entry = match compiled.then(|| compile_entry(&cell.sig, address)) {
            Some(Ok(crate::call::jit::Compiled { code, lease })) => {
                cell._lease = Some(lease);
                code as u64
            }
            other => {
                if let Some(Err(e)) = other {
                    crate::host::log::note(&format!("callback {} not compiled ({e}); using a libffi closure", cell.sig.key()));
                }
                // SAFETY: `address` is the cell's final (heap) address: the
                // box is leaked below, never moved or freed here, and the
                // closure is stored in the cell, so the cell outlives it.
                let (closure, entry) = unsafe { Self::closure(&cell.sig, address) }?;
                cell.closure = Some(closure);
                entry
            }
        };
        cell.entry = entry;
        Ok(CellRef(std::ptr::NonNull::from(Box::leak(cell))))
    }

    /// Interpreted mode: a libffi closure calling `closure_handler` with
    /// `cell`; returns it with its entry address.
    ///
    /// # Safety
    /// `cell` is the final address of a cell that outlives the closure.
    unsafe fn closure(sig: &Signature, cell: *const CallbackCell) -> Result<(Closure, u64), String> {
        let cif = Box::new(crate::call::interp::cif(sig));
        let (closure, code) = libffi::low::try_closure_alloc().ok_or("ffi_closure_alloc failed")?;
        // SAFETY: `closure` and `code` were just allocated together by
        // ffi_closure_alloc. The cif is boxed (its address is stable) and
        // owned by the returned Closure, which the cell owns and frees with
        // itself, so it lives as long as the closure. `closure_handler`'s
        // parameters are what libffi passes a closure of this cif (its
        // result buffer, its argument pointers, `cell` as user data); `cell`
        // outlives the closure by the caller's contract.
        if let Err(e) = unsafe { libffi::low::prep_closure(closure, cif.as_raw_ptr(), closure_handler, cell, code) } {
            // SAFETY: `closure` came from ffi_closure_alloc above, nothing
            // refers to it (preparing it failed), and it is freed once.
            unsafe { libffi::low::closure_free(closure) };
            return Err(format!("ffi_prep_closure failed: {e:?}"));
        }
        Ok((Closure { closure, _cif: cif }, code.0 as u64))
    }

    /// Frees `cell`'s registration: its entry then returns zero until the
    /// cell is reused or freed. Returns the reference it held.
    fn release(cell: CellRef) -> napi_ref {
        cell.get().released_by.store(this_thread(), Ordering::Relaxed);
        cell.get().func.swap(std::ptr::null_mut(), Ordering::AcqRel)
    }

    /// Releases a callback. Returns `None` if `entry` is not registered,
    /// else the JS function it held (null if it was collected).
    ///
    /// # Safety
    /// `env` is the environment of this registry, alive, and this is its
    /// thread, inside a JS call of it.
    pub(crate) unsafe fn unregister(&mut self, env: napi_env, entry: u64) -> Option<napi_value> {
        let cell = self.live.remove(&entry)?;
        // SAFETY: a registered cell's `shared` points into this
        // environment's state, alive (the caller's contract), and is only
        // used on its thread, which this is.
        let shared = unsafe { &*cell.get().shared.load(Ordering::Relaxed) };
        let idle = !shared.depth.running();
        let reference = Self::release(cell);
        let mut held = std::ptr::null_mut();
        // SAFETY: the caller's contract: on `env`'s thread, inside a JS call
        // of it. `reference` is the one `register` created in `env` for this
        // cell; releasing it above took it out of the cell, so it is read
        // and deleted here only, once.
        unsafe {
            (api().get_reference_value)(env, reference, &mut held);
            (api().delete_reference)(env, reference);
        }
        Self::retire_or_pool(cell, idle);
        Some(held)
    }

    /// Puts a released cell into the pool, unless it belongs to a
    /// thread-safe callback: then its thread-safe function is released and
    /// the cell retired for good (module comment), calls of its entry on
    /// any thread returning zero from now on.
    fn retire_or_pool(cell: CellRef, idle: bool) {
        match cell.get().cross() {
            Some(cross) => {
                cross.close();
                RETIRED.lock().unwrap_or_else(|e| e.into_inner()).push(cell);
            }
            None => pool_push(cell, idle),
        }
    }

    /// Makes the reference strong (`strong`) or weak. False if `entry` is
    /// not registered or its function has been collected.
    ///
    /// # Safety
    /// `env` is the environment of this registry, alive, and this is its
    /// thread, inside a JS call of it.
    pub(crate) unsafe fn set_strong(&mut self, env: napi_env, entry: u64, strong: bool) -> bool {
        let Some(cell) = self.live.get(&entry) else { return false };
        let func = cell.get().func.load(Ordering::Relaxed);
        let mut held = std::ptr::null_mut();
        // SAFETY: the caller's contract: on `env`'s thread, inside a JS call
        // of it; `func` is the reference `register` created in `env`, which
        // stays alive while the cell is in `live`.
        unsafe { (api().get_reference_value)(env, func, &mut held) };
        if held.is_null() {
            return false; // collected after unrefCallback
        }
        let mut count = 0u32;
        // SAFETY: as above: the same environment, thread and live reference.
        unsafe {
            (api().reference_ref)(env, func, &mut count);
            // Normalise to exactly 1 (strong) or 0 (weak) whatever came before.
            while count > 1 || (!strong && count > 0) {
                (api().reference_unref)(env, func, &mut count);
            }
        }
        if let Some(cross) = cell.get().cross() {
            // SAFETY: the caller's contract: on `env`'s thread, which
            // registered the callback, inside a JS call of it.
            unsafe { cross.keep_loop_alive(env, strong) };
        }
        true
    }

    pub(crate) fn count(&self) -> usize {
        self.live.len()
    }

    /// Releases every callback still registered (environment teardown,
    /// while N-API can still delete references). Their entries stay
    /// callable and return zero, for native code (an exit handler, another
    /// thread) that calls them after the environment is gone.
    ///
    /// # Safety
    /// Called from the environment's cleanup hook, on its thread, while
    /// N-API can still delete the environment's references.
    pub(crate) unsafe fn clear(&mut self) {
        for (_, cell) in self.live.drain() {
            let env = cell.get().env.load(Ordering::Relaxed);
            // Native code may still hold this entry without having been told
            // it is gone: it must stay valid (and return zero) for good.
            cell.get().kept.store(true, Ordering::Relaxed);
            let reference = Self::release(cell);
            // SAFETY: the caller's contract: on the environment's thread, in
            // its cleanup hook, while N-API can still delete references;
            // `env` is the cell's registering environment (this registry's)
            // and `reference` the one `register` created in it, taken out of
            // the cell above and deleted here only, once.
            unsafe { (api().delete_reference)(env, reference) };
            Self::retire_or_pool(cell, false);
        }
    }
}

/// libffi closure handler: copies the arguments into an argument array and
/// runs the shared dispatcher, then widens the result as libffi requires.
///
/// # Safety
/// Called only by libffi, for a closure prepared by `Callbacks::closure`
/// with the cif of `cell.sig` (`interp::cif`): `args` holds one pointer per
/// C parameter, each to a value of that parameter's type (an aggregate's
/// bytes for one passed by value); `result` is libffi's result buffer (at
/// least sizeof(ffi_arg) = 8 bytes, and at least the aggregate's size for
/// an aggregate result); `cell` is the closure's cell, not freed (the
/// dispatcher's contract).
unsafe extern "C" fn closure_handler(_cif: &libffi::low::ffi_cif, result: &mut u64, args: *const *const c_void, cell: &CallbackCell) {
    let sig = &cell.sig;
    let n = sig.params.len();
    let mut slots = vec![0u64; SLOT_ARG0 + n];
    slots[SLOT_TARGET] = cell as *const CallbackCell as u64;
    // Structs and unions by value, lowered to pointers (`Signature::lower`):
    // libffi passes each aggregate argument as a pointer to its bytes, and
    // the result buffer of an aggregate result (the caller's own memory for
    // a MEMORY one) becomes the hidden last argument.
    if sig.result_by_value.is_some() {
        slots[SLOT_ARG0 + n - 1] = result as *mut u64 as u64;
    }
    for (i, ty) in sig.params[..sig.c_param_count()].iter().enumerate() {
        if sig.by_value[i].is_some() {
            // SAFETY: the caller's contract: libffi passes one pointer per
            // C argument (i < c_param_count), here to the aggregate's bytes.
            slots[SLOT_ARG0 + i] = unsafe { *args.add(i) } as u64;
            continue;
        }
        let size = ty.info().size as usize;
        // SAFETY: the caller's contract: libffi passes one pointer per
        // argument (i < n), to a value of the argument's type; its size is
        // at most 8, so it fits in the low bytes of slot SLOT_ARG0 + i,
        // which `slots` (SLOT_ARG0 + n long) holds.
        unsafe { std::ptr::copy_nonoverlapping(*args.add(i) as *const u8, slots.as_mut_ptr().add(SLOT_ARG0 + i) as *mut u8, size) };
    }
    // SAFETY: `slots` holds SLOT_ARG0 + n slots for `cell.sig`'s n
    // parameters, slot SLOT_TARGET the address of `cell` (not freed, by the
    // caller's contract) and the argument slots its arguments.
    unsafe { jitffi_callback_dispatch(slots.as_mut_ptr()) };
    if sig.result_by_value.is_some() {
        return; // the dispatcher wrote it into libffi's result buffer
    }
    let r = slots[SLOT_RESULT..].as_ptr();
    // `result` points to at least sizeof(ffi_arg) = 8 bytes; integer results
    // narrower than that must be widened to a full ffi_arg.
    // SAFETY: `r` points to slot SLOT_RESULT of `slots`: an initialised,
    // 8-aligned u64, whose first bytes may be read as any integer type of
    // at most 8 bytes.
    *result = unsafe {
        match cell.sig.result.abi() {
            FfiAbiType::Sint8 => *(r as *const i8) as i64 as u64,
            FfiAbiType::Sint16 => *(r as *const i16) as i64 as u64,
            FfiAbiType::Sint32 => *(r as *const i32) as i64 as u64,
            FfiAbiType::Uint8 => *(r as *const u8) as u64,
            FfiAbiType::Uint16 => *(r as *const u16) as u64,
            FfiAbiType::Uint32 => *(r as *const u32) as u64,
            _ => *r,
        }
    };
}

/// The location napi_fatal_error prints before every callback abort.
pub(crate) const WHERE: &str = "jitffi callback";

/// Shared dispatcher of every callback entry, compiled or libffi.
/// `slots` follows the trampoline ABI: slot 0 = the `CallbackCell`,
/// slot 2+i = argument i; the result is stored into slot 1.
///
/// # Safety
/// `slots` must point to SLOT_ARG0 + nparams readable and writable,
/// 8-aligned slots: slot 0 the address of a cell that has not been freed
/// (a released one is fine: it runs nothing), slot 2+i a value of the
/// cell's parameter type i. For a struct or union passed by value (the
/// cell's signature is lowered, `Signature::lower`) that value is the
/// address of the aggregate's bytes, readable during the call, and for an
/// aggregate result the last slot is the address of as many writable
/// bytes, which the call fills (zeros when no JS runs).
pub(crate) unsafe extern "C" fn jitffi_callback_dispatch(slots: *mut u64) {
    // SAFETY: the caller's contract: slot SLOT_TARGET of `slots` holds the
    // address of a cell that is still allocated; cells are only ever
    // shared by reference (their mutable fields are atomics).
    let cell = unsafe { &*(*slots.add(SLOT_TARGET) as *const CallbackCell) };
    // SAFETY: the caller's contract: slot SLOT_RESULT is within `slots` and
    // writable.
    unsafe { *slots.add(SLOT_RESULT) = 0 };
    // An aggregate result is zero too unless the callback runs and fills it.
    if let Some(agg) = &cell.sig.result_by_value {
        // SAFETY: the caller's contract: the last argument slot points to
        // the aggregate's size in writable bytes.
        unsafe {
            let out = *slots.add(SLOT_ARG0 + cell.sig.params.len() - 1) as usize as *mut u8;
            std::ptr::write_bytes(out, 0, agg.size as usize);
        }
    }
    // A free cell (unregistered, released by close(), or its environment
    // torn down) runs nothing, on any thread: its environment may be gone.
    let reference = cell.func.load(Ordering::Acquire);
    if reference.is_null() {
        return;
    }
    if cell.thread.load(Ordering::Relaxed) != this_thread() {
        match cell.cross() {
            // SAFETY: the dispatcher's contract, passed on.
            Some(cross) => return unsafe { call_across(cell, cross, slots) },
            None => fatal(WHERE, "Callbacks can only be invoked on the system thread they were created on"),
        }
    }
    // Counts this frame until it returns, so the cell is not freed under it
    // (see `CallbackCell::active`).
    let _active = Active::enter(cell);
    // From here on the cell is registered on this thread, so only this
    // thread changes it: its other fields are those of this registration.
    // SAFETY: `cell.shared` points into the EnvState of the registering
    // environment, which is alive while the cell is registered; its
    // non-`Sync` `Shared` is only used on that environment's thread, which
    // this is.
    let shared = unsafe { &*cell.shared.load(Ordering::Relaxed) };
    if shared.stopped.get() {
        return; // the environment cannot run JS any more
    }
    let isolate = cell.isolate.load(Ordering::Relaxed);
    let env = cell.env.load(Ordering::Relaxed);
    let v8 = crate::host::v8::v8().filter(|_| !shared.exiting.get() && !isolate.is_null());
    // While execution is being terminated (a vm timeout, worker.terminate()),
    // C may go on calling callbacks after the first one was cut short; none
    // may run JS, and the JS that made the foreign call must still be
    // terminated when it returns. V8 12 and later would run the function
    // and end the termination if asked to call it now, so it is not asked.
    // SAFETY: on the registering thread, inside a JS call: `isolate` is
    // this thread's entered isolate, alive while its environment is (the
    // cell is registered).
    if v8.is_some_and(|v8| unsafe { v8.terminating(isolate) }) {
        // SAFETY: on `env`'s thread (checked above), inside a native call of
        // that environment, which is alive (the cell is registered to it).
        unsafe { note_cut_short(env, shared) };
        return;
    }
    // Counts the nesting until every return; may raise V8's stack limit.
    let _depth = shared.depth.enter();
    // A scope per invocation: a callback called many times during one
    // native call (qsort) must not pile up handles until that call returns.
    // On the thunk path (compiled mode) it is a V8 HandleScope in this frame
    // when the host exports V8's API (v8.rs), else an N-API scope.
    let thunk_slots = cell.thunk_slots.load(Ordering::Relaxed);
    let call = Call { cell, env, reference, isolate, shared, thunk_slots: (!thunk_slots.is_null()).then_some(thunk_slots) };
    match (call.thunk_slots, v8) {
        (Some(_), Some(v8)) if v8.has_handle_scope() => {
            // SAFETY: we are on the registering thread (checked above),
            // inside the native call of a JS call, so `isolate` (this
            // thread's isolate, taken at registration) is entered; `invoke`
            // opens no scope of its own that it does not close. `invoke`
            // then runs on the cell's thread, inside that scope, with the
            // `slots` of this call (the dispatcher's contract).
            unsafe { v8.with_handle_scope(isolate, || invoke(&call, slots, Some(v8))) };
        }
        (thunk, v8) => {
            let napi = api();
            let mut scope = std::ptr::null_mut();
            // SAFETY: on `env`'s thread (checked above), inside a native call
            // of that live environment; the scope opened here is closed here,
            // after `invoke`, which runs inside it (its contract) with the
            // `slots` of this call and closes any scope of its own.
            unsafe {
                (napi.open_handle_scope)(env, &mut scope);
                invoke(&call, slots, v8.filter(|_| thunk.is_some()));
                (napi.close_handle_scope)(env, scope);
            }
        }
    }
}

/// One invocation's copy of its cell's registration: the callback may
/// unregister itself, or close its library, while it runs, and the cell may
/// then be reused by a callback it registers.
#[derive(Clone, Copy)]
struct Call<'a> {
    cell: &'a CallbackCell,
    env: napi_env,
    reference: napi_ref,
    isolate: crate::host::v8::Isolate,
    /// The registering environment's `Shared`, read before any JS ran: the
    /// JS may release the cell, which another registration may then reuse.
    shared: &'a Shared,
    thunk_slots: Option<*mut u64>,
}

/// A dispatcher frame counted in `CallbackCell::active` while it lives.
struct Active<'a>(&'a CallbackCell);

impl<'a> Active<'a> {
    fn enter(cell: &'a CallbackCell) -> Active<'a> {
        cell.active.fetch_add(1, Ordering::AcqRel);
        Active(cell)
    }
}

impl Drop for Active<'_> {
    fn drop(&mut self) {
        self.0.active.fetch_sub(1, Ordering::AcqRel);
    }
}

// ---------------------------------------------------------------------------
// Thread-safe callbacks: calls from other threads
// ---------------------------------------------------------------------------

/// How a thread-safe callback treats a call from another thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Threadsafe {
    /// The calling thread waits until the callback has returned its result.
    Blocking,
    /// The calling thread queues the call and returns at once (void results
    /// and arguments that are not structs or unions by value only).
    Nonblocking,
}

/// How long the registering environment may stay inside the same
/// synchronous foreign call while a blocking call from another thread is
/// still undelivered before that is taken for a deadlock.
pub(crate) const DEADLOCK_GRACE: Duration = Duration::from_secs(1);

/// A waiting caller checks for a deadlock this often.
const WAIT_SLICE: Duration = Duration::from_millis(50);

/// Rounds a waiting caller spins (re-reading its request) before it sleeps:
/// a callback that returns quickly is then answered without waking a
/// sleeping thread. Every `YIELD_EVERY`th round yields the CPU instead.
const SPIN_ROUNDS: u32 = 4000;
const YIELD_EVERY: u32 = 64;

/// The abort message for the deadlock `DEADLOCK_GRACE` describes.
pub(crate) const DEADLOCK_MESSAGE: &str = "Deadlock: a thread-safe callback was called from another thread, which waits for it to \
run on the thread that registered it, but that thread has been inside one synchronous foreign call for over 1 second, \
presumably waiting for the calling thread. Make the outer call asynchronous, or register the callback with \
threadsafe: 'nonblocking'";

/// A thread-safe function, shared by the threads that queue calls to it.
struct Tsfn(napi_threadsafe_function);

// SAFETY: an N-API thread-safe function may be used from any thread; the
// mutex around it (`CrossThread::tsfn`) makes sure no thread uses it once it
// was released or finalized.
unsafe impl Send for Tsfn {}

/// The cross-thread half of a thread-safe callback: leaked with its cell,
/// which is never freed, so calling threads may always read it.
pub(crate) struct CrossThread {
    /// The N-API thread-safe function whose deliveries run the callback on
    /// the registering thread; null once released (`close`) or finalized by
    /// Node (the environment's end). Threads queue calls holding this lock,
    /// so the function is never used after it may have been freed.
    tsfn: Mutex<Tsfn>,
    mode: Threadsafe,
    /// The registering environment's count of synchronous calls.
    sync_calls: Arc<SyncCalls>,
    /// The hand-over lane of blocking calls (`CrossThread::offer`): set
    /// while the registering thread, having just run a call, watches `next`
    /// for the next one (`watch`).
    watching: AtomicBool,
    /// A blocking request handed over directly, without the thread-safe
    /// function's queue and its wake-up of the event loop; null when none.
    next: AtomicPtr<Request>,
}

/// How long the registering thread watches for the next blocking call after
/// it ran one (`watch`): a C thread that calls a callback in a loop then
/// hands each call over without waking the event loop.
const WATCH: Duration = Duration::from_micros(50);
/// The longest one watch lasts, however many calls keep coming: then the
/// event loop (timers, I/O, microtasks, other callbacks) runs again, as
/// Node.js's own delivery of a thread-safe function's queue gives it back
/// after at most 1,000 items.
const WATCH_MAX: Duration = Duration::from_millis(1);
const WATCH_MAX_CALLS: u32 = 1000;

impl CallbackCell {
    /// The cell's cross-thread half, if it is registered thread-safe (or was,
    /// and is retired). Set before `func` is published: read after `func`.
    fn cross(&self) -> Option<&'static CrossThread> {
        // SAFETY: a non-null `cross` is a leaked `CrossThread`, never freed.
        unsafe { self.cross.load(Ordering::Relaxed).as_ref() }
    }
}

impl CrossThread {
    /// A new thread-safe function for a callback of `env`, not keeping its
    /// event loop alive (`keep_loop_alive`).
    ///
    /// # Safety
    /// On `env`'s thread, inside a JS call of that live environment.
    unsafe fn new(env: napi_env, mode: Threadsafe, sync_calls: Arc<SyncCalls>) -> Result<&'static CrossThread, String> {
        let (create, unref) = (api().create_threadsafe_function, api().unref_threadsafe_function);
        let cross: &'static CrossThread = Box::leak(Box::new(CrossThread {
            tsfn: Mutex::new(Tsfn(std::ptr::null_mut())),
            mode,
            sync_calls,
            watching: AtomicBool::new(false),
            next: AtomicPtr::new(std::ptr::null_mut()),
        }));
        let context = cross as *const CrossThread as *mut c_void;
        let mut name = std::ptr::null_mut();
        let mut tsfn = std::ptr::null_mut();
        // SAFETY: the caller's contract: on `env`'s thread, inside a JS call
        // of it. No JS function (N-API 5): `deliver` makes the calls. The
        // context and finalize data is `cross`, leaked, so valid whenever
        // `deliver` or `finalized` runs; the out-pointers are locals.
        let status = unsafe {
            (api().create_string_utf8)(env, c"jitffi thread-safe callback".as_ptr(), usize::MAX, &mut name);
            create(env, std::ptr::null_mut(), std::ptr::null_mut(), name, 0, 1, context, Some(finalized), context, Some(deliver), &mut tsfn)
        };
        if status != NAPI_OK || tsfn.is_null() {
            return Err(format!("could not create a thread-safe function (N-API status {status})"));
        }
        // SAFETY: `tsfn` was just created in `env`, on its thread.
        unsafe { unref(env, tsfn) };
        cross.tsfn.lock().unwrap_or_else(|e| e.into_inner()).0 = tsfn;
        Ok(cross)
    }

    /// Whether the thread-safe function keeps the registering environment's
    /// event loop alive (refCallback) or not (unrefCallback, the default).
    ///
    /// # Safety
    /// On the registering environment's thread `env`, inside a JS call of it.
    unsafe fn keep_loop_alive(&self, env: napi_env, keep: bool) {
        let tsfn = self.tsfn.lock().unwrap_or_else(|e| e.into_inner());
        if tsfn.0.is_null() {
            return;
        }
        let change = if keep { api().ref_threadsafe_function } else { api().unref_threadsafe_function };
        // SAFETY: the caller's contract; the function is alive (not null
        // under the lock) and belongs to `env`.
        unsafe { change(env, tsfn.0) };
    }

    /// Releases the thread-safe function: queued calls are answered with
    /// zero (`deliver` with a NULL env) and later ones return zero at once.
    /// On the registering thread; idempotent.
    fn close(&self) {
        let tsfn = std::mem::replace(&mut self.tsfn.lock().unwrap_or_else(|e| e.into_inner()).0, std::ptr::null_mut());
        if !tsfn.is_null() {
            // SAFETY: the function was alive (not yet finalized: that
            // happens on this thread, and clears the pointer first) and is
            // released once: no thread can reach it any more.
            unsafe { (api().release_threadsafe_function)(tsfn, napi::TSFN_ABORT) };
        }
    }

    /// Hands blocking `request` straight to the registering thread if it is
    /// watching for one (`watch`); false if it is not, and then the request
    /// is not handed over. Every access is SeqCst: either this thread sees
    /// the watch end and takes the request back, or the watcher's last look
    /// at `next` (after it stopped watching) finds it.
    fn offer(&self, request: *mut Request) -> bool {
        if !self.watching.load(Ordering::SeqCst) {
            return false;
        }
        if self.next.compare_exchange(std::ptr::null_mut(), request, Ordering::SeqCst, Ordering::SeqCst).is_err() {
            return false; // another thread's call is being handed over
        }
        if self.watching.load(Ordering::SeqCst) {
            return true;
        }
        // The watch ended meanwhile: take the request back, unless the
        // watcher took it first.
        self.next.compare_exchange(request, std::ptr::null_mut(), Ordering::SeqCst, Ordering::SeqCst).is_err()
    }

    /// Queues `request` to the registering thread; false (nothing queued)
    /// once the function is released or finalized.
    fn queue(&self, request: *mut Request) -> bool {
        let tsfn = self.tsfn.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: the function is alive while it is not null under the lock,
        // which is held during the call (`Tsfn`); the queue is unbounded, so
        // the nonblocking call never waits.
        !tsfn.0.is_null() && unsafe { (api().call_threadsafe_function)(tsfn.0, request.cast(), napi::TSFN_NONBLOCKING) == NAPI_OK }
    }
}

/// `thread_finalize_cb` of a callback's thread-safe function: Node is about
/// to free it (after `close`, or at the environment's end).
///
/// # Safety
/// Called by Node only, with the `CrossThread` given at creation as `data`.
unsafe extern "C" fn finalized(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: the caller's contract: `data` is a leaked `CrossThread`.
    let cross = unsafe { &*(data as *const CrossThread) };
    cross.tsfn.lock().unwrap_or_else(|e| e.into_inner()).0 = std::ptr::null_mut();
}

/// A request's progress: queued, being run on the registering thread, done.
const QUEUED: u32 = 0;
const DELIVERED: u32 = 1;
const DONE: u32 = 2;

/// A call queued from another thread. A blocking call's request lives in
/// the waiting caller's frame and uses its argument array; a nonblocking
/// call's is boxed with a copy of its arguments and freed when delivered.
struct Request {
    /// The argument array (the dispatcher's `slots`).
    slots: *mut u64,
    state: AtomicU32,
    /// The waiting caller, woken once `state` is `DONE`; `None` when nobody
    /// waits (nonblocking).
    waiter: Option<std::thread::Thread>,
    /// A nonblocking request's own copy of the arguments (`slots` points
    /// into it).
    copy: Option<Box<[u64]>>,
}

impl Request {
    /// Waits until the request is done, watching for the deadlock described
    /// at `DEADLOCK_GRACE`.
    fn wait(&self, cross: &CrossThread) {
        for round in 0..SPIN_ROUNDS {
            if self.state.load(Ordering::Acquire) == DONE {
                return;
            }
            // Now and then let the registering thread run, should it share
            // this CPU.
            if round % YIELD_EVERY == YIELD_EVERY - 1 {
                std::thread::yield_now();
            } else {
                std::hint::spin_loop();
            }
        }
        // The synchronous-call word and when it was first seen, while the
        // registering thread is inside a synchronous call and this request
        // is not yet delivered.
        let mut stuck: Option<(u64, Instant)> = None;
        loop {
            std::thread::park_timeout(WAIT_SLICE);
            let state = self.state.load(Ordering::Acquire);
            if state == DONE {
                return;
            }
            let word = cross.sync_calls.sample();
            if state != QUEUED || sync_calls::depth(word) == 0 {
                stuck = None;
                continue;
            }
            match stuck {
                Some((seen, since)) if seen == word => {
                    if since.elapsed() >= DEADLOCK_GRACE {
                        fatal(WHERE, DEADLOCK_MESSAGE);
                    }
                }
                _ => stuck = Some((word, Instant::now())),
            }
        }
    }
}

/// A call of thread-safe callback `cell` on a thread other than the one
/// that registered it: queued to the registering thread, and for a
/// blocking callback waited for; returns zero (the dispatcher's default)
/// when the callback is no longer registered or its environment has ended.
///
/// # Safety
/// The dispatcher's contract, for `cell` and `slots`.
unsafe fn call_across(cell: &CallbackCell, cross: &CrossThread, slots: *mut u64) {
    if cross.mode == Threadsafe::Nonblocking {
        let n = SLOT_ARG0 + cell.sig.params.len();
        // SAFETY: the dispatcher's contract: `slots` holds `n` slots. No
        // argument is a struct or union by value (refused at registration),
        // so the copy holds every argument's value, not a pointer into the
        // caller's frame.
        let mut copy: Box<[u64]> = unsafe { std::slice::from_raw_parts(slots, n) }.into();
        let request = Box::new(Request { slots: copy.as_mut_ptr(), state: AtomicU32::new(QUEUED), waiter: None, copy: Some(copy) });
        let request = Box::into_raw(request);
        if !cross.queue(request) {
            // SAFETY: not queued, so still this thread's alone.
            drop(unsafe { Box::from_raw(request) });
        }
        return;
    }
    let request = Request { slots, state: AtomicU32::new(QUEUED), waiter: Some(std::thread::current()), copy: None };
    let r = &request as *const Request as *mut Request;
    if cross.offer(r) || cross.queue(r) {
        // The request (and `slots`, in the caller's frame) outlives its
        // delivery: this frame waits until `deliver` is done with it.
        request.wait(cross);
    }
}

/// `call_js_cb` of a callback's thread-safe function: runs a queued call on
/// the registering thread through the dispatcher (which then calls the
/// function as on that thread), or, with a NULL `env` (the function is being
/// torn down), answers it with zero without running anything. After a
/// blocking call it watches for the next one (`watch`).
///
/// # Safety
/// Called by Node only, on the registering thread, once per request that
/// `CrossThread::queue` queued: `data` is that request, alive until this
/// marks it done (blocking) or owned by this call (nonblocking); `context`
/// is the callback's `CrossThread`, leaked.
unsafe extern "C" fn deliver(env: napi_env, _js: napi_value, context: *mut c_void, data: *mut c_void) {
    let request = data as *mut Request;
    // SAFETY: the caller's contract: `request` is alive; only a nonblocking
    // request has a copy, and then this call owns it.
    if unsafe { (*request).copy.is_some() } {
        // SAFETY: as above: boxed by `call_across`, freed here only.
        let request = unsafe { Box::from_raw(request) };
        if !env.is_null() {
            // SAFETY: on the registering thread, inside Node's call of this
            // environment; `slots` is the request's copy of SLOT_ARG0 + n
            // slots, slot 0 a retired-or-live cell, never freed.
            unsafe { jitffi_callback_dispatch(request.slots) };
        }
        return;
    }
    // SAFETY: the caller's contract: a blocking request, alive until it is
    // marked done; on the registering thread, inside Node's call of this
    // environment (when `env` is not null).
    unsafe { run_blocking(env, request) };
    if !env.is_null() {
        // SAFETY: the caller's contract: `context` is the leaked CrossThread;
        // on the registering thread, inside Node's call of this environment.
        unsafe { watch(env, &*(context as *const CrossThread)) };
    }
}

/// Runs blocking `request` (answers it with zero when `env` is null), marks
/// it done and wakes its caller.
///
/// # Safety
/// `request` is a blocking request, alive (its caller waits) until it is
/// marked done here; after that it is not touched. With a non-null `env`,
/// on the registering thread, inside a native call of that environment.
unsafe fn run_blocking(env: napi_env, request: *mut Request) {
    // SAFETY: the caller's contract.
    unsafe {
        if !env.is_null() {
            (*request).state.store(DELIVERED, Ordering::Release);
            // `slots` is the waiting caller's argument array, as the
            // dispatcher's contract wants it.
            jitffi_callback_dispatch((*request).slots);
        }
        let waiter = (*request).waiter.clone();
        (*request).state.store(DONE, Ordering::Release);
        if let Some(waiter) = waiter {
            waiter.unpark();
        }
    }
}

/// After a blocking call, the registering thread watches the hand-over lane
/// (`CrossThread::offer`) for `WATCH` and runs each call handed over, so a
/// C thread calling in a loop is answered without a wake-up of the event
/// loop per call. It stops once `WATCH` passes without a call, once the
/// callback is released, and after `WATCH_MAX` or `WATCH_MAX_CALLS` in all
/// (so a worker being terminated, whose callbacks return at once, ends
/// its watch within `WATCH_MAX` too); then it answers any call left
/// in the lane, and later calls go through the thread-safe function's
/// queue until the next watch.
///
/// # Safety
/// On the registering thread, inside a native call of `env` (Node's call of
/// the thread-safe function).
unsafe fn watch(env: napi_env, cross: &CrossThread) {
    if cross.mode != Threadsafe::Blocking || cross.watching.swap(true, Ordering::SeqCst) {
        return; // nested in a call run by an outer watch, which goes on
    }
    let take = || cross.next.swap(std::ptr::null_mut(), Ordering::SeqCst);
    let started = Instant::now();
    let mut until = started + WATCH;
    let mut round = 0u32;
    let mut calls = 0u32;
    loop {
        let request = take();
        if !request.is_null() {
            // SAFETY: a request in the lane is a blocking one whose caller
            // waits (`offer`); the caller's contract for the rest.
            unsafe { run_blocking(env, request) };
            calls += 1;
            until = Instant::now() + WATCH;
            if calls >= WATCH_MAX_CALLS {
                break;
            }
            continue;
        }
        round += 1;
        if round.is_multiple_of(64) {
            let now = Instant::now();
            // Released (unregistered, closed): nothing more is handed over.
            let released = || cross.tsfn.lock().unwrap_or_else(|e| e.into_inner()).0.is_null();
            if now >= until || now - started >= WATCH_MAX || released() {
                break;
            }
            // Let the calling thread run, should it share this CPU.
            std::thread::yield_now();
        } else {
            std::hint::spin_loop();
        }
    }
    cross.watching.store(false, Ordering::SeqCst);
    let request = take();
    if !request.is_null() {
        // SAFETY: as above.
        unsafe { run_blocking(env, request) };
    }
}

/// A callback was cut short, or not entered, because execution is being
/// terminated: if the environment itself is stopping (not a `vm` timeout,
/// after which it runs JS again), marks it stopped for good.
///
/// # Safety
/// On the environment's thread, inside a native call of it.
unsafe fn note_cut_short(env: napi_env, shared: &Shared) {
    // SAFETY: the caller's contract: on `env`'s thread, inside a native call
    // of it.
    if !shared.stopped.get() && unsafe { stopping(env) } {
        shared.stopped.set(true);
    }
}

/// Whether Node has stopped the environment's JS for good. N-API refuses
/// even a side-effect-free operation (`napi_get_boolean` does not check;
/// `napi_coerce_to_bool` does) once `can_call_into_js()` is false, which
/// Node makes so as soon as `worker.terminate()` or the environment's
/// teardown begins. It also refuses while an N-API exception is pending,
/// which says nothing about the environment, so then the answer is no.
///
/// # Safety
/// On the environment's thread, inside a native call of it.
unsafe fn stopping(env: napi_env) -> bool {
    let napi = api();
    let mut pending = false;
    let mut value = std::ptr::null_mut();
    // SAFETY: the caller's contract: on `env`'s thread, inside a native call
    // of it, so in a handle scope, of which `value` is a handle; the
    // out-pointers are locals.
    unsafe {
        if (napi.is_exception_pending)(env, &mut pending) != NAPI_OK || pending {
            return false;
        }
        (napi.get_boolean)(env, false, &mut value);
        !value.is_null() && !runs_js(env, value)
    }
}

/// Calls the callback's JS function inside the dispatcher's handle scope
/// and stores its checked result into slot 1; through V8's API when `v8`
/// is given (thunk path), else through N-API.
///
/// # Safety
/// As for `jitffi_callback_dispatch`, on the cell's thread, with a handle
/// scope open.
unsafe fn invoke(call: &Call, slots: *mut u64, v8: Option<&crate::host::v8::V8>) {
    let napi = api();
    let Call { cell, env, reference, isolate, shared: env_state, thunk_slots } = *call;
    let mut func = std::ptr::null_mut();
    // SAFETY: the caller's contract: on `env`'s thread, in an open handle
    // scope; `reference` is this registration's reference, still alive (it
    // was read from the cell before any JS ran, and only this thread
    // deletes it).
    unsafe { (napi.get_reference_value)(env, reference, &mut func) };
    if func.is_null() {
        return; // collected after unrefCallback: run nothing, return 0
    }
    let n = cell.sig.params.len();
    if let Some(shared) = thunk_slots {
        // SAFETY: both arrays hold SLOT_ARG0 + n slots (n is at most
        // MAX_SLOT_ARGS on this path; `slots` by the dispatcher's contract,
        // the thunk's by registration's). The thunk reads every argument
        // before running the user's function and writes the result last,
        // so nested calls that reuse the shared slots cannot disturb this
        // one.
        unsafe {
            for i in SLOT_ARG0..SLOT_ARG0 + n {
                *shared.add(i) = *slots.add(i);
            }
        }
    }
    // The thunk ignores `this` (it calls the user's function plainly), so
    // the function itself serves as the receiver: no napi_get_undefined.
    let called = match (thunk_slots, v8) {
        // SAFETY: on the cell's thread, inside the dispatcher's scope:
        // `isolate` is this thread's entered isolate, and `func` a live
        // function handle of that scope.
        (Some(_), Some(v8)) => unsafe { v8.call(isolate, func, func) },
        _ => None,
    };
    let mut ret = std::ptr::null_mut();
    // SAFETY: the caller's contract: on `env`'s thread, `env` alive, in an
    // open handle scope, so N-API may be called with `env` and the handles
    // of this scope (`func`, a thrown `exception`, `ret`, the argument
    // values), and `note_cut_short`'s contract holds. `slots` holds
    // SLOT_ARG0 + n slots with the arguments of `cell.sig`, each read by
    // the converter of its type; `argv` holds n values.
    let exception = unsafe {
        match called {
            Some(crate::host::v8::Called::Returned) => None,
            Some(crate::host::v8::Called::Terminated) => return note_cut_short(env, env_state),
            // V8 refuses to run JS while Node frees the environment by
            // throwing; N-API would have returned an error instead, which the
            // N-API path treats as termination. So do we.
            Some(crate::host::v8::Called::Threw(exception)) if !runs_js(env, exception) => return note_cut_short(env, env_state),
            Some(crate::host::v8::Called::Threw(exception)) => Some(exception),
            // N-API: no V8 API, interpreted mode, or no entered context.
            None => {
                let status = match thunk_slots {
                    Some(_) => (napi.call_function)(env, func, func, 0, std::ptr::null(), &mut ret),
                    None => {
                        let mut inline = [std::ptr::null_mut(); INLINE_ARGS];
                        let mut heap = Vec::new();
                        let argv: &mut [napi_value] = if n <= INLINE_ARGS {
                            &mut inline[..n]
                        } else {
                            heap.resize(n, std::ptr::null_mut());
                            &mut heap
                        };
                        for (i, ty) in cell.sig.params.iter().enumerate() {
                            argv[i] = crate::convert::result_fn(*ty)(env, slots.add(SLOT_ARG0 + i));
                        }
                        let mut undefined = std::ptr::null_mut();
                        (napi.get_undefined)(env, &mut undefined);
                        (napi.call_function)(env, undefined, func, n, argv.as_ptr(), &mut ret)
                    }
                };
                if status == NAPI_OK {
                    None
                } else {
                    match thrown(env) {
                        Some(exception) => Some(exception),
                        // Not a JS exception: execution is being terminated
                        // (worker.terminate(), a vm timeout). Return zero.
                        None => return note_cut_short(env, env_state),
                    }
                }
            }
        }
    };
    if let Some(exception) = exception {
        // SAFETY: as above; `exception` is a handle of this scope.
        fatal(WHERE, &format!("Callbacks cannot throw an exception{}", unsafe { exception_text(env, exception) }));
    }
    // SAFETY: slot SLOT_RESULT is within `slots` (the dispatcher's contract)
    // and within the thunk's slots (SLOT_COUNT of them), where the thunk has
    // just written (and checked) the result; otherwise `ret` is the
    // function's result, a handle of this scope, on `env`'s thread.
    unsafe {
        match thunk_slots {
            Some(shared) => *slots.add(SLOT_RESULT) = *shared.add(SLOT_RESULT),
            None => store_result(env, cell.sig.result, ret, slots.add(SLOT_RESULT)),
        }
    }
}

/// The exception a failed `napi_call_function` left pending, or `None` when
/// the call failed because execution is being terminated (`worker.terminate()`,
/// a `vm` timeout). Without V8's `IsExecutionTerminating` (v8.rs) a worker's
/// termination is recognised this way: either nothing is pending (N-API
/// refused to call), or what is pending is what a TryCatch shows for V8's
/// termination, `null`, and N-API refuses to run even a JS operation, which
/// it does once the environment cannot run JS any more. A `vm` timeout
/// leaves the environment running, so it cannot be told from a callback
/// that threw `null` this way: without V8's API it aborts as a throw does.
///
/// # Safety
/// On `env`'s thread, while it is alive, inside a handle scope (the
/// exception is returned as a handle of it).
unsafe fn thrown(env: napi_env) -> Option<napi_value> {
    let napi = api();
    // V8 says so directly when its API is available; this also covers a
    // `vm` timeout, which ends the callback without ending the environment.
    if let Some(v8) = crate::host::v8::v8() {
        // SAFETY: called on the callback's thread, inside its native call:
        // GetCurrent only reads this thread's current isolate, which is
        // live, and only that isolate (when there is one) is asked.
        let terminating = unsafe {
            let isolate = (v8.get_current)();
            !isolate.is_null() && (v8.is_execution_terminating)(isolate)
        };
        if terminating {
            // napi_call_function left the termination (`null`) as the
            // environment's pending N-API exception. An N-API function
            // rethrows it when it returns, but the foreign call may have
            // been made through a V8 fast API function (host/v8_fast.rs),
            // which would leave it for the next N-API call to throw: clear
            // it. The termination itself is V8's state, which stays.
            // SAFETY: the caller's contract: on `env`'s thread, in a handle
            // scope; the out-pointers are locals.
            unsafe {
                let mut pending = false;
                (napi.is_exception_pending)(env, &mut pending);
                if pending {
                    let mut exception = std::ptr::null_mut();
                    (napi.get_and_clear_last_exception)(env, &mut exception);
                }
            }
            return None;
        }
    }
    let mut pending = false;
    let mut exception = std::ptr::null_mut();
    let mut t = -1;
    // SAFETY: the caller's contract: on `env`'s thread, `env` alive, in a
    // handle scope, of which `exception` is a handle; the out-pointers are
    // locals.
    unsafe {
        (napi.is_exception_pending)(env, &mut pending);
        if !pending {
            return None;
        }
        (napi.get_and_clear_last_exception)(env, &mut exception);
        if exception.is_null() || (napi.typeof_)(env, exception, &mut t) != NAPI_OK {
            return None;
        }
        if t == valuetype::NULL && !runs_js(env, exception) {
            return None;
        }
    }
    Some(exception)
}

/// Whether the environment can still run JS: N-API refuses even a
/// side-effect-free operation (`napi_coerce_to_bool` of `value`) once it
/// cannot, for instance while Node frees the environment.
///
/// # Safety
/// On `env`'s thread, while it is alive, inside a handle scope; `value` is
/// a handle of it.
unsafe fn runs_js(env: napi_env, value: napi_value) -> bool {
    let mut probe = std::ptr::null_mut();
    // SAFETY: the caller's contract: on `env`'s thread, `env` alive, in a
    // handle scope of which `value` is a handle; `probe` is a local.
    (unsafe { (api().coerce_to_bool)(env, value, &mut probe) }) == NAPI_OK
}

/// ": <message>" of a thrown value, for the abort message.
///
/// # Safety
/// On `env`'s thread, while it is alive, inside a handle scope; `exception`
/// is a handle of it.
unsafe fn exception_text(env: napi_env, exception: napi_value) -> String {
    let napi = api();
    let mut t = 0;
    let mut msg = std::ptr::null_mut();
    // SAFETY: the caller's contract: on `env`'s thread, `env` alive, in a
    // handle scope of which `exception` (and then `msg`) is a handle; the
    // property name is a NUL-terminated literal, the out-pointers locals.
    let text = unsafe {
        (napi.typeof_)(env, exception, &mut t);
        if t != valuetype::OBJECT {
            return String::new();
        }
        if (napi.get_named_property)(env, exception, c"message".as_ptr(), &mut msg) != NAPI_OK {
            return String::new();
        }
        crate::host::values::string_value(env, msg)
    };
    match text {
        Some(s) if !s.is_empty() => format!("\n  (the exception: {s})"),
        _ => String::new(),
    }
}

/// The abort message for a callback result that does not fit `ty`:
/// node:ffi's line, then on a line of its own what was expected. Pointer-like results take
/// only addresses: a string or buffer would not outlive the callback.
/// (lib/callbacks.js receives these texts via `typeTable`.)
pub(crate) fn misfit_message(ty: FfiType) -> String {
    let expected = if ty.is_pointer_like() { "a bigint, null or undefined" } else { ty.info().desc };
    format!("Callback returned invalid value for declared FFI type\n  (expected {expected})")
}

/// The abort message for a callback that returns a promise (node:ffi's).
pub(crate) const PROMISE_MESSAGE: &str = "Callbacks cannot return promises";

/// Validates a callback's return value against `ty` (by node:ffi's rules
/// for results, `FfiType::callback_result_js`) and stores it; aborts when
/// it does not fit, as node:ffi does.
///
/// # Safety
/// On `env`'s thread, while it is alive, inside a handle scope; `value` is
/// a handle of it; `out` points to a writable, 8-aligned u64.
unsafe fn store_result(env: napi_env, ty: FfiType, value: napi_value, out: *mut u64) {
    let napi = api();
    // A promise never fits a result type, so the (costlier) promise check
    // only runs for void results, where any other value is accepted, and
    // to choose the message when a value is refused.
    let is_promise = || {
        let mut t = 0;
        let mut promise = false;
        // SAFETY: the caller's contract: on `env`'s thread, `env` alive, in
        // a handle scope of which `value` is a handle; `t` and `promise` are
        // locals.
        unsafe {
            (napi.typeof_)(env, value, &mut t);
            t == valuetype::OBJECT && (napi.is_promise)(env, value, &mut promise) == NAPI_OK && promise
        }
    };
    let bad = || -> ! {
        if is_promise() {
            fatal(WHERE, PROMISE_MESSAGE);
        }
        fatal(WHERE, &misfit_message(ty))
    };
    let number = || {
        let mut d = 0.0;
        // SAFETY: as in `is_promise`; `d` is a local.
        (unsafe { (napi.get_value_double)(env, value, &mut d) } == NAPI_OK).then_some(d)
    };
    // SAFETY: the caller's contract: `out` points to a writable, 8-aligned
    // u64 (for an i64 too), and `value` is a handle of `env`, used on its
    // thread inside an open handle scope.
    unsafe {
        match ty.callback_result_js() {
            JsKind::Void => {
                if is_promise() {
                    fatal(WHERE, PROMISE_MESSAGE);
                }
            }
            JsKind::Int { min, max, reject_minus_zero } => {
                let v = number().and_then(|d| check_int(d, min, max, reject_minus_zero)).unwrap_or_else(|| bad());
                *out = v as u64;
            }
            JsKind::Float => {
                let d = number().unwrap_or_else(|| bad());
                *out = if ty.abi() == FfiAbiType::Float { (d as f32).to_bits() as u64 } else { d.to_bits() };
            }
            JsKind::BigInt { signed } => {
                let mut lossless = false;
                let ok = if signed {
                    (napi.get_value_bigint_int64)(env, value, out as *mut i64, &mut lossless)
                } else {
                    (napi.get_value_bigint_uint64)(env, value, out, &mut lossless)
                };
                if ok != NAPI_OK || !lossless {
                    bad();
                }
            }
            JsKind::Pointer => {
                let mut t = 0;
                (napi.typeof_)(env, value, &mut t);
                match t {
                    valuetype::NULL | valuetype::UNDEFINED => *out = 0,
                    valuetype::BIGINT => {
                        let mut lossless = false;
                        if (napi.get_value_bigint_uint64)(env, value, out, &mut lossless) != NAPI_OK || !lossless {
                            bad();
                        }
                    }
                    _ => bad(),
                }
            }
        }
    }
}
