//! Per-stage benchmarks on generated wire coverage (`contra::corpus`): segment, attribute,
//! extract, align, engine and render, each on the output of the stage before it, for 1k
//! documents (`cargo bench --bench stages`). End to end and `pairs` are in `benches/scale.rs`.

use contra::engine::RuleSet;
use contra::ingest::{self, Corpus, IngestOptions};
use contra::lexicon::{Lexicon, RuleSource};
use contra::report::{Format, PrintOptions, printer};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const DOCS: usize = 1000;
const SEED: u64 = 1;

fn corpus(docs: usize) -> Corpus {
    let jsonl = contra::corpus::jsonl(docs, SEED);
    let mut corpus = Corpus::default();
    ingest::read_bytes(
        "bench.jsonl",
        Some("jsonl"),
        jsonl.as_bytes(),
        &IngestOptions::default(),
        Lexicon::bundled(),
        &mut corpus,
    )
    .expect("generated JSONL reads");
    corpus
}

fn stages(c: &mut Criterion) {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).expect("bundled rules load");
    let corpus = corpus(DOCS);
    let docs = &corpus.documents;
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();

    let mut g = c.benchmark_group(format!("stages-{DOCS}"));
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("ingest", |b| {
        let jsonl = contra::corpus::jsonl(DOCS, SEED);
        b.iter(|| {
            let mut corpus = Corpus::default();
            ingest::read_bytes(
                "bench.jsonl",
                Some("jsonl"),
                jsonl.as_bytes(),
                &IngestOptions::default(),
                lex,
                &mut corpus,
            )
            .unwrap();
            black_box(corpus.documents.len())
        })
    });
    g.bench_function("segment", |b| b.iter(|| docs.iter().map(|d| contra::segment::segment(d).len()).sum::<usize>()));
    let sentences: Vec<_> = docs.iter().map(contra::segment::segment).collect();
    g.bench_function("attribute", |b| {
        b.iter(|| {
            docs.iter().zip(&sentences).map(|(d, s)| contra::attribute::attribute(d, s, lex).len()).sum::<usize>()
        })
    });
    let attributed: Vec<_> =
        docs.iter().zip(&sentences).map(|(d, s)| contra::attribute::attribute(d, s, lex)).collect();
    g.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&attributed)
                .enumerate()
                .map(|(i, (d, a))| contra::extract::extract(i, d, a, lex).len())
                .sum::<usize>()
        })
    });
    let analysis = contra::analyze(corpus_clone(&corpus), lex);
    let claims = &analysis.claims;
    g.throughput(Throughput::Elements(claims.len() as u64));
    let options = contra::align::AlignOptions::default();
    g.bench_function("align", |b| b.iter(|| contra::align::align(claims, docs, lex, options).pairs.len()));
    let alignment = contra::align::align(claims, docs, lex, options);
    g.bench_function("engine", |b| b.iter(|| contra::engine::run(&rules, claims, docs, &alignment, lex).len()));
    g.throughput(Throughput::Bytes(bytes));
    let report = contra::check(corpus_clone(&corpus), &rules, lex);
    for (name, format) in [("render-json", Format::Json), ("render-text", Format::Text), ("render-md", Format::Md)] {
        g.bench_function(name, |b| {
            b.iter_batched(
                Vec::new,
                |mut out: Vec<u8>| {
                    printer(format, PrintOptions::default()).print(&report, &mut out).unwrap();
                    out.len()
                },
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}

fn corpus_clone(c: &Corpus) -> Corpus {
    Corpus { documents: c.documents.clone(), skipped: c.skipped.clone(), warnings: c.warnings.clone() }
}

criterion_group!(benches, stages);
criterion_main!(benches);
