//! What `JITFFI_DEBUG=ir,asm` prints for each compiled function: the
//! header line and the machine-code listing (the flags themselves are read
//! by `host::log`).

use std::fmt::Write as _;

/// The header printed for each compiled trampoline.
pub(crate) fn compile_header(key: &str, tier: &str) -> String {
    format!("jitffi: compiled {key} [{tier} tier]")
}

/// Formats the machine code: VCode listing (if any), size, hex dump.
pub(crate) fn format_asm(vcode: Option<&str>, code: &[u8]) -> String {
    let mut out = String::new();
    if let Some(listing) = vcode {
        out.push_str(listing);
        if !listing.ends_with('\n') {
            out.push('\n');
        }
    }
    let _ = writeln!(out, "; {} bytes of machine code", code.len());
    for (row, chunk) in code.chunks(16).enumerate() {
        let _ = write!(out, "; {:04x}:", row * 16);
        for byte in chunk {
            let _ = write!(out, " {byte:02x}");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_dump_rows() {
        let text = format_asm(None, &[0u8; 17]);
        assert!(text.starts_with("; 17 bytes of machine code\n; 0000: 00"));
        assert!(text.contains("\n; 0010: 00\n"));
    }
}
