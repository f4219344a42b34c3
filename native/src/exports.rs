//! The native primitives that lib/ builds the node:ffi API from. Each export
//! is a raw `napi_callback` whose callback data is this environment's
//! `EnvState`. Argument shapes are checked by lib/ before these are called;
//! the checks here only keep bad input from crashing the process.

use crate::env::EnvState;
use crate::errors::{throw, Code, JsError};
use crate::jit::Tier;
use crate::library::{FnData, Library};
use crate::napi::{api, napi_callback, napi_callback_info, napi_env, napi_value, valuetype, NAPI_OK};
use crate::types::{JsKind, Signature, TYPE_TABLE};
use std::ffi::c_void;
use std::sync::Arc;

type Export = fn(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError>;

/// Calls `f` with up to 8 arguments and this environment's state; turns an
/// `Err` into a thrown JS error.
unsafe fn dispatch(env: napi_env, info: napi_callback_info, f: Export) -> napi_value {
    let mut argv = [std::ptr::null_mut(); 8];
    let mut argc = argv.len();
    let mut data: *mut c_void = std::ptr::null_mut();
    (api().get_cb_info)(env, info, &mut argc, argv.as_mut_ptr(), std::ptr::null_mut(), &mut data);
    // SAFETY: every export is created with the environment's EnvState as
    // data, which lives until the environment's cleanup hook runs.
    let state = &mut *(data as *mut EnvState);
    match f(env, &argv[..argc.min(argv.len())], state) {
        Ok(v) => v,
        Err(e) => {
            throw(env, &e);
            std::ptr::null_mut()
        }
    }
}

macro_rules! exports {
    ($($name:literal => $f:ident),* $(,)?) => {
        /// Defines every export on `exports`.
        pub unsafe fn register(env: napi_env, exports: napi_value, state: *mut EnvState) {
            $(
                unsafe extern "C" fn $f(env: napi_env, info: napi_callback_info) -> napi_value {
                    dispatch(env, info, impls::$f)
                }
                let f = make_function(env, $name, $f, state.cast());
                set(env, exports, $name, f);
            )*
        }
    };
}

exports! {
    "typeTable" => type_table,
    "open" => open,
    "close" => close,
    "symbol" => symbol,
    "callPath" => call_path,
    "disallowJsCodegen" => disallow_js_codegen,
    "fastStub" => fast_stub,
    "nativeFunction" => native_function,
    "slots" => slots,
    "strings" => strings,
    "userStackLimit" => user_stack_limit,
    "callbackDepth" => callback_depth,
    "exiting" => exiting,
    "eventLoop" => event_loop,
    "stats" => stats,
    "v8Api" => v8_api,
    "callbackPath" => callback_path,
    "registerCallback" => register_callback,
    "fatal" => fatal,
    "unregisterCallback" => unregister_callback,
    "setCallbackStrong" => set_callback_strong,
}

// Memory helpers (get*/set*, toString, toBuffer, export*, getRawPointer)
// register their own primitives.
pub unsafe fn register_all(env: napi_env, exports: napi_value, state: *mut EnvState) {
    register(env, exports, state);
    crate::memory::register(env, exports, state);
    crate::bench_refs::register(env, exports, state);
}

// ---- small N-API helpers (SAFETY for all: `env` is the live environment of
// the current callback and out-pointers point to locals) ----

pub unsafe fn make_function(env: napi_env, name: &str, cb: napi_callback, data: *mut c_void) -> napi_value {
    let mut f = std::ptr::null_mut();
    (api().create_function)(env, name.as_ptr().cast(), name.len(), cb, data, &mut f);
    f
}

pub unsafe fn set(env: napi_env, obj: napi_value, key: &str, value: napi_value) {
    let key = std::ffi::CString::new(key).unwrap();
    (api().set_named_property)(env, obj, key.as_ptr(), value);
}

pub unsafe fn string(env: napi_env, s: &str) -> napi_value {
    let mut v = std::ptr::null_mut();
    (api().create_string_utf8)(env, s.as_ptr().cast(), s.len(), &mut v);
    v
}

pub unsafe fn number(env: napi_env, d: f64) -> napi_value {
    let mut v = std::ptr::null_mut();
    (api().create_double)(env, d, &mut v);
    v
}

pub unsafe fn boolean(env: napi_env, b: bool) -> napi_value {
    let mut v = std::ptr::null_mut();
    (api().get_boolean)(env, b, &mut v);
    v
}

/// An external ArrayBuffer over `bytes` bytes of this environment's native
/// state at `data` (slots, string area, counters), for lib/ to view.
///
/// # Safety
/// `data` must point into the `EnvState` of `env` (heap memory that stays
/// put), which outlives every JS object of the environment; the buffer's
/// finalizer frees nothing.
unsafe fn state_view(env: napi_env, data: *mut c_void, bytes: usize) -> napi_value {
    unsafe extern "C" fn keep(_: napi_env, _: *mut c_void, _: *mut c_void) {}
    let mut ab = std::ptr::null_mut();
    (api().create_external_arraybuffer)(env, data, bytes, Some(keep), std::ptr::null_mut(), &mut ab);
    ab
}

pub unsafe fn undefined(env: napi_env) -> napi_value {
    let mut v = std::ptr::null_mut();
    (api().get_undefined)(env, &mut v);
    v
}

pub unsafe fn object(env: napi_env) -> napi_value {
    let mut v = std::ptr::null_mut();
    (api().create_object)(env, &mut v);
    v
}

pub unsafe fn array(env: napi_env, items: &[napi_value]) -> napi_value {
    let mut v = std::ptr::null_mut();
    (api().create_array_with_length)(env, items.len(), &mut v);
    for (i, item) in items.iter().enumerate() {
        (api().set_element)(env, v, i as u32, *item);
    }
    v
}

pub unsafe fn type_of(env: napi_env, v: napi_value) -> i32 {
    let mut t = -1;
    (api().typeof_)(env, v, &mut t);
    t
}

fn bad_arg(what: &str) -> JsError {
    JsError::new(Code::InvalidArgType, format!("jitffi internal: bad {what}"))
}

pub unsafe fn get_string(env: napi_env, v: napi_value, what: &str) -> Result<String, JsError> {
    let napi = api();
    let mut len = 0usize;
    if (napi.get_value_string_utf8)(env, v, std::ptr::null_mut(), 0, &mut len) != NAPI_OK {
        return Err(bad_arg(what));
    }
    let mut buf = vec![0u8; len + 1];
    (napi.get_value_string_utf8)(env, v, buf.as_mut_ptr().cast(), len + 1, &mut len);
    buf.truncate(len);
    String::from_utf8(buf).map_err(|_| bad_arg(what))
}

pub unsafe fn get_u32(env: napi_env, v: napi_value, what: &str) -> Result<u32, JsError> {
    let mut d = 0.0;
    if (api().get_value_double)(env, v, &mut d) != NAPI_OK || d < 0.0 || d > u32::MAX as f64 || d.fract() != 0.0 {
        return Err(bad_arg(what));
    }
    Ok(d as u32)
}

pub unsafe fn get_u64_bigint(env: napi_env, v: napi_value, what: &str) -> Result<u64, JsError> {
    let mut out = 0u64;
    let mut lossless = false;
    if (api().get_value_bigint_uint64)(env, v, &mut out, &mut lossless) != NAPI_OK || !lossless {
        return Err(bad_arg(what));
    }
    Ok(out)
}

pub unsafe fn bigint_u64(env: napi_env, x: u64) -> napi_value {
    let mut v = std::ptr::null_mut();
    (api().create_bigint_uint64)(env, x, &mut v);
    v
}

/// Reads the `(resultId, [paramIds])` pair lib/signature.js produces.
unsafe fn get_signature(env: napi_env, result: napi_value, params: napi_value) -> Result<Signature, JsError> {
    let napi = api();
    let r = get_u32(env, result, "result type")?;
    let mut n = 0u32;
    if (napi.get_array_length)(env, params, &mut n) != NAPI_OK {
        return Err(bad_arg("parameter list"));
    }
    let mut ids = Vec::with_capacity(n as usize);
    for i in 0..n {
        let mut e = std::ptr::null_mut();
        (napi.get_element)(env, params, i, &mut e);
        ids.push(get_u32(env, e, "parameter type")?);
    }
    Signature::from_ids(r, &ids).ok_or_else(|| bad_arg("signature"))
}

/// The signature given as the first two arguments, `(resultId, paramIds)`.
unsafe fn leading_signature(env: napi_env, args: &[napi_value]) -> Result<Signature, JsError> {
    match args {
        [result, params, ..] => get_signature(env, *result, *params),
        _ => Err(bad_arg("arguments")),
    }
}

unsafe extern "C" fn drop_library(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: `data` came from Arc::into_raw in `open`, released once here.
    drop(Arc::from_raw(data as *const Library));
}

unsafe extern "C" fn drop_fn_data(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: `data` came from Box::into_raw in `native_function`; the
    // function object that used it is being collected.
    drop(Box::from_raw(data as *mut FnData));
}

unsafe extern "C" fn drop_lease(_env: napi_env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: `data` came from Box::into_raw in `fast_stub`; the stub
    // function that held it is being collected, so nothing calls its code.
    drop(Box::from_raw(data as *mut crate::jit::CodeLease));
}

unsafe fn get_library(env: napi_env, v: napi_value) -> Result<&'static Library, JsError> {
    let mut data = std::ptr::null_mut();
    if (api().get_value_external)(env, v, &mut data) != NAPI_OK || data.is_null() {
        return Err(bad_arg("library handle"));
    }
    // SAFETY: externals made by `open` hold an Arc<Library> that lives at
    // least as long as the external value we were passed.
    Ok(&*(data as *const Library))
}

/// The export bodies.
mod impls {
    use super::*;

    /// `typeTable()`: the type table as plain data, plus the library suffix.
    pub fn type_table(env: napi_env, _: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            let rows: Vec<napi_value> = TYPE_TABLE
                .iter()
                .map(|row| {
                    let o = object(env);
                    let ty = row.ty;
                    set(env, o, "id", number(env, ty as u8 as f64));
                    set(env, o, "name", string(env, row.name));
                    let aliases: Vec<_> = row.aliases.iter().map(|a| string(env, a)).collect();
                    set(env, o, "aliases", array(env, &aliases));
                    set(env, o, "size", number(env, row.size as f64));
                    set(env, o, "align", number(env, row.align as f64));
                    set(env, o, "desc", string(env, row.desc));
                    set(env, o, "fast", boolean(env, row.fast));
                    set(env, o, "view", string(env, ty.view()));
                    set(env, o, "misfit", string(env, &crate::callbacks::misfit_message(ty)));
                    let kind = match ty.js() {
                        JsKind::Void => "void",
                        JsKind::Int { min, max, reject_minus_zero } => {
                            set(env, o, "min", number(env, min as f64));
                            set(env, o, "max", number(env, max as f64));
                            set(env, o, "rejectMinusZero", boolean(env, reject_minus_zero));
                            "int"
                        }
                        JsKind::Float => "float",
                        JsKind::BigInt { signed } => {
                            set(env, o, "signed", boolean(env, signed));
                            "bigint"
                        }
                        JsKind::Pointer => "pointer",
                    };
                    if let JsKind::Int { min, max, .. } = ty.callback_result_js() {
                        set(env, o, "resultMin", number(env, min as f64));
                        set(env, o, "resultMax", number(env, max as f64));
                    }
                    set(env, o, "kind", string(env, kind));
                    o
                })
                .collect();
            let out = object(env);
            set(env, out, "types", array(env, &rows));
            let constants: Vec<_> = crate::types::TYPE_CONSTANTS
                .iter()
                .map(|(c, v)| array(env, &[string(env, c), string(env, v)]))
                .collect();
            set(env, out, "constants", array(env, &constants));
            let suffix = if cfg!(target_os = "macos") { "dylib" } else if cfg!(windows) { "dll" } else { "so" };
            set(env, out, "suffix", string(env, suffix));
            let slots = object(env);
            set(env, slots, "target", number(env, crate::jit::abi::SLOT_TARGET as f64));
            set(env, slots, "result", number(env, crate::jit::abi::SLOT_RESULT as f64));
            set(env, slots, "arg0", number(env, crate::jit::abi::SLOT_ARG0 as f64));
            set(env, slots, "count", number(env, crate::jit::abi::SLOT_COUNT as f64));
            set(env, out, "slots", slots);
            set(env, out, "slotCount", number(env, crate::jit::abi::SLOT_COUNT as f64));
            set(env, out, "promiseMessage", string(env, crate::callbacks::PROMISE_MESSAGE));
            Ok(out)
        }
    }

    /// `open(path | null)` -> external library handle.
    pub fn open(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            let arg = *args.first().ok_or_else(|| bad_arg("path"))?;
            let path = match type_of(env, arg) {
                valuetype::NULL | valuetype::UNDEFINED => None,
                _ => Some(get_string(env, arg, "path")?),
            };
            let lib = Library::open(path.as_deref())?;
            let mut ext = std::ptr::null_mut();
            (api().create_external)(env, Arc::into_raw(lib) as *mut c_void, Some(drop_library), std::ptr::null_mut(), &mut ext);
            Ok(ext)
        }
    }

    /// `close(handle)`.
    pub fn close(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            get_library(env, *args.first().ok_or_else(|| bad_arg("library handle"))?)?.close();
            Ok(undefined(env))
        }
    }

    /// `symbol(handle, name)` -> bigint address.
    pub fn symbol(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            if args.len() < 2 {
                return Err(bad_arg("arguments"));
            }
            let lib = get_library(env, args[0])?;
            if lib.is_closed() {
                return Err(JsError::library_closed());
            }
            let name = get_string(env, args[1], "symbol name")?;
            Ok(bigint_u64(env, lib.symbol(&name)?))
        }
    }

    /// `callPath(resultId, paramIds)` -> 'fast' | 'general' | 'interp'.
    pub fn call_path(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            let sig = leading_signature(env, args)?;
            Ok(string(env, state.choose_path(&sig).as_str()))
        }
    }

    /// `disallowJsCodegen()`: JS cannot generate code (`new Function`
    /// throws), so the paths that need generated wrappers or thunks are
    /// never chosen from now on.
    pub fn disallow_js_codegen(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        state.js_codegen = false;
        unsafe { Ok(undefined(env)) }
    }

    /// `fastStub(resultId, paramIds)` -> the compiled zero-argument function
    /// for this signature (lib/ caches it per signature key), or undefined
    /// if it cannot be compiled.
    pub fn fast_stub(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            let sig = leading_signature(env, args)?;
            match state.compile(&sig, Tier::Fast) {
                Some(compiled) => {
                    // SAFETY: the fast tier compiles a function with the
                    // napi_callback signature; it stays mapped while the
                    // lease lives, which the function's finalizer drops.
                    let cb = std::mem::transmute::<*const u8, napi_callback>(compiled.code);
                    let f = make_function(env, &sig.key(), cb, std::ptr::null_mut());
                    let lease = Box::into_raw(Box::new(compiled.lease));
                    (api().add_finalizer)(env, f, lease.cast(), drop_lease, std::ptr::null_mut(), std::ptr::null_mut());
                    Ok(f)
                }
                None => Ok(undefined(env)),
            }
        }
    }

    /// `nativeFunction(handle, name, address, resultId, paramIds)` -> a JS
    /// function that makes the call natively: the compiled general tier, or
    /// the interpreted path when there is no JIT.
    pub fn native_function(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            if args.len() < 5 {
                return Err(bad_arg("arguments"));
            }
            let mut ext = std::ptr::null_mut();
            if (api().get_value_external)(env, args[0], &mut ext) != NAPI_OK || ext.is_null() {
                return Err(bad_arg("library handle"));
            }
            // SAFETY: the external holds an Arc<Library> (see `open`); take a
            // new strong reference for the function's data.
            Arc::increment_strong_count(ext as *const Library);
            let lib = Arc::from_raw(ext as *const Library);
            let name = get_string(env, args[1], "symbol name")?;
            let target = get_u64_bigint(env, args[2], "address")?;
            let sig = get_signature(env, args[3], args[4])?;
            let compiled = state.compile(&sig, Tier::General);
            let cif = if compiled.is_none() { Some(crate::interp::cif(&sig)) } else { None };
            let (cb, lease): (napi_callback, _) = match compiled {
                // SAFETY: general-tier code has the napi_callback signature
                // and stays mapped while the lease in the FnData lives.
                Some(c) => (std::mem::transmute::<*const u8, napi_callback>(c.code), Some(c.lease)),
                None => (crate::interp::interp_call, None),
            };
            let data = Box::into_raw(Box::new(FnData::new(target, lib, sig, cif, lease)));
            let f = make_function(env, &name, cb, data.cast());
            (api().add_finalizer)(env, f, data.cast(), drop_fn_data, std::ptr::null_mut(), std::ptr::null_mut());
            Ok(f)
        }
    }

    /// `slots()` -> an ArrayBuffer over this environment's fast-tier slots.
    /// lib/ keeps it private; native memory, so V8 never moves it.
    pub fn slots(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        let bytes = std::mem::size_of_val(&*state.slots);
        // SAFETY: the slots live in EnvState (boxed).
        unsafe { Ok(state_view(env, state.slots.as_mut_ptr().cast(), bytes)) }
    }

    /// `strings()` -> an ArrayBuffer over this environment's string area,
    /// where fast-tier wrappers copy short string arguments.
    pub fn strings(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        // SAFETY: the area lives in EnvState (boxed).
        unsafe { Ok(state_view(env, state.strings.as_mut_ptr().cast(), state.strings.len())) }
    }

    /// `callbackDepth()` -> an ArrayBuffer over this environment's count of
    /// running callbacks (one u32, read-only for JS).
    pub fn callback_depth(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        // SAFETY: the counter lives in the boxed callback state of EnvState.
        unsafe { Ok(state_view(env, state.callback_shared.depth.depth_ptr().cast(), 4)) }
    }

    /// `eventLoop()` -> the address of this environment's libuv loop
    /// (`ffi.getCurrentEventLoop()`).
    pub fn event_loop(env: napi_env, _: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
        let mut uv_loop = std::ptr::null_mut();
        // SAFETY: `env` is the live environment of this call; the out-pointer is a local.
        unsafe {
            if (api().get_uv_event_loop)(env, &mut uv_loop) != crate::napi::NAPI_OK {
                return Err(JsError::new(Code::CallFailed, "The event loop is not available"));
            }
            Ok(bigint_u64(env, uv_loop as u64))
        }
    }

    /// `exiting()`: Node has begun to exit (lib/callbacks.js calls it on
    /// the process's 'exit' event); callbacks then enter JS only through
    /// N-API (callbacks.rs `Shared::exiting`).
    pub fn exiting(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        state.callback_shared.exiting.set(true);
        unsafe { Ok(undefined(env)) }
    }

    /// `userStackLimit()`: the process was started with `--stack-size`, so
    /// V8's stack limit is the user's and is never raised (stack.rs).
    pub fn user_stack_limit(env: napi_env, _: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
        crate::stack::user_chose_limit();
        unsafe { Ok(undefined(env)) }
    }

    /// `callbackPath(resultId, paramIds)` -> 'fast' (register a thunk made
    /// by lib/callbacks.js), 'general' or 'interp' (register the function).
    pub fn callback_path(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            let sig = leading_signature(env, args)?;
            Ok(string(env, state.choose_callback_path(&sig).as_str()))
        }
    }

    /// `registerCallback(resultId, paramIds, fn, isThunk)` -> bigint entry
    /// address. `isThunk` must be true exactly when `callbackPath` said
    /// 'fast'.
    pub fn register_callback(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            if args.len() < 4 || type_of(env, args[2]) != valuetype::FUNCTION {
                return Err(bad_arg("arguments"));
            }
            let sig = leading_signature(env, args)?;
            let mut is_thunk = false;
            (api().get_value_bool)(env, args[3], &mut is_thunk);
            let fast = state.choose_callback_path(&sig) == crate::env::CallPath::Fast;
            if is_thunk != fast {
                return Err(bad_arg("callback path"));
            }
            let thunk_slots = fast.then(|| state.slots.as_mut_ptr());
            let entry = state
                .callbacks
                .register(env, state.jit.is_some(), sig, args[2], thunk_slots, &*state.callback_shared)
                .map_err(|m| JsError::new(Code::CallFailed, m))?;
            Ok(bigint_u64(env, entry))
        }
    }

    /// `fatal(message)`: aborts the process as a misused callback does
    /// (lib/callbacks.js calls it from thunks).
    pub fn fatal(env: napi_env, args: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            let message = get_string(env, *args.first().ok_or_else(|| bad_arg("message"))?, "message")?;
            crate::errors::fatal(crate::callbacks::WHERE, &message)
        }
    }

    /// `unregisterCallback(entry)` -> the function it held (undefined if
    /// collected), or false if it was not registered.
    pub fn unregister_callback(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            let entry = get_u64_bigint(env, *args.first().ok_or_else(|| bad_arg("pointer"))?, "pointer")?;
            Ok(match state.callbacks.unregister(env, entry) {
                None => boolean(env, false),
                Some(held) if held.is_null() => undefined(env),
                Some(held) => held,
            })
        }
    }

    /// `setCallbackStrong(entry, strong)` -> whether it was registered.
    pub fn set_callback_strong(env: napi_env, args: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            if args.len() < 2 {
                return Err(bad_arg("arguments"));
            }
            let entry = get_u64_bigint(env, args[0], "pointer")?;
            let mut strong = false;
            (api().get_value_bool)(env, args[1], &mut strong);
            Ok(boolean(env, state.callbacks.set_strong(env, entry, strong)))
        }
    }

    /// `v8Api()` -> which path each use of V8's C++ API takes in this
    /// process (v8.rs `describe`), for tests and debugging.
    pub fn v8_api(env: napi_env, _: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            let o = object(env);
            for (key, value) in crate::v8::describe() {
                set(env, o, key, string(env, &value));
            }
            Ok(o)
        }
    }

    /// `stats()` -> { mode, compiled, signatures, callbacks } for tests and
    /// debugging (`signatures`: how many signatures have code mapped).
    pub fn stats(env: napi_env, _: &[napi_value], state: &mut EnvState) -> Result<napi_value, JsError> {
        unsafe {
            let o = object(env);
            set(env, o, "mode", string(env, state.mode()));
            let compiled = state.jit.as_ref().map_or(0, |j| j.compiled_count());
            set(env, o, "compiled", number(env, compiled as f64));
            let units = state.jit.as_ref().map_or(0, |j| j.unit_count());
            set(env, o, "signatures", number(env, units as f64));
            set(env, o, "callbacks", number(env, state.callbacks.count() as f64));
            Ok(o)
        }
    }
}
