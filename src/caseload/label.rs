//! A counsellor's own text shown back (a file's label, a column's header): at most
//! `LABEL_CHARS` characters, line breaks as spaces, control and direction-changing
//! characters removed. A cell's value quoted in a message is shorter still
//! (`i18n::excerpt`).

use crate::i18n::is_bidi_control;

pub const LABEL_CHARS: usize = 30;

pub fn label(value: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in value.trim().chars() {
        let c = match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}') => continue,
            c => c,
        };
        if count == LABEL_CHARS {
            out.push('…');
            break;
        }
        out.push(c);
        count += 1;
    }
    out
}

/// A cell's value, quoted in a message: `i18n::excerpt`, the one excerpt of the
/// interface, of the value without its surrounding spaces.
pub fn quoted(value: &str) -> String {
    crate::i18n::excerpt(value.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_single_line_without_direction_controls() {
        assert_eq!(label("a\u{202E}b\nc"), "ab c");
        assert_eq!(label(&"x".repeat(100)), format!("{}…", "x".repeat(LABEL_CHARS)));
    }
}
