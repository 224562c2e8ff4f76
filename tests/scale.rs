//! Generated corpora (`contra::corpus`, wording never used to tune rules): the report is
//! byte-identical whatever the number of threads, the generator is deterministic, the
//! command line streams a JSONL corpus and keeps quiet when asked, and the pairs command
//! answers in input order. No test here asserts a time.

use contra::engine::RuleSet;
use contra::ingest::{self, Corpus, IngestOptions};
use contra::lexicon::{Lexicon, RuleSource};
use contra::report::{Format, PrintOptions, printer};
use std::process::Command;

mod common;
use common::Scratch;

fn corpus_of(jsonl: &str) -> Corpus {
    let mut corpus = Corpus::default();
    let lex = Lexicon::bundled();
    ingest::read_bytes("gen.jsonl", Some("jsonl"), jsonl.as_bytes(), &IngestOptions::default(), lex, &mut corpus)
        .expect("generated JSONL reads");
    corpus
}

/// The JSON report of a corpus checked on a rayon pool of `threads` threads.
fn report_with_threads(jsonl: &str, threads: usize) -> String {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).expect("bundled rules load");
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a pool");
    pool.install(|| {
        let report = contra::check(corpus_of(jsonl), &rules, lex);
        printer(Format::Json, PrintOptions::default()).render(&report)
    })
}

#[test]
fn report_is_identical_on_one_thread_and_many() {
    let jsonl = contra::corpus::jsonl(40, 11);
    let one = report_with_threads(&jsonl, 1);
    let many = report_with_threads(&jsonl, 4);
    assert!(one.contains("\"findings\""), "a report");
    assert!(one == many, "the report depends on the number of threads");
}

#[test]
fn claims_are_numbered_in_document_order_on_any_pool() {
    let jsonl = contra::corpus::jsonl(12, 5);
    let lex = Lexicon::bundled();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(3).build().unwrap();
    let analysis = pool.install(|| contra::analyze(corpus_of(&jsonl), lex));
    assert!(analysis.claims.len() > 12 * 10, "generated articles carry many claims");
    assert!(analysis.claims.windows(2).all(|w| w[0].doc <= w[1].doc));
    for (n, c) in analysis.claims.iter().enumerate() {
        assert_eq!(c.id, format!("c{}", n + 1));
    }
}

#[test]
fn json_written_an_element_at_a_time_equals_the_whole_value() {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).expect("bundled rules load");
    let mut seed = Corpus::default();
    ingest::read_paths(&["examples/budapest-press-review.txt".to_string()], &IngestOptions::default(), lex)
        .map(|c| seed = c)
        .expect("the seed reads");
    let empty = Corpus::default();
    for (name, corpus) in [
        ("seed", seed),
        ("generated", corpus_of(&contra::corpus::jsonl(15, 7))),
        ("rare", rare_fields()),
        ("empty", empty),
    ] {
        let report = contra::check(corpus, &rules, lex);
        let mut streamed = Vec::new();
        contra::report::json::write_pretty(&report, &mut streamed).unwrap();
        let whole = contra::report::json::to_string(&report);
        assert!(String::from_utf8(streamed).unwrap() == whole, "{name}: streamed JSON differs from the whole value");
        if name == "rare" {
            for key in ["\"high\"", "\"distributive\"", "\"metadata\"", "\"message\"", "\"status\": \"skipped\""] {
                assert!(whole.contains(key), "the rare-fields corpus no longer brings out {key}");
            }
        }
    }
}

/// Inputs that bring out the fields most reports lack (a range's `high`, a per-item
/// figure, metadata, a skipped input, a warning, a document checked in part), so the
/// streamed JSON is compared on them too.
fn rare_fields() -> Corpus {
    let long = "Officials said 12 people were hurt in the attack, Reuters reported. ".repeat(40);
    let jsonl = [
        serde_json::json!({"id": "a", "outlet": "AP", "published": "2024-03-04", "desk": "World",
            "text": "Between 10,000 and 20,000 people were displaced by the floods, officials said on Monday. \
                     Each family received 500 euros each."}),
        serde_json::json!({"id": "b", "text": ""}),
        serde_json::json!({"id": "c", "outlet": "BBC", "published": "2024-03-05", "text": long}),
    ]
    .map(|v| v.to_string())
    .join("\n");
    let options = IngestOptions { max_document_bytes: Some(1024), ..IngestOptions::default() };
    let mut corpus = Corpus::default();
    ingest::read_bytes("rare.jsonl", Some("jsonl"), jsonl.as_bytes(), &options, Lexicon::bundled(), &mut corpus)
        .expect("the JSONL reads");
    corpus
}

/// A fresh directory for one test, removed after it.
fn scratch(name: &str) -> Scratch {
    Scratch::new("contra-scale", name)
}

#[test]
fn command_line_output_is_the_same_with_rayon_num_threads_1() {
    let dir = scratch("threads");
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, contra::corpus::jsonl(30, 3)).unwrap();
    let run = |threads: Option<&str>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_contra"));
        cmd.args(["check", path.to_str().unwrap(), "--format", "json", "--quiet", "--stats"]);
        if let Some(t) = threads {
            cmd.env("RAYON_NUM_THREADS", t);
        }
        cmd.output().expect("run contra")
    };
    let (one, default) = (run(Some("1")), run(None));
    assert_eq!(one.status.code(), default.status.code());
    assert!(!one.stdout.is_empty());
    assert!(one.stdout == default.stdout, "output differs between RAYON_NUM_THREADS=1 and the default");
    // --stats goes to stderr, never into the report; not a terminal, so no progress bar.
    let err = String::from_utf8_lossy(&one.stderr);
    assert!(err.contains("stats: 30 documents"), "{err}");
    assert!(err.contains("compared pairs"), "{err}");
    assert!(!err.contains('\r'), "no progress bar when stderr is not a terminal: {err:?}");
}

#[test]
fn pairs_keep_input_order_across_chunks() {
    let dir = scratch("pairs");
    let path = dir.join("pairs.jsonl");
    // More pairs than one parallel chunk.
    std::fs::write(&path, contra::corpus::pairs_jsonl(300, 2)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(["pairs", path.to_str().unwrap(), "--quiet"])
        .output()
        .expect("run contra");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    let expected: Vec<String> = (1..=300).map(|i| format!("p{i}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn a_broken_pair_line_stops_after_the_lines_before_it() {
    let dir = scratch("pairs-broken");
    let mut text = contra::corpus::pairs_jsonl(3, 1);
    text.push_str("{\"id\": \"p4\", \"a\": \n");
    let path = dir.join("pairs.jsonl");
    std::fs::write(&path, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_contra")).args(["pairs", path.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
    assert!(String::from_utf8_lossy(&out.stderr).contains("pairs.jsonl:4: not a pair"));
}
