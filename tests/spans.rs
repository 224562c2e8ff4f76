//! Spans are the backbone of every report: a claim's span must slice the document's text
//! to exactly the claim's words, whatever comes before it.

use contra::ingest::{IngestOptions, document_from_text, parse_date};
use contra::lexicon::Lexicon;
use proptest::prelude::*;

const FIXTURES: &[&str] = &[
    include_str!("../examples/budapest-press-review.txt"),
    include_str!("fixtures/dev-01.txt"),
    include_str!("fixtures/dev-03.txt"),
    include_str!("fixtures/dev-06.txt"),
    include_str!("fixtures/dev-12.txt"),
    include_str!("fixtures/dev-15.txt"),
];

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let lex = Lexicon::bundled();
    let options =
        IngestOptions { published: parse_date("2025-10-22"), outlet: Some("BTA".into()), ..Default::default() };
    let doc = document_from_text("p", text, &options, lex);
    for c in contra::claims_of(0, &doc, lex) {
        prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        prop_assert_eq!(&text[c.span.start..c.span.end], c.text.as_str());
        prop_assert_eq!(&text[c.sentence_span.start..c.sentence_span.end], c.sentence.as_str());
        prop_assert!(c.sentence_span.contains(c.span));
        for q in &c.quantities {
            prop_assert_eq!(&text[q.span.start..q.span.end], q.text.as_str());
        }
        for t in &c.times {
            prop_assert_eq!(&text[t.span.start..t.span.end], t.text.as_str());
        }
    }
    Ok(())
}

/// The body of a fixture (its front matter removed, as ingest does).
fn body(fixture: &str) -> &str {
    match fixture.strip_prefix("---\n").and_then(|rest| rest.find("\n---\n").map(|i| &rest[i + 5..])) {
        Some(b) => b,
        None => fixture,
    }
}

#[test]
fn spans_slice_every_fixture() {
    for f in FIXTURES {
        check_spans(body(f)).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Arbitrary text (any Unicode, quotes, line breaks) before a real article.
    #[test]
    fn spans_survive_an_arbitrary_prefix(prefix in "\\PC{0,80}", which in 0..FIXTURES.len(), newline in proptest::bool::ANY) {
        let sep = if newline { "\n\n" } else { " " };
        let text = format!("{prefix}{sep}{}", body(FIXTURES[which]));
        check_spans(&text)?;
    }

    /// Fragments of real sentences glued together with punctuation and quotes.
    #[test]
    fn spans_survive_recombined_fragments(pieces in proptest::collection::vec((0..FIXTURES.len(), 0usize..4000, 1usize..300, "[ \\n\"“”'.,;:—-]{0,3}"), 1..8)) {
        let mut text = String::new();
        for (which, start, len, glue) in pieces {
            let b = body(FIXTURES[which]);
            let mut s = start.min(b.len());
            while !b.is_char_boundary(s) { s -= 1; }
            let mut e = (s + len).min(b.len());
            while !b.is_char_boundary(e) { e -= 1; }
            text.push_str(&b[s..e]);
            text.push_str(&glue);
        }
        check_spans(&text)?;
    }
}
