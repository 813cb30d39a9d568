//! A value the page did not produce is quoted short and inert: at most
//! `EXCERPT_CHARS` characters, line breaks as spaces, control and bidirectional
//! formatting characters removed (a cell could otherwise reorder the message around it).

pub const EXCERPT_CHARS: usize = 30;

pub fn excerpt(value: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in value.trim().chars() {
        let c = match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() || is_bidi_control(c) => continue,
            c => c,
        };
        if count == EXCERPT_CHARS {
            out.push('…');
            break;
        }
        out.push(c);
        count += 1;
    }
    out
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_single_line_without_bidi_controls() {
        assert_eq!(excerpt("a\u{202E}b\nc"), "ab c");
        let long = "x".repeat(100);
        assert_eq!(excerpt(&long), format!("{}…", "x".repeat(EXCERPT_CHARS)));
    }
}
