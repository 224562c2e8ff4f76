//! Ingest of one input's bytes: decoding (UTF-8, UTF-16, binary), front matter, JSON and
//! JSONL. The first byte picks how the input is named (.txt, .md, .json, .jsonl); errors
//! are fine, panics are not, and a document read must keep its text on char boundaries.
#![no_main]

use contra::ingest::{Corpus, IngestOptions, parse_date, read_bytes};
use contra::lexicon::Lexicon;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let ext = [None, Some("md"), Some("json"), Some("jsonl")][(pick % 4) as usize];
    let options = IngestOptions {
        published: if pick & 4 != 0 { parse_date("2025-10-22") } else { None },
        today: parse_date("2026-01-01"),
        max_document_bytes: Some(4096),
        ..Default::default()
    };
    let mut corpus = Corpus::default();
    if read_bytes("fuzz", ext, bytes, &options, Lexicon::bundled(), &mut corpus).is_ok() {
        for d in &corpus.documents {
            assert!(d.text.len() <= 4096 + 4, "the size cap holds");
            let _ = d.line_col(d.text.len());
        }
    }
});
