//! Segmentation and claim extraction on any text: every sentence and claim span lies on
//! char boundaries inside the document and slices to the words it claims.
#![no_main]

use contra::ingest::{IngestOptions, document_from_text, parse_date};
use contra::lexicon::Lexicon;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lex = Lexicon::bundled();
    let options =
        IngestOptions { published: parse_date("2025-10-22"), outlet: Some("AP".into()), ..Default::default() };
    let doc = document_from_text("fuzz", &text, &options, lex);
    let t = &doc.text;
    for s in contra::segment::segment(&doc) {
        assert!(s.span.end <= t.len() && t.is_char_boundary(s.span.start) && t.is_char_boundary(s.span.end));
    }
    for c in contra::claims_of(0, &doc, lex) {
        assert!(c.span.end <= t.len() && t.is_char_boundary(c.span.start) && t.is_char_boundary(c.span.end));
        assert_eq!(&t[c.span.start..c.span.end], c.text.as_str());
        assert!(c.sentence_span.contains(c.span));
    }
});
