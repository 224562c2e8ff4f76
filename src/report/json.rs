//! The JSON shapes of claims and reports: the machine contract (`contra.report/1`).

use crate::model::{Claim, Document, Entity, Modality, Polarity, Quantity, Span, TimeRef};
use serde::Serialize;

/// A claim as JSON: the flat `outlet` (nearest in the chain) and `speaker` the scorers read,
/// beside the whole chain.
#[derive(Serialize)]
pub struct ClaimView<'a> {
    pub id: &'a str,
    pub doc: &'a str,
    pub text: &'a str,
    pub sentence: &'a str,
    pub span: Span,
    pub sentence_span: Span,
    pub line: usize,
    pub outlet: Option<&'a str>,
    pub speaker: Option<&'a str>,
    pub outlets: &'a [String],
    pub quoted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub predicate: Option<&'a str>,
    pub object: Option<&'a str>,
    pub polarity: Polarity,
    pub modality: Modality,
    pub quantities: &'a [Quantity],
    pub times: &'a [TimeRef],
    pub entities: &'a [Entity],
}

impl<'a> ClaimView<'a> {
    pub fn new(claim: &'a Claim, documents: &'a [Document]) -> Self {
        let doc = &documents[claim.doc];
        ClaimView {
            id: &claim.id,
            doc: &doc.id,
            text: &claim.text,
            sentence: &claim.sentence,
            span: claim.span,
            sentence_span: claim.sentence_span,
            line: doc.line_col(claim.span.start).0,
            outlet: claim.outlet(),
            speaker: claim.speaker(),
            outlets: &claim.attribution.outlets,
            quoted: claim.attribution.quoted,
            cue: claim.attribution.cue.as_deref(),
            subject: claim.subject.as_deref(),
            predicate: claim.predicate.as_deref(),
            object: claim.object.as_deref(),
            polarity: claim.polarity,
            modality: claim.modality,
            quantities: &claim.quantities,
            times: &claim.times,
            entities: &claim.entities,
        }
    }
}
