//! The few V8 C++ entry points jitffi calls besides N-API, resolved once
//! from the host process (the `node` binary exports V8's API for addons that
//! use it directly). N-API has no equivalent for any of these uses:
//!  * `Isolate::SetStackLimit`, to give deep callback recursion more of the
//!    real thread stack (stack.rs);
//!  * `Isolate::IsExecutionTerminating`, to tell a callback cut short by
//!    `vm`'s `timeout` or `worker.terminate()` from one that threw, and to
//!    keep later callbacks out of JS while execution is being terminated;
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
//! The signatures, mangled names and object sizes below were read from the
//! public headers (`v8-isolate.h`, `v8-local-handle.h`, `v8-exception.h`,
//! `v8-function.h`) of the V8 versions that Node.js 18 to 26 embed: 10.2,
//! 11.3, 12.4, 13.6 and 14.6. Each group of entry points is used only when
//! the running V8 (`v8::V8::GetVersion()`) is of a verified major, all of
//! the group's symbols are exported, and, for the objects jitffi places on
//! its own stack, a constructed object holds the isolate where the header
//! puts it. The isolate's own functions (GetCurrent, IsExecutionTerminating,
//! SetStackLimit) involve no layout, so they are also used with a later
//! V8 that exports them. Anything else falls back to N-API for that group
//! (and to V8's own stack limit); `JITFFI_V8_API=0` makes every group fall
//! back, `JITFFI_V8_API=isolate` all but the isolate's functions.
//! `describe()` says which path each group takes (jitffi internals
//! `v8Api()`, and a `JITFFI_DEBUG` line).
//!
//! What the direct call leaves out of `napi_call_function`'s preamble:
//!  * the pending N-API exception check: none can exist (the dispatcher
//!    runs between N-API calls, and a callback's exception aborts);
//!  * "can the environment still run JS": the dispatcher does not enter JS
//!    while execution is being terminated (callbacks.rs); V8 refuses by
//!    itself while Node frees the environment (the dispatcher tells that
//!    from a callback's own exception), but not once `process.exit()` has
//!    started, where Node stops JS only by a flag of its own. So callbacks
//!    stop using this path on the process's 'exit' event (callbacks.rs
//!    `Shared::exiting`).

use std::ffi::c_void;
use std::sync::OnceLock;

/// A `v8::Isolate*`.
pub(crate) type Isolate = *mut c_void;

/// The V8 majors whose headers the layouts and signatures here were checked
/// against (Node.js 18: 10, 20: 11, 22: 12, 24: 13, 26: 14).
const VERIFIED_MAJORS: std::ops::RangeInclusive<u32> = 10..=14;

/// Resolved entry points. The C++ names use the Itanium ABI, where a member
/// function takes `this` as its first argument and constructors and
/// destructors return nothing.
pub(crate) struct V8 {
    /// `static v8::Isolate* v8::Isolate::GetCurrent()`
    pub(crate) get_current: unsafe extern "C" fn() -> Isolate,
    /// `bool v8::Isolate::IsExecutionTerminating()`
    pub(crate) is_execution_terminating: unsafe extern "C" fn(Isolate) -> bool,
    /// `void v8::Isolate::SetStackLimit(uintptr_t)`
    pub(crate) set_stack_limit: Option<unsafe extern "C" fn(Isolate, usize)>,
    scope: Option<ScopeApi>,
    call: Option<CallApi>,
}

/// `v8::HandleScope`'s out-of-line constructor and destructor (V8 10 to 13;
/// V8 14 defines both inline in the header, over isolate internals).
struct ScopeApi {
    /// `v8::HandleScope::HandleScope(v8::Isolate*)` (complete-object ctor)
    new: unsafe extern "C" fn(*mut ScopeStorage, Isolate),
    /// `v8::HandleScope::~HandleScope()` (complete-object dtor)
    drop: unsafe extern "C" fn(*mut ScopeStorage),
}

/// What a direct `Function::Call` under a `TryCatch` needs.
struct CallApi {
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
}

/// Room for a `v8::HandleScope`: the isolate, the previous next and limit
/// (24 bytes in V8 10 to 13; 32 with `V8_ENABLE_CHECKS`). 64 bytes leave a
/// wide margin.
#[repr(C, align(16))]
pub(crate) struct ScopeStorage([u64; 8]);

/// Room for a `v8::TryCatch`: the isolate, the next TryCatch, the
/// exception, the message, the JS-stack-comparable address and one byte of
/// flags (48 bytes in V8 10 to 14).
#[repr(C, align(16))]
pub(crate) struct TryCatchStorage([u64; 16]);

/// How a JS call made by `V8::call` ended.
pub(crate) enum Called {
    Returned,
    /// It threw this value.
    Threw(*mut c_void),
    /// Execution is being terminated (worker.terminate(), a vm timeout).
    Terminated,
}

/// Looks `name` (NUL-terminated) up in the process.
pub(crate) fn symbol(name: &[u8]) -> Option<*mut c_void> {
    // SAFETY: `name` is NUL-terminated; dlsym only reads it.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr().cast()) };
    (!p.is_null()).then_some(p)
}

/// Looks up every name, or none.
fn symbols<const N: usize>(names: [&[u8]; N]) -> Option<[*mut c_void; N]> {
    let mut out = [std::ptr::null_mut(); N];
    for (slot, name) in out.iter_mut().zip(names) {
        *slot = symbol(name)?;
    }
    Some(out)
}

/// What was resolved, and why each group that is not used is not.
struct Resolved {
    v8: Option<V8>,
    /// `v8::V8::GetVersion()`, when exported.
    version: Option<String>,
    /// Why `v8` is `None`, or why a group of it fell back to N-API.
    notes: Vec<String>,
}

/// The entry points, or `None` when V8's API is not used at all (another
/// N-API host, an unverified V8, or `JITFFI_V8_API=0`). The groups that
/// failed their checks are `None` inside.
pub(crate) fn v8() -> Option<&'static V8> {
    resolved().v8.as_ref()
}

fn resolved() -> &'static Resolved {
    static RESOLVED: OnceLock<Resolved> = OnceLock::new();
    RESOLVED.get_or_init(|| {
        let r = resolve();
        crate::host::log::note(&describe_line(&r));
        r
    })
}

/// `v8::V8::GetVersion()` of the running V8.
fn version() -> Option<String> {
    let get_version = symbol(b"_ZN2v82V810GetVersionEv\0")?;
    // SAFETY: `static const char* v8::V8::GetVersion()` returns a static
    // NUL-terminated string.
    unsafe {
        let f = std::mem::transmute::<*mut c_void, unsafe extern "C" fn() -> *const std::os::raw::c_char>(get_version);
        let s = f();
        (!s.is_null()).then(|| std::ffi::CStr::from_ptr(s).to_string_lossy().into_owned())
    }
}

/// The running V8's major version, when `v8::V8::GetVersion` is exported.
pub(crate) fn v8_major() -> Option<u32> {
    version()?.split('.').next()?.parse().ok()
}

fn resolve() -> Resolved {
    let version = version();
    let mut notes = Vec::new();
    let off = |version, notes| Resolved { v8: None, version, notes };
    if std::env::var_os("JITFFI_V8_API").is_some_and(|v| v == "0") {
        notes.push("JITFFI_V8_API=0".to_string());
        return off(version, notes);
    }
    let Some(v) = version.as_deref() else {
        notes.push("v8::V8::GetVersion is not exported".to_string());
        return off(version, notes);
    };
    let major = v.split('.').next().and_then(|m| m.parse::<u32>().ok()).unwrap_or(0);
    if major < *VERIFIED_MAJORS.start() {
        notes.push(format!("V8 {v} is older than any version jitffi was checked against"));
        return off(version, notes);
    }
    // Objects on jitffi's stack (HandleScope, TryCatch) are used only with
    // the majors whose headers were read; the isolate's functions, whose
    // parameters the mangled names pin and whose results are a pointer, a
    // bool or nothing, with any later one too.
    let verified = VERIFIED_MAJORS.contains(&major);
    // `JITFFI_V8_API=isolate`: the isolate's functions only, as with a V8
    // newer than the verified ones.
    let isolate_only = std::env::var_os("JITFFI_V8_API").is_some_and(|v| v == "isolate");
    let Some([get_current, is_execution_terminating]) =
        symbols([b"_ZN2v87Isolate10GetCurrentEv\0", b"_ZN2v87Isolate22IsExecutionTerminatingEv\0"])
    else {
        notes.push("Isolate::GetCurrent or IsExecutionTerminating is not exported".to_string());
        return off(version, notes);
    };
    // SAFETY: each address is the exported function of that mangled name,
    // whose C++ signature (checked in the headers of every verified major)
    // is the one documented on the field it is stored in.
    let mut api = unsafe {
        V8 {
            get_current: std::mem::transmute::<*mut c_void, unsafe extern "C" fn() -> Isolate>(get_current),
            is_execution_terminating: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate) -> bool>(is_execution_terminating),
            set_stack_limit: symbol(b"_ZN2v87Isolate13SetStackLimitEm\0")
                .map(|p| std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate, usize)>(p)),
            scope: symbols([b"_ZN2v811HandleScopeC1EPNS_7IsolateE\0", b"_ZN2v811HandleScopeD1Ev\0"]).map(|[new, drop]| ScopeApi {
                new: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut ScopeStorage, Isolate)>(new),
                drop: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut ScopeStorage)>(drop),
            }),
            call: symbols([
                b"_ZN2v87Isolate17GetCurrentContextEv\0",
                b"_ZN2v88Function4CallENS_5LocalINS_7ContextEEENS1_INS_5ValueEEEiPS5_\0",
                b"_ZN2v88TryCatchC1EPNS_7IsolateE\0",
                b"_ZN2v88TryCatchD1Ev\0",
                b"_ZNK2v88TryCatch9HasCaughtEv\0",
                b"_ZNK2v88TryCatch9ExceptionEv\0",
            ])
            .map(|[context, call, new, drop, has_caught, exception]| CallApi {
                get_current_context: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate) -> *mut c_void>(context),
                function_call: std::mem::transmute::<
                    *mut c_void,
                    unsafe extern "C" fn(*mut c_void, *mut c_void, *mut c_void, i32, *const *mut c_void) -> *mut c_void,
                >(call),
                try_catch_new: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut TryCatchStorage, Isolate)>(new),
                try_catch_drop: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut TryCatchStorage)>(drop),
                try_catch_has_caught: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*const TryCatchStorage) -> bool>(has_caught),
                try_catch_exception: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*const TryCatchStorage) -> *mut c_void>(
                    exception,
                ),
            }),
        }
    };
    if isolate_only {
        api.scope = None;
        api.call = None;
        notes.push("JITFFI_V8_API=isolate: N-API handle scopes and calls".to_string());
    } else if !verified {
        api.scope = None;
        api.call = None;
        notes.push(format!("V8 {v} is newer than the versions whose headers jitffi was checked against: N-API handle scopes and calls"));
    }
    if api.set_stack_limit.is_none() {
        notes.push("Isolate::SetStackLimit is not exported: V8's stack limit stays".to_string());
    }
    if verified && !isolate_only && api.scope.is_none() {
        notes.push(if major >= 14 {
            "HandleScope is inline in V8 14's headers: N-API handle scopes".to_string()
        } else {
            "HandleScope's constructor or destructor is not exported: N-API handle scopes".to_string()
        });
    }
    if verified && !isolate_only && api.call.is_none() {
        notes.push("Function::Call, GetCurrentContext or TryCatch is not exported: napi_call_function".to_string());
    }
    // The objects placed on jitffi's stack must start with the isolate, as
    // the headers say; one of each is made and checked here. Resolution
    // happens inside a JS call (a callback's registration or invocation),
    // where the thread's isolate is entered.
    // SAFETY: GetCurrent only reads this thread's current isolate.
    let isolate = unsafe { (api.get_current)() };
    if isolate.is_null() {
        if api.scope.take().is_some() || api.call.take().is_some() {
            notes.push("no entered isolate to check layouts with: N-API handle scopes and calls".to_string());
        }
    } else {
        if let Some(scope) = &api.scope {
            let mut storage = std::mem::MaybeUninit::<ScopeStorage>::zeroed();
            // SAFETY: the storage is larger and more aligned than a
            // HandleScope of any verified major, stays in this frame, and
            // the scope is destroyed once, with no scope opened in between.
            let first = unsafe {
                (scope.new)(storage.as_mut_ptr(), isolate);
                let first = (*storage.as_ptr()).0[0];
                (scope.drop)(storage.as_mut_ptr());
                first
            };
            if first != isolate as u64 {
                api.scope = None;
                notes.push("a HandleScope does not start with its isolate: N-API handle scopes".to_string());
            }
        }
        if let Some(call) = &api.call {
            let mut storage = std::mem::MaybeUninit::<TryCatchStorage>::zeroed();
            // SAFETY: as above, for a TryCatch (also on the stack, as V8
            // requires); nothing runs between its construction and its
            // destruction, so it catches nothing.
            let first = unsafe {
                (call.try_catch_new)(storage.as_mut_ptr(), isolate);
                let first = (*storage.as_ptr()).0[0];
                (call.try_catch_drop)(storage.as_mut_ptr());
                first
            };
            if first != isolate as u64 {
                api.call = None;
                notes.push("a TryCatch does not start with its isolate: napi_call_function".to_string());
            }
        }
    }
    Resolved { v8: Some(api), version, notes }
}

/// Which path each use of V8's API takes in this process, as
/// `(name, value)` pairs: `version`, `terminating`, `stackLimit`,
/// `handleScope` and `call` (`"v8"`, or `"napi"`/`"none"` for the
/// fallback), and `notes`, why anything fell back ("" when nothing did).
pub(crate) fn describe() -> Vec<(&'static str, String)> {
    let r = resolved();
    let v8 = r.v8.as_ref();
    let path = |used: bool, fallback: &str| if used { "v8".to_string() } else { fallback.to_string() };
    vec![
        ("version", r.version.clone().unwrap_or_default()),
        ("terminating", path(v8.is_some(), "napi")),
        ("stackLimit", path(v8.is_some_and(|v| v.set_stack_limit.is_some()), "none")),
        ("handleScope", path(v8.is_some_and(|v| v.scope.is_some()), "napi")),
        ("call", path(v8.is_some_and(|v| v.call.is_some()), "napi")),
        ("notes", r.notes.join("; ")),
    ]
}

fn describe_line(r: &Resolved) -> String {
    let v8 = r.v8.as_ref();
    let path = |used: bool| if used { "V8" } else { "N-API" };
    let mut line = format!(
        "V8 {}: termination check {}, stack limit {}, handle scopes {}, callback calls {}",
        r.version.as_deref().unwrap_or("(unknown)"),
        path(v8.is_some()),
        if v8.is_some_and(|v| v.set_stack_limit.is_some()) { "V8" } else { "kept" },
        path(v8.is_some_and(|v| v.scope.is_some())),
        path(v8.is_some_and(|v| v.call.is_some())),
    );
    if !r.notes.is_empty() {
        line.push_str(&format!(" ({})", r.notes.join("; ")));
    }
    line
}

impl V8 {
    /// Whether handle scopes can be made with V8's API (`with_handle_scope`).
    pub(crate) fn has_handle_scope(&self) -> bool {
        self.scope.is_some()
    }

    /// Whether `isolate` is terminating execution.
    ///
    /// # Safety
    /// `isolate` is the current thread's live isolate.
    pub(crate) unsafe fn terminating(&self, isolate: Isolate) -> bool {
        // SAFETY: the caller's contract; the entry point was resolved and
        // checked for this V8 at load.
        unsafe { (self.is_execution_terminating)(isolate) }
    }

    /// Runs `f` inside a new V8 handle scope on this stack frame: handles
    /// created by N-API calls in `f` are released when it returns. Without
    /// V8's HandleScope (`has_handle_scope`), runs `f` in the caller's scope.
    ///
    /// # Safety
    /// `isolate` is the isolate of the current thread, entered (we are
    /// inside a JS call or a callback of it); `f` must leave no scope of its
    /// own open (scopes nest strictly).
    pub(crate) unsafe fn with_handle_scope<R>(&self, isolate: Isolate, f: impl FnOnce() -> R) -> R {
        let Some(scope) = &self.scope else { return f() };
        let mut storage = std::mem::MaybeUninit::<ScopeStorage>::uninit();
        // SAFETY: `storage` is large and aligned enough for a HandleScope
        // (checked at resolution) and is not moved between construction and
        // destruction (it stays in this frame); the destructor runs exactly
        // once, also when `f` unwinds (the guard below); `isolate` by the
        // caller's contract.
        unsafe { (scope.new)(storage.as_mut_ptr(), isolate) };
        struct Close<'a>(&'a ScopeApi, *mut ScopeStorage);
        impl Drop for Close<'_> {
            fn drop(&mut self) {
                // SAFETY: constructed above, destroyed once, innermost scope.
                unsafe { (self.0.drop)(self.1) }
            }
        }
        let _close = Close(scope, storage.as_mut_ptr());
        f()
    }

    /// Calls JS function `func` with receiver `recv` and no arguments, as
    /// `napi_call_function` would, minus its preamble. `None` when no
    /// context is entered or the call entry points are not used (the caller
    /// then uses N-API).
    ///
    /// # Safety
    /// As for `with_handle_scope`, inside an open handle scope; `func` and
    /// `recv` are live handles (napi_values) of this isolate, `func` a
    /// function. A thrown value is returned as a handle of that scope.
    pub(crate) unsafe fn call(&self, isolate: Isolate, func: *mut c_void, recv: *mut c_void) -> Option<Called> {
        let api = self.call.as_ref()?;
        // SAFETY: the caller's contract: `isolate` is entered.
        let context = unsafe { (api.get_current_context)(isolate) };
        if context.is_null() {
            return None;
        }
        let mut storage = std::mem::MaybeUninit::<TryCatchStorage>::uninit();
        let try_catch = storage.as_mut_ptr();
        // SAFETY: the TryCatch lives in this frame (V8 compares its address
        // with JS frames, so it must be on the stack), is constructed and
        // destroyed once, and no other TryCatch is made in between (the JS
        // called may make its own, nested ones, which it also closes).
        // `func`, `recv` and the context are live handles of the entered
        // isolate (the caller's contract).
        unsafe {
            (api.try_catch_new)(try_catch, isolate);
            let result = (api.function_call)(func, context, recv, 0, std::ptr::null());
            let outcome = if !result.is_null() {
                Called::Returned
            } else if (self.is_execution_terminating)(isolate) {
                Called::Terminated
            } else if (api.try_catch_has_caught)(try_catch) {
                // Exception() returns a handle in the current (caller's)
                // scope, so the value outlives the TryCatch.
                Called::Threw((api.try_catch_exception)(try_catch))
            } else {
                Called::Terminated // an empty result without an exception: JS cannot run
            };
            (api.try_catch_drop)(try_catch);
            Some(outcome)
        }
    }
}
