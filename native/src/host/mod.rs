//! The host layer: what Node.js and the OS give this addon, with nothing
//! jitffi-specific in it. N-API (the function table and value helpers), the
//! V8 entry points used where N-API has none (and V8's fast API calls), the
//! thread stack, the C library's `errno`, and the `JITFFI_DEBUG` logger.
//! Every other layer builds on this one.

pub(crate) mod errno;
pub(crate) mod log;
pub(crate) mod napi;
pub(crate) mod stack;
pub(crate) mod v8;
pub(crate) mod v8_fast;
mod v8_fast_info;
pub(crate) mod v8_forward;
pub(crate) mod values;
