//! contra: checks news text for discrepancies and contradictions between sources.
//!
//! The pipeline, one module per stage:
//! `ingest -> segment -> attribute -> extract -> align -> engine -> report`.

pub mod align;
#[cfg(feature = "corpus")]
pub mod corpus;
pub mod attribute;
pub mod diagnostic;
pub mod engine;
pub mod error;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod pairs;
pub mod report;
pub mod segment;
pub mod syntax;
pub mod text;
pub mod words;

pub use error::{Error, Result};
pub mod extract;
pub mod fasthash;

use lexicon::Lexicon;
use model::{Claim, Document, Skipped, Warning};

/// Documents read and the claims drawn from them.
#[derive(Debug, Default)]
pub struct Analysis {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
}

/// Runs segment -> attribute -> extract on every document and numbers the claims in
/// document order (`c1`, `c2`, ...), so ids do not depend on scheduling.
pub fn analyze(corpus: ingest::Corpus, lex: &Lexicon) -> Analysis {
    let mut claims = Vec::new();
    for (i, doc) in corpus.documents.iter().enumerate() {
        claims.extend(claims_of(i, doc, lex));
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
    let analysis = analyze(corpus, lex);
    let alignment = align::align(&analysis.claims, &analysis.documents, lex, align::AlignOptions::default());
    let findings = engine::run(rules, &analysis.claims, &analysis.documents, &alignment, lex);
    let links: Vec<Vec<usize>> = findings.iter().map(|f| f.all_members().collect()).collect();
    let topics = align::topics(&analysis.claims, &alignment, &links);
    report::Report {
        documents: analysis.documents,
        claims: analysis.claims,
        topics,
        findings,
        skipped: analysis.skipped,
        warnings: analysis.warnings,
    }
}
