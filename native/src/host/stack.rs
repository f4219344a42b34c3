//! Room for deep callback recursion: V8's stack limit on the main thread.
//!
//! Each JS -> C -> JS level costs a few KB of native stack, most of it in V8
//! and N-API, and V8 stops JS at its own limit (984 KiB below where the
//! isolate started, `--stack-size`), long before the main thread's real
//! stack (RLIMIT_STACK, usually 8 MiB) is used up. Past that limit a callback
//! throws RangeError, and a throwing callback aborts the process. So once
//! callbacks nest `THRESHOLD` deep on the main thread, this module moves the
//! limit down to the middle of the real stack with V8's public
//! `Isolate::SetStackLimit` (what Node does for its worker threads).
//!
//! The other half stays for C: JS stops at the limit, but the C functions it
//! calls do not, and whatever JS leaves above the limit is all a C function
//! called from the deepest JS frame can use. With V8's default limit C has
//! about 7 MiB of an 8 MiB main thread; after the raise, 4 MiB. A deep
//! callback chain costs 1.7 to 3.5 KiB of stack per JS -> C -> JS level
//! (Node 18 to 26, compiled or interpreted), so the JS half of an 8 MiB
//! stack holds about 1,180 to 2,450 levels of a minimal recursion.
//!
//! It never makes the limit smaller: it only acts on the process's main
//! thread (workers already get a 4 MiB stack, and their limit is Node's),
//! only when the new limit is below anything V8's default could have granted,
//! and not when the user chose a limit with `--stack-size`.
//! `JITFFI_KEEP_STACK_LIMIT=1` turns it off; the symbols missing from the
//! host process also do.

use std::cell::Cell;
use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// The callback nesting depth at which the limit is raised.
pub(crate) const THRESHOLD: u32 = 32;
/// The share of the thread's stack JS may use at most, from its top: the
/// rest is C's (the C functions called from the deepest JS frames, N-API,
/// the callback entry, the abort path).
const JS_SHARE_DIVISOR: usize = 2;
/// The most stack granted below the current frame (for `ulimit -s unlimited`,
/// where the stack's size is the distance to the next mapping).
const MAX_BELOW_SP: usize = 16 << 20;
/// V8's default stack budget on 64-bit targets (`--stack-size`, in KiB).
const V8_DEFAULT: usize = 984 << 10;

/// The callback nesting of one environment, which runs on one thread (so
/// this is the nesting on that thread). It lives in the `EnvState` and each
/// callback cell points to it: a field access, where a thread-local in a
/// shared library costs a `__tls_get_addr` call per access.
/// lib/wrappers.js reads `depth` too (through `Depth::depth_ptr`): with no
/// callback running, no foreign call can be in progress on this thread.
#[derive(Default)]
#[repr(C)]
pub(crate) struct Depth {
    /// Callbacks running, outermost included.
    depth: Cell<u32>,
    /// Whether this environment's thread has already been considered for a
    /// raise.
    considered: Cell<bool>,
}

/// One running callback; dropping it ends it.
pub(crate) struct CallbackDepth<'a>(&'a Depth);

impl Depth {
    /// Address of the running-callbacks count (a u32), for JS to read.
    pub(crate) fn depth_ptr(&self) -> *mut u32 {
        self.depth.as_ptr()
    }

    /// Whether a callback of this environment is running (its cell, entry
    /// and code are then in use further up the stack).
    pub(crate) fn running(&self) -> bool {
        self.depth.get() > 0
    }

    /// Marks the start of a callback's JS call (the dispatcher holds the
    /// result until the call has returned). Reaching `THRESHOLD` for the
    /// first time considers raising the stack limit.
    pub(crate) fn enter(&self) -> CallbackDepth<'_> {
        let n = self.depth.get().saturating_add(1);
        self.depth.set(n);
        if n == THRESHOLD && !self.considered.replace(true) {
            ensure_deep_stack();
        }
        CallbackDepth(self)
    }
}

impl Drop for CallbackDepth<'_> {
    fn drop(&mut self) {
        self.0.depth.set(self.0.depth.get().saturating_sub(1));
    }
}

/// `JITFFI_KEEP_STACK_LIMIT`: set (and not "0"), V8's limit is left alone.
fn keep_limit() -> bool {
    static KEEP: OnceLock<bool> = OnceLock::new();
    *KEEP.get_or_init(|| std::env::var_os("JITFFI_KEEP_STACK_LIMIT").is_some_and(|v| !v.is_empty() && v != "0"))
}

/// Set (by lib/native.js, from `process.execArgv`) when the process was
/// started with V8's `--stack-size`: the user chose the limit, which may be
/// larger or smaller than ours, so it stays. The command line itself cannot
/// tell: `process.title = ...` overwrites /proc/self/cmdline.
static USER_CHOSE_LIMIT: AtomicBool = AtomicBool::new(false);

/// Records that the user chose V8's stack limit (see `USER_CHOSE_LIMIT`).
pub(crate) fn user_chose_limit() {
    USER_CHOSE_LIMIT.store(true, Ordering::Relaxed);
}

// The thread helpers below are written per OS: Linux (glibc) and macOS.
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
compile_error!("stack.rs: on_main_thread and thread_stack have no implementation for this OS");

/// Whether this is the process's main thread (where Node's main
/// environment runs; workers have threads of their own).
#[cfg(target_os = "linux")]
pub(crate) fn on_main_thread() -> bool {
    // SAFETY: getpid and gettid have no preconditions.
    unsafe { libc::getpid() as libc::c_long == libc::syscall(libc::SYS_gettid) }
}

/// Whether this is the process's main thread (where Node's main
/// environment runs; workers have threads of their own).
#[cfg(target_os = "macos")]
pub(crate) fn on_main_thread() -> bool {
    // SAFETY: pthread_main_np has no preconditions.
    unsafe { libc::pthread_main_np() == 1 }
}

/// The current thread's stack as [low, high), from glibc.
#[cfg(target_os = "linux")]
fn thread_stack() -> Option<(usize, usize)> {
    // SAFETY: `attr` is initialised by pthread_getattr_np before it is read
    // and destroyed once; the out-parameters are plain locals.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut c_void = std::ptr::null_mut();
        let mut size: usize = 0;
        let rc = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if rc != 0 || addr.is_null() {
            return None;
        }
        Some((addr as usize, (addr as usize).checked_add(size)?))
    }
}

/// The current thread's stack as [low, high), from libSystem: its highest
/// address (`pthread_get_stackaddr_np`, where the stack starts) and its size.
#[cfg(target_os = "macos")]
fn thread_stack() -> Option<(usize, usize)> {
    // SAFETY: both functions read the descriptor of the calling thread,
    // which is alive.
    unsafe {
        let this = libc::pthread_self();
        let high = libc::pthread_get_stackaddr_np(this) as usize;
        let size = libc::pthread_get_stacksize_np(this);
        if high == 0 || size == 0 {
            return None;
        }
        Some((high.checked_sub(size)?, high))
    }
}

/// Lowers V8's stack limit on the main thread to the middle of the real
/// stack (and at most `MAX_BELOW_SP` below here) when that gives more room
/// than V8 can have now. Called from inside a callback's JS call.
fn ensure_deep_stack() {
    if keep_limit() {
        return;
    }
    if !on_main_thread() {
        return;
    }
    let Some(v8) = crate::host::v8::v8() else { return };
    let Some(set_stack_limit) = v8.set_stack_limit else { return };
    let here = 0u8;
    let sp = std::hint::black_box(&here) as *const u8 as usize;
    let Some((low, high)) = thread_stack() else { return };
    if !(low < sp && sp < high) {
        return;
    }
    let js_share = (high - low) / JS_SHARE_DIVISOR;
    let new_limit = high.saturating_sub(js_share).max(sp.saturating_sub(MAX_BELOW_SP));
    // V8 set its limit V8_DEFAULT below the frame that created the isolate,
    // which is above this one: it cannot be lower than this.
    let granted = sp.saturating_sub(V8_DEFAULT);
    if new_limit >= granted || USER_CHOSE_LIMIT.load(Ordering::Relaxed) {
        return;
    }
    // SAFETY: we are on the isolate's own thread, inside a JS call (the
    // callback's), so the isolate is entered and GetCurrent returns it.
    // `new_limit` lies inside this thread's real stack, at least half of it
    // above its lowest address, so JS stops there and the native frames
    // below it stay inside the stack.
    unsafe {
        let isolate = (v8.get_current)();
        if isolate.is_null() {
            return;
        }
        set_stack_limit(isolate, new_limit);
    }
    crate::host::log::note(&format!(
        "raised V8's main-thread stack limit: at most {} KiB below this callback before, {} KiB now",
        (sp - granted) >> 10,
        (sp - new_limit) >> 10
    ));
}
