// Types of `jitffi/register` (lib/register.js and lib/register.mjs). Load it
// for its effect: `node -r jitffi/register` or `node --import
// jitffi/register` makes `node:ffi` resolve to jitffi.

/** Whether jitffi now serves `node:ffi` (false on a Node.js with a built-in one, unless JITFFI_OVERRIDE=1). */
export declare const active: boolean;
/** The file that `require('node:ffi')` loads. */
export declare const indexPath: string;
/** Whether this Node.js has a built-in `node:ffi`. */
export declare function hasBuiltinFfi(): boolean;
/** Whether the hooks replace `node:ffi` here. */
export declare function shouldOverride(): boolean;
