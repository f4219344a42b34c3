//! A `v8::FunctionCallback` that forwards its call, as it came, to a JS
//! function: the function template's data. It is the slow callback of the
//! v8fast tier's bound functions (host/v8_fast.rs), whose fast C function
//! is compiled code and whose every other call (the interpreter, a wrong
//! argument count or type, a deopt) runs the JS wrapper this forwards to.
//!
//! A `FunctionCallbackInfo` is read through its layout, which the headers
//! of the V8 majors used with the fast API give (`v8-function-callback.h`;
//! `Address` is a pointer-sized word, a `Local` the address of one):
//!  * V8 13: `{ Address* implicit_args_; Address* values_; Address length_; }`
//!    with the isolate at `implicit_args_[1]`, the return value at `[3]`,
//!    the target function at `[4]`; the arguments at `values_[i]`, the
//!    receiver at `values_[-1]`.
//!  * V8 14: the object is the frame's array of words itself: the argument
//!    count at 0, four frame words (no constant pool slot on x86-64 and
//!    arm64), then the isolate at 5, the return value at 6, the context at
//!    7, the target at 8, the receiver at 9 and the arguments from 10.
//!
//! The template's data comes from `v8::api_internal::GetFunctionTemplateData`
//! (exported; the header's inline `Data()` calls it), and the call is made
//! with `v8::Function::Call`, without a `TryCatch`: what the JS function
//! throws is the forwarded call's exception. The return value is set as
//! `ReturnValue::Set` does, by copying the result's word into its slot.
//!
//! **Checked before use.** The layout is chosen by V8's major, then a probe
//! (`verify`) makes a function with this module's reader as its callback,
//! calls it through N-API with known receiver, arguments and data, and
//! compares what the reader finds, and what the call returns, with them.

use super::napi::{api, napi_env, napi_value, NAPI_OK};
use super::v8::{symbol, v8_major, Isolate};
use std::cell::Cell;
use std::ffi::c_void;
use std::sync::OnceLock;

/// A V8 heap word (`v8::internal::Address`).
type Address = usize;

/// Where a `FunctionCallbackInfo` keeps things, by V8 major.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    V13,
    V14,
}

/// The slots of one callback invocation.
struct Frame {
    isolate: Isolate,
    receiver: *mut Address,
    args: *mut Address,
    argc: usize,
    ret: *mut Address,
    target: *mut Address,
}

impl Layout {
    fn of_major(major: u32) -> Option<Layout> {
        match major {
            13 => Some(Layout::V13),
            14 if cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) => Some(Layout::V14),
            _ => None,
        }
    }

    /// # Safety
    /// `info` is the `FunctionCallbackInfo` of a callback running now, of a
    /// V8 of this layout's major.
    unsafe fn frame(self, info: *const c_void) -> Frame {
        let words = info as *mut Address;
        // SAFETY: the caller's contract; the indices are the header's (see
        // the module comment), all inside the invocation's frame.
        unsafe {
            match self {
                Layout::V13 => {
                    let implicit = *words as *mut Address;
                    let values = *words.add(1) as *mut Address;
                    Frame {
                        isolate: *implicit.add(1) as Isolate,
                        receiver: values.wrapping_sub(1),
                        args: values,
                        argc: *words.add(2),
                        ret: implicit.add(3),
                        target: implicit.add(4),
                    }
                }
                Layout::V14 => Frame {
                    isolate: *words.add(5) as Isolate,
                    receiver: words.add(9),
                    args: words.add(10),
                    argc: *words,
                    ret: words.add(6),
                    target: words.add(8),
                },
            }
        }
    }
}

/// What `forward` calls.
struct ForwardApi {
    layout: Layout,
    /// `static v8::Isolate* v8::Isolate::GetCurrent()`
    current_isolate: unsafe extern "C" fn() -> Isolate,
    /// `v8::Local<v8::Value> v8::api_internal::GetFunctionTemplateData(
    /// v8::Isolate*, v8::Local<v8::Data> target)`
    template_data: unsafe extern "C" fn(Isolate, *mut Address) -> *mut Address,
    /// `v8::Local<v8::Context> v8::Isolate::GetCurrentContext()`
    current_context: unsafe extern "C" fn(Isolate) -> *mut c_void,
    /// `v8::MaybeLocal<v8::Value> v8::Function::Call(v8::Local<v8::Context>,
    /// v8::Local<v8::Value> recv, int argc, v8::Local<v8::Value> argv[])`
    call: unsafe extern "C" fn(*mut Address, *mut c_void, *mut Address, i32, *const *mut Address) -> *mut Address,
}

/// The resolved entry points (`Err`: why there are none). Verified by a
/// probe before the first function is made with `forward` (`VERIFIED`).
static API: OnceLock<Result<ForwardApi, String>> = OnceLock::new();
/// The probe's outcome, once run.
static VERIFIED: OnceLock<Result<(), String>> = OnceLock::new();

fn resolve() -> Result<ForwardApi, String> {
    let major = v8_major().ok_or("V8's version is unknown")?;
    let layout = Layout::of_major(major).ok_or_else(|| format!("no FunctionCallbackInfo layout is known for V8 {major}"))?;
    let find = |name: &[u8]| symbol(name).ok_or_else(|| format!("{} is not exported", String::from_utf8_lossy(&name[..name.len() - 1])));
    let current_isolate = find(b"_ZN2v87Isolate10GetCurrentEv\0")?;
    let template_data = find(b"_ZN2v812api_internal23GetFunctionTemplateDataEPNS_7IsolateENS_5LocalINS_4DataEEE\0")?;
    let current_context = find(b"_ZN2v87Isolate17GetCurrentContextEv\0")?;
    let call = find(b"_ZN2v88Function4CallENS_5LocalINS_7ContextEEENS1_INS_5ValueEEEiPS5_\0")?;
    // SAFETY: each address is the exported function of that mangled name,
    // whose C++ signature (the headers of V8 13 and 14) is the one
    // documented on the field; a `Local` travels as one pointer.
    unsafe {
        Ok(ForwardApi {
            layout,
            current_isolate: std::mem::transmute::<*mut c_void, unsafe extern "C" fn() -> Isolate>(current_isolate),
            template_data: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate, *mut Address) -> *mut Address>(template_data),
            current_context: std::mem::transmute::<*mut c_void, unsafe extern "C" fn(Isolate) -> *mut c_void>(current_context),
            call: std::mem::transmute::<
                *mut c_void,
                unsafe extern "C" fn(*mut Address, *mut c_void, *mut Address, i32, *const *mut Address) -> *mut Address,
            >(call),
        })
    }
}

fn forward_api() -> Result<&'static ForwardApi, &'static str> {
    API.get_or_init(resolve).as_ref().map_err(String::as_str)
}

/// Arguments forwarded without a heap allocation.
const INLINE_ARGS: usize = 8;

/// The forwarding callback: `void (const v8::FunctionCallbackInfo<Value>&)`.
///
/// # Safety
/// Called by V8 only, as the callback of a function whose template's data
/// is a JS function, after `verified` returned `Ok`.
pub(crate) unsafe extern "C" fn forward(info: *const c_void) {
    let Ok(api) = forward_api() else { return };
    // SAFETY: V8 calls this with the invocation's info (the caller's
    // contract), of the major the layout was chosen for and verified with.
    let f = unsafe { api.layout.frame(info) };
    let mut inline = [std::ptr::null_mut::<Address>(); INLINE_ARGS];
    let mut heap = Vec::new();
    let argv: &mut [*mut Address] = if f.argc <= INLINE_ARGS {
        &mut inline[..f.argc]
    } else {
        heap.resize(f.argc, std::ptr::null_mut());
        &mut heap
    };
    for (i, a) in argv.iter_mut().enumerate() {
        *a = f.args.wrapping_add(i);
    }
    // SAFETY: inside the callback, in V8's handle scope for it: the slots
    // are `Local`s of this invocation; the data is a function (the caller's
    // contract). The result, when not empty, is a `Local` whose word is
    // copied into the return value's slot, as `ReturnValue::Set` does.
    unsafe {
        let data = (api.template_data)(f.isolate, f.target);
        let context = (api.current_context)(f.isolate);
        if data.is_null() || context.is_null() {
            return;
        }
        let result = (api.call)(data, context, f.receiver, f.argc as i32, argv.as_ptr());
        if !result.is_null() {
            *f.ret = *result;
        }
    }
}

/// What the probe's callback found: whether every slot held what was given.
struct Probe {
    env: napi_env,
    receiver: napi_value,
    args: [napi_value; 2],
    data: napi_value,
    ok: bool,
}

thread_local! {
    static PROBE: Cell<*mut Probe> = const { Cell::new(std::ptr::null_mut()) };
}

/// The probe's callback: compares the frame with the values the probe
/// passed (their handles' words, read now, so a GC in between cannot make
/// them differ) and returns the second argument.
unsafe extern "C" fn probe_callback(info: *const c_void) {
    let probe = PROBE.with(Cell::get);
    let (Ok(api), false) = (forward_api(), probe.is_null()) else { return };
    // SAFETY: `probe` points to the `verify` frame's Probe, which is
    // waiting for this call. The frame's words are read where the layout
    // puts them; V8 is asked about a slot (the target) and the return
    // value is written only once the isolate, the count, the arguments and
    // the receiver were all found where the layout says, so a wrong layout
    // follows no pointer but the first and writes nothing.
    unsafe {
        let p = &mut *probe;
        let word = |v: napi_value| *(v as *const Address);
        // Reading the frame follows only its first pointer (V8 13's
        // implicit arguments), for the isolate.
        let f = api.layout.frame(info);
        let isolate = (api.current_isolate)();
        if isolate.is_null() || f.isolate != isolate {
            return;
        }
        let plain = f.argc == 2 && *f.args == word(p.args[0]) && *f.args.add(1) == word(p.args[1]) && *f.receiver == word(p.receiver);
        if !plain {
            return;
        }
        let data = (api.template_data)(f.isolate, f.target);
        p.ok = !data.is_null() && *data == word(p.data);
        if p.ok {
            *f.ret = *f.args.add(1);
        }
    }
}

/// Whether `forward` may be used: the entry points resolve and the probe
/// passed (run once, on the first call). `make(callback, data)` makes a
/// function with callback `callback` and template data `data`.
///
/// # Safety
/// Inside a JS call on the environment's thread (an open handle scope).
pub(crate) unsafe fn verified(env: napi_env, make: impl FnOnce(*const u8, napi_value) -> Option<napi_value>) -> Result<(), &'static str> {
    forward_api()?;
    let outcome = VERIFIED.get_or_init(|| {
        // SAFETY: the caller's contract.
        unsafe { verify(env, make) }
    });
    outcome.as_ref().map(|_| ()).map_err(String::as_str)
}

/// # Safety
/// As `verified`.
unsafe fn verify(env: napi_env, make: impl FnOnce(*const u8, napi_value) -> Option<napi_value>) -> Result<(), String> {
    let napi = api();
    let object = || {
        let mut v = std::ptr::null_mut();
        // SAFETY: the caller's contract; the out-pointer is a local.
        (unsafe { (napi.create_object)(env, &mut v) } == NAPI_OK).then_some(v)
    };
    let fail = || "the FunctionCallbackInfo probe could not run".to_string();
    let (Some(receiver), Some(a), Some(b), Some(data)) = (object(), object(), object(), object()) else { return Err(fail()) };
    let Some(f) = make(probe_callback as *const u8, data) else { return Err(fail()) };
    let mut probe = Probe { env, receiver, args: [a, b], data, ok: false };
    PROBE.with(|p| p.set(&mut probe));
    let mut result = std::ptr::null_mut();
    // SAFETY: the caller's contract; every handle is live in this scope.
    let status = unsafe { (napi.call_function)(probe.env, receiver, f, 2, probe.args.as_ptr(), &mut result) };
    PROBE.with(|p| p.set(std::ptr::null_mut()));
    // SAFETY: both are live handles of this scope (the result's when the
    // call succeeded); their words are the values.
    let returned = status == NAPI_OK && !result.is_null() && unsafe { *(result as *const Address) == *(b as *const Address) };
    if probe.ok && returned {
        Ok(())
    } else {
        Err("the FunctionCallbackInfo probe did not find its values where V8's headers put them".to_string())
    }
}
