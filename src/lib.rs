//! contra: checks news text for discrepancies and contradictions between sources.
//!
//! The pipeline, one module per stage:
//! `ingest -> segment -> attribute -> extract -> align -> engine -> report`.

pub mod attribute;
pub mod diagnostic;
pub mod error;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod report;
pub mod segment;
pub mod syntax;
pub mod text;

pub use error::{Error, Result};
pub mod extract;

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
