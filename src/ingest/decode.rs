//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and invalid UTF-8 decoded
//! with replacement characters. Binary data is recognised so it can be skipped, not mangled.

/// The outcome of decoding a file's bytes.
#[derive(Debug, PartialEq)]
pub enum Decoded {
    Text { text: String, warning: Option<String> },
    Binary,
}

pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, 2, u16::from_le_bytes, "UTF-16LE (byte-order mark at byte 0)");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, 2, u16::from_be_bytes, "UTF-16BE (byte-order mark at byte 0)");
    }
    if let Some(little_endian) = looks_utf16(bytes) {
        return if little_endian {
            decode_utf16(bytes, 0, u16::from_le_bytes, "UTF-16LE (no byte-order mark; told by its zero bytes)")
        } else {
            decode_utf16(bytes, 0, u16::from_be_bytes, "UTF-16BE (no byte-order mark; told by its zero bytes)")
        };
    }
    if looks_binary(bytes) {
        return Decoded::Binary;
    }
    decode_utf8(bytes, 0)
}

/// UTF-16 without a byte-order mark, as some Windows tools save text: in the first block,
/// most characters are ASCII, so one byte of nearly every pair is zero and always the same
/// one. `Some(true)` for little-endian. Binary data has zeros at both positions.
fn looks_utf16(bytes: &[u8]) -> Option<bool> {
    let head = &bytes[..bytes.len().min(8192) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd, mut both) = (0, 0, 0);
    for p in head.chunks_exact(2) {
        match (p[0] == 0, p[1] == 0) {
            (true, true) => both += 1,
            (true, false) => even += 1,
            (false, true) => odd += 1,
            (false, false) => {}
        }
    }
    // `both` are NUL characters, which text does not hold.
    if both * 50 > pairs {
        return None;
    }
    if odd * 10 >= pairs * 7 && even * 50 <= pairs {
        Some(true)
    } else if even * 10 >= pairs * 7 && odd * 50 <= pairs {
        Some(false)
    } else {
        None
    }
}

fn decode_utf8(bytes: &[u8], offset: usize) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Text { text: text.to_string(), warning: None },
        Err(e) => {
            let first = offset + e.valid_up_to();
            let bad = count_invalid(bytes);
            Decoded::Text {
                text: String::from_utf8_lossy(bytes).into_owned(),
                warning: Some(format!(
                    "invalid UTF-8 at byte {first} ({bad} invalid sequence{}, replaced with U+FFFD); re-save the file as UTF-8",
                    if bad == 1 { "" } else { "s" }
                )),
            }
        }
    }
}

fn count_invalid(mut bytes: &[u8]) -> usize {
    let mut count = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return count,
            Err(e) => {
                count += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(bytes.len() - e.valid_up_to());
                bytes = &bytes[skip..];
            }
        }
    }
}

/// `bom` is the length of the byte-order mark before `bytes`, for offsets in messages.
fn decode_utf16(bytes: &[u8], bom: usize, word: fn([u8; 2]) -> u16, name: &str) -> Decoded {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| word([c[0], c[1]])).collect();
    let text: String = char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    let odd = bytes.len() % 2 == 1;
    let mut warning = format!("decoded from {name}");
    if odd {
        warning.push_str(&format!("; the last byte (offset {}) is incomplete and was dropped", bom + bytes.len() - 1));
    }
    if text.contains(char::REPLACEMENT_CHARACTER) {
        warning.push_str("; unpaired surrogates were replaced with U+FFFD");
    }
    Decoded::Text { text, warning: Some(warning) }
}

/// NUL bytes or a high share of control characters in the first block mean binary data.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    !head.is_empty() && control * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_and_located() {
        let bytes = b"Preval said 170,000 \xff\xfe people.";
        let Decoded::Text { text, warning } = decode(bytes) else { panic!("not text") };
        assert!(text.contains('\u{FFFD}'));
        assert!(text.starts_with("Preval said 170,000 "));
        let warning = warning.unwrap();
        assert!(warning.contains("byte 20"), "{warning}");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Kyiv said".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let Decoded::Text { text, .. } = decode(&bytes) else { panic!() };
        assert_eq!(text, "Kyiv said");
    }

    #[test]
    fn utf16_without_bom_is_told_by_its_zero_bytes() {
        for little in [true, false] {
            let mut bytes = Vec::new();
            for u in "Киев said 37 were killed.".encode_utf16() {
                bytes.extend_from_slice(&if little { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            let Decoded::Text { text, warning } = decode(&bytes) else { panic!("not text") };
            assert_eq!(text, "Киев said 37 were killed.");
            assert!(warning.unwrap().contains("no byte-order mark"));
        }
    }

    #[test]
    fn odd_utf16_and_lone_surrogates_are_replaced_not_fatal() {
        let Decoded::Text { text, warning } = decode(&[0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42]) else { panic!() };
        assert_eq!(text, "A\u{FFFD}");
        let warning = warning.unwrap();
        assert!(warning.contains("incomplete") && warning.contains("surrogates"), "{warning}");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"\x7fELF\x02\x01\x01\x00\x00\x00"), Decoded::Binary);
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let Decoded::Text { text, warning } = decode(b"\xEF\xBB\xBFAP says") else { panic!() };
        assert_eq!(text, "AP says");
        assert!(warning.is_none());
    }
}
