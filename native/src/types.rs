//! The one type table. Every fact about an FFI type — its names and aliases,
//! the `ffi.types` constant that spells it, size and alignment, the JS value it
//! accepts and produces, the libffi type, the Cranelift type and whether it can
//! take the fast call tier — lives in `TYPE_TABLE` below. Everything else in
//! the crate (and the JS side, which receives this table at load time through
//! `exports::type_table`) derives from it. Do not add another switch over type
//! names anywhere else.

use cranelift_codegen::ir::types as clif;
use cranelift_codegen::ir::Type as ClifType;
use std::sync::Arc;

/// Index of a type in `TYPE_TABLE`. Stable for the life of the process;
/// the JS side uses it in signature arrays passed to native code.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum FfiType {
    Void = 0,
    I8,
    U8,
    Bool,
    Char,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
    Pointer,
    String,
    Buffer,
    ArrayBuffer,
    Function,
}

/// How a type's values look from JavaScript.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum JsKind {
    /// Only valid as a result: the call returns `undefined`.
    Void,
    /// A `number` that must be an integer in `[min, max]`.
    /// `reject_minus_zero` mirrors node:ffi, which refuses `-0` for int32.
    Int { min: i64, max: i64, reject_minus_zero: bool },
    /// Any `number` (f32 values are rounded to single precision).
    Float,
    /// A `bigint` in `[min, max]` (64-bit integers).
    BigInt { signed: bool },
    /// null/undefined/bigint/string/Buffer/typed array/DataView/ArrayBuffer in,
    /// bigint address out.
    Pointer,
}

/// Which libffi type describes the value in a C call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FfiAbiType {
    Void,
    Sint8,
    Uint8,
    Sint16,
    Uint16,
    Sint32,
    Uint32,
    Sint64,
    Uint64,
    Float,
    Double,
    Pointer,
}

/// One row of the table.
#[derive(Debug)]
pub(crate) struct TypeInfo {
    pub(crate) ty: FfiType,
    /// The canonical name, used in canonical signature keys.
    pub(crate) name: &'static str,
    /// Every accepted spelling, the canonical name included.
    pub(crate) aliases: &'static [&'static str],
    pub(crate) size: u32,
    pub(crate) align: u32,
    pub(crate) js: JsKind,
    pub(crate) abi: FfiAbiType,
    /// Words used in "Argument N must be ..." messages.
    pub(crate) desc: &'static str,
    /// True when JS can validate and write the value into a slot itself
    /// (numbers, bools, bigints, and pointer-likes given as bigint/null).
    pub(crate) fast: bool,
    /// True when a fast-tier wrapper hands the value itself, once
    /// validated, to a V8 fast API function (host/v8_fast.rs, which maps
    /// the ABI class to V8's type): numbers, bools and bigints, but not
    /// `string`, whose short strings JS copies into the string area.
    pub(crate) v8fast: bool,
    /// The typed-array element name JS uses to read/write this value in a
    /// slot ("Int32" means Int32Array), or "" for void.
    pub(crate) view: &'static str,
    /// The C spellings of this type in prototype strings (lib/prototype.js),
    /// in the canonical form the parser reduces a declaration to:
    /// qualifiers dropped, `int` dropped after `short`/`long`/`unsigned`,
    /// `signed` dropped except in `signed char`, one space before `*`.
    /// The first is the one a signature is printed with. `(*)()` stands
    /// for every pointer to a function.
    pub(crate) c: &'static [&'static str],
}

/// Whether plain C `char` is signed on this target (it is unsigned on
/// Arm and PowerPC Linux, signed on x86 and on Apple/Windows Arm).
pub(crate) const CHAR_IS_SIGNED: bool = !cfg!(any(
    all(
        target_os = "linux",
        any(target_arch = "aarch64", target_arch = "arm", target_arch = "powerpc64", target_arch = "s390x", target_arch = "riscv64")
    ),
    all(target_os = "android", any(target_arch = "aarch64", target_arch = "arm")),
));

const PTR_SIZE: u32 = std::mem::size_of::<usize>() as u32;

const fn int(bits: u32, signed: bool) -> JsKind {
    let (min, max) = if signed { (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1) } else { (0, (1i64 << bits) - 1) };
    // node:ffi rejects -0 for the 32-bit integers only.
    JsKind::Int { min, max, reject_minus_zero: bits == 32 }
}

const POINTER_DESC: &str = "a buffer, an ArrayBuffer, a string, or a bigint";

/// Whether C's `long` has 64 bits (LP64: not on Windows).
const LONG_IS_64: bool = !cfg!(windows) && PTR_SIZE == 8;
const C_I32: &[&str] = if LONG_IS_64 { &["int", "int32_t"] } else { &["int", "int32_t", "long"] };
const C_U32: &[&str] = if LONG_IS_64 { &["unsigned", "uint32_t"] } else { &["unsigned", "uint32_t", "unsigned long"] };
const C_I64: &[&str] = if LONG_IS_64 {
    &["int64_t", "long long", "long", "ssize_t", "intptr_t", "ptrdiff_t", "off_t"]
} else {
    &["int64_t", "long long", "ssize_t", "intptr_t", "ptrdiff_t"]
};
const C_U64: &[&str] = if LONG_IS_64 {
    &["uint64_t", "unsigned long long", "unsigned long", "size_t", "uintptr_t"]
} else {
    &["uint64_t", "unsigned long long", "size_t", "uintptr_t"]
};

/// `ffi.types`: (constant, spelling), in the order the built-in module
/// lists them. Each spelling is an alias of one row of the table.
pub(crate) const TYPE_CONSTANTS: [(&str, &str); 20] = [
    ("VOID", "void"),
    ("POINTER", "pointer"),
    ("BUFFER", "buffer"),
    ("ARRAY_BUFFER", "arraybuffer"),
    ("FUNCTION", "function"),
    ("BOOL", "bool"),
    ("CHAR", "char"),
    ("STRING", "string"),
    ("FLOAT", "float"),
    ("DOUBLE", "double"),
    ("INT_8", "int8"),
    ("UINT_8", "uint8"),
    ("INT_16", "int16"),
    ("UINT_16", "uint16"),
    ("INT_32", "int32"),
    ("UINT_32", "uint32"),
    ("INT_64", "int64"),
    ("UINT_64", "uint64"),
    ("FLOAT_32", "float32"),
    ("FLOAT_64", "float64"),
];

macro_rules! row {
    ($ty:ident, $name:literal, [$($alias:literal),*],
     $size:expr, $js:expr, $abi:ident, $desc:expr, $fast:expr, $v8fast:expr, $view:literal, $c:expr) => {
        TypeInfo {
            ty: FfiType::$ty,
            name: $name,
            aliases: &[$name, $($alias),*],
            size: $size,
            align: $size,
            js: $js,
            abi: FfiAbiType::$abi,
            desc: $desc,
            fast: $fast,
            v8fast: $v8fast,
            view: $view,
            c: $c,
        }
    };
}

/// The table. Row order must match the `FfiType` discriminants.
pub(crate) static TYPE_TABLE: [TypeInfo; 18] = ROWS;

/// The same rows as a constant, for code that is generic over a type id
/// (`convert.rs`) and wants each fact folded at compile time:
/// `const { ROWS[T as usize].js }`.
pub(crate) const ROWS: [TypeInfo; 18] = [
    row!(Void, "void", [], 0, JsKind::Void, Void, "void", true, true, "", &["void"]),
    row!(I8, "i8", ["int8"], 1, int(8, true), Sint8, "an int8", true, true, "Int8", &["int8_t", "signed char"]),
    row!(U8, "u8", ["uint8"], 1, int(8, false), Uint8, "a uint8", true, true, "Uint8", &["uint8_t", "unsigned char"]),
    // bool is a uint8 to node:ffi: every value 0-255 passes, both ways.
    row!(Bool, "bool", [], 1, int(8, false), Uint8, "a uint8", true, true, "Uint8", &["bool", "_Bool"]),
    // Errors name char by the integer type it is on this platform.
    row!(
        Char,
        "char",
        [],
        1,
        if CHAR_IS_SIGNED { int(8, true) } else { int(8, false) },
        Sint8, /* fixed below by abi() */
        if CHAR_IS_SIGNED { "an int8" } else { "a uint8" },
        true,
        true,
        "Int8", /* fixed below by view() */
        &["char"]
    ),
    row!(I16, "i16", ["int16"], 2, int(16, true), Sint16, "an int16", true, true, "Int16", &["int16_t", "short"]),
    row!(U16, "u16", ["uint16"], 2, int(16, false), Uint16, "a uint16", true, true, "Uint16", &["uint16_t", "unsigned short"]),
    row!(I32, "i32", ["int32"], 4, int(32, true), Sint32, "an int32", true, true, "Int32", C_I32),
    row!(U32, "u32", ["uint32"], 4, int(32, false), Uint32, "a uint32", true, true, "Uint32", C_U32),
    row!(I64, "i64", ["int64"], 8, JsKind::BigInt { signed: true }, Sint64, "an int64", true, true, "BigInt64", C_I64),
    row!(U64, "u64", ["uint64"], 8, JsKind::BigInt { signed: false }, Uint64, "a uint64", true, true, "BigUint64", C_U64),
    row!(F32, "f32", ["float", "float32"], 4, JsKind::Float, Float, "a float", true, true, "Float32", &["float"]),
    row!(F64, "f64", ["double", "float64"], 8, JsKind::Float, Double, "a double", true, true, "Float64", &["double"]),
    row!(Pointer, "pointer", ["ptr"], PTR_SIZE, JsKind::Pointer, Pointer, POINTER_DESC, true, true, "BigUint64", &["void *"]),
    // string parameters: fast-tier wrappers copy short ASCII strings into
    // the environment's string area themselves and hand other strings to
    // the general tier (lib/wrappers.js).
    row!(String, "string", ["str"], PTR_SIZE, JsKind::Pointer, Pointer, POINTER_DESC, true, false, "BigUint64", &["char *"]),
    // buffer/arraybuffer parameters usually receive JS objects that only
    // N-API can unpack, so they take the general tier.
    row!(Buffer, "buffer", [], PTR_SIZE, JsKind::Pointer, Pointer, POINTER_DESC, false, false, "BigUint64", &[]),
    row!(ArrayBuffer, "arraybuffer", [], PTR_SIZE, JsKind::Pointer, Pointer, POINTER_DESC, false, false, "BigUint64", &[]),
    // function parameters are callback pointers: bigints, so fast.
    row!(Function, "function", [], PTR_SIZE, JsKind::Pointer, Pointer, POINTER_DESC, true, true, "BigUint64", &["(*)()"]),
];

impl FfiType {
    /// All types, in table order.
    pub(crate) fn all() -> impl Iterator<Item = FfiType> {
        TYPE_TABLE.iter().map(|t| t.ty)
    }

    /// The type with table index `id`, if any.
    pub(crate) fn from_id(id: u32) -> Option<FfiType> {
        TYPE_TABLE.get(id as usize).map(|t| t.ty)
    }

    /// Looks a type up by any of its spellings.
    pub(crate) fn from_name(name: &str) -> Option<FfiType> {
        TYPE_TABLE.iter().find(|t| t.aliases.contains(&name)).map(|t| t.ty)
    }

    pub(crate) fn info(self) -> &'static TypeInfo {
        &TYPE_TABLE[self as usize]
    }

    pub(crate) fn name(self) -> &'static str {
        self.info().name
    }

    pub(crate) fn js(self) -> JsKind {
        self.info().js
    }

    /// The libffi type class (char resolved for this platform).
    pub(crate) fn abi(self) -> FfiAbiType {
        match (self, CHAR_IS_SIGNED) {
            (FfiType::Char, false) => FfiAbiType::Uint8,
            _ => self.info().abi,
        }
    }

    /// The typed-array view name JS uses for this type's slot.
    pub(crate) fn view(self) -> &'static str {
        match (self, CHAR_IS_SIGNED) {
            (FfiType::Char, false) => "Uint8",
            _ => self.info().view,
        }
    }

    pub(crate) fn is_void(self) -> bool {
        self == FfiType::Void
    }

    /// How a callback's result of this type is checked. node:ffi checks a
    /// callback result against the C type that carries it, not as an
    /// argument: an integer result takes any integer `number` of its ABI
    /// type's range (so `bool` takes 0..=255, passed on as that byte) and
    /// `-0` (passed on as 0) for every integer type.
    pub(crate) fn callback_result_js(self) -> JsKind {
        match self.js() {
            JsKind::Int { .. } => {
                let (bits, signed) = match self.abi() {
                    FfiAbiType::Sint8 => (8, true),
                    FfiAbiType::Uint8 => (8, false),
                    FfiAbiType::Sint16 => (16, true),
                    FfiAbiType::Uint16 => (16, false),
                    FfiAbiType::Sint32 => (32, true),
                    _ => (32, false),
                };
                let JsKind::Int { min, max, .. } = int(bits, signed) else { unreachable!() };
                JsKind::Int { min, max, reject_minus_zero: false }
            }
            other => other,
        }
    }

    pub(crate) fn is_pointer_like(self) -> bool {
        self.js() == JsKind::Pointer
    }

    /// The Cranelift type of the value in a native call, or None for void.
    pub(crate) fn clif_type(self) -> Option<ClifType> {
        Some(match self.abi() {
            FfiAbiType::Void => return None,
            FfiAbiType::Sint8 | FfiAbiType::Uint8 => clif::I8,
            FfiAbiType::Sint16 | FfiAbiType::Uint16 => clif::I16,
            FfiAbiType::Sint32 | FfiAbiType::Uint32 => clif::I32,
            FfiAbiType::Sint64 | FfiAbiType::Uint64 => clif::I64,
            FfiAbiType::Float => clif::F32,
            FfiAbiType::Double => clif::F64,
            FfiAbiType::Pointer => {
                if PTR_SIZE == 8 {
                    clif::I64
                } else {
                    clif::I32
                }
            }
        })
    }

    /// Whether a small integer must be sign-extended (`Some(true)`),
    /// zero-extended (`Some(false)`) or neither (`None`) at the C boundary.
    pub(crate) fn extension(self) -> Option<bool> {
        match self.abi() {
            FfiAbiType::Sint8 | FfiAbiType::Sint16 => Some(true),
            FfiAbiType::Uint8 | FfiAbiType::Uint16 => Some(false),
            _ => None,
        }
    }

    /// The libffi type descriptor of a parameter. 8- and 16-bit integers
    /// are widened to 32 bits, as C callers do (clang-compiled callees rely
    /// on it; libffi alone would leave the upper bytes of a stack slot
    /// stale). Argument slots always hold the sign/zero-extended value, so
    /// the widened read is exact.
    pub(crate) fn libffi_param_type(self) -> libffi::middle::Type {
        use libffi::middle::Type;
        match self.abi() {
            FfiAbiType::Sint8 | FfiAbiType::Sint16 => Type::i32(),
            FfiAbiType::Uint8 | FfiAbiType::Uint16 => Type::u32(),
            _ => self.libffi_type(),
        }
    }

    /// The libffi type descriptor.
    pub(crate) fn libffi_type(self) -> libffi::middle::Type {
        use libffi::middle::Type;
        match self.abi() {
            FfiAbiType::Void => Type::void(),
            FfiAbiType::Sint8 => Type::i8(),
            FfiAbiType::Uint8 => Type::u8(),
            FfiAbiType::Sint16 => Type::i16(),
            FfiAbiType::Uint16 => Type::u16(),
            FfiAbiType::Sint32 => Type::i32(),
            FfiAbiType::Uint32 => Type::u32(),
            FfiAbiType::Sint64 => Type::i64(),
            FfiAbiType::Uint64 => Type::u64(),
            FfiAbiType::Float => Type::f32(),
            FfiAbiType::Double => Type::f64(),
            FfiAbiType::Pointer => Type::pointer(),
        }
    }
}

/// The layout of a struct or union passed by value, as the C ABI sees it:
/// size, alignment, and every scalar inside it (arrays expanded, union
/// members overlapping) at its byte offset. lib/aggregate.js `flatten`
/// computes it; `abi::aggregate` classifies it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Aggregate {
    pub(crate) size: u32,
    pub(crate) align: u32,
    pub(crate) leaves: Vec<(u32, FfiType)>,
}

impl Aggregate {
    /// A layout, if it is one C can have: a size that is a positive
    /// multiple of an alignment of 1 to 8, and leaves (non-void scalars)
    /// that lie inside it.
    pub(crate) fn new(size: u32, align: u32, leaves: Vec<(u32, FfiType)>) -> Option<Aggregate> {
        let ok = size > 0
            && matches!(align, 1 | 2 | 4 | 8)
            && size.is_multiple_of(align)
            && !leaves.is_empty()
            && leaves.iter().all(|&(offset, t)| !t.is_void() && offset.checked_add(t.info().size).is_some_and(|end| end <= size));
        ok.then_some(Aggregate { size, align, leaves })
    }

    /// The canonical key, e.g. `{16/8:f64@0,f64@8}`: equal for two
    /// aggregates exactly when their layouts are.
    pub(crate) fn key(&self) -> String {
        let leaves: Vec<String> = self.leaves.iter().map(|(offset, t)| format!("{}@{offset}", t.name())).collect();
        format!("{{{}/{}:{}}}", self.size, self.align, leaves.join(","))
    }
}

/// A parsed signature: the result type and the parameter types.
/// Parsing and validation of JS signature objects happen in lib/signature.js
/// (with this table's names); native code receives type ids.
///
/// Structs and unions passed by value are lowered to pointers: parameter
/// `i` with `by_value[i]` set is the address of the aggregate's bytes, and
/// a signature with `result_by_value` set has the result type `void` and
/// one more pointer parameter, the last, where the call stores the
/// result's bytes. The C call itself passes them as the ABI wants
/// (`abi::aggregate`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Signature {
    pub(crate) result: FfiType,
    pub(crate) params: Vec<FfiType>,
    /// Per parameter: the aggregate it points to, passed by value.
    pub(crate) by_value: Vec<Option<Arc<Aggregate>>>,
    /// The aggregate the function returns by value.
    pub(crate) result_by_value: Option<Arc<Aggregate>>,
    /// Whether a call keeps `errno` (`errno: true`): it sets `errno` from
    /// the thread's kept value right before the target runs and keeps it
    /// right after (`host::errno`). Part of the key: the code differs.
    pub(crate) errno: bool,
}

/// A parameter or result type as lib/ gives it: a type table row or an
/// aggregate passed by value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ValueType {
    Scalar(FfiType),
    ByValue(Arc<Aggregate>),
}

impl Signature {
    /// A signature of scalars only.
    pub(crate) fn new(result: FfiType, params: Vec<FfiType>) -> Signature {
        let by_value = vec![None; params.len()];
        Signature { result, params, by_value, result_by_value: None, errno: false }
    }

    /// Lowers a signature with aggregates (see the type's doc); `None` if
    /// `void` is used as a parameter.
    pub(crate) fn lower(result: ValueType, params: Vec<ValueType>) -> Option<Signature> {
        let mut sig = Signature::new(FfiType::Void, Vec::with_capacity(params.len() + 1));
        for p in params {
            match p {
                ValueType::Scalar(t) if t.is_void() => return None,
                ValueType::Scalar(t) => {
                    sig.params.push(t);
                    sig.by_value.push(None);
                }
                ValueType::ByValue(a) => {
                    sig.params.push(FfiType::Pointer);
                    sig.by_value.push(Some(a));
                }
            }
        }
        match result {
            ValueType::Scalar(t) => sig.result = t,
            ValueType::ByValue(a) => {
                sig.params.push(FfiType::Pointer);
                sig.by_value.push(None);
                sig.result_by_value = Some(a);
            }
        }
        Some(sig)
    }

    /// The number of parameters the C function has (the hidden result
    /// pointer excluded).
    pub(crate) fn c_param_count(&self) -> usize {
        self.params.len() - usize::from(self.result_by_value.is_some())
    }

    /// Whether a struct or union travels by value in this signature.
    pub(crate) fn has_by_value(&self) -> bool {
        self.result_by_value.is_some() || self.by_value.iter().any(Option::is_some)
    }

    /// The canonical key, e.g. `i32(i32,pointer)`. Two spellings of the same
    /// signature have the same key. An aggregate passed by value shows as its
    /// layout key (`Aggregate::key`), e.g. `{16/8:f64@0,f64@8}(f64)`.
    pub(crate) fn key(&self) -> String {
        let params: Vec<String> = (0..self.c_param_count())
            .map(|i| match &self.by_value[i] {
                Some(a) => a.key(),
                None => self.params[i].name().to_string(),
            })
            .collect();
        let result = match &self.result_by_value {
            Some(a) => a.key(),
            None => self.result.name().to_string(),
        };
        let errno = if self.errno { " errno" } else { "" };
        format!("{result}({}){errno}", params.join(","))
    }

    /// Parses a key (`Signature::key`'s format, any spelling of the type
    /// names); for tests and the golden IR door.
    pub(crate) fn parse_key(text: &str) -> Option<Signature> {
        if let Some(plain) = text.strip_suffix(" errno") {
            return Signature::parse_key(plain).map(|sig| Signature { errno: true, ..sig });
        }
        fn value_type(item: &str) -> Option<ValueType> {
            let item = item.trim();
            let Some(body) = item.strip_prefix('{').and_then(|b| b.strip_suffix('}')) else {
                return FfiType::from_name(item).map(ValueType::Scalar);
            };
            let (layout, leaves) = body.split_once(':')?;
            let (size, align) = layout.split_once('/')?;
            let leaves = leaves
                .split(',')
                .map(|leaf| {
                    let (name, offset) = leaf.split_once('@')?;
                    Some((offset.trim().parse().ok()?, FfiType::from_name(name.trim())?))
                })
                .collect::<Option<Vec<_>>>()?;
            Some(ValueType::ByValue(Arc::new(Aggregate::new(size.trim().parse().ok()?, align.trim().parse().ok()?, leaves)?)))
        }
        let open = text.find(['(', '{']).filter(|&i| text.as_bytes()[i] == b'(').or_else(|| text.find("}(").map(|i| i + 1))?;
        let result = value_type(&text[..open])?;
        let list = text[open + 1..].strip_suffix(')')?;
        // Commas at depth 0 separate the parameters.
        let mut params = Vec::new();
        let (mut depth, mut start) = (0, 0);
        for (i, c) in list.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    params.push(value_type(&list[start..i])?);
                    start = i + 1;
                }
                _ => {}
            }
        }
        if !list[start..].trim().is_empty() {
            params.push(value_type(&list[start..])?);
        }
        Signature::lower(result, params)
    }

    /// True when a parameter is a callback pointer (`function`): the
    /// function called is expected to call JS back.
    pub(crate) fn takes_callbacks(&self) -> bool {
        self.params.contains(&FfiType::Function)
    }

    /// True when every parameter and the result can take the fast tier.
    pub(crate) fn is_fast(&self) -> bool {
        self.result.info().fast && self.params.iter().all(|t| t.info().fast)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_in_discriminant_order() {
        for (i, row) in TYPE_TABLE.iter().enumerate() {
            assert_eq!(row.ty as usize, i, "row {} is {:?}", i, row.ty);
        }
    }

    #[test]
    fn every_spelling_resolves_once() {
        let mut seen = std::collections::HashSet::new();
        for row in TYPE_TABLE.iter() {
            for alias in row.aliases {
                assert!(seen.insert(*alias), "{alias} appears twice");
                assert_eq!(FfiType::from_name(alias), Some(row.ty));
            }
        }
        for (constant, spelling) in TYPE_CONSTANTS {
            assert!(FfiType::from_name(spelling).is_some(), "{constant} = {spelling} is no type");
        }
        assert_eq!(FfiType::from_name("bogus"), None);
    }

    #[test]
    fn every_c_spelling_names_one_type() {
        let mut seen = std::collections::HashSet::new();
        for row in TYPE_TABLE.iter() {
            for c in row.c {
                assert!(seen.insert(*c), "{c} appears twice");
            }
        }
        assert!(seen.contains("int") && seen.contains("size_t") && seen.contains("char *") && seen.contains("void *"));
        let size_t = TYPE_TABLE.iter().find(|r| r.c.contains(&"size_t")).unwrap();
        assert_eq!(size_t.size as usize, std::mem::size_of::<usize>());
        let long = TYPE_TABLE.iter().find(|r| r.c.contains(&"long")).unwrap();
        assert_eq!(long.size as usize, std::mem::size_of::<std::ffi::c_long>());
        assert_eq!(FfiType::Function.info().c, ["(*)()"]);
    }

    #[test]
    fn sizes_match_rust() {
        assert_eq!(FfiType::I8.info().size, 1);
        assert_eq!(FfiType::U16.info().size, 2);
        assert_eq!(FfiType::F32.info().size, 4);
        assert_eq!(FfiType::I64.info().size, 8);
        assert_eq!(FfiType::Pointer.info().size as usize, std::mem::size_of::<*const u8>());
    }

    #[test]
    fn int_ranges() {
        assert_eq!(FfiType::I8.js(), JsKind::Int { min: -128, max: 127, reject_minus_zero: false });
        // node:ffi rejects -0 for both 32-bit integer argument types.
        assert_eq!(FfiType::U32.js(), JsKind::Int { min: 0, max: 4294967295, reject_minus_zero: true });
        assert_eq!(FfiType::I32.js(), JsKind::Int { min: -2147483648, max: 2147483647, reject_minus_zero: true });
        assert_eq!(FfiType::I32.callback_result_js(), JsKind::Int { min: -2147483648, max: 2147483647, reject_minus_zero: false });
        assert_eq!(FfiType::Bool.callback_result_js(), JsKind::Int { min: 0, max: 255, reject_minus_zero: false });
        assert_eq!(FfiType::U16.callback_result_js(), FfiType::U16.js());
        assert_eq!(FfiType::F64.callback_result_js(), JsKind::Float);
    }

    #[test]
    fn keys_are_canonical() {
        let a = Signature::new(FfiType::from_name("int32").unwrap(), vec![FfiType::from_name("double").unwrap()]);
        let b = Signature::new(FfiType::from_name("i32").unwrap(), vec![FfiType::from_name("f64").unwrap()]);
        assert_eq!(a.key(), b.key());
        assert_eq!(a.key(), "i32(f64)");
        assert_eq!(Signature::parse_key("i32(void)"), None);
    }

    #[test]
    fn aggregates_are_lowered_to_pointers() {
        let point = Arc::new(Aggregate::new(16, 8, vec![(0, FfiType::F64), (8, FfiType::F64)]).unwrap());
        let sig =
            Signature::lower(ValueType::ByValue(point.clone()), vec![ValueType::Scalar(FfiType::I32), ValueType::ByValue(point.clone())])
                .unwrap();
        assert_eq!(sig.params, vec![FfiType::I32, FfiType::Pointer, FfiType::Pointer]);
        assert_eq!(sig.result, FfiType::Void);
        assert_eq!(sig.c_param_count(), 2);
        assert_eq!(sig.key(), "{16/8:f64@0,f64@8}(i32,{16/8:f64@0,f64@8})");
        assert!(sig.has_by_value() && sig.is_fast());
        assert_eq!(Aggregate::new(12, 8, vec![(0, FfiType::F64)]), None, "size not a multiple of align");
        assert_eq!(Aggregate::new(8, 8, vec![(4, FfiType::F64)]), None, "leaf past the end");
        assert_eq!(Aggregate::new(8, 8, vec![]), None);
        assert_eq!(Signature::parse_key(&sig.key()), Some(sig));
        assert_eq!(Signature::parse_key("i32(double, int8)"), Some(Signature::new(FfiType::I32, vec![FfiType::F64, FfiType::I8])));
        assert_eq!(Signature::parse_key("void()"), Some(Signature::new(FfiType::Void, vec![])));
        let errno = Signature::parse_key("i32(pointer) errno").unwrap();
        assert!(errno.errno);
        assert_eq!(errno.key(), "i32(pointer) errno");
    }
}
