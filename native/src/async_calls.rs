//! Asynchronous calls (`fn.async(...)`, `nonblocking: true`): a foreign call
//! that runs on a thread of libuv's pool and settles a promise, so that a
//! slow C function does not block the event loop.
//!
//! A call goes through three steps:
//!  1. **Submit**, on the JS thread (`async_call`, the function's
//!     `napi_callback`): the library must be open and the argument count
//!     right, as for a blocking call; every argument is converted by the
//!     shared converters (convert.rs) into an array of the call's own, laid
//!     out by the trampoline ABI (abi/slots.rs). A string argument is copied
//!     into memory the call owns; any object argument (a Buffer, an
//!     ArrayBuffer, a typed array) is referenced until the promise settles,
//!     so its memory stays alive unless JS detaches it meanwhile (a
//!     transfer), which the caller must not do (docs/async.md); V8 does not
//!     move the memory of a buffer whose address has been taken. The call is queued to the
//!     environment's `Queue` and a promise returned.
//!  2. **Run**, on a pool thread: a *drainer* (an N-API async work item,
//!     which libuv runs on its pool, and which Node.js waits for before it
//!     tears an environment down) takes calls from the queue and runs each
//!     one: the compiled pool trampoline on the call's array
//!     (call/jit/pool.rs), or libffi (`interp::call_slots`) without a JIT.
//!  3. **Settle**, on the JS thread: the finished call is handed back
//!     through the environment's thread-safe function, whose callback boxes
//!     the result with the same boxer as a blocking call and resolves the
//!     promise, then drops the references and the call's share of its
//!     library (`library::InFlight`: a closed library is unloaded after the
//!     last pending call settles). A signature with `errno: true` keeps the
//!     `errno` the call left on the pool thread (host/errno.rs) and hands
//!     it to the JS thread's kept value just before its promise resolves.
//!
//! **Drainers.** Handing each call to a new pool work item costs a thread
//! wake-up per call, which dominates a short call. So a drainer, once
//! running, takes every call that is queued, and waits a short while
//! (`DRAIN_SPIN`) for more before it gives its pool thread back. A call
//! queues a new drainer only when no drainer is free to take it
//! (`QueueState::idle`), so calls started together still run in parallel,
//! each on a pool thread of its own, up to the pool's size.

use crate::abi::fn_data::FnData;
use crate::abi::scratch::{INLINE_ARGS, SCRATCH_SIZE};
use crate::abi::slots::{SLOT_ARG0, SLOT_RESULT, SLOT_TARGET};
use crate::convert::{arg_fn, jitffi_enter, jitffi_release_scratch, result_fn};
use crate::errors::{error_value, JsError};
use crate::host::napi::{
    api, napi_async_work, napi_callback_info, napi_deferred, napi_env, napi_ref, napi_threadsafe_function, napi_value, valuetype, NAPI_OK,
};
use crate::library::{InFlight, Library};
use std::collections::VecDeque;
use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long a drainer waits for another call before it gives its pool
/// thread back.
const DRAIN_SPIN: Duration = Duration::from_micros(50);

/// How a call reaches its C function on the pool thread.
enum Runner {
    /// The compiled pool trampoline of the signature: `void (*)(u64 *slots)`.
    /// Its code stays mapped while the `FnData`'s lease lives.
    Compiled(unsafe extern "C" fn(*mut u64)),
    /// libffi, with the `FnData`'s call interface.
    Interp,
}

/// What an asynchronous function wrapper owns (its `napi_callback` data):
/// the call-time data of a blocking wrapper (target, closed flag, signature,
/// libffi interface or code lease), its library, how it runs, and the queue
/// of its environment. Shared with every call in flight, which may outlive
/// the JS function.
pub(crate) struct AsyncFn {
    data: FnData,
    library: Arc<Library>,
    runner: Runner,
    queue: Arc<Queue>,
}

// SAFETY: an `AsyncFn` is read, never written, once made: by its JS
// thread (submitting and settling) and by pool threads (running). Its
// `FnData` holds a pointer to the library's atomic closed flag (kept alive
// by `library`), a libffi `Cif` whose raw pointers point into the `Cif`
// itself (read-only during calls, which libffi allows from any thread), and
// a `CodeLease` (an `Arc`); the runner's code is immutable.
unsafe impl Send for AsyncFn {}
// SAFETY: as above: shared access is read-only.
unsafe impl Sync for AsyncFn {}

/// One call in flight.
struct Job {
    func: Arc<AsyncFn>,
    /// SLOT_ARG0 + n slots: the target, the result and the arguments.
    slots: Box<[u64]>,
    /// Copies of the string arguments, which the slots point to.
    _strings: Vec<Box<[u8]>>,
    /// References to the object arguments, whose memory the slots point to.
    refs: Vec<napi_ref>,
    deferred: napi_deferred,
    _library: InFlight,
    /// For a signature with `errno: true`: the JS thread's kept `errno`
    /// when the call was made, which the call starts with, then the value
    /// the call left, which settling keeps on the JS thread.
    errno: i32,
}

// SAFETY: a job moves from its JS thread to a pool thread and back. The
// pool thread touches only `slots` (and the immutable `func`), and for an
// `errno` signature its own thread's `errno`; `refs` and
// `deferred` are N-API handles of the job's environment, used only on its
// JS thread (`settle`), or forgotten when that environment is gone.
unsafe impl Send for Job {}

/// The asynchronous calls of one environment, shared by its JS thread, its
/// drainers and its thread-safe function.
pub(crate) struct Queue {
    state: Mutex<QueueState>,
    /// Calls waiting in `state.jobs`, for drainers that wait without the lock.
    queued: AtomicUsize,
}

struct QueueState {
    jobs: VecDeque<Job>,
    /// Finished calls not yet settled.
    done: Vec<Job>,
    /// Drainers queued or waiting for a call: each takes one call next.
    idle: usize,
    /// Calls submitted and not yet settled (the thread-safe function keeps
    /// the event loop alive while there are any).
    pending: usize,
    /// The environment's thread-safe function; null until the first
    /// asynchronous function exists and once Node.js has finalized it.
    notify: napi_threadsafe_function,
    /// Whether a call of `notify` is on its way, which will settle `done`.
    notified: bool,
}

// SAFETY: `notify` is a thread-safe function, which N-API lets any thread
// call until it is finalized; its finalizer clears it under the lock.
unsafe impl Send for QueueState {}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, QueueState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The per-environment part, kept in `EnvState`.
#[derive(Default)]
pub(crate) struct AsyncCalls {
    queue: Option<Arc<Queue>>,
}

impl AsyncCalls {
    /// The environment's queue, with its thread-safe function made on first
    /// use.
    ///
    /// # Safety
    /// On `env`'s thread, inside a JS call of it.
    unsafe fn queue(&mut self, env: napi_env) -> Result<Arc<Queue>, JsError> {
        if let Some(queue) = &self.queue {
            return Ok(queue.clone());
        }
        let queue = Arc::new(Queue {
            state: Mutex::new(QueueState {
                jobs: VecDeque::new(),
                done: Vec::new(),
                idle: 0,
                pending: 0,
                notify: std::ptr::null_mut(),
                notified: false,
            }),
            queued: AtomicUsize::new(0),
        });
        let napi = api();
        let context = Arc::into_raw(queue.clone()) as *mut c_void;
        let mut tsfn = std::ptr::null_mut();
        // SAFETY: the caller's contract: on `env`'s thread, in a JS call.
        // `context` is a strong reference to the queue that `finalize_notify`
        // releases, once, when Node.js finalizes the function; `settle_done`
        // is called with it on this thread.
        let status = unsafe {
            let name = crate::host::values::string(env, "jitffi async call");
            (napi.create_threadsafe_function)(
                env,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                name,
                0,
                1,
                context,
                Some(finalize_notify),
                context,
                Some(settle_done),
                &mut tsfn,
            )
        };
        if status != NAPI_OK {
            // SAFETY: the function was not made, so `context` is released
            // here only.
            drop(unsafe { Arc::from_raw(context as *const Queue) });
            return Err(JsError::new(crate::errors::Code::CallFailed, "could not create the asynchronous call queue"));
        }
        // Only pending calls keep the event loop alive (`submit`).
        // SAFETY: on `env`'s thread; `tsfn` was just made there.
        unsafe { (napi.unref_threadsafe_function)(env, tsfn) };
        queue.lock().notify = tsfn;
        self.queue = Some(queue.clone());
        Ok(queue)
    }

    /// The data of an asynchronous function wrapper: calls `target` of
    /// `library` with `data`'s signature, through the compiled pool
    /// trampoline `code` or, when it is `None`, libffi (`data` then carries
    /// the call interface).
    ///
    /// # Safety
    /// On `env`'s thread, inside a JS call of it. `code`, if any, is the
    /// pool trampoline of `data.sig`, mapped while `data`'s lease lives.
    pub(crate) unsafe fn function(
        &mut self,
        env: napi_env,
        library: Arc<Library>,
        data: FnData,
        code: Option<*const u8>,
    ) -> Result<Arc<AsyncFn>, JsError> {
        // SAFETY: the caller's contract.
        let queue = unsafe { self.queue(env) }?;
        let runner = match code {
            // SAFETY: the caller's contract: `code` is a pool trampoline,
            // whose signature is `void (*)(u64 *)` in the C convention.
            Some(code) => Runner::Compiled(unsafe { std::mem::transmute::<*const u8, unsafe extern "C" fn(*mut u64)>(code) }),
            None => Runner::Interp,
        };
        Ok(Arc::new(AsyncFn { data, library, runner, queue }))
    }
}

/// Releases an asynchronous function's share of its data (the JS
/// function's finalizer).
///
/// # Safety
/// N-API's finalizer call, with the `Arc::into_raw` of the `AsyncFn` the
/// function was made with; calls in flight keep their own share.
pub(crate) unsafe extern "C" fn drop_async_fn(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: the caller's contract; released once.
    drop(unsafe { Arc::from_raw(data as *const AsyncFn) });
}

/// The `napi_callback` of asynchronous function wrappers: converts the
/// arguments, queues the call and returns its promise (step 1 of the module
/// comment). Throws, before any promise exists, what a blocking call of the
/// same function would throw for the same arguments.
///
/// # Safety
/// Called by N-API only, for functions made with the `Arc::into_raw` of an
/// `AsyncFn` as data (exports/library.rs `async_function`).
pub(crate) unsafe extern "C" fn async_call(env: napi_env, info: napi_callback_info) -> napi_value {
    let napi = api();
    let mut argv_inline = [std::ptr::null_mut(); INLINE_ARGS];
    let mut argc = INLINE_ARGS;
    let mut data: *mut c_void = std::ptr::null_mut();
    // SAFETY: N-API's call (the contract); argv_inline has `argc` entries.
    unsafe { (napi.get_cb_info)(env, info, &mut argc, argv_inline.as_mut_ptr(), std::ptr::null_mut(), &mut data) };
    // SAFETY: `data` is the function's share of its `AsyncFn`, alive while
    // the function is.
    let func = unsafe { &*(data as *const AsyncFn) };
    let sig = &func.data.sig;
    let n = sig.params.len();
    // SAFETY: `FnData` is the data `jitffi_enter` reads; it lives in `func`.
    let target = unsafe { jitffi_enter(env, &func.data as *const FnData as *mut c_void, argc, n as u32) };
    if target == 0 {
        return std::ptr::null_mut();
    }
    let mut argv_heap = Vec::new();
    // SAFETY: as above: this call's env and info, and `argv_inline` as
    // napi_get_cb_info filled it.
    let argv = unsafe { crate::host::values::call_args(env, info, &argv_inline, &mut argv_heap, n) };

    let mut slots = vec![0u64; SLOT_ARG0 + n].into_boxed_slice();
    slots[SLOT_TARGET] = target;
    let mut scratch = vec![[0u64; SCRATCH_SIZE / 8]; n];
    let mut strings = Vec::new();
    let mut refs = Vec::new();
    let mut ok = true;
    for (i, ty) in sig.params.iter().enumerate() {
        let pointer_like = ty.is_pointer_like();
        let scratch_ptr = if pointer_like { scratch[i].as_mut_ptr() as *mut u8 } else { std::ptr::null_mut() };
        // SAFETY: the converters' contract (convert.rs): the live env, one
        // slot, a scratch area of SCRATCH_SIZE aligned bytes or NULL.
        if unsafe { arg_fn(*ty)(env, argv[i], i as u32, &mut slots[SLOT_ARG0 + i], scratch_ptr) } == 0 {
            ok = false;
            break;
        }
        if !pointer_like {
            continue;
        }
        // SAFETY: on `env`'s thread, inside its JS call; `argv[i]` is a
        // value of this call.
        match unsafe { crate::host::values::type_of(env, argv[i]) } {
            valuetype::STRING => {
                // The converter made a NUL-terminated UTF-8 copy that the
                // scratch owns until it is released below: copy it again
                // into memory of the call's own.
                let p = slots[SLOT_ARG0 + i] as usize as *const std::ffi::c_char;
                // SAFETY: a string argument converts to the address of a
                // NUL-terminated copy, alive until its scratch is released.
                let bytes: Box<[u8]> = unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes_with_nul().into();
                slots[SLOT_ARG0 + i] = bytes.as_ptr() as u64;
                strings.push(bytes);
            }
            valuetype::OBJECT => {
                let mut reference = std::ptr::null_mut();
                // SAFETY: as above; `reference` is a local out-pointer.
                unsafe { (napi.create_reference)(env, argv[i], 1, &mut reference) };
                refs.push(reference);
            }
            _ => {}
        }
    }
    for (i, ty) in sig.params.iter().enumerate() {
        if ty.is_pointer_like() {
            // SAFETY: the converter initialised this scratch (or conversion
            // stopped before it, when word 0 is still 0).
            unsafe { jitffi_release_scratch(scratch[i].as_mut_ptr() as *mut u8) };
        }
    }
    let in_flight = if ok { func.library.begin_call() } else { None };
    let Some(in_flight) = in_flight else {
        for r in refs {
            // SAFETY: each reference was made above in `env`, on this thread.
            unsafe { (napi.delete_reference)(env, r) };
        }
        if ok {
            // Converting an argument ran JS (a getter) that closed the library.
            crate::errors::throw(env, &JsError::library_closed());
        }
        return std::ptr::null_mut();
    };
    let mut deferred = std::ptr::null_mut();
    let mut promise = std::ptr::null_mut();
    // SAFETY: on `env`'s thread, inside its JS call; locals as out-pointers.
    unsafe { (napi.create_promise)(env, &mut deferred, &mut promise) };
    // SAFETY: as above: `data` holds a share of the `AsyncFn`; the job
    // takes one more.
    let func = unsafe {
        Arc::increment_strong_count(data as *const AsyncFn);
        Arc::from_raw(data as *const AsyncFn)
    };
    let errno = crate::host::errno::kept();
    let job = Job { func, slots, _strings: strings, refs, deferred, _library: in_flight, errno };
    // SAFETY: on `env`'s thread, inside its JS call.
    unsafe { submit(env, job) };
    promise
}

/// Queues `job` and, when no drainer is free to take it, a new drainer;
/// keeps the event loop alive while calls are pending.
///
/// # Safety
/// On `env`'s thread (the job's environment), inside a JS call of it.
unsafe fn submit(env: napi_env, job: Job) {
    let queue = job.func.queue.clone();
    let napi = api();
    let id = job.deferred;
    let (start_drainer, first, notify) = {
        let mut state = queue.lock();
        state.jobs.push_back(job);
        queue.queued.fetch_add(1, Ordering::Release);
        state.pending += 1;
        let start = state.jobs.len() > state.idle;
        if start {
            state.idle += 1;
        }
        (start, state.pending == 1, state.notify)
    };
    if first && !notify.is_null() {
        // SAFETY: on `env`'s thread; `notify` is its thread-safe function,
        // not finalized (it is only finalized with the environment).
        unsafe { (napi.ref_threadsafe_function)(env, notify) };
    }
    // SAFETY: the caller's contract.
    if start_drainer && !unsafe { start_drain(env, &queue) } {
        // No drainer could be queued (the environment is ending, or memory
        // ran out): settle the call with the error, unless a drainer
        // already took it.
        let job = {
            let mut state = queue.lock();
            state.idle -= 1;
            let at = state.jobs.iter().position(|j| j.deferred == id);
            let job = at.and_then(|at| state.jobs.remove(at));
            if job.is_some() {
                queue.queued.fetch_sub(1, Ordering::Release);
            }
            job
        };
        if let Some(job) = job {
            // SAFETY: the caller's contract.
            unsafe { settle(env, &queue, job, Some(JsError::new(crate::errors::Code::CallFailed, "could not queue the call"))) };
        }
    }
}

/// A drainer's N-API work item and its queue.
struct Drainer {
    work: napi_async_work,
    queue: Arc<Queue>,
}

/// Queues a drainer for `queue` on libuv's pool; false if it could not be.
///
/// # Safety
/// On `env`'s thread, inside a JS call of it.
unsafe fn start_drain(env: napi_env, queue: &Arc<Queue>) -> bool {
    let napi = api();
    let drainer = Box::into_raw(Box::new(Drainer { work: std::ptr::null_mut(), queue: queue.clone() }));
    let mut work = std::ptr::null_mut();
    // SAFETY: the caller's contract. `drainer` lives until `drained` frees
    // it, which N-API calls once the queued work has run (or was cancelled).
    let queued = unsafe {
        let name = crate::host::values::string(env, "jitffi async call");
        (napi.create_async_work)(env, std::ptr::null_mut(), name, drain, drained, drainer.cast(), &mut work) == NAPI_OK && {
            (*drainer).work = work;
            (napi.queue_async_work)(env, work) == NAPI_OK
        }
    };
    if !queued {
        // SAFETY: the work was not queued, so N-API will not call `drained`:
        // the work item (if made) and `drainer` are freed here only.
        unsafe {
            if !work.is_null() {
                (napi.delete_async_work)(env, work);
            }
            drop(Box::from_raw(drainer));
        }
    }
    queued
}

/// A drainer's work, on a pool thread: runs queued calls until none comes
/// for `DRAIN_SPIN` (step 2 of the module comment).
///
/// # Safety
/// N-API's execute callback, with the `Drainer` of `start_drain`; makes no
/// N-API call but the thread-safe function's.
unsafe extern "C" fn drain(_env: napi_env, data: *mut c_void) {
    // SAFETY: the caller's contract: `data` is the Drainer, alive until
    // `drained`, which runs after this returns.
    let queue = unsafe { &(*(data as *const Drainer)).queue };
    loop {
        let job = {
            let mut state = queue.lock();
            match state.jobs.pop_front() {
                Some(job) => {
                    queue.queued.fetch_sub(1, Ordering::Release);
                    state.idle -= 1;
                    Some(job)
                }
                None => None,
            }
        };
        match job {
            Some(mut job) => {
                run(&mut job);
                let mut state = queue.lock();
                state.done.push(job);
                state.idle += 1;
                if !state.notified && !state.notify.is_null() {
                    // Each notification carries a share of the queue of its
                    // own: Node.js may call `settle_done` for it after the
                    // function's finalizer released the function's share.
                    let share = Arc::into_raw(queue.clone()) as *mut c_void;
                    // SAFETY: `notify` is not finalized (its finalizer
                    // clears it under this lock); any thread may call it.
                    let status = unsafe { (api().call_threadsafe_function)(state.notify, share, crate::host::napi::TSFN_NONBLOCKING) };
                    state.notified = status == NAPI_OK;
                    if !state.notified {
                        // SAFETY: not queued, so the share is released here,
                        // once.
                        drop(unsafe { Arc::from_raw(share as *const Queue) });
                    }
                }
            }
            None => {
                let until = Instant::now() + DRAIN_SPIN;
                while queue.queued.load(Ordering::Acquire) == 0 && Instant::now() < until {
                    std::hint::spin_loop();
                }
                let mut state = queue.lock();
                if state.jobs.is_empty() {
                    state.idle -= 1;
                    return;
                }
            }
        }
    }
}

/// Runs one call's C function on this (pool) thread. A signature with
/// `errno: true` starts from the job's `errno` and leaves the target's in it.
fn run(job: &mut Job) {
    let func = &*job.func;
    if func.data.sig.errno {
        crate::host::errno::keep(job.errno);
    }
    match func.runner {
        // SAFETY: `code` is the pool trampoline of the job's signature,
        // mapped while `func`'s lease lives (the environment, whose JIT owns
        // the code, is not torn down before its drainers finish); `slots`
        // holds the target and the converted arguments of that signature.
        // Calling the foreign function is the unsafe contract of node:ffi.
        Runner::Compiled(code) => unsafe { code(job.slots.as_mut_ptr()) },
        Runner::Interp => {
            let cif = func.data.cif.as_ref().expect("interpreted AsyncFn has a cif");
            let mut result = 0u64;
            let target = job.slots[SLOT_TARGET];
            // SAFETY: the cif was built from the signature, whose converted
            // arguments the slots hold; as above for the foreign call.
            unsafe { crate::call::interp::call_slots(cif, &func.data.sig, target, &job.slots[SLOT_ARG0..], &mut result) };
            job.slots[SLOT_RESULT] = result;
        }
    }
    if func.data.sig.errno {
        job.errno = crate::host::errno::kept();
    }
}

/// N-API's complete callback of a drainer, on the JS thread: frees it.
///
/// # Safety
/// N-API's call, once, with the `Drainer` of `start_drain`.
unsafe extern "C" fn drained(env: napi_env, _status: i32, data: *mut c_void) {
    // SAFETY: the caller's contract: the Drainer is freed here only, and its
    // work item is deleted once, after it has completed.
    unsafe {
        let drainer = Box::from_raw(data as *mut Drainer);
        (api().delete_async_work)(env, drainer.work);
    }
}

/// The thread-safe function's callback, on the JS thread: settles every
/// finished call (step 3). `env` is null while Node.js tears the function
/// down; the calls are then dropped without touching JS.
///
/// # Safety
/// N-API's call, once per notification, with the share of the queue the
/// drainer gave it as `data` (`drain`), which this releases.
unsafe extern "C" fn settle_done(env: napi_env, _js: napi_value, _context: *mut c_void, data: *mut c_void) {
    // SAFETY: the caller's contract: `data` is an `Arc::into_raw` share of
    // the queue, released here only (Node.js calls this once per item, with
    // a null `env` for items left when the function is torn down).
    let queue = unsafe { Arc::from_raw(data as *const Queue) };
    let queue = &*queue;
    let done = {
        let mut state = queue.lock();
        state.notified = false;
        std::mem::take(&mut state.done)
    };
    for job in done {
        if env.is_null() {
            forget_js(job);
        } else {
            // SAFETY: the caller's contract: on the queue's JS thread, in
            // the thread-safe function's handle scope.
            unsafe { settle(env, queue, job, None) };
        }
    }
}

/// Drops a job whose environment can no longer run JS: its references and
/// deferred belong to that environment and go with it.
fn forget_js(job: Job) {
    let Job { refs, .. } = job;
    std::mem::forget(refs);
}

/// Resolves a finished call's promise with its boxed result (or rejects it
/// with `error`), releases its references, and lets the event loop go when
/// no call is pending.
///
/// # Safety
/// On `env`'s thread (the job's environment), in a handle scope.
unsafe fn settle(env: napi_env, queue: &Queue, job: Job, error: Option<JsError>) {
    let napi = api();
    // SAFETY: the caller's contract. The result slot holds the C result of
    // the job's signature (the boxers' contract); the references and the
    // deferred are this environment's, used once here.
    unsafe {
        match error {
            None => {
                if job.func.data.sig.errno {
                    crate::host::errno::keep(job.errno);
                }
                let value = result_fn(job.func.data.sig.result)(env, &job.slots[SLOT_RESULT]);
                (napi.resolve_deferred)(env, job.deferred, value);
            }
            Some(e) => {
                (napi.reject_deferred)(env, job.deferred, error_value(env, &e));
            }
        }
        for &r in &job.refs {
            (napi.delete_reference)(env, r);
        }
    }
    drop(job);
    let (last, notify) = {
        let mut state = queue.lock();
        state.pending -= 1;
        (state.pending == 0, state.notify)
    };
    if last && !notify.is_null() {
        // SAFETY: on `env`'s thread; `notify` is its thread-safe function.
        unsafe { (napi.unref_threadsafe_function)(env, notify) };
    }
}

/// The thread-safe function's finalizer (the environment is ending): no
/// drainer may call it any more; releases its share of the queue.
///
/// # Safety
/// N-API's call, once, with the context given at creation.
unsafe extern "C" fn finalize_notify(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: the caller's contract: `data` is the strong reference made
    // for the function in `AsyncCalls::queue`, released here only.
    let queue = unsafe { Arc::from_raw(data as *const Queue) };
    let done = {
        let mut state = queue.lock();
        state.notify = std::ptr::null_mut();
        std::mem::take(&mut state.done)
    };
    done.into_iter().for_each(forget_js);
}

/// How many asynchronous calls of the environment are pending, for tests.
pub(crate) fn pending(calls: &AsyncCalls) -> usize {
    calls.queue.as_ref().map_or(0, |q| q.lock().pending)
}
