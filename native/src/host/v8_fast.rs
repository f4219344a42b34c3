//! V8's fast API: a JS function whose C function V8's optimising compiler,
//! TurboFan, calls directly from the code it makes, without the
//! callback-info round trip every N-API function pays (Maglev, the tier
//! below it, calls the slow callback). Unoptimised calls,
//! and optimised calls V8 does not make fast, go through the function's
//! ordinary ("slow") callback instead.
//!
//! jitffi makes three kinds of such function:
//!  * **typed**: the C function takes the receiver, the target's address
//!    (as a double with the address's bits) and the call's arguments
//!    unboxed, calls the target and returns its result, which V8 boxes
//!    (call/jit/v8fast.rs). Its type information is built per signature
//!    (host/v8_fast_info.rs). Its slow callback is the fast tier's stub,
//!    which makes the call through the slots (the wrapper, lib/wrappers.js,
//!    writes them before every call) and leaves the return value
//!    `undefined`, which a typed call never returns (a void one returns
//!    0): the wrapper then reads the result slot. A **direct** function is
//!    made the same way, with the target itself as the C function where it
//!    can be one (call/jit/v8fast.rs `direct_signature`).
//!  * **receiver only**: the fast tier's stub, which takes its arguments
//!    from the environment's slots and writes its result there: in C,
//!    `void stub(v8::Local<v8::Value> receiver)`. Its type information is
//!    the one V8 itself builds for `void(Local<Value>)`: Node.js registers
//!    fast functions of that type at startup (`process.hrtime`'s), and every
//!    Node.js from 18 to 26 exports the static `CFunctionInfo` instance V8's
//!    template builds for it (`CFunctionBuilderWithFunction<
//!    CTypeInfoBuilder<void>, CTypeInfoBuilder<Local<Value>>>::Build()::
//!    instance`); it is checked to be initialised (its guard variable) and
//!    to say "returns void, one argument, whose type is stored right after
//!    it", which are the offsets every verified header gives. The slow
//!    callback is the same stub: as a `v8::FunctionCallback`, `void
//!    (const FunctionCallbackInfo<Value>&)`, it ignores its argument too,
//!    and returns nothing V8 reads. Signatures with `string` parameters use
//!    it (JS copies their short strings into the string area).
//!
//!  * **bound**: the function users hold for a C function that takes and
//!    returns floats (exports/bound.rs). Its C function is compiled per C
//!    function (call/jit/v8fast.rs), its slow callback forwards the call to
//!    the JS wrapper, the template's data (host/v8_forward.rs), and its
//!    name is set (`v8::Function::SetName`) so that `toString()` shows it.
//!    Its closed path throws with `v8::Isolate::ThrowException` (`throw`).
//!
//! A function is made with `v8::FunctionTemplate::New(isolate, callback,
//! data, signature, length, behavior, side_effect, const CFunction*, ...)`
//! and `FunctionTemplate::GetFunction(context)`. `v8::CFunction` is two
//! pointers (the C function and its `CFunctionInfo`), which V8 copies; the
//! `CFunctionInfo` must outlive the function.
//!
//! **Which V8.** A C function that a fast call enters may call back into
//! JS (a registered callback). V8 allows that (and a GC, and a throw) in
//! fast calls from V8 13 on; before, a fast call must not re-enter JS, and
//! no signature can promise that its C function never calls a callback it
//! was given earlier. So the fast API is used with V8 13 and 14 (Node.js 24
//! and 26), whose headers were read (`v8-fast-api-calls.h`,
//! `v8-template.h`, `v8-function-callback.h`); anything else keeps the fast
//! tier, and `describe()` says why. Typed functions need more of V8
//! (host/v8_fast_info.rs); where that does not check out, every v8fast
//! signature uses receiver-only functions.

use super::v8::{symbol, v8_major, Isolate};
use super::v8_fast_info::InfoApi;
pub(crate) use super::v8_fast_info::{CType, FunctionInfo};
use std::ffi::c_void;
use std::sync::OnceLock;

/// The V8 majors whose fast API jitffi uses (see the module comment).
const FAST_API_MAJORS: std::ops::RangeInclusive<u32> = 13..=14;

/// `v8::CFunction`: the C function and its type information.
#[repr(C)]
struct CFunction {
    address: *const c_void,
    type_info: *const c_void,
}

/// `v8::ConstructorBehavior::kThrow` (`enum class { kThrow, kAllow }`).
const CONSTRUCTOR_THROW: i32 = 0;
/// `v8::SideEffectType::kHasSideEffect` (the first enumerator).
const HAS_SIDE_EFFECT: i32 = 0;

/// `static v8::Local<v8::FunctionTemplate> v8::FunctionTemplate::New(
/// v8::Isolate*, v8::FunctionCallback, v8::Local<v8::Value> data,
/// v8::Local<v8::Signature>, int length, v8::ConstructorBehavior,
/// v8::SideEffectType, const v8::CFunction*, uint16_t instance_type,
/// uint16_t range_start, uint16_t range_end)`
type TemplateNew =
    unsafe extern "C" fn(Isolate, *const u8, *mut c_void, *mut c_void, i32, i32, i32, *const CFunction, u16, u16, u16) -> *mut c_void;

/// The resolved entry points and V8's `void(Local<Value>)` type information.
pub(crate) struct FastApi {
    template_new: TemplateNew,
    /// `v8::MaybeLocal<v8::Function>
    /// v8::FunctionTemplate::GetFunction(v8::Local<v8::Context>)`
    get_function: unsafe extern "C" fn(*mut c_void, *mut c_void) -> *mut c_void,
    /// `static v8::Isolate* v8::Isolate::GetCurrent()`
    get_current: unsafe extern "C" fn() -> Isolate,
    /// `v8::Local<v8::Context> v8::Isolate::GetCurrentContext()`
    get_current_context: unsafe extern "C" fn(Isolate) -> *mut c_void,
    /// V8's static `CFunctionInfo` for `void(v8::Local<v8::Value>)`.
    void_receiver: *const c_void,
    /// `void v8::Function::SetName(v8::Local<v8::String>)`, when exported:
    /// the name a bound function's `toString()` shows.
    set_name: Option<unsafe extern "C" fn(*mut c_void, *mut c_void)>,
    /// `v8::Local<v8::Value> v8::Isolate::ThrowException(v8::Local<v8::Value>)`
    throw_exception: unsafe extern "C" fn(Isolate, *mut c_void) -> *mut c_void,
    /// What typed functions need, or why they are not made.
    typed: Result<InfoApi, String>,
}

// SAFETY: function addresses, and the address of a static V8 object that is
// only read; nothing here is tied to a thread.
unsafe impl Send for FastApi {}
// SAFETY: as above.
unsafe impl Sync for FastApi {}

/// `Ok`: the fast API is used; `Err`: why not.
static RESOLVED: OnceLock<Result<FastApi, String>> = OnceLock::new();

const TEMPLATE_NEW: &[u8] = b"_ZN2v816FunctionTemplate3NewEPNS_7IsolateEPFvRKNS_20FunctionCallbackInfoINS_5ValueEEEENS_5LocalIS4_EENSA_INS_9SignatureEEEiNS_19ConstructorBehaviorENS_14SideEffectTypeEPKNS_9CFunctionEttt\0";
const GET_FUNCTION: &[u8] = b"_ZN2v816FunctionTemplate11GetFunctionENS_5LocalINS_7ContextEEE\0";
const THROW_EXCEPTION: &[u8] = b"_ZN2v87Isolate14ThrowExceptionENS_5LocalINS_5ValueEEE\0";
const SET_NAME: &[u8] = b"_ZN2v88Function7SetNameENS_5LocalINS_6StringEEE\0";
const GET_CURRENT: &[u8] = b"_ZN2v87Isolate10GetCurrentEv\0";
const GET_CURRENT_CONTEXT: &[u8] = b"_ZN2v87Isolate17GetCurrentContextEv\0";
/// The instance and its guard variable, as V8 12 and later name them (their
/// `Build` is a template over the 64-bit integer representation).
const VOID_RECEIVER: &[u8] = b"_ZZN2v88internal28CFunctionBuilderWithFunctionINS_16CTypeInfoBuilderIvJEEEJNS2_INS_5LocalINS_5ValueEEEJEEEEE5BuildILNS_13CFunctionInfo19Int64RepresentationE0EEEDavE8instance\0";
const VOID_RECEIVER_GUARD: &[u8] = b"_ZGVZN2v88internal28CFunctionBuilderWithFunctionINS_16CTypeInfoBuilderIvJEEEJNS2_INS_5LocalINS_5ValueEEEJEEEEE5BuildILNS_13CFunctionInfo19Int64RepresentationE0EEEDavE8instance\0";

fn resolve() -> Result<FastApi, String> {
    if std::env::var("JITFFI_TIER").as_deref() == Ok("fast") {
        return Err("JITFFI_TIER=fast".into());
    }
    let major = v8_major().ok_or("V8's version is unknown")?;
    if major < *FAST_API_MAJORS.start() {
        return Err(format!("V8 {major} does not let a fast call re-enter JS, which a callback may do"));
    }
    if major > *FAST_API_MAJORS.end() {
        return Err(format!("V8 {major} is newer than the versions whose fast API jitffi was checked against"));
    }
    let find = |name: &[u8]| symbol(name).ok_or_else(|| format!("{} is not exported", String::from_utf8_lossy(&name[..name.len() - 1])));
    let template_new = find(TEMPLATE_NEW)?;
    let get_function = find(GET_FUNCTION)?;
    let get_current = find(GET_CURRENT)?;
    let get_current_context = find(GET_CURRENT_CONTEXT)?;
    let throw_exception = find(THROW_EXCEPTION)?;
    let info = find(VOID_RECEIVER)? as *const u8;
    let guard = find(VOID_RECEIVER_GUARD)? as *const u8;
    // SAFETY: `guard` is the Itanium guard variable of the function-local
    // static `info` (8 bytes, its first byte non-zero once the static is
    // constructed); `info` is that static, a `CFunctionInfoImpl` of at least
    // 16 + 3 bytes (the base `CFunctionInfo`: the return type's CTypeInfo
    // at 0, the argument count at 4, the argument types' address at 8;
    // then its own storage of the argument types). Both are read only.
    unsafe {
        if std::ptr::read_volatile(guard) == 0 {
            return Err("V8's type information for void(receiver) is not initialised".into());
        }
        let returns_void = *info == 0; // CTypeInfo::Type::kVoid is the first enumerator
        let one_argument = std::ptr::read_unaligned(info.add(4) as *const u32) == 1;
        let inline_args = std::ptr::read_unaligned(info.add(8) as *const *const u8) == info.add(16);
        if !(returns_void && one_argument && inline_args) {
            return Err("V8's type information for void(receiver) does not have the expected layout".into());
        }
    }
    // SAFETY: each address is the exported function of that mangled name,
    // whose C++ signature (the headers of V8 13 and 14) is the one documented
    // on the field it is stored in.
    unsafe {
        Ok(FastApi {
            template_new: std::mem::transmute::<*mut c_void, TemplateNew>(template_new),
            get_function: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut c_void, *mut c_void) -> *mut c_void>(get_function),
            get_current: std::mem::transmute::<*mut c_void, unsafe extern "C" fn() -> Isolate>(get_current),
            get_current_context: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate) -> *mut c_void>(get_current_context),
            void_receiver: info.cast(),
            throw_exception: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate, *mut c_void) -> *mut c_void>(throw_exception),
            set_name: symbol(SET_NAME).map(|p| std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut c_void, *mut c_void)>(p)),
            typed: InfoApi::resolve(),
        })
    }
}

fn resolved() -> &'static Result<FastApi, String> {
    RESOLVED.get_or_init(|| {
        let r = resolve();
        crate::host::log::note(&match &r {
            Ok(FastApi { typed: Ok(_), .. }) => "V8 fast API: on, typed (v8fast tier)".to_string(),
            Ok(FastApi { typed: Err(why), .. }) => format!("V8 fast API: on, receiver only (v8fast tier; not typed: {why})"),
            Err(why) => format!("V8 fast API: off ({why}); fast-tier stubs are N-API functions"),
        });
        r
    })
}

/// The fast API, when the running V8 is one jitffi uses it with.
pub(crate) fn fast_api() -> Option<&'static FastApi> {
    resolved().as_ref().ok()
}

/// Why the fast API is not used, or `None` when it is.
pub(crate) fn why_not() -> Option<&'static str> {
    resolved().as_ref().err().map(String::as_str)
}

/// Why typed functions are not made, or `None` when they are.
pub(crate) fn why_not_typed() -> Option<&'static str> {
    match resolved() {
        Ok(api) => api.typed.as_ref().err().map(String::as_str),
        Err(why) => Some(why),
    }
}

impl FastApi {
    /// The type information of a typed function (see the module comment),
    /// when typed functions are made.
    pub(crate) fn typed_info(&self, result: CType, params: &[CType]) -> Option<&'static FunctionInfo> {
        self.typed.as_ref().ok().map(|api| api.info(result, params))
    }

    /// A typed function: `fast` is called as `result(receiver, double
    /// target, params...)` as `info` describes it, and `slow` (the fast
    /// tier's stub) when V8 does not make the call fast.
    ///
    /// # Safety
    /// As `receiver_only`, except that `fast` must be callable as the C
    /// function `info` describes.
    pub(crate) unsafe fn typed(&self, slow: *const u8, fast: *const u8, info: &'static FunctionInfo) -> Option<*mut c_void> {
        // SAFETY: the caller's contract.
        unsafe { self.make_fast(slow, fast, info.as_ptr()) }
    }

    /// A receiver-only function whose slow callback is `slow` and whose fast
    /// C function is `fast`; `None` when no context is entered or V8 refuses.
    ///
    /// # Safety
    /// Called on a thread with an entered isolate, inside a JS call (so in
    /// a handle scope, of which the result is a handle). `slow` is callable
    /// as a `v8::FunctionCallback` and `fast` as `void(v8::Local<v8::Value>)`
    /// (the fast tier's stub is both: it ignores its arguments and returns
    /// nothing V8 reads), both for as long as the function may be called.
    pub(crate) unsafe fn receiver_only(&self, slow: *const u8, fast: *const u8) -> Option<*mut c_void> {
        // SAFETY: the caller's contract; the type information is V8's own
        // static.
        unsafe { self.make_fast(slow, fast, self.void_receiver) }
    }

    /// A bound function: `fast` is called as the C function `info`
    /// describes, and every call V8 does not make fast is forwarded to the
    /// JS function `wrapper` (host/v8_forward.rs), which V8 holds as the
    /// template's data. Its own name (what `toString()` shows, as for the
    /// built-in module's functions) is `name`. `Err`: why the forwarding
    /// callback cannot be used here, or that V8 refused.
    ///
    /// # Safety
    /// As `typed`, in the N-API call of `env`; `wrapper` is a live function
    /// handle and `name` a live string handle.
    pub(crate) unsafe fn bound(
        &self,
        env: crate::host::napi::napi_env,
        fast: *const u8,
        info: &'static FunctionInfo,
        wrapper: *mut c_void,
        name: *mut c_void,
    ) -> Result<*mut c_void, &'static str> {
        // SAFETY: the caller's contract; the probe's function has no fast
        // C function and the probe's callback as its callback.
        unsafe { super::v8_forward::verified(env, |callback, data| self.make(callback, None, data)) }?;
        // SAFETY: the caller's contract; `forward` is a FunctionCallback
        // forwarding to its template's data, `wrapper`.
        let f = unsafe { self.make(super::v8_forward::forward as *const u8, Some((fast, info.as_ptr())), wrapper) }
            .ok_or("V8 made no function")?;
        if let Some(set_name) = self.set_name {
            // SAFETY: `f` is a function handle and `name` a string handle
            // (the caller's contract); `this` is the `Local`'s pointer.
            unsafe { set_name(f, name) };
        }
        Ok(f)
    }

    /// Throws `value` in the current isolate, as V8's own API does (the
    /// optimised code that made a fast call checks for an exception after
    /// it). N-API's `napi_throw` cannot serve in a fast call: it catches
    /// what it throws in a `TryCatch` of its own and keeps it for the end of
    /// the N-API callback that called it, and a fast call is in none.
    ///
    /// # Safety
    /// On the isolate's thread, inside a JS call; `value` is a live handle.
    pub(crate) unsafe fn throw(&self, value: *mut c_void) {
        // SAFETY: the caller's contract; a `Local` travels as one pointer.
        unsafe {
            let isolate = (self.get_current)();
            if !isolate.is_null() {
                (self.throw_exception)(isolate, value);
            }
        }
    }

    /// # Safety
    /// As `receiver_only`, with `fast` of the type `type_info` describes,
    /// and `type_info` valid for as long as the function may be compiled
    /// or called.
    unsafe fn make_fast(&self, slow: *const u8, fast: *const u8, type_info: *const c_void) -> Option<*mut c_void> {
        // SAFETY: the caller's contract.
        unsafe { self.make(slow, Some((fast, type_info)), std::ptr::null_mut()) }
    }

    /// A function with callback `slow` (called with template data `data`,
    /// a handle or null), and the fast C function and type information
    /// `fast`, if any.
    ///
    /// # Safety
    /// As `make_fast`; `data` is null or a live handle.
    unsafe fn make(&self, slow: *const u8, fast: Option<(*const u8, *const c_void)>, data: *mut c_void) -> Option<*mut c_void> {
        let c_function = fast.map(|(address, type_info)| CFunction { address: address.cast(), type_info });
        let c_function_ptr = c_function.as_ref().map_or(std::ptr::null(), |c| c as *const CFunction);
        // SAFETY: the caller's contract: an entered isolate, inside a JS
        // call. Empty `Local`s are null pointers; V8 copies `c_function`
        // (whose type information outlives the function), and a null one
        // means no fast call. A `Local` is passed and returned as one
        // pointer, and a member function takes the `Local`'s pointer as
        // `this`, as for every V8 call jitffi makes.
        unsafe {
            let isolate = (self.get_current)();
            if isolate.is_null() {
                return None;
            }
            let context = (self.get_current_context)(isolate);
            if context.is_null() {
                return None;
            }
            let template = (self.template_new)(
                isolate,
                slow,
                data,
                std::ptr::null_mut(),
                0,
                CONSTRUCTOR_THROW,
                HAS_SIDE_EFFECT,
                c_function_ptr,
                0,
                0,
                0,
            );
            if template.is_null() {
                return None;
            }
            let f = (self.get_function)(template, context);
            (!f.is_null()).then_some(f)
        }
    }
}
