//! The few V8 C++ entry points jitffi calls besides N-API, resolved once
//! from the host process (the `node` binary exports V8's API for addons that
//! use it directly). N-API has no equivalent for either use:
//!  * `Isolate::SetStackLimit`, to give deep callback recursion the real
//!    thread stack (stack.rs);
//!  * `Isolate::IsExecutionTerminating`, to tell a callback cut short by
//!    `vm`'s `timeout` or `worker.terminate()` from one that threw;
//!  * `HandleScope`'s constructor and destructor, so that a callback's
//!    per-invocation handle scope lives on the native stack. N-API's
//!    `napi_open_handle_scope` heap-allocates a wrapper for each scope; for
//!    a callback that C calls millions of times (qsort) the malloc/free pair
//!    and the two N-API calls are about a tenth of the whole invocation;
//!  * `Function::Call` under a `TryCatch` of our own, for the compiled
//!    callback thunk: `napi_call_function` adds a preamble (pending
//!    exception and can-call-into-JS checks, last-error bookkeeping and its
//!    own TryCatch) worth about another tenth.
//!
//! A `napi_value` is a `v8::Local<v8::Value>` (N-API converts between them
//! with a cast), and `Local`/`MaybeLocal` are one pointer, trivially
//! copyable, so they travel in registers like pointers.
//!
//! All of it is optional: if a symbol is missing (another N-API host), the
//! callers fall back to N-API and V8's default stack limit.
//!
//! What the direct call leaves out of `napi_call_function`'s preamble:
//!  * the pending N-API exception check: none can exist (the dispatcher
//!    runs between N-API calls, and a callback's exception aborts);
//!  * "can the environment still run JS": V8 refuses by itself while
//!    execution is being terminated or while Node frees the environment
//!    (the dispatcher tells that from a callback's own exception), but not
//!    once `process.exit()` has started, where Node stops JS only by a flag
//!    of its own. So callbacks stop using this path on the process's
//!    'exit' event (callbacks.rs `Shared::exiting`).

use std::ffi::c_void;
use std::sync::OnceLock;

/// A `v8::Isolate*`.
pub type Isolate = *mut c_void;

/// Resolved entry points. The C++ names use the Itanium ABI, where a member
/// function takes `this` as its first argument and constructors and
/// destructors return nothing.
pub struct V8 {
    /// `static v8::Isolate* v8::Isolate::GetCurrent()`
    pub get_current: unsafe extern "C" fn() -> Isolate,
    /// `void v8::Isolate::SetStackLimit(uintptr_t)`
    pub set_stack_limit: unsafe extern "C" fn(Isolate, usize),
    /// `bool v8::Isolate::IsExecutionTerminating()`
    pub is_execution_terminating: unsafe extern "C" fn(Isolate) -> bool,
    /// `v8::Local<v8::Context> v8::Isolate::GetCurrentContext()`
    get_current_context: unsafe extern "C" fn(Isolate) -> *mut c_void,
    /// `v8::MaybeLocal<v8::Value> v8::Function::Call(v8::Local<v8::Context>,
    /// v8::Local<v8::Value> recv, int argc, v8::Local<v8::Value> argv[])`
    function_call: unsafe extern "C" fn(*mut c_void, *mut c_void, *mut c_void, i32, *const *mut c_void) -> *mut c_void,
    /// `v8::TryCatch::TryCatch(v8::Isolate*)`, `~TryCatch()`,
    /// `bool HasCaught() const`, `v8::Local<v8::Value> Exception() const`
    try_catch_new: unsafe extern "C" fn(*mut TryCatchStorage, Isolate),
    try_catch_drop: unsafe extern "C" fn(*mut TryCatchStorage),
    try_catch_has_caught: unsafe extern "C" fn(*const TryCatchStorage) -> bool,
    try_catch_exception: unsafe extern "C" fn(*const TryCatchStorage) -> *mut c_void,
    /// `v8::HandleScope::HandleScope(v8::Isolate*)` (complete-object ctor)
    scope_new: unsafe extern "C" fn(*mut ScopeStorage, Isolate),
    /// `v8::HandleScope::~HandleScope()` (complete-object dtor)
    scope_drop: unsafe extern "C" fn(*mut ScopeStorage),
}

/// Room for a `v8::HandleScope` object: three pointers (isolate, previous
/// next and limit; 24 bytes in V8 11). 64 bytes leave a wide margin.
#[repr(C, align(16))]
pub struct ScopeStorage([u64; 8]);

/// Room for a `v8::TryCatch` (48 bytes in V8 11 release builds).
#[repr(C, align(16))]
pub struct TryCatchStorage([u64; 16]);

/// How a JS call made by `V8::call` ended.
pub enum Called {
    Returned,
    /// It threw this value.
    Threw(*mut c_void),
    /// Execution is being terminated (worker.terminate(), a vm timeout).
    Terminated,
}

/// Looks `name` (NUL-terminated) up in the process.
fn symbol(name: &[u8]) -> Option<*mut c_void> {
    // SAFETY: `name` is NUL-terminated; dlsym only reads it.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr().cast()) };
    (!p.is_null()).then_some(p)
}

/// The entry points, or `None` if the host does not export all of them.
pub fn v8() -> Option<&'static V8> {
    static V8_API: OnceLock<Option<V8>> = OnceLock::new();
    V8_API
        .get_or_init(|| {
            let get_current = symbol(b"_ZN2v87Isolate10GetCurrentEv\0")?;
            let set_stack_limit = symbol(b"_ZN2v87Isolate13SetStackLimitEm\0")?;
            let is_execution_terminating = symbol(b"_ZN2v87Isolate22IsExecutionTerminatingEv\0")?;
            let get_current_context = symbol(b"_ZN2v87Isolate17GetCurrentContextEv\0")?;
            let function_call = symbol(b"_ZN2v88Function4CallENS_5LocalINS_7ContextEEENS1_INS_5ValueEEEiPS5_\0")?;
            let try_catch_new = symbol(b"_ZN2v88TryCatchC1EPNS_7IsolateE\0")?;
            let try_catch_drop = symbol(b"_ZN2v88TryCatchD1Ev\0")?;
            let try_catch_has_caught = symbol(b"_ZNK2v88TryCatch9HasCaughtEv\0")?;
            let try_catch_exception = symbol(b"_ZNK2v88TryCatch9ExceptionEv\0")?;
            let scope_new = symbol(b"_ZN2v811HandleScopeC1EPNS_7IsolateE\0")?;
            let scope_drop = symbol(b"_ZN2v811HandleScopeD1Ev\0")?;
            // SAFETY: each address is the exported function of that mangled
            // name, whose C++ signature is the one documented on the field.
            unsafe {
                Some(V8 {
                    get_current: std::mem::transmute::<*mut c_void, unsafe extern "C" fn() -> Isolate>(get_current),
                    set_stack_limit: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate, usize)>(set_stack_limit),
                    is_execution_terminating: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate) -> bool>(
                        is_execution_terminating,
                    ),
                    get_current_context: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate) -> *mut c_void>(
                        get_current_context,
                    ),
                    function_call: std::mem::transmute::<
                        *mut c_void,
                        unsafe extern "C" fn(*mut c_void, *mut c_void, *mut c_void, i32, *const *mut c_void) -> *mut c_void,
                    >(function_call),
                    try_catch_new: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut TryCatchStorage, Isolate)>(try_catch_new),
                    try_catch_drop: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut TryCatchStorage)>(try_catch_drop),
                    try_catch_has_caught: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*const TryCatchStorage) -> bool>(
                        try_catch_has_caught,
                    ),
                    try_catch_exception: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*const TryCatchStorage) -> *mut c_void>(
                        try_catch_exception,
                    ),
                    scope_new: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut ScopeStorage, Isolate)>(scope_new),
                    scope_drop: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut ScopeStorage)>(scope_drop),
                })
            }
        })
        .as_ref()
}

impl V8 {
    /// Runs `f` inside a new V8 handle scope on this stack frame: handles
    /// created by N-API calls in `f` are released when it returns.
    ///
    /// # Safety
    /// `isolate` is the isolate of the current thread, entered (we are
    /// inside a JS call or a callback of it); `f` must leave no scope of its
    /// own open (scopes nest strictly).
    pub unsafe fn with_handle_scope<R>(&self, isolate: Isolate, f: impl FnOnce() -> R) -> R {
        let mut storage = std::mem::MaybeUninit::<ScopeStorage>::uninit();
        // SAFETY: `storage` is large and aligned enough for a HandleScope
        // and is not moved between construction and destruction (it stays
        // in this frame); the destructor runs exactly once, also when `f`
        // unwinds (the guard below).
        (self.scope_new)(storage.as_mut_ptr(), isolate);
        struct Close<'a>(&'a V8, *mut ScopeStorage);
        impl Drop for Close<'_> {
            fn drop(&mut self) {
                // SAFETY: constructed above, destroyed once, innermost scope.
                unsafe { (self.0.scope_drop)(self.1) }
            }
        }
        let _close = Close(self, storage.as_mut_ptr());
        f()
    }

    /// Calls JS function `func` with receiver `recv` and no arguments, as
    /// `napi_call_function` would, minus its preamble. `None` when no
    /// context is entered (the caller then uses N-API).
    ///
    /// # Safety
    /// As for `with_handle_scope`, inside an open handle scope; `func` and
    /// `recv` are live handles (napi_values) of this isolate, `func` a
    /// function. A thrown value is returned as a handle of that scope.
    pub unsafe fn call(&self, isolate: Isolate, func: *mut c_void, recv: *mut c_void) -> Option<Called> {
        let context = (self.get_current_context)(isolate);
        if context.is_null() {
            return None;
        }
        let mut storage = std::mem::MaybeUninit::<TryCatchStorage>::uninit();
        let try_catch = storage.as_mut_ptr();
        // SAFETY: the TryCatch lives in this frame (V8 compares its address
        // with JS frames, so it must be on the stack), is constructed and
        // destroyed once, and no other TryCatch is made in between (the JS
        // called may make its own, nested ones, which it also closes).
        (self.try_catch_new)(try_catch, isolate);
        let result = (self.function_call)(func, context, recv, 0, std::ptr::null());
        let outcome = if !result.is_null() {
            Called::Returned
        } else if (self.is_execution_terminating)(isolate) {
            Called::Terminated
        } else if (self.try_catch_has_caught)(try_catch) {
            // Exception() returns a handle in the current (caller's) scope,
            // so the value outlives the TryCatch.
            Called::Threw((self.try_catch_exception)(try_catch))
        } else {
            Called::Terminated // an empty result without an exception: JS cannot run
        };
        (self.try_catch_drop)(try_catch);
        Some(outcome)
    }
}
