// Type definitions for jitffi: the node:ffi API (docs/api.md).
//
// Signatures are inferred from their literals: with
//   dlopen('libm.so.6', { pow: { parameters: ['f64', 'f64'], result: 'f64' } })
// `functions.pow` is `(a: number, b: number) => number` (plus `.pointer`).
// Needs TypeScript 5.0+ (const type parameters) and @types/node (Buffer,
// Symbol.dispose).

/// <reference types="node" />

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

  /** The JS value a parameter of type `T` takes. */
  type ArgumentType<T> =
    T extends NumberTypeName ? number :
    T extends BigIntTypeName ? bigint :
    T extends PointerTypeName ? PointerLike :
    never;

  /** The JS value a call returns for the result type `T`. */
  type ResultType<T> =
    T extends 'void' ? void :
    T extends NumberTypeName ? number :
    T extends BigIntTypeName ? bigint :
    T extends PointerTypeName ? bigint :
    never;

  /** The JS value a callback receives for a parameter of type `T`. */
  type CallbackArgumentType<T> =
    T extends NumberTypeName ? number :
    T extends BigIntTypeName | PointerTypeName ? bigint :
    never;

  /** What a callback may return for the result type `T`. */
  type CallbackResultType<T> =
    T extends 'void' ? void :
    T extends NumberTypeName ? number :
    T extends BigIntTypeName ? bigint :
    T extends PointerTypeName ? bigint | null | undefined :
    never;

  // ---- signatures ------------------------------------------------------

  type ResultField =
    | { readonly result?: TypeName; readonly return?: undefined; readonly returns?: undefined }
    | { readonly result?: undefined; readonly return: TypeName; readonly returns?: undefined }
    | { readonly result?: undefined; readonly return?: undefined; readonly returns: TypeName };

  type ParametersField =
    | { readonly parameters?: readonly ParameterTypeName[]; readonly arguments?: undefined }
    | { readonly parameters?: undefined; readonly arguments: readonly ParameterTypeName[] };

  /**
   * A C function type: the result as `result`, `return` or `returns` (default
   * `void`), the parameters as `parameters` or `arguments` (default none).
   * At most one of each.
   */
  type Signature = ResultField & ParametersField;

  type SignatureKey = 'result' | 'return' | 'returns' | 'parameters' | 'arguments';

  /** Rejects keys a signature does not have (such as a misspelt `params`). */
  type NoExtraKeys<S> = { readonly [K in Exclude<keyof S, SignatureKey>]: never };

  /** Symbol names mapped to their signatures, as `dlopen` takes them. */
  type Definitions = { readonly [name: string]: Signature };

  /** The parameter type names of `S`, as a tuple when `S` is a literal. */
  type ParametersOf<S> =
    S extends { readonly parameters: infer P extends readonly ParameterTypeName[] } ? P :
    S extends { readonly arguments: infer P extends readonly ParameterTypeName[] } ? P :
    S extends { readonly parameters?: undefined; readonly arguments?: undefined } ? [] :
    readonly ParameterTypeName[];

  /** The result type name of `S`. */
  type ResultOf<S> =
    S extends { readonly result: infer R extends TypeName } ? R :
    S extends { readonly return: infer R extends TypeName } ? R :
    S extends { readonly returns: infer R extends TypeName } ? R :
    S extends { readonly result?: undefined; readonly return?: undefined; readonly returns?: undefined } ? 'void' :
    TypeName;

  /** The JS values for the parameter type names `P` (a tuple for a tuple). */
  type ArgumentTypes<P> = { -readonly [K in keyof P]: ArgumentType<P[K]> };

  /** The JS values a callback receives for the parameter type names `P`. */
  type CallbackArgumentTypes<P> = { -readonly [K in keyof P]: CallbackArgumentType<P[K]> };

  /** The JS argument list of a call of `S`. */
  type ArgumentsOf<S> = ArgumentTypes<ParametersOf<S>>;

  /** The JS parameter list of a callback of `S`. */
  type CallbackArgumentsOf<S> = CallbackArgumentTypes<ParametersOf<S>>;

  /**
   * A callable wrapper of a native function of signature `S`. `.name` is the
   * symbol, `.length` the parameter count, `.pointer` the address.
   */
  type ForeignFunction<S extends Signature = Signature> =
    ((...args: ArgumentsOf<S>) => ResultType<ResultOf<S>>) & { readonly pointer: bigint };

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

    /** The address of the symbol `name`. */
    getSymbol(name: string): bigint;
    /** A copy of the symbol addresses resolved so far. */
    getSymbols(): { [name: string]: bigint };

    /**
     * Creates a native function pointer that calls `callback`. Its parameters
     * and its result are typed after `signature`.
     */
    registerCallback<const S extends Signature>(signature: S & NoExtraKeys<S>, callback: CallbackFunction<S>): bigint;
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
}

export = ffi;
