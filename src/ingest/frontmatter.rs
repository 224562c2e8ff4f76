//! Front matter: a first line `---`, `key: value` lines, a closing `---`.
//! Keys are case-insensitive; a value may be double-quoted.

use crate::error::{Error, Result};

/// Parsed front matter: `(key, value, line)` in order, and where the body starts.
#[derive(Debug, Default)]
pub struct FrontMatter {
    pub fields: Vec<(String, String, usize)>,
    /// Byte offset of the body in the input text.
    pub body_start: usize,
    /// 1-based line number on which the body starts.
    pub body_line: usize,
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<(&str, usize)> {
        self.fields.iter().find(|(k, _, _)| k == key).map(|(_, v, l)| (v.as_str(), *l))
    }
}

/// Splits front matter off `text`. Text that does not open with a `---` line has none.
pub fn parse(origin: &str, text: &str) -> Result<FrontMatter> {
    // Without this, a 50 MB file on one line would be scanned for its first line break.
    if !text.starts_with("---") {
        return Ok(FrontMatter { body_line: 1, ..Default::default() });
    }
    let mut lines = LineIter::new(text);
    let Some((first, _)) = lines.next() else {
        return Ok(FrontMatter { body_line: 1, ..Default::default() });
    };
    if first.trim_end() != "---" {
        return Ok(FrontMatter { body_line: 1, ..Default::default() });
    }
    let mut fields = Vec::new();
    let mut line_no = 1;
    for (line, end) in lines.by_ref() {
        line_no += 1;
        let trimmed = line.trim();
        if trimmed == "---" {
            return Ok(FrontMatter { fields, body_start: end, body_line: line_no + 1 });
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            if !lines.any(|(l, _)| l.trim() == "---") {
                break;
            }
            return Err(bad(
                origin,
                line_no,
                format!("front matter line `{}` is not `key: value`", clip(trimmed)),
                "write it as `key: value`, or close the front matter with a line `---` before the text",
            ));
        };
        let key = key.trim().to_lowercase();
        if key.is_empty() || key.contains(char::is_whitespace) {
            return Err(bad(
                origin,
                line_no,
                format!("front matter key `{}` is not a single word", clip(key.as_str())),
                "use a key such as `outlet`, `published`, `title`, `url`, `language` or `role`",
            ));
        }
        let value =
            unquote(value.trim()).map_err(|why| bad(origin, line_no, why, "close the double quote or remove it"))?;
        fields.push((key, value, line_no));
    }
    Err(bad(
        origin,
        1,
        "front matter opened with `---` is never closed".to_string(),
        "add a line `---` after the last `key: value` line",
    ))
}

fn unquote(value: &str) -> std::result::Result<String, String> {
    let Some(rest) = value.strip_prefix('"') else {
        return Ok(value.to_string());
    };
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => break,
            },
            '"' => {
                let tail: String = chars.collect();
                if !tail.trim().is_empty() && !tail.trim().starts_with('#') {
                    return Err(format!("unexpected text `{}` after the closing quote", clip(tail.trim())));
                }
                return Ok(out);
            }
            _ => out.push(c),
        }
    }
    Err(format!("value `{}` opens a double quote that is never closed", clip(value)))
}

fn clip(s: &str) -> String {
    if s.chars().count() > 60 { format!("{}...", s.chars().take(57).collect::<String>()) } else { s.to_string() }
}

fn bad(origin: &str, line: usize, message: String, fix: &str) -> Error {
    Error::BadInput { origin: origin.to_string(), line, message, fix: fix.to_string() }
}

/// Lines with the byte offset just past their terminator; handles `\n`, `\r\n` and `\r`.
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> LineIter<'a> {
    fn new(text: &'a str) -> Self {
        LineIter { text, pos: 0 }
    }
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (&'a str, usize);
    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (line, advance) = match rest.find(['\n', '\r']) {
            Some(i) => {
                let term = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                (&rest[..i], i + term)
            }
            None => (rest, rest.len()),
        };
        self.pos += advance;
        Some((line, self.pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_keys_case_insensitively_and_unquotes() {
        let text = "---\nOutlet: BTA\npublished: 2025-10-22\ntitle: \"US officials confirm: Trump\"\n---\nBody text.";
        let fm = parse("a.txt", text).unwrap();
        assert_eq!(fm.get("outlet").unwrap().0, "BTA");
        assert_eq!(fm.get("title").unwrap().0, "US officials confirm: Trump");
        assert_eq!(fm.get("published").unwrap().1, 3);
        assert_eq!(&text[fm.body_start..], "Body text.");
        assert_eq!(fm.body_line, 6);
    }

    #[test]
    fn no_front_matter_means_whole_text_is_body() {
        let fm = parse("a.txt", "Zelensky said on Tuesday that Ukraine has accepted.").unwrap();
        assert!(fm.fields.is_empty());
        assert_eq!(fm.body_start, 0);
    }

    #[test]
    fn unclosed_front_matter_is_an_error_naming_the_fix() {
        let err = parse("a.txt", "---\noutlet: BTA\nThe White House said Tuesday.").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("a.txt:"), "{msg}");
        assert!(msg.contains("never closed"), "{msg}");
    }

    #[test]
    fn a_line_without_colon_names_its_line() {
        let err = parse("a.md", "---\noutlet: BTA\npublished 2025-10-22\n---\ntext").unwrap_err();
        assert!(err.to_string().starts_with("a.md:3:"), "{err}");
    }

    #[test]
    fn crlf_front_matter() {
        let fm = parse("a.txt", "---\r\noutlet: AP\r\n---\r\nHaiti issued a toll.").unwrap();
        assert_eq!(fm.get("outlet").unwrap().0, "AP");
        assert_eq!(fm.body_line, 4);
    }
}
