//! contra: checks news text for discrepancies and contradictions between sources.
//!
//! The pipeline, one module per stage:
//! `ingest -> segment -> attribute -> extract -> align -> engine -> report`.

pub mod align;
pub mod attribute;
#[cfg(feature = "corpus")]
pub mod corpus;
pub mod diagnostic;
pub mod engine;
pub mod error;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod pairs;
pub mod report;
pub mod review;
pub mod segment;
pub mod syntax;
pub mod text;
pub mod words;

pub use error::{Error, Result};
pub mod extract;
pub mod fasthash;

use lexicon::Lexicon;
use model::{Claim, Document, Skipped, Warning};
use rayon::prelude::*;
use std::time::{Duration, Instant};

/// Documents read and the claims drawn from them.
#[derive(Debug, Default)]
pub struct Analysis {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
}

/// What a run cost: counts and the time of each stage, for `--stats` and the scale
/// benchmarks (never asserted by a test).
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub documents: usize,
    /// Bytes of document text.
    pub bytes: usize,
    pub claims: usize,
    /// Claim pairs alignment scored (the cost blocking keeps near-linear).
    pub compared: usize,
    /// Candidate pairs kept and offered to the rules.
    pub pairs: usize,
    pub findings: usize,
    /// Stages in the order they ran.
    pub stages: Vec<Stage>,
}

/// One stage of a run: its wall time and the process's memory when it ended.
#[derive(Debug, Clone)]
pub struct Stage {
    pub name: &'static str,
    pub time: Duration,
    pub memory: Option<Memory>,
}

impl Stage {
    /// A stage that took `time` and has just ended.
    pub fn ended(name: &'static str, time: Duration) -> Stage {
        Stage { name, time, memory: Memory::now() }
    }
}

/// Resident memory in bytes, as the kernel counts it: now, and the peak so far.
#[derive(Debug, Clone, Copy)]
pub struct Memory {
    pub resident: u64,
    pub peak: u64,
}

impl Memory {
    /// Read from `/proc/self/status`; `None` where there is no such file (not Linux).
    pub fn now() -> Option<Memory> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let kib = |field: &str| {
            let line = status.lines().find(|l| l.starts_with(field))?;
            line[field.len()..].trim().trim_end_matches("kB").trim().parse::<u64>().ok().map(|k| k * 1024)
        };
        Some(Memory { resident: kib("VmRSS:")?, peak: kib("VmHWM:")? })
    }
}

impl Stats {
    fn time<T>(&mut self, stage: &'static str, f: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let out = f();
        self.stages.push(Stage::ended(stage, start.elapsed()));
        out
    }
}

/// Where a long run reports how far it got (the command line draws a progress bar).
pub trait Progress: Sync {
    /// A stage begins.
    fn stage(&self, _name: &'static str) {}
    /// A document of this many bytes of text has been analysed.
    fn advance(&self, _bytes: usize) {}
}

/// No progress shown.
pub struct Silent;
impl Progress for Silent {}

/// Runs segment -> attribute -> extract on every document, in parallel across documents
/// (rayon), and numbers the claims in document order (`c1`, `c2`, ...), so ids and output
/// do not depend on scheduling or the number of threads.
pub fn analyze(corpus: ingest::Corpus, lex: &Lexicon) -> Analysis {
    analyze_with(corpus, lex, &Silent)
}

/// `analyze`, telling `progress` of each document as it is done.
pub fn analyze_with(corpus: ingest::Corpus, lex: &Lexicon, progress: &dyn Progress) -> Analysis {
    let per_doc: Vec<Vec<Claim>> = corpus
        .documents
        .par_iter()
        .enumerate()
        .map(|(i, doc)| {
            let claims = claims_of(i, doc, lex);
            progress.advance(doc.text.len());
            claims
        })
        .collect();
    let mut claims = Vec::with_capacity(per_doc.iter().map(Vec::len).sum());
    for doc_claims in per_doc {
        claims.extend(doc_claims);
    }
    for (n, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{}", n + 1);
    }
    Analysis { documents: corpus.documents, claims, skipped: corpus.skipped, warnings: corpus.warnings }
}

/// The claims of one document.
pub fn claims_of(doc_index: usize, doc: &Document, lex: &Lexicon) -> Vec<Claim> {
    let sentences = segment::segment(doc);
    let attributed = attribute::attribute(doc, &sentences, lex);
    extract::extract(doc_index, doc, &attributed, lex)
}

/// The whole pipeline on a corpus: claims, alignment, findings, topics.
pub fn check(corpus: ingest::Corpus, rules: &engine::RuleSet, lex: &Lexicon) -> report::Report {
    check_with(corpus, rules, lex, &Silent).0
}

/// `check`, reporting progress through analysis (bytes of text done) and returning what
/// the run cost.
pub fn check_with(
    corpus: ingest::Corpus,
    rules: &engine::RuleSet,
    lex: &Lexicon,
    progress: &dyn Progress,
) -> (report::Report, Stats) {
    let mut stats = Stats {
        documents: corpus.documents.len(),
        bytes: corpus.documents.iter().map(|d| d.text.len()).sum(),
        ..Stats::default()
    };
    progress.stage("analyse");
    let mut analysis = stats.time("segment+attribute+extract", || analyze_with(corpus, lex, progress));
    progress.stage("align");
    let alignment = stats
        .time("align", || align::align(&analysis.claims, &analysis.documents, lex, align::AlignOptions::default()));
    // The claims' stems are alignment's input, now in its features: in a day of wire copy
    // they are hundreds of megabytes that nothing after it reads.
    for claim in &mut analysis.claims {
        claim.terms = Vec::new();
    }
    progress.stage("rules");
    let findings = stats.time("engine", || engine::run(rules, &analysis.claims, &analysis.documents, &alignment, lex));
    let links: Vec<Vec<usize>> = findings.iter().map(|f| f.all_members().collect()).collect();
    let topics = stats.time("topics", || align::topics(&analysis.claims, &alignment, &links));
    stats.claims = analysis.claims.len();
    stats.compared = alignment.compared;
    stats.pairs = alignment.pairs.len();
    stats.findings = findings.len();
    let report = report::Report {
        documents: analysis.documents,
        claims: analysis.claims,
        topics,
        findings,
        skipped: analysis.skipped,
        warnings: analysis.warnings,
    };
    (report, stats)
}
