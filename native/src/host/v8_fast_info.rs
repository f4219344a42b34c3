//! Type information for V8 fast API functions of any signature: a
//! `v8::CFunctionInfo` that says which C types a fast C function takes and
//! returns, so that V8's optimised code passes it unboxed numbers
//! (host/v8_fast.rs makes the functions).
//!
//! What is assumed, and how each part is checked at run time before use:
//!  * the type codes (`CType`): the enum `v8::CTypeInfo::Type` of the
//!    `v8-fast-api-calls.h` of V8 13.6 and 14.6 (Node.js 24 and 26), in
//!    declaration order. The codes of void, bool, int32, uint32, int64,
//!    double and `Local<Value>` are compared with the static
//!    `CFunctionInfo` instances V8's own templates built for the fast
//!    functions Node.js registers at startup, which the `node` binary
//!    exports (`VERIFIED`); uint64 and float32 are declared between int64
//!    and double (`kInt64, kUint64, kFloat32, kFloat64`), both checked.
//!  * a `CTypeInfo` of a scalar without flags is its type code followed by
//!    zero bytes (13.6: type, sequence type `kScalar` = 0, flags 0; 14.6:
//!    type, flags 0). Its size is read off V8's exported
//!    `CFunctionInfo::ArgumentInfo`, and every checked instance must hold
//!    exactly those bytes.
//!  * the `CFunctionInfo` itself is built by V8's exported constructor
//!    into storage of `INFO_BYTES` (its size is 16 in both headers: the
//!    return type, the 64-bit integer representation, the argument count
//!    and the arguments' address), so its field layout is V8's business.

use super::v8::symbol;
use std::collections::HashMap;
use std::ffi::c_void;
use std::sync::Mutex;

/// `v8::CTypeInfo::Type` (V8 13 and 14).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CType {
    Void = 0,
    Bool = 1,
    Int32 = 3,
    Uint32 = 4,
    Int64 = 5,
    Uint64 = 6,
    Float32 = 7,
    Float64 = 8,
    /// `v8::Local<v8::Value>`: the receiver, first in every signature.
    V8Value = 10,
}

/// `v8::CFunctionInfo::Int64Representation::kBigInt`: 64-bit integers
/// travel as BigInts both ways (`kNumber`, 0, would make them numbers).
const INT64_AS_BIGINT: u8 = 1;

/// Bytes reserved for a `CFunctionInfo` (16 in the headers of V8 13.6 and
/// 14.6; the constructor writes no further than that).
const INFO_BYTES: usize = 32;

/// `v8::CFunctionInfo::CFunctionInfo(const CTypeInfo& return_info,
/// unsigned arg_count, const CTypeInfo* arg_info, Int64Representation)`
/// (complete-object constructor; `this` first, returns nothing).
type InfoNew = unsafe extern "C" fn(*mut c_void, *const u8, u32, *const u8, u8);
/// `const CTypeInfo& v8::CFunctionInfo::ArgumentInfo(unsigned) const`
type ArgumentInfo = unsafe extern "C" fn(*const c_void, u32) -> *const u8;

const INFO_NEW: &[u8] = b"_ZN2v813CFunctionInfoC1ERKNS_9CTypeInfoEjPS2_NS0_19Int64RepresentationE\0";
const ARGUMENT_INFO: &[u8] = b"_ZNK2v813CFunctionInfo12ArgumentInfoEj\0";

/// V8's own instances checked against `CType`: (mangled name, return type,
/// argument types). Each is the static `CFunctionInfoImpl` that V8's
/// `CFunctionBuilderWithFunction<R, Args...>::Build()` made for one of
/// Node.js's fast functions (exported by Node.js 24 and 26).
const VERIFIED: &[(&[u8], CType, &[CType])] = &[
    (
        b"_ZZN2v88internal28CFunctionBuilderWithFunctionINS_16CTypeInfoBuilderIdJEEEJNS2_INS_5LocalINS_5ValueEEEJEEES3_EE5BuildILNS_13CFunctionInfo19Int64RepresentationE0EEEDavE8instance\0",
        CType::Float64,
        &[CType::V8Value, CType::Float64],
    ),
    (
        b"_ZZN2v88internal28CFunctionBuilderWithFunctionINS_16CTypeInfoBuilderIdJEEEJNS2_INS_5LocalINS_5ValueEEEJEEENS2_IlJEEEEE5BuildILNS_13CFunctionInfo19Int64RepresentationE0EEEDavE8instance\0",
        CType::Float64,
        &[CType::V8Value, CType::Int64],
    ),
    (
        b"_ZZN2v88internal28CFunctionBuilderWithFunctionINS_16CTypeInfoBuilderIjJEEEJNS2_INS_5LocalINS_5ValueEEEJEEES3_EE5BuildILNS_13CFunctionInfo19Int64RepresentationE0EEEDavE8instance\0",
        CType::Uint32,
        &[CType::V8Value, CType::Uint32],
    ),
    (
        b"_ZZN2v88internal28CFunctionBuilderWithFunctionINS_16CTypeInfoBuilderIvJEEEJNS2_INS_5LocalINS_5ValueEEEJEEENS2_IbJEEEEE5BuildILNS_13CFunctionInfo19Int64RepresentationE0EEEDavE8instance\0",
        CType::Void,
        &[CType::V8Value, CType::Bool],
    ),
    // int32_t(Local<Value>, Local<Value>, Local<Value>, FastApiCallbackOptions&):
    // the options are not an argument V8 counts; only the return type and
    // the first argument are read.
    (
        b"_ZZN2v88internal28CFunctionBuilderWithFunctionINS_16CTypeInfoBuilderIiJEEEJNS2_INS_5LocalINS_5ValueEEEJEEES7_S7_NS2_IRNS_22FastApiCallbackOptionsEJEEEEE5BuildILNS_13CFunctionInfo19Int64RepresentationE0EEEDavE8instance\0",
        CType::Int32,
        &[CType::V8Value],
    ),
];

/// V8's constructor and accessor, and the size of a `CTypeInfo`.
pub(crate) struct InfoApi {
    new: InfoNew,
    /// Bytes per `CTypeInfo` (3 in V8 13.6, 2 in 14.6).
    stride: usize,
}

/// The type information of one list of types, made once per process and
/// never freed: V8 keeps a pointer to it in every function template made
/// with it, and its compilers read it on background threads, possibly
/// while an environment (a worker) is being torn down and its functions'
/// finalizers run. Memory grows with the distinct lists of V8 types used,
/// a few dozen bytes each.
pub(crate) struct FunctionInfo {
    /// The `CFunctionInfo` (first `INFO_BYTES`), then the return type's
    /// `CTypeInfo`, then one per argument; u64 words for alignment.
    storage: Box<[u64]>,
}

impl FunctionInfo {
    /// The `const v8::CFunctionInfo*` to give V8.
    pub(crate) fn as_ptr(&self) -> *const c_void {
        self.storage.as_ptr().cast()
    }
}

// SAFETY: plain bytes V8 only reads, on whichever thread compiles; never
// written after construction.
unsafe impl Send for FunctionInfo {}
// SAFETY: as above.
unsafe impl Sync for FunctionInfo {}

/// Every `FunctionInfo` made, by its list of types (result first).
static MADE: Mutex<Option<HashMap<Vec<u8>, &'static FunctionInfo>>> = Mutex::new(None);

impl InfoApi {
    /// Resolves and checks everything this module assumes; `Err` says what
    /// did not hold.
    pub(crate) fn resolve() -> Result<InfoApi, String> {
        let find =
            |name: &[u8]| symbol(name).ok_or_else(|| format!("{} is not exported", String::from_utf8_lossy(&name[..name.len() - 1])));
        // SAFETY: the addresses of the exported functions of these mangled
        // names, whose C++ signatures are the ones documented on the types.
        let (new, argument_info) = unsafe {
            (
                std::mem::transmute::<*mut c_void, InfoNew>(find(INFO_NEW)?),
                std::mem::transmute::<*mut c_void, ArgumentInfo>(find(ARGUMENT_INFO)?),
            )
        };
        // The size of a CTypeInfo: the distance between the first two
        // arguments of an info that V8's own constructor built.
        let mut probe = [0u64; INFO_BYTES / 8];
        let args = [0u8; 8];
        // SAFETY: `probe` has room for a CFunctionInfo (INFO_BYTES), and
        // `args` for two CTypeInfos of up to 4 bytes, which
        // ArgumentInfo only points into (it does not read them).
        let stride = unsafe {
            new(probe.as_mut_ptr().cast(), args.as_ptr(), 2, args.as_ptr(), 0);
            let first = argument_info(probe.as_ptr().cast(), 0);
            let second = argument_info(probe.as_ptr().cast(), 1);
            if first != args.as_ptr() {
                return Err("V8's CFunctionInfo does not point at the argument types it was given".into());
            }
            second.offset_from(first)
        };
        if !(2..=3).contains(&stride) {
            return Err(format!("V8's CTypeInfo has {stride} bytes, not 2 or 3"));
        }
        let stride = stride as usize;
        for (name, result, params) in VERIFIED {
            let instance = find(name)? as *const u8;
            let guard = find(&guard_name(name))? as *const u8;
            // SAFETY: `guard` is the Itanium guard variable of the
            // function-local static `instance` (its first byte non-zero once
            // the static is constructed); `instance` is that static, a
            // CFunctionInfo whose return type's CTypeInfo is at offset 0 in
            // both headers. Its argument types are reached through V8's own
            // accessor, for indices below its argument count (`params` lists
            // a prefix of its arguments). All of it is only read.
            unsafe {
                if std::ptr::read_volatile(guard) == 0 {
                    return Err("V8's type information for Node.js's fast functions is not initialised".into());
                }
                let is = |at: *const u8, ty: CType| {
                    std::slice::from_raw_parts(at, stride).iter().enumerate().all(|(k, &b)| b == if k == 0 { ty as u8 } else { 0 })
                };
                let mut ok = is(instance, *result);
                for (i, &p) in params.iter().enumerate() {
                    ok &= is(argument_info(instance.cast(), i as u32), p);
                }
                if !ok {
                    return Err("V8's type codes differ from those of the headers jitffi was checked against".into());
                }
            }
        }
        Ok(InfoApi { new, stride })
    }

    /// The type information of a fast C function taking the receiver and
    /// `params` and returning `result`, with 64-bit integers as BigInts.
    pub(crate) fn info(&self, result: CType, params: &[CType]) -> &'static FunctionInfo {
        let key: Vec<u8> = std::iter::once(result).chain(params.iter().copied()).map(|t| t as u8).collect();
        let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
        let made = made.get_or_insert_with(HashMap::new);
        if let Some(info) = made.get(&key) {
            return info;
        }
        let info: &'static FunctionInfo = Box::leak(Box::new(self.build(result, params)));
        made.insert(key, info);
        info
    }

    fn build(&self, result: CType, params: &[CType]) -> FunctionInfo {
        let count = params.len() + 1; // the receiver
        let types_at = INFO_BYTES;
        let bytes = types_at + (count + 1) * self.stride;
        let mut storage = vec![0u64; bytes.div_ceil(8)].into_boxed_slice();
        let base = storage.as_mut_ptr().cast::<u8>();
        // SAFETY: every write is inside `storage` (`bytes` long): the
        // return type's CTypeInfo at `types_at`, then `count` more. The
        // constructor writes the CFunctionInfo (at most INFO_BYTES) at the
        // start and keeps the arguments' address, which stays valid as long
        // as `storage`, a boxed slice that never moves.
        unsafe {
            let ty = |i: usize| base.add(types_at + i * self.stride);
            *ty(0) = result as u8;
            *ty(1) = CType::V8Value as u8;
            for (i, &p) in params.iter().enumerate() {
                *ty(2 + i) = p as u8;
            }
            (self.new)(base.cast(), ty(0), count as u32, ty(1), INT64_AS_BIGINT);
        }
        FunctionInfo { storage }
    }
}

/// The guard variable's name of the static `instance`: `_ZGV` + its name
/// without the `_Z` prefix.
fn guard_name(instance: &[u8]) -> Vec<u8> {
    let mut out = b"_ZGV".to_vec();
    out.extend_from_slice(&instance[2..]);
    out
}
