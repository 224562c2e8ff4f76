//! The cargo-fuzz targets (fuzz/fuzz_targets/) as plain tests: every seed in fuzz/seeds/
//! and every input a fuzz run found a crash with (kept in fuzz/regressions/TARGET/) goes
//! through the same calls as the target, so `cargo test` keeps each crash fixed without
//! the nightly toolchain.

use contra::engine::{RuleSet, check_examples};
use contra::ingest::{Corpus, IngestOptions, document_from_text, parse_date, read_bytes};
use contra::lexicon::{Lexicon, RuleFile, RuleSource};
use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for kind in ["seeds", "regressions"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(kind).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths {
            out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
        }
    }
    assert!(!out.is_empty(), "no inputs for fuzz target {target}");
    out
}

fn ingest(data: &[u8]) {
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
}

fn frontmatter(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = if data.first().is_some_and(|b| b & 1 == 1) { format!("---\n{text}") } else { text.into_owned() };
    if let Ok(fm) = contra::ingest::frontmatter::parse("fuzz", &text) {
        assert!(fm.body_line >= 1);
    }
}

fn segment(data: &[u8]) {
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
}

const FOLDERS: &[&str] =
    &["polarity", "numbers", "time", "agreement", "stance", "event-status", "denial", "update", "opposed", "tone"];

fn rules(data: &[u8]) {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let mut source = RuleSource::bundled();
    source.files.retain(|f| f.rel.starts_with("lexicon/"));
    let rel = format!("{}/fuzz.toml", FOLDERS[pick as usize % FOLDERS.len()]);
    source.files.push(RuleFile { display: format!("rules/{rel}"), rel, text: text.to_string() });
    let lex = Lexicon::bundled();
    match RuleSet::load(&source, lex) {
        Ok(rules) => {
            let _ = check_examples(&rules, lex);
        }
        Err(diags) => assert!(!diags.is_empty()),
    }
}

fn pairs(data: &[u8]) {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).expect("bundled rules load");
    let mut out = Vec::new();
    let _ = contra::pairs::stream("fuzz.jsonl", data, &mut out, &rules, lex);
}

fn run(target: &str, f: fn(&[u8])) {
    for (path, data) in inputs(target) {
        if std::panic::catch_unwind(|| f(&data)).is_err() {
            panic!("fuzz target {target} panics on {path}");
        }
    }
}

#[test]
fn fuzz_ingest_inputs() {
    run("ingest", ingest);
}

#[test]
fn fuzz_frontmatter_inputs() {
    run("frontmatter", frontmatter);
}

#[test]
fn fuzz_segment_inputs() {
    run("segment", segment);
}

#[test]
fn fuzz_rules_inputs() {
    run("rules", rules);
}

#[test]
fn fuzz_pairs_inputs() {
    run("pairs", pairs);
}
