//! Bytes to text as spreadsheets write CSV (README, "Caseload"): UTF-8 with or
//! without a byte-order mark, and anything else as Windows-1252 (Excel's plain "CSV" on
//! Windows). A spreadsheet saved as `.xlsx` or `.ods` is a zip: recognised by its first
//! bytes, so the person is told to save it as CSV rather than shown garbage.

use super::FileError;

/// The second half of Windows-1252's upper range differs from Latin-1 only in
/// 0x80–0x9F; these are its characters there (U+FFFD where the code page has none).
const CP1252_80_9F: [char; 32] = [
    '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž', '\u{FFFD}',
    '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{FFFD}', 'ž', 'Ÿ',
];

/// The text of a file, or why it is not a CSV file.
pub fn decode(bytes: &[u8]) -> Result<String, FileError> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Err(FileError::Spreadsheet);
    }
    // A text file has no NUL byte; images, PDFs and old `.xls` files do (UTF-16, which
    // Excel calls "Unicode text", too: it is not one of the CSV formats it writes).
    if bytes.iter().take(4096).any(|b| *b == 0) {
        return Err(FileError::NotText);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    Ok(match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => windows_1252(bytes),
    })
}

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_80_9F[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_accents_and_quotes() {
        assert_eq!(decode(b"Re\xE7ue le;\x93ok\x94 \x80").unwrap(), "Reçue le;“ok” €");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("\u{FEFF}reçue le".as_bytes()).unwrap(), "reçue le");
        assert_eq!(decode("reçue le".as_bytes()).unwrap(), "reçue le");
    }

    #[test]
    fn zip_and_binary_are_refused() {
        assert_eq!(decode(b"PK\x03\x04\x14\x00"), Err(FileError::Spreadsheet));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\x00\x00"), Err(FileError::NotText));
    }
}
