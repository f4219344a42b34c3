//! The C library's `errno`, and the value of it that jitffi keeps per
//! thread for signatures with `errno: true`.
//!
//! A call of such a signature copies the kept value into `errno` just
//! before the target runs (`jitffi_errno_before`) and copies `errno` back
//! just after it returns (`jitffi_errno_after`), before any other code of
//! this thread runs: V8, N-API, libuv or a GC between the call and a read
//! from JS could change `errno` itself, never the kept value.
//! `ffi.errno()` reads the kept value, `ffi.errno(value)` writes it.

use std::cell::Cell;

thread_local! {
    /// The value of `errno` that the next errno-capturing call starts with,
    /// and that the last one left.
    static KEPT: Cell<i32> = const { Cell::new(0) };
}

/// The address of this thread's `errno`.
fn location() -> *mut i32 {
    #[cfg(any(target_os = "linux", target_os = "android", target_os = "emscripten"))]
    // SAFETY: returns the calling thread's errno address; no preconditions.
    unsafe {
        libc::__errno_location()
    }
    #[cfg(any(target_os = "macos", target_os = "ios", target_os = "freebsd"))]
    // SAFETY: as above.
    unsafe {
        libc::__error()
    }
    #[cfg(windows)]
    // SAFETY: as above (the CRT's `_errno`).
    unsafe {
        libc::_errno()
    }
}

/// This thread's `errno`.
pub(crate) fn get() -> i32 {
    // SAFETY: `location` is this thread's errno, valid for the thread's life.
    unsafe { *location() }
}

/// Sets this thread's `errno`.
pub(crate) fn set(value: i32) {
    // SAFETY: as in `get`.
    unsafe { *location() = value }
}

/// The kept value (`ffi.errno()`).
pub(crate) fn kept() -> i32 {
    KEPT.with(Cell::get)
}

/// Sets the kept value (`ffi.errno(value)`, and a settled asynchronous call).
pub(crate) fn keep(value: i32) {
    KEPT.with(|k| k.set(value));
}

/// Called by compiled code right before the target: `errno` = the kept value.
pub(crate) extern "C" fn jitffi_errno_before() {
    set(kept());
}

/// Called by compiled code right after the target returns: the kept value =
/// `errno`. Reads `errno` before anything else can change it.
pub(crate) extern "C" fn jitffi_errno_after() {
    let e = get();
    keep(e);
}

/// The helpers compiled code imports, by name.
pub(crate) fn helper_symbols() -> [(&'static str, *const u8); 2] {
    [("jitffi_errno_before", jitffi_errno_before as *const u8), ("jitffi_errno_after", jitffi_errno_after as *const u8)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kept_value_goes_around_a_call() {
        keep(7);
        jitffi_errno_before();
        assert_eq!(get(), 7);
        set(34);
        jitffi_errno_after();
        set(0);
        assert_eq!(kept(), 34);
    }
}
