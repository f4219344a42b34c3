//! Callbacks: JS functions that native code calls through a function pointer.
//!
//! Each registered callback owns a `CallbackCell` (boxed, so its address is
//! stable) and an entry address that identifies it:
//!  - compiled mode: a per-callback Cranelift stub that passes the cell to
//!    the signature's shared reverse trampoline (jit/reverse.rs), which
//!    spills the native arguments into an argument array laid out by the
//!    trampoline ABI (jit/abi.rs) and calls `jitffi_callback_dispatch`;
//!  - interpreted mode: a libffi closure whose handler fills the same
//!    argument array and calls the same dispatcher.
//! The dispatcher makes the JS values, calls the function, validates its
//! result and stores it in the array, from which the entry returns it. In
//! compiled mode (`EnvState::choose_callback_path`) it hands the values to a
//! JS thunk (lib/callbacks.js) through the environment's slots instead, and
//! the thunk converts and checks them in JS.
//!
//! Misuse that node:ffi turns into a process abort aborts here too, each with
//! its own message: a callback that throws, returns a promise, returns a
//! value that does not fit its result type, or runs on another thread.
//!
//! Unregistered cells (with their compiled stubs or libffi closures) are
//! kept per signature and reused, up to `FREE_KEPT` of them in all: beyond
//! that the least recently released are dropped, which releases their
//! code's lease (jit/mod.rs), so that the code of signatures no longer used
//! can be freed. A cell is dropped only while no callback of the environment
//! is running, since a callback may unregister itself (or a callback further
//! up the stack) and return through its entry afterwards.

use crate::convert::check_int;
use crate::errors::fatal;
use crate::jit::abi::{SLOT_ARG0, SLOT_RESULT, SLOT_TARGET};
use crate::napi::{api, napi_env, napi_ref, napi_value, valuetype, NAPI_OK};
use crate::types::{FfiAbiType, FfiType, JsKind, Signature};
use std::cell::Cell;
use std::collections::HashMap;
use std::ffi::c_void;

/// A libffi closure and the call interface it was prepared with.
struct Closure {
    closure: *mut libffi::low::ffi_closure,
    _cif: Box<libffi::middle::Cif>,
}

impl Drop for Closure {
    fn drop(&mut self) {
        // SAFETY: allocated by closure_alloc in `Callbacks::register`, freed once.
        unsafe { libffi::low::closure_free(self.closure) };
    }
}

/// Everything the dispatcher needs about one callback. Its address is baked
/// into the callback's entry stub (or libffi closure) and never changes.
///
/// The registry changes a cell while a dispatcher further up the stack may
/// be using it (a callback that unregisters itself, or registers a callback
/// that reuses the cell), so the fields that change are `Cell`s and the
/// registry holds cells by raw pointer (`CellBox`): nobody ever takes a
/// `&mut CallbackCell` once the cell is shared.
pub struct CallbackCell {
    env: Cell<napi_env>,
    /// Reference to the JS function; null while the cell is free.
    func: Cell<napi_ref>,
    sig: Signature,
    /// The registering thread (`pthread_self`, cheaper to compare than
    /// `std::thread::current()`, which clones an Arc).
    thread: libc::pthread_t,
    entry: u64,
    closure: Option<Closure>,
    /// Keeps the compiled stub (and the shared trampoline) mapped.
    lease: Option<crate::jit::CodeLease>,
    /// Fast path: `func` is a JS thunk (lib/callbacks.js) that reads its
    /// arguments from these slots (the environment's fast-tier slots) and
    /// writes its checked result there, so the dispatcher makes no N-API
    /// call per value. `None`: `func` is the user's function, called with
    /// N-API values.
    thunk_slots: Cell<Option<*mut u64>>,
    /// The registering thread's `v8::Isolate` when V8's API is available
    /// (v8.rs), else null: the dispatcher's handle scope then goes through
    /// N-API.
    isolate: Cell<crate::v8::Isolate>,
    /// What the environment's callbacks share (in its `EnvState`, which
    /// outlives every cell).
    shared: Cell<*const Shared>,
}

/// Owns one cell (from `Box::into_raw`) and frees it when dropped; hands
/// out shared references only.
struct CellBox(std::ptr::NonNull<CallbackCell>);

impl CellBox {
    fn get(&self) -> &CallbackCell {
        // SAFETY: the pointer came from Box::into_raw and stays valid until
        // this CellBox drops it; only shared references are ever made.
        unsafe { self.0.as_ref() }
    }
}

impl Drop for CellBox {
    fn drop(&mut self) {
        // SAFETY: created by `CellBox::new`, freed once. Cells are dropped
        // only with their registry (environment teardown) or by
        // `Callbacks::trim_free`, both when no callback of the environment
        // is running.
        unsafe { drop(Box::from_raw(self.0.as_ptr())) }
    }
}

/// What every callback of an environment shares.
#[derive(Default)]
pub struct Shared {
    /// How deeply its callbacks are nested right now (stack.rs).
    pub depth: crate::stack::Depth,
    /// Set when Node begins to exit (lib/callbacks.js, on the process's
    /// 'exit' event). From then on JS is entered only through N-API, whose
    /// `napi_call_function` refuses once Node has stopped running JS: when
    /// `process.exit()` ends the process, native `atexit`/`on_exit`
    /// handlers may still call a callback, after Node has freed the
    /// platform V8 relies on, and V8 itself would not refuse.
    pub exiting: Cell<bool>,
}

/// Unregistered cells kept for reuse, in all signatures together.
const FREE_KEPT: usize = 64;

/// The per-environment callback registry.
#[derive(Default)]
pub struct Callbacks {
    live: HashMap<u64, CellBox>,
    /// Unregistered cells, by signature key, for reuse: each with the
    /// `released` clock when it was unregistered. No key has an empty list.
    free: HashMap<String, Vec<(u64, CellBox)>>,
    /// How many cells `free` holds.
    free_count: usize,
    /// Counts unregistrations (orders the free cells).
    released: u64,
}

impl Callbacks {
    /// Registers `func` (a JS function) with signature `sig`; returns the
    /// entry address native code calls. `jit` is None in interpreted mode.
    /// With `thunk_slots`, `func` is a thunk that exchanges values through
    /// those slots (see `CallbackCell::thunk_slots`).
    ///
    /// # Safety
    /// `env` is the live environment of the current call and `func` a JS
    /// function; `thunk_slots`, if any, holds `SLOT_COUNT` slots; both it
    /// and `shared` outlive every callback of the environment.
    pub unsafe fn register(
        &mut self,
        env: napi_env,
        jit: Option<&mut crate::jit::Jit>,
        sig: Signature,
        func: napi_value,
        thunk_slots: Option<*mut u64>,
        shared: *const Shared,
    ) -> Result<u64, String> {
        let napi = api();
        let mut reference = std::ptr::null_mut();
        if (napi.create_reference)(env, func, 1, &mut reference) != NAPI_OK {
            return Err("could not reference the callback function".into());
        }
        let key = sig.key();
        // SAFETY: GetCurrent only reads this thread's current isolate; we
        // are inside a JS call on the registering thread.
        let isolate = crate::v8::v8().map_or(std::ptr::null_mut(), |v8| unsafe { (v8.get_current)() });
        if let Some(boxed) = self.take_free(&key) {
            let cell = boxed.get();
            cell.func.set(reference);
            cell.env.set(env);
            cell.thunk_slots.set(thunk_slots);
            cell.isolate.set(isolate);
            cell.shared.set(shared);
            let entry = cell.entry;
            self.live.insert(entry, boxed);
            return Ok(entry);
        }
        let cell = Box::new(CallbackCell {
            env: Cell::new(env),
            func: Cell::new(reference),
            sig,
            // SAFETY: pthread_self has no preconditions.
            thread: unsafe { libc::pthread_self() },
            entry: 0,
            closure: None,
            lease: None,
            thunk_slots: Cell::new(thunk_slots),
            isolate: Cell::new(isolate),
            shared: Cell::new(shared),
        });
        // From here on the cell is reached only through `raw`, from which
        // its entry (stub or closure) and its CellBox both take the address.
        let raw = Box::into_raw(cell);
        let boxed = CellBox(std::ptr::NonNull::new_unchecked(raw));
        let compiled = jit.map(|jit| jit.compile_callback_entry(&(*raw).sig, raw as *const c_void));
        let attached = match compiled {
            Some(Ok(compiled)) => {
                (*raw).lease = Some(compiled.lease);
                Ok(compiled.code as u64)
            }
            Some(Err(e)) => {
                crate::jit::debug::note(&format!("callback {} not compiled ({e}); using a libffi closure", (*raw).sig.key()));
                Self::attach_closure(raw)
            }
            None => Self::attach_closure(raw),
        };
        let entry = match attached {
            Ok(entry) => entry,
            Err(e) => {
                (napi.delete_reference)(env, reference);
                return Err(e); // `boxed` frees the cell
            }
        };
        (*raw).entry = entry;
        self.live.insert(entry, boxed);
        Ok(entry)
    }

    /// Interpreted mode: a libffi closure calling `closure_handler`, stored
    /// in the cell; returns its entry address.
    ///
    /// # Safety
    /// `cell` is a live cell not yet shared (no entry points to it).
    unsafe fn attach_closure(cell: *mut CallbackCell) -> Result<u64, String> {
        let cif = Box::new(crate::interp::cif(&(*cell).sig));
        let (closure, code) = libffi::low::try_closure_alloc().ok_or("ffi_closure_alloc failed")?;
        // SAFETY: the closure, cif and cell are all owned by the cell, which
        // stays at this address until the closure is freed with it.
        if let Err(e) = libffi::low::prep_closure(closure, cif.as_raw_ptr(), closure_handler, cell as *const CallbackCell, code) {
            libffi::low::closure_free(closure);
            return Err(format!("ffi_prep_closure failed: {e:?}"));
        }
        (*cell).closure = Some(Closure { closure, _cif: cif });
        Ok(code.0 as u64)
    }

    /// Releases a callback. Returns `None` if `entry` is not registered,
    /// else the JS function it held (null if it was collected).
    pub unsafe fn unregister(&mut self, env: napi_env, entry: u64) -> Option<napi_value> {
        let boxed = self.live.remove(&entry)?;
        let cell = boxed.get();
        let mut held = std::ptr::null_mut();
        (api().get_reference_value)(env, cell.func.get(), &mut held);
        (api().delete_reference)(env, cell.func.get());
        cell.func.set(std::ptr::null_mut());
        // SAFETY: `shared` points into the EnvState, which outlives the cell.
        let running = (*cell.shared.get()).depth.running();
        // Kept for reuse; the callback may still be running (it may have
        // unregistered itself), so its cell and entry must stay.
        self.released += 1;
        self.free.entry(cell.sig.key()).or_default().push((self.released, boxed));
        self.free_count += 1;
        if !running {
            self.trim_free();
        }
        Some(held)
    }

    /// The most recently released free cell of signature `key`, if any.
    fn take_free(&mut self, key: &str) -> Option<CellBox> {
        let cells = self.free.get_mut(key)?;
        let (_, boxed) = cells.pop()?;
        if cells.is_empty() {
            self.free.remove(key);
        }
        self.free_count -= 1;
        Some(boxed)
    }

    /// Drops the least recently released free cells beyond `FREE_KEPT`,
    /// once there are twice as many (so the scan is paid once per
    /// `FREE_KEPT` releases). Only while no callback of the environment is
    /// running: none of these cells or their entries is then in use.
    fn trim_free(&mut self) {
        if self.free_count <= 2 * FREE_KEPT {
            return;
        }
        let mut stamps: Vec<u64> = self.free.values().flatten().map(|&(released, _)| released).collect();
        stamps.sort_unstable_by(|a, b| b.cmp(a));
        let oldest_kept = stamps[FREE_KEPT - 1];
        self.free.retain(|_, cells| {
            cells.retain(|&(released, _)| released >= oldest_kept);
            !cells.is_empty()
        });
        self.free_count = FREE_KEPT;
    }

    /// Makes the reference strong (`strong`) or weak. False if unknown.
    pub unsafe fn set_strong(&mut self, env: napi_env, entry: u64, strong: bool) -> bool {
        let Some(boxed) = self.live.get(&entry) else { return false };
        let func = boxed.get().func.get();
        let mut count = 0u32;
        (api().reference_ref)(env, func, &mut count);
        // Normalise to exactly 1 (strong) or 0 (weak) whatever came before.
        while count > 1 || (!strong && count > 0) {
            (api().reference_unref)(env, func, &mut count);
        }
        true
    }

    pub fn count(&self) -> usize {
        self.live.len()
    }

    /// Deletes the reference of every callback still registered but keeps
    /// the cells, whose entries then return 0 without touching the (gone)
    /// environment: the main environment's teardown, see lib.rs.
    pub unsafe fn retire(&mut self) {
        for boxed in self.live.values() {
            let cell = boxed.get();
            (api().delete_reference)(cell.env.get(), cell.func.get());
            cell.func.set(std::ptr::null_mut());
        }
    }

    /// Deletes the reference of every callback still registered
    /// (environment teardown; each cell knows its environment).
    pub unsafe fn clear(&mut self) {
        for (_, boxed) in self.live.drain() {
            let cell = boxed.get();
            (api().delete_reference)(cell.env.get(), cell.func.get());
        }
    }
}

/// libffi closure handler: copies the arguments into an argument array and
/// runs the shared dispatcher, then widens the result as libffi requires.
unsafe extern "C" fn closure_handler(_cif: &libffi::low::ffi_cif, result: &mut u64, args: *const *const c_void, cell: &CallbackCell) {
    let n = cell.sig.params.len();
    let mut slots = vec![0u64; SLOT_ARG0 + n];
    slots[SLOT_TARGET] = cell as *const CallbackCell as u64;
    for (i, ty) in cell.sig.params.iter().enumerate() {
        // SAFETY: libffi passes one pointer per argument, to a value of the
        // argument's type; it fits in the low bytes of an 8-byte slot.
        let size = ty.info().size as usize;
        std::ptr::copy_nonoverlapping(*args.add(i) as *const u8, slots.as_mut_ptr().add(SLOT_ARG0 + i) as *mut u8, size);
    }
    jitffi_callback_dispatch(slots.as_mut_ptr());
    let r = slots.as_ptr().add(SLOT_RESULT);
    // SAFETY: `result` points to at least sizeof(ffi_arg) = 8 bytes; integer
    // results narrower than that must be widened to a full ffi_arg.
    *result = match cell.sig.result.abi() {
        FfiAbiType::Sint8 => *(r as *const i8) as i64 as u64,
        FfiAbiType::Sint16 => *(r as *const i16) as i64 as u64,
        FfiAbiType::Sint32 => *(r as *const i32) as i64 as u64,
        FfiAbiType::Uint8 => *(r as *const u8) as u64,
        FfiAbiType::Uint16 => *(r as *const u16) as u64,
        FfiAbiType::Uint32 => *(r as *const u32) as u64,
        _ => *r,
    };
}

/// The location napi_fatal_error prints before every callback abort.
pub const WHERE: &str = "jitffi callback";

/// Shared dispatcher of every callback entry, compiled or libffi.
/// `slots` follows the trampoline ABI: slot 0 = the `CallbackCell`,
/// slot 2+i = argument i; the result is stored into slot 1.
///
/// # Safety
/// `slots` must hold 2 + nparams slots and slot 0 a live cell pointer.
pub unsafe extern "C" fn jitffi_callback_dispatch(slots: *mut u64) {
    let cell = &*(*slots.add(SLOT_TARGET) as *const CallbackCell);
    *slots.add(SLOT_RESULT) = 0;
    if libc::pthread_equal(libc::pthread_self(), cell.thread) == 0 {
        fatal(WHERE, "Callbacks must be invoked on the thread that registered them");
    }
    if cell.func.get().is_null() {
        return; // unregistered: undefined behaviour by the spec; do nothing
    }
    // Counts the nesting until every return; may raise V8's stack limit.
    // SAFETY: `cell.shared` points into the EnvState, which outlives the cell.
    let shared = &*cell.shared.get();
    let _depth = shared.depth.enter();
    // A scope per invocation: a callback called many times during one
    // native call (qsort) must not pile up handles until that call returns.
    // On the thunk path (compiled mode) it is a V8 HandleScope in this frame
    // when the host exports V8's API (v8.rs), else an N-API scope.
    let isolate = cell.isolate.get();
    let v8 = crate::v8::v8().filter(|_| !shared.exiting.get() && !isolate.is_null());
    match (cell.thunk_slots.get(), v8) {
        (Some(_), Some(v8)) => {
            // SAFETY: we are on the registering thread (checked above),
            // inside the native call of a JS call, so `cell.isolate` (this
            // thread's isolate, taken at registration) is entered; `invoke`
            // opens no scope of its own that it does not close.
            v8.with_handle_scope(isolate, || invoke(cell, slots, Some(v8)));
        }
        _ => {
            let napi = api();
            let mut scope = std::ptr::null_mut();
            let env = cell.env.get();
            (napi.open_handle_scope)(env, &mut scope);
            invoke(cell, slots, None);
            (napi.close_handle_scope)(env, scope);
        }
    }
}

/// Calls the callback's JS function inside the dispatcher's handle scope
/// and stores its checked result into slot 1; through V8's API when `v8`
/// is given (thunk path), else through N-API.
///
/// # Safety
/// As for `jitffi_callback_dispatch`, on the cell's thread, with a handle
/// scope open.
unsafe fn invoke(cell: &CallbackCell, slots: *mut u64, v8: Option<&crate::v8::V8>) {
    let napi = api();
    let env = cell.env.get();
    let thunk_slots = cell.thunk_slots.get();
    let mut func = std::ptr::null_mut();
    (napi.get_reference_value)(env, cell.func.get(), &mut func);
    if func.is_null() {
        return; // collected after unrefCallback: run nothing, return 0
    }
    let n = cell.sig.params.len();
    if let Some(shared) = thunk_slots {
        // SAFETY: both arrays hold SLOT_ARG0 + n slots (n is at most
        // MAX_SLOT_ARGS on this path). The thunk reads every argument
        // before running the user's function and writes the result last,
        // so nested calls that reuse the shared slots cannot disturb this
        // one.
        for i in SLOT_ARG0..SLOT_ARG0 + n {
            *shared.add(i) = *slots.add(i);
        }
    }
    // The thunk ignores `this` (it calls the user's function plainly), so
    // the function itself serves as the receiver: no napi_get_undefined.
    let called = match (thunk_slots, v8) {
        // SAFETY: on the cell's thread, inside the dispatcher's scope.
        (Some(_), Some(v8)) => v8.call(cell.isolate.get(), func, func),
        _ => None,
    };
    let mut ret = std::ptr::null_mut();
    let exception = match called {
        Some(crate::v8::Called::Returned) => None,
        Some(crate::v8::Called::Terminated) => return,
        // V8 refuses to run JS while Node frees the environment by
        // throwing; N-API would have returned an error instead, which the
        // N-API path treats as termination. So do we.
        Some(crate::v8::Called::Threw(exception)) if !runs_js(env, exception) => return,
        Some(crate::v8::Called::Threw(exception)) => Some(exception),
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
                    None => return,
                }
            }
        }
    };
    if let Some(exception) = exception {
        fatal(WHERE, &format!("Callbacks cannot throw an exception{}", exception_text(env, exception)));
    }
    match thunk_slots {
        // SAFETY: the thunk has just written (and checked) the result.
        Some(shared) => *slots.add(SLOT_RESULT) = *shared.add(SLOT_RESULT),
        None => store_result(env, cell.sig.result, ret, slots.add(SLOT_RESULT)),
    }
}

/// Callback arguments converted without a heap allocation.
const INLINE_ARGS: usize = 16;

/// The exception a failed `napi_call_function` left pending, or `None` when
/// the call failed because execution is being terminated (`worker.terminate()`,
/// a `vm` timeout). Without V8's API (v8.rs) a worker's termination is
/// recognised this way: either nothing is pending, or what is pending is
/// V8's termination marker, which N-API shows as `null`; a real `throw null`
/// is told apart by asking N-API to run a JS operation, which it refuses
/// once the environment cannot run JS any more.
unsafe fn thrown(env: napi_env) -> Option<napi_value> {
    let napi = api();
    // V8 says so directly when its API is available; this also covers a
    // `vm` timeout, which ends the callback without ending the environment.
    if let Some(v8) = crate::v8::v8() {
        // SAFETY: called on the callback's thread, inside its native call.
        let isolate = (v8.get_current)();
        if !isolate.is_null() && (v8.is_execution_terminating)(isolate) {
            return None;
        }
    }
    let mut pending = false;
    (napi.is_exception_pending)(env, &mut pending);
    if !pending {
        return None;
    }
    let mut exception = std::ptr::null_mut();
    (napi.get_and_clear_last_exception)(env, &mut exception);
    let mut t = -1;
    if exception.is_null() || (napi.typeof_)(env, exception, &mut t) != NAPI_OK {
        return None;
    }
    if t == valuetype::NULL && !runs_js(env, exception) {
        return None;
    }
    Some(exception)
}

/// Whether the environment can still run JS: N-API refuses even a
/// side-effect-free operation (`napi_coerce_to_bool` of `value`) once it
/// cannot, for instance while Node frees the environment.
unsafe fn runs_js(env: napi_env, value: napi_value) -> bool {
    let mut probe = std::ptr::null_mut();
    (api().coerce_to_bool)(env, value, &mut probe) == NAPI_OK
}

/// ": <message>" of a thrown value, for the abort message.
unsafe fn exception_text(env: napi_env, exception: napi_value) -> String {
    let napi = api();
    let mut t = 0;
    (napi.typeof_)(env, exception, &mut t);
    if t != valuetype::OBJECT {
        return String::new();
    }
    let mut msg = std::ptr::null_mut();
    if (napi.get_named_property)(env, exception, c"message".as_ptr(), &mut msg) != NAPI_OK {
        return String::new();
    }
    match crate::exports::get_string(env, msg, "message") {
        Ok(s) if !s.is_empty() => format!(": {s}"),
        _ => String::new(),
    }
}

/// The abort message for a callback result that does not fit `ty`. Pointer-
/// like results take only addresses: a string or buffer would not outlive
/// the callback. (lib/callbacks.js receives these texts via `typeTable`.)
pub fn misfit_message(ty: FfiType) -> String {
    let expected = if ty.is_pointer_like() { "a bigint, null or undefined" } else { ty.info().desc };
    format!("Callback returned a value that does not fit its result type: expected {expected}")
}

/// The abort message for a callback that returns a promise.
pub const PROMISE_MESSAGE: &str = "Callbacks cannot return a promise";

/// Validates a callback's return value against `ty` and stores it; aborts
/// when it does not fit, as node:ffi does.
unsafe fn store_result(env: napi_env, ty: FfiType, value: napi_value, out: *mut u64) {
    let napi = api();
    // A promise never fits a result type, so the (costlier) promise check
    // only runs for void results, where any other value is accepted, and
    // to choose the message when a value is refused.
    let is_promise = || {
        let mut t = 0;
        let mut promise = false;
        (napi.typeof_)(env, value, &mut t);
        t == valuetype::OBJECT && (napi.is_promise)(env, value, &mut promise) == NAPI_OK && promise
    };
    let bad = || -> ! {
        if is_promise() {
            fatal(WHERE, PROMISE_MESSAGE);
        }
        fatal(WHERE, &misfit_message(ty))
    };
    let number = || {
        let mut d = 0.0;
        ((napi.get_value_double)(env, value, &mut d) == NAPI_OK).then_some(d)
    };
    match ty.js() {
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
