//! Raw memory helpers (issue 5): primitives behind ffi.get*/set*, toString,
//! toBuffer, toArrayBuffer, export* and getRawPointer.

use crate::env::EnvState;
use crate::napi::{napi_env, napi_value};

/// Registers the memory primitives on the addon's exports.
pub unsafe fn register(_env: napi_env, _exports: napi_value, _state: *mut EnvState) {}
