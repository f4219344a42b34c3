//! The contract between compiled code, Rust and JS: the slot array every
//! trampoline reads and writes, the `FnData` that general-tier code reads
//! at fixed offsets, the scratch and string areas of a call, and the lease
//! that keeps compiled code mapped. Values only, no behaviour: the layers
//! above agree on these and nothing else.

pub(crate) mod aggregate;
pub(crate) mod fn_data;
pub(crate) mod lease;
pub(crate) mod scratch;
pub(crate) mod slots;
