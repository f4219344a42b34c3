//! The contract between compiled code, Rust and JS: the slot array every
//! trampoline reads and writes, the `FnData` that general-tier code reads
//! at fixed offsets, the scratch and string areas of a call, the lease
//! that keeps compiled code mapped, and the count of synchronous calls in
//! progress that compiled code keeps. Values only, no behaviour: the layers
//! above agree on these and nothing else.

pub(crate) mod aggregate;
pub(crate) mod fn_data;
pub(crate) mod lease;
pub(crate) mod scratch;
pub(crate) mod slots;
pub(crate) mod sync_calls;
