// Type definitions for jitffi: the node:ffi API (docs/api.md).
//
// Signatures are inferred from their literals: with
//   dlopen('libm.so.6', { pow: { parameters: ['f64', 'f64'], result: 'f64' } })
// `functions.pow` is `(a: number, b: number) => number` (plus `.pointer`).
// Needs TypeScript 5.0+ (const type parameters) and @types/node (Buffer,
// Symbol.dispose).

/// <reference types="node" />

// Keys of the type-only properties that carry an aggregate descriptor's
// field or element types (no runtime object has them).
declare const fieldTypes: unique symbol;
declare const elementType: unique symbol;

declare namespace ffi {
  // ---- type names -------------------------------------------------------

  /** Names of the integer and floating-point types: JS `number` values. */
  type NumberTypeName =
    | 'i8' | 'int8'
    | 'u8' | 'uint8' | 'bool' | 'char'
    | 'i16' | 'int16'
    | 'u16' | 'uint16'
    | 'i32' | 'int32'
    | 'u32' | 'uint32'
    | 'f32' | 'float' | 'float32'
    | 'f64' | 'double' | 'float64';

  /** Names of the 64-bit integer types: JS `bigint` values. */
  type BigIntTypeName = 'i64' | 'int64' | 'u64' | 'uint64';

  /** Names of the pointer-like types, all passed as C pointers. */
  type PointerTypeName = 'pointer' | 'ptr' | 'string' | 'str' | 'buffer' | 'arraybuffer' | 'function';

  /** Every type name a parameter may have (`void` is only a result type). */
  type ParameterTypeName = NumberTypeName | BigIntTypeName | PointerTypeName;

  /** Every type name of node:ffi. */
  type TypeName = 'void' | ParameterTypeName;

  /**
   * What a pointer-like parameter accepts: `null`/`undefined` (a null
   * pointer), a `bigint` address, a string (a temporary NUL-terminated UTF-8
   * copy), or the memory of a Buffer, typed array, DataView or ArrayBuffer.
   */
  type PointerLike = bigint | null | undefined | string | ArrayBufferView | ArrayBuffer;

  /** The JS value a parameter of type `T` takes (a struct or union: its value). */
  type ArgumentType<T> =
    T extends NumberTypeName ? number :
    T extends BigIntTypeName ? bigint :
    T extends PointerTypeName ? PointerLike :
    T extends ByValueType ? InputOf<T> :
    never;

  /** The JS value a call returns for the result type `T`. */
  type ResultType<T> =
    T extends 'void' ? void :
    T extends NumberTypeName ? number :
    T extends BigIntTypeName ? bigint :
    T extends PointerTypeName ? bigint :
    T extends ByValueType ? ValueOf<T> :
    never;

  /** The JS value a callback receives for a parameter of type `T`. */
  type CallbackArgumentType<T> =
    T extends NumberTypeName ? number :
    T extends BigIntTypeName | PointerTypeName ? bigint :
    T extends ByValueType ? ValueOf<T> :
    never;

  /** What a callback may return for the result type `T`. */
  type CallbackResultType<T> =
    T extends 'void' ? void :
    T extends NumberTypeName ? number :
    T extends BigIntTypeName ? bigint :
    T extends PointerTypeName ? bigint | null | undefined :
    T extends ByValueType ? InputOf<T> :
    never;

  // ---- aggregate types (beyond node:ffi: docs/structs.md) ---------------

  /** A type a field, an array element or a value in memory can have. */
  type DataType = ParameterTypeName | AggregateType;

  /** A struct, union or array descriptor. */
  type AggregateType = StructType<any> | UnionType<any> | ArrayType<any, number>;

  /** The aggregate types a signature may name: structs and unions. */
  type ByValueType = StructType<any> | UnionType<any>;

  /** Field names mapped to their types, as `ffi.struct` takes them. */
  type FieldTypes = { readonly [name: string]: DataType };

  /** `[name, type]` pairs, the other form `ffi.struct` takes. */
  type FieldPairs = readonly (readonly [string, DataType])[];

  /** The field types of `[name, type]` pairs. */
  type FieldsOfPairs<P extends FieldPairs> = { [E in P[number] as E[0]]: E[1] };

  /** The options of `ffi.struct` and `ffi.union`. */
  interface AggregateOptions {
    /** Shown in error messages. */
    readonly name?: string;
    /** `true` or 1: no padding (`__attribute__((packed))`); 2, 4, 8: `#pragma pack(n)`. */
    readonly packed?: boolean | 1 | 2 | 4 | 8;
  }

  /** A field of a struct or union descriptor, as laid out. */
  interface FieldInfo {
    readonly name: string;
    /** The type table's name of a scalar type ('f64' for 'double'), or the descriptor. */
    readonly type: ParameterTypeName | AggregateType;
    readonly offset: number;
    readonly size: number;
    readonly align: number;
  }

  /** What struct and union descriptors have in common. */
  interface FieldsDescriptor<F extends FieldTypes> {
    readonly name: string | null;
    readonly size: number;
    readonly align: number;
    /** The packing: `false`, or the largest alignment a field gets. */
    readonly packed: false | 1 | 2 | 4 | 8;
    readonly fields: readonly FieldInfo[];
    /** Type-only: the declared field types. */
    readonly [fieldTypes]?: F;
  }

  /** A struct descriptor made by `ffi.struct`. */
  interface StructType<F extends FieldTypes = FieldTypes> extends FieldsDescriptor<F> {
    readonly kind: 'struct';
  }

  /** A union descriptor made by `ffi.union`. */
  interface UnionType<F extends FieldTypes = FieldTypes> extends FieldsDescriptor<F> {
    readonly kind: 'union';
  }

  /** A fixed-length array descriptor made by `ffi.array`. */
  interface ArrayType<E extends DataType = DataType, N extends number = number> {
    readonly kind: 'array';
    readonly size: number;
    readonly align: number;
    /** The type table's name of a scalar element type, or the descriptor. */
    readonly element: ParameterTypeName | AggregateType;
    readonly length: N;
    /** Type-only: the declared element type. */
    readonly [elementType]?: E;
  }

  /** true for `any`: a descriptor whose field types are not known. */
  type IsAny<T> = 0 extends 1 & T ? true : false;

  /** The value of a struct or union of fields `F`. */
  type FieldsValueOf<F> =
    IsAny<F> extends true ? { [field: string]: unknown } : { -readonly [K in keyof F]: ValueOf<F[K]> };

  /** The typed array an array of `E` decodes to; a JS array for aggregates. */
  type ArrayValueOf<E> =
    IsAny<E> extends true ? unknown :
    E extends 'i8' | 'int8' ? Int8Array :
    E extends 'char' ? Int8Array | Uint8Array :
    E extends 'u8' | 'uint8' | 'bool' ? Uint8Array :
    E extends 'i16' | 'int16' ? Int16Array :
    E extends 'u16' | 'uint16' ? Uint16Array :
    E extends 'i32' | 'int32' ? Int32Array :
    E extends 'u32' | 'uint32' ? Uint32Array :
    E extends 'i64' | 'int64' ? BigInt64Array :
    E extends 'u64' | 'uint64' | PointerTypeName ? BigUint64Array :
    E extends 'f32' | 'float' | 'float32' ? Float32Array :
    E extends 'f64' | 'double' | 'float64' ? Float64Array :
    ValueOf<E>[];

  /** The value `ffi.read` gives for a type `T`. A union has every member. */
  type ValueOf<T> =
    T extends NumberTypeName ? number :
    T extends BigIntTypeName | PointerTypeName ? bigint :
    T extends StructType<infer F> | UnionType<infer F> ? FieldsValueOf<F> :
    T extends ArrayType<infer E, number> ? ArrayValueOf<E> :
    never;

  /** A union value: exactly one member. */
  type OneMemberOf<F> = {
    [K in keyof F]: { readonly [P in K]: InputOf<F[P]> } & { readonly [P in Exclude<keyof F, K>]?: undefined }
  }[keyof F];

  /** The value `ffi.write` and `ffi.alloc` take for a type `T`. */
  type InputOf<T> =
    T extends NumberTypeName ? number :
    T extends BigIntTypeName ? bigint | number :
    T extends PointerTypeName ? bigint | null :
    T extends StructType<infer F> ? (IsAny<F> extends true ? { readonly [field: string]: unknown } : { readonly [K in keyof F]: InputOf<F[K]> }) :
    T extends UnionType<infer F> ? (IsAny<F> extends true ? { readonly [field: string]: unknown } : OneMemberOf<F>) :
    T extends ArrayType<infer E, number> ? (IsAny<E> extends true ? ArrayLike<unknown> : ArrayLike<InputOf<E>>) :
    never;

  /** The field names of a struct or union type. */
  type FieldNameOf<T> = T extends StructType<infer F> | UnionType<infer F> ? keyof F & string : never;

  // ---- signatures ------------------------------------------------------

  /** A parameter type: a type name, or a struct or union descriptor. */
  type ParameterType = ParameterTypeName | ByValueType;

  /** A result type: a type name (`void` included), or a struct or union descriptor. */
  type ResultTypeName = TypeName | ByValueType;

  type ResultField =
    | { readonly result?: ResultTypeName; readonly return?: undefined; readonly returns?: undefined }
    | { readonly result?: undefined; readonly return: ResultTypeName; readonly returns?: undefined }
    | { readonly result?: undefined; readonly return?: undefined; readonly returns: ResultTypeName };

  type ParametersField =
    | { readonly parameters?: readonly ParameterType[]; readonly arguments?: undefined }
    | { readonly parameters?: undefined; readonly arguments: readonly ParameterType[] };

  /**
   * jitffi's `nonblocking` option (docs/async.md): with `true`, the wrapper
   * runs each call on libuv's thread pool and returns a promise of its result.
   */
  type NonblockingField = { readonly nonblocking?: boolean };

  /**
   * jitffi's `errno` option: with `true`, each call keeps the `errno` its
   * function left, for `ffi.errno()`. And `variadic`: with `true`, the
   * parameters are the fixed ones of a variadic function, and each call
   * adds type/value pairs (`'i32', 5, 'string', 'x'`).
   */
  type ErrnoVariadicFields = { readonly errno?: boolean; readonly variadic?: boolean };

  /**
   * A C function type: the result as `result`, `return` or `returns` (default
   * `void`), the parameters as `parameters` or `arguments` (default none).
   * At most one of each.
   */
  type Signature = ResultField & ParametersField & NonblockingField & ErrnoVariadicFields;

  type SignatureKey = 'result' | 'return' | 'returns' | 'parameters' | 'arguments' | 'nonblocking' | 'errno' | 'variadic';

  /** Rejects keys a signature does not have (such as a misspelt `params`). */
  type NoExtraKeys<S> = { readonly [K in Exclude<keyof S, SignatureKey>]: never };

  /**
   * A callback's signature: a `Signature`, and whether threads other than
   * the registering one may call the pointer (docs/callbacks.md): `true`
   * (the calling thread waits for the result) or `'nonblocking'` (it does
   * not; `void` results only).
   */
  type CallbackSignature = Signature & { readonly threadsafe?: boolean | 'nonblocking' };

  /** `'nonblocking'` is for callbacks whose result is `void`. */
  type NonblockingIsVoid<S> = S extends { readonly threadsafe: 'nonblocking' }
    ? S extends { readonly result: infer R } | { readonly return: infer R } | { readonly returns: infer R }
      ? R extends 'void' ? unknown : { readonly threadsafe: never }
      : unknown
    : unknown;

  /** Symbol names mapped to their signatures, as `dlopen` takes them. */
  type Definitions = { readonly [name: string]: Signature };

  /** The parameter type names of `S`, as a tuple when `S` is a literal. */
  type ParametersOf<S> =
    S extends { readonly parameters: infer P extends readonly ParameterType[] } ? P :
    S extends { readonly arguments: infer P extends readonly ParameterType[] } ? P :
    S extends { readonly parameters?: undefined; readonly arguments?: undefined } ? [] :
    readonly ParameterType[];

  /** The result type of `S`. */
  type ResultOf<S> =
    S extends { readonly result: infer R extends ResultTypeName } ? R :
    S extends { readonly return: infer R extends ResultTypeName } ? R :
    S extends { readonly returns: infer R extends ResultTypeName } ? R :
    S extends { readonly result?: undefined; readonly return?: undefined; readonly returns?: undefined } ? 'void' :
    ResultTypeName;

  /** The JS values for the parameter type names `P` (a tuple for a tuple). */
  type ArgumentTypes<P> = { -readonly [K in keyof P]: ArgumentType<P[K]> };

  /** The JS values a callback receives for the parameter type names `P`. */
  type CallbackArgumentTypes<P> = { -readonly [K in keyof P]: CallbackArgumentType<P[K]> };

  /** The JS argument list of a call of `S`. */
  type ArgumentsOf<S> = ArgumentTypes<ParametersOf<S>>;

  /** The JS parameter list of a callback of `S`. */
  type CallbackArgumentsOf<S> = CallbackArgumentTypes<ParametersOf<S>>;

  /**
   * The asynchronous form of a call of `S` (docs/async.md): runs on libuv's
   * thread pool; the arguments are checked and converted at once.
   */
  type AsyncCall<S extends Signature = Signature> = (...args: ArgumentsOf<S>) => Promise<ResultType<ResultOf<S>>>;

  /**
   * A callable wrapper of a native function of signature `S`. `.name` is the
   * symbol, `.length` the parameter count, `.pointer` the address, and
   * `.async(...)` the same call on libuv's thread pool, returning a promise.
   * With `nonblocking: true` the wrapper itself returns a promise.
   */
  type ForeignFunction<S extends Signature = Signature> =
    (S extends { readonly nonblocking: true } ? AsyncCall<S> :
      S extends { readonly variadic: true } ? VariadicCall<S> :
      (...args: ArgumentsOf<S>) => ResultType<ResultOf<S>>) &
    { readonly pointer: bigint; readonly async: AsyncCall<S> };

  /** A call of a variadic `S`: the fixed arguments, then type/value pairs. */
  type VariadicCall<S extends Signature = Signature> =
    (...args: [...ArgumentsOf<S>, ...(ParameterTypeName | unknown)[]]) => ResultType<ResultOf<S>>;

  /** The options `library.func` adds to a C prototype. */
  interface PrototypeOptions {
    readonly errno?: boolean;
    readonly nonblocking?: boolean;
  }

  /** The wrappers `dlopen`/`getFunctions` return for `D`. */
  type FunctionsOf<D> = { [K in keyof D]: ForeignFunction<D[K] extends Signature ? D[K] : never> };

  /** A JS function that can back a callback of signature `S`. */
  type CallbackFunction<S extends Signature = Signature> =
    (...args: CallbackArgumentsOf<S>) => CallbackResultType<ResultOf<S>>;

  // ---- libraries ---------------------------------------------------------

  /** A loaded dynamic library. */
  class DynamicLibrary {
    /**
     * Loads the library at `path`, or the running process for `null`.
     * @throws `ERR_FFI_CALL_FAILED` (`dlopen failed: ...`).
     */
    constructor(path: string | null);

    /** The path given to the constructor. */
    readonly path: string | null;
    /** The wrappers resolved so far (a null-prototype object). */
    readonly functions: { [name: string]: ForeignFunction };
    /** The symbol addresses resolved so far (a null-prototype object). */
    readonly symbols: { [name: string]: bigint };

    /** Unloads the library and unregisters its callbacks. Idempotent. */
    close(): void;

    /**
     * Resolves `name` and returns its wrapper. Asking again with the same
     * signature returns the same wrapper; with another one, it throws.
     */
    getFunction<const S extends Signature>(name: string, signature: S & NoExtraKeys<S>): ForeignFunction<S>;

    /** Resolves every function of `definitions`. */
    getFunctions<const D extends Definitions>(definitions: D & { readonly [K in keyof D]: NoExtraKeys<D[K]> }): FunctionsOf<D>;
    /** The wrappers resolved so far. */
    getFunctions(): { [name: string]: ForeignFunction };
    /** Resolves each C prototype string, as `func` does. */
    getFunctions(prototypes: readonly string[]): { [name: string]: ForeignFunction };

    /**
     * Resolves the function a C prototype declares (`'int abs(int)'`) and
     * returns the wrapper `getFunction` returns for the same signature.
     * @throws `ERR_INVALID_ARG_VALUE` showing where the prototype is wrong.
     */
    func(prototype: string, options?: PrototypeOptions): ForeignFunction;

    /** The address of the symbol `name`. */
    getSymbol(name: string): bigint;
    /** A copy of the symbol addresses resolved so far. */
    getSymbols(): { [name: string]: bigint };

    /**
     * Creates a native function pointer that calls `callback`. Its parameters
     * and its result are typed after `signature`.
     */
    registerCallback<const S extends CallbackSignature>(
      signature: S & { readonly [K in Exclude<keyof S, SignatureKey | 'threadsafe'>]: never } & NonblockingIsVoid<S>,
      callback: CallbackFunction<S>,
    ): bigint;
    /** Creates a `void (void)` callback pointer. */
    registerCallback(callback: () => void): bigint;
    /** Releases a callback; native code must not call the pointer afterwards. */
    unregisterCallback(pointer: bigint): void;
    /** Makes the callback's reference to its function strong (the default). */
    refCallback(pointer: bigint): void;
    /** Makes it weak: once collected, native calls run nothing and return 0. */
    unrefCallback(pointer: bigint): void;

    /** Same as `close()`, for `using`. */
    [Symbol.dispose](): void;
  }

  /** What `dlopen` returns. */
  interface DlopenResult<D = {}> {
    lib: DynamicLibrary;
    functions: FunctionsOf<D>;
    /** Closes `lib`, for `using`. */
    [Symbol.dispose](): void;
  }

  /**
   * Loads a library (`null`: the running process) and resolves each function
   * of `definitions`.
   */
  function dlopen(
    path: string | null,
    prototypes: readonly string[],
  ): { lib: DynamicLibrary; functions: { [name: string]: ForeignFunction }; [Symbol.dispose](): void };
  function dlopen<const D extends Definitions = {}>(
    path: string | null,
    definitions?: D & { readonly [K in keyof D]: NoExtraKeys<D[K]> },
  ): DlopenResult<D>;

  /** Same as `handle.close()`. */
  function dlclose(handle: DynamicLibrary): void;

  /** Same as `handle.getSymbol(symbol)`. */
  function dlsym(handle: DynamicLibrary, symbol: string): bigint;

  // ---- constants -----------------------------------------------------------

  /** The shared-library suffix of the platform. */
  const suffix: 'so' | 'dylib' | 'dll';

  /** The type-name constants of node:ffi (a frozen object). */
  const types: {
    readonly VOID: 'void';
    readonly POINTER: 'pointer';
    readonly BUFFER: 'buffer';
    readonly ARRAY_BUFFER: 'arraybuffer';
    readonly FUNCTION: 'function';
    readonly BOOL: 'bool';
    readonly CHAR: 'char';
    readonly STRING: 'string';
    readonly FLOAT: 'float';
    readonly DOUBLE: 'double';
    readonly INT_8: 'int8';
    readonly UINT_8: 'uint8';
    readonly INT_16: 'int16';
    readonly UINT_16: 'uint16';
    readonly INT_32: 'int32';
    readonly UINT_32: 'uint32';
    readonly INT_64: 'int64';
    readonly UINT_64: 'uint64';
    readonly FLOAT_32: 'float32';
    readonly FLOAT_64: 'float64';
  };

  // ---- memory helpers ----------------------------------------------------
  // `pointer` is a bigint address in [0n, 2n ** 64n - 1n]; `offset` a byte
  // offset (a non-negative safe integer). Nothing checks that the memory is
  // valid.

  function getInt8(pointer: bigint, offset?: number): number;
  function getUint8(pointer: bigint, offset?: number): number;
  function getInt16(pointer: bigint, offset?: number): number;
  function getUint16(pointer: bigint, offset?: number): number;
  function getInt32(pointer: bigint, offset?: number): number;
  function getUint32(pointer: bigint, offset?: number): number;
  function getInt64(pointer: bigint, offset?: number): bigint;
  function getUint64(pointer: bigint, offset?: number): bigint;
  function getFloat32(pointer: bigint, offset?: number): number;
  function getFloat64(pointer: bigint, offset?: number): number;

  function setInt8(pointer: bigint, offset: number, value: number): void;
  function setUint8(pointer: bigint, offset: number, value: number): void;
  function setInt16(pointer: bigint, offset: number, value: number): void;
  function setUint16(pointer: bigint, offset: number, value: number): void;
  function setInt32(pointer: bigint, offset: number, value: number): void;
  function setUint32(pointer: bigint, offset: number, value: number): void;
  /** `value`: a bigint, or a number that is a safe integer. */
  function setInt64(pointer: bigint, offset: number, value: bigint | number): void;
  /** `value`: a bigint, or a number that is a non-negative safe integer. */
  function setUint64(pointer: bigint, offset: number, value: bigint | number): void;
  function setFloat32(pointer: bigint, offset: number, value: number): void;
  function setFloat64(pointer: bigint, offset: number, value: number): void;

  /** Reads the NUL-terminated UTF-8 string at `pointer`; `null` for `0n`. */
  function toString(pointer: bigint): string | null;

  /** A Buffer of `length` bytes at `pointer`: a copy, or a view with `copy = false`. */
  function toBuffer(pointer: bigint, length: number, copy?: boolean): Buffer;

  /** An ArrayBuffer of `length` bytes at `pointer`: a copy, or a view with `copy = false`. */
  function toArrayBuffer(pointer: bigint, length: number, copy?: boolean): ArrayBuffer;

  /**
   * Writes `string` and a NUL terminator to `pointer`, which has room for
   * `length` bytes.
   */
  function exportString(string: string, pointer: bigint, length: number, encoding?: BufferEncoding): void;

  /** Copies `buffer` to `pointer`, which has room for `length` bytes. */
  function exportBuffer(buffer: Buffer, pointer: bigint, length: number): void;

  /** Copies `arrayBuffer` to `pointer`, which has room for `length` bytes. */
  function exportArrayBuffer(arrayBuffer: ArrayBuffer, pointer: bigint, length: number): void;

  /** Copies the bytes `view` covers to `pointer`, which has room for `length` bytes. */
  function exportArrayBufferView(view: ArrayBufferView, pointer: bigint, length: number): void;

  /**
   * The address of the memory of a Buffer, typed array, DataView,
   * ArrayBuffer or SharedArrayBuffer; `0n` when it is empty.
   */
  function getRawPointer(bufferLike: ArrayBufferView | ArrayBuffer | SharedArrayBuffer): bigint;

  /** The address of this thread's libuv event loop (a `uv_loop_t *`). */
  function getCurrentEventLoop(): bigint;

  /** The `errno` kept by this thread's last call of an `errno: true` signature. */
  function errno(): number;
  /** Sets the kept `errno` (an int32), which the next such call starts with. */
  function errno(value: number): void;

  // ---- aggregate types (beyond node:ffi: docs/structs.md) --------------

  /**
   * Declares a C struct: fields as `{ name: type }` or `[name, type]` pairs,
   * in order. Returns a frozen descriptor that carries the field types.
   * @throws `ERR_INVALID_ARG_VALUE` for an unknown type, no fields, a name
   * declared twice, a bad `packed`.
   */
  function struct<const P extends FieldPairs>(fields: P, options?: AggregateOptions): StructType<FieldsOfPairs<P>>;
  function struct<const F extends FieldTypes>(fields: F, options?: AggregateOptions): StructType<F>;

  /** Declares a C union; as `struct`, with every member at offset 0. */
  function union<const P extends FieldPairs>(fields: P, options?: AggregateOptions): UnionType<FieldsOfPairs<P>>;
  function union<const F extends FieldTypes>(fields: F, options?: AggregateOptions): UnionType<F>;

  /** Declares a C array of `length` elements of `type` (a positive safe integer). */
  function array<const E extends DataType, const N extends number>(type: E, length: N): ArrayType<E, N>;

  /** The size in bytes of a type, as C's `sizeof`. */
  function sizeof(type: DataType): number;

  /** The alignment in bytes of a type, as C's `_Alignof`. */
  function alignof(type: DataType): number;

  /** The byte offset of a field of a struct or union, as C's `offsetof`. */
  function offsetof<T extends StructType<any> | UnionType<any>>(type: T, field: FieldNameOf<T>): number;

  /**
   * Decodes the value of `type` at `pointer + offset`: numbers, bigints
   * (64-bit integers, pointers), plain objects, typed arrays.
   */
  function read<T extends DataType>(pointer: bigint, type: T, offset?: number): ValueOf<T>;

  /**
   * Encodes `value` as `type` at `pointer + offset` (all sizeof(type)
   * bytes, padding as zeros) once the whole value is valid.
   */
  function write<T extends DataType>(pointer: bigint, type: T, value: InputOf<T>, offset?: number): void;

  /** A zero-filled Buffer of sizeof(type) bytes, holding `value` when given. */
  function alloc<T extends DataType>(type: T, value?: InputOf<T>): Buffer;
}

export = ffi;
