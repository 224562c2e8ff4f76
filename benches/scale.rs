//! End-to-end benchmarks on generated wire coverage (`contra::corpus`): `check` from JSONL
//! text to the JSON report on 1k and 10k documents, and `pairs` on generated sentence pairs
//! and on SICK (`cargo bench --bench scale`). Few samples for 10k, so a run stays within
//! minutes.
//!
//! SICK is not in the repository (its licence is not ours to relicense) and a benchmark
//! must not reach outside it on its own, so `pairs/sick` runs only when `CONTRA_BENCH_SICK`
//! names a SICK pairs file, e.g. `CONTRA_BENCH_SICK=../shared/eval/pairs/sick-test.jsonl`;
//! without it the benchmark says so on stderr and is skipped.

use contra::engine::RuleSet;
use contra::ingest::{self, Corpus, IngestOptions};
use contra::lexicon::{Lexicon, RuleSource};
use contra::report::{Format, PrintOptions, printer};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use std::time::Duration;

const SEED: u64 = 1;

/// JSONL text -> documents -> report -> JSON, as `contra check FILE --format json` does
/// after start-up.
fn check_jsonl(jsonl: &str, rules: &RuleSet, lex: &Lexicon) -> usize {
    let mut corpus = Corpus::default();
    ingest::read_bytes("bench.jsonl", Some("jsonl"), jsonl.as_bytes(), &IngestOptions::default(), lex, &mut corpus)
        .expect("generated JSONL reads");
    let report = contra::check(corpus, rules, lex);
    let mut out = Vec::new();
    printer(Format::Json, PrintOptions::default()).print(&report, &mut out).unwrap();
    out.len()
}

fn end_to_end(c: &mut Criterion) {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).expect("bundled rules load");
    let mut g = c.benchmark_group("check");
    g.sampling_mode(SamplingMode::Flat);
    for docs in [1_000usize, 10_000] {
        let jsonl = contra::corpus::jsonl(docs, SEED);
        g.throughput(Throughput::Bytes(jsonl.len() as u64));
        g.sample_size(10);
        g.measurement_time(Duration::from_secs(if docs > 1_000 { 120 } else { 30 }));
        g.bench_function(format!("{docs}-docs"), |b| b.iter(|| check_jsonl(&jsonl, &rules, lex)));
    }
    g.finish();
}

fn pairs(c: &mut Criterion) {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).expect("bundled rules load");
    let n = 2_000;
    let input = contra::corpus::pairs_jsonl(n, SEED);
    let mut g = c.benchmark_group("pairs");
    g.sample_size(10);
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function(format!("{n}-generated-pairs"), |b| {
        b.iter(|| {
            let mut out = Vec::new();
            contra::pairs::stream("bench", input.as_bytes(), &mut out, &rules, lex, &contra::Silent).unwrap()
        })
    });
    match std::env::var_os("CONTRA_BENCH_SICK").map(std::fs::read) {
        Some(Ok(sick)) => {
            let lines = sick.split(|&b| b == b'\n').filter(|l| !l.trim_ascii().is_empty()).count();
            g.throughput(Throughput::Elements(lines as u64));
            g.bench_function("sick", |b| {
                b.iter(|| {
                    let mut out = Vec::new();
                    contra::pairs::stream("sick", &sick[..], &mut out, &rules, lex, &contra::Silent).unwrap()
                })
            });
        }
        Some(Err(e)) => eprintln!("pairs/sick skipped: CONTRA_BENCH_SICK cannot be read: {e}"),
        None => eprintln!("pairs/sick skipped: set CONTRA_BENCH_SICK to a SICK pairs JSONL file to run it"),
    }
    g.finish();
}

criterion_group!(benches, end_to_end, pairs);
criterion_main!(benches);
