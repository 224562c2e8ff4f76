//! Streaming JSONL: a `.jsonl` file -> documents, read a line at a time (BufRead), so that
//! memory holds the documents but not also the whole file and a decoded copy of it.
//!
//! Only the plain case streams: UTF-8 lines of JSON objects. Anything else (a byte-order
//! mark, NUL bytes, invalid UTF-8, a lone carriage return, a line that is not JSON, a file
//! with no document) rolls back what this file added and leaves it to the whole-file
//! reader, so every odd input gets exactly the warnings, skips and errors it always got.

use super::{Corpus, IngestOptions, json};
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use std::io::BufRead;
use std::path::Path;

/// Reads `path` as JSONL into `corpus`. `Ok(false)` means it did not stream (nothing was
/// added): read it whole instead.
pub(super) fn read_jsonl_file(
    path: &Path,
    origin: &str,
    options: &IngestOptions,
    lexicon: &Lexicon,
    corpus: &mut Corpus,
) -> Result<bool> {
    let Ok(file) = std::fs::File::open(path) else { return Ok(false) };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let before = (corpus.documents.len(), corpus.skipped.len(), corpus.warnings.len());
    let rollback = |corpus: &mut Corpus| {
        corpus.documents.truncate(before.0);
        corpus.skipped.truncate(before.1);
        corpus.warnings.truncate(before.2);
        Ok(false)
    };
    let mut buf: Vec<u8> = Vec::new();
    let mut line_no = 0;
    let mut objects = 0;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).map_err(|e| Error::Io { path: origin.to_string(), source: e })?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let bom = line_no == 1
            && (buf.starts_with(&[0xEF, 0xBB, 0xBF])
                || buf.starts_with(&[0xFF, 0xFE])
                || buf.starts_with(&[0xFE, 0xFF]));
        if bom || buf.contains(&0) {
            return rollback(corpus);
        }
        let Ok(line) = std::str::from_utf8(&buf) else { return rollback(corpus) };
        // `str::lines` ends a line at "\n" or "\r\n"; any other carriage return is the
        // whole-file reader's business.
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.contains('\r') {
            return rollback(corpus);
        }
        if line.trim().is_empty() {
            continue;
        }
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else { return rollback(corpus) };
        json::read_object(&format!("{origin}:{line_no}"), origin, line_no, value, options, lexicon, corpus)?;
        objects += 1;
    }
    if objects == 0 {
        return rollback(corpus);
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::read_bytes;

    /// The streamed corpus and the whole-file corpus of the same bytes, each summarised
    /// (or the error it ended in), and whether the file streamed.
    fn both(name: &str, bytes: &[u8]) -> (Vec<String>, Vec<String>, bool) {
        let dir = std::env::temp_dir().join(format!("contra-stream-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("wire.jsonl");
        std::fs::write(&path, bytes).unwrap();
        let origin = path.display().to_string();
        let (options, lex) = (IngestOptions::default(), Lexicon::bundled());
        let mut streamed = Corpus::default();
        let did = read_jsonl_file(&path, &origin, &options, lex, &mut streamed).unwrap();
        let streamed = if did {
            summary(&streamed)
        } else {
            outcome(read_bytes(&origin, Some("jsonl"), bytes, &options, lex, &mut streamed).map(|()| streamed))
        };
        let mut whole = Corpus::default();
        let whole = outcome(read_bytes(&origin, Some("jsonl"), bytes, &options, lex, &mut whole).map(|()| whole));
        std::fs::remove_dir_all(&dir).ok();
        (streamed, whole, did)
    }

    fn outcome(read: Result<Corpus>) -> Vec<String> {
        match read {
            Ok(corpus) => summary(&corpus),
            Err(e) => vec![format!("error {e:?}")],
        }
    }

    fn summary(c: &Corpus) -> Vec<String> {
        let docs =
            c.documents.iter().map(|d| format!("{} {} {:?} {:?} {}", d.id, d.origin, d.outlet, d.published, d.text));
        docs.chain(c.warnings.iter().map(|w| format!("warn {} {}", w.origin, w.message)))
            .chain(c.skipped.iter().map(|s| format!("skip {} {}", s.origin, s.reason)))
            .collect()
    }

    #[test]
    fn streamed_documents_equal_whole_file_documents() {
        let text = "{\"id\":\"a1\",\"outlet\":\"AP\",\"published\":\"2019-01-21\",\"text\":\"AP says 45 were killed.\"}\r\n\n  \n{\"id\":\"a2\",\"text\":\"AFP reports 65.\",\"section\":\"world\"}\n{\"id\":\"a3\",\"text\":\"  \"}";
        let (streamed, whole, did) = both("plain", text.as_bytes());
        assert!(did);
        assert_eq!(streamed, whole);
        assert!(streamed[1].starts_with("a2 ") && streamed[1].contains(":4 "), "{streamed:?}");
    }

    #[test]
    fn odd_files_fall_back_to_the_whole_file_reader() {
        for (name, bytes) in [
            ("bom", b"\xEF\xBB\xBF{\"text\":\"One.\"}\n".to_vec()),
            ("invalid", b"{\"text\":\"One \xff.\"}\n".to_vec()),
            ("cr", b"{\"text\":\"One.\"}\r{\"text\":\"Two.\"}\r".to_vec()),
            ("empty", b"\n \n".to_vec()),
        ] {
            let (streamed, whole, did) = both(name, &bytes);
            assert!(!did, "{name} streamed");
            assert_eq!(streamed, whole, "{name}");
        }
    }
}
