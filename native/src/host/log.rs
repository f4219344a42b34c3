//! `JITFFI_DEBUG`: the crate's one logger. The variable is a comma list,
//! read once per process:
//!
//! * `ir`  — for each compiled trampoline: its canonical key, its tier and its
//!   Cranelift IR (with a legend naming every imported symbol);
//! * `asm` — the key, the tier and the machine code: Cranelift's VCode
//!   listing, then the size and a hex dump of the final bytes;
//! * `all` — both.
//!
//! Any non-empty value (even one naming no known category) also enables
//! `note`, the one-line messages other modules use (for example the silent
//! fallback to the interpreted path). Everything goes to stderr.

use std::sync::OnceLock;

/// What `JITFFI_DEBUG` asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Flags {
    /// The variable is set and non-empty.
    pub(crate) enabled: bool,
    pub(crate) ir: bool,
    pub(crate) asm: bool,
}

impl Flags {
    /// Parses a `JITFFI_DEBUG` value.
    pub(crate) fn parse(value: &str) -> Flags {
        let mut f = Flags { enabled: !value.trim().is_empty(), ..Flags::default() };
        for word in value.split(',').map(str::trim) {
            match word {
                "ir" => f.ir = true,
                "asm" => f.asm = true,
                "all" => {
                    f.ir = true;
                    f.asm = true;
                }
                _ => {}
            }
        }
        f
    }
}

/// The process's flags (the environment is read on first use only).
pub(crate) fn flags() -> Flags {
    static FLAGS: OnceLock<Flags> = OnceLock::new();
    *FLAGS.get_or_init(|| Flags::parse(&std::env::var("JITFFI_DEBUG").unwrap_or_default()))
}

/// Prints `jitffi: <msg>` to stderr when `JITFFI_DEBUG` is set.
pub(crate) fn note(msg: &str) {
    if flags().enabled {
        eprintln!("jitffi: {msg}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_comma_lists() {
        assert_eq!(Flags::parse(""), Flags::default());
        assert_eq!(Flags::parse("ir"), Flags { enabled: true, ir: true, asm: false });
        assert_eq!(Flags::parse("asm, ir"), Flags { enabled: true, ir: true, asm: true });
        assert_eq!(Flags::parse("all"), Flags { enabled: true, ir: true, asm: true });
        assert_eq!(Flags::parse("1"), Flags { enabled: true, ir: false, asm: false });
    }
}
