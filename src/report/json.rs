//! The JSON shapes of claims and reports: the machine contract (`contra.report/1`).

use super::{Report, SCHEMA, Standing, Status};
use crate::engine::{Finding, Level};
use crate::model::{Claim, Document, Entity, Modality, Polarity, Quantity, Role, Skipped, Span, TimeRef, Warning};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io;

/// The JSON contract, pretty-printed, keys in a fixed order: byte-stable across runs.
pub struct JsonPrinter;

impl super::Printer for JsonPrinter {
    fn print(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        out.write_all(to_string(report).as_bytes())
    }
}

/// The report as pretty JSON with a final newline.
pub fn to_string(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(&to_value(report)).expect("report serialises");
    s.push('\n');
    s
}

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
            line: doc.line_of(claim.span.start),
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

#[derive(Serialize)]
struct TopicView<'a> {
    id: &'a str,
    label: &'a str,
    standing: Standing,
    claims: Vec<&'a str>,
    findings: Vec<&'a str>,
}

/// An input as the report lists it: every document checked and every input skipped.
#[derive(Serialize)]
struct DocumentView<'a> {
    id: &'a str,
    origin: &'a str,
    status: Status,
    /// Why it was skipped, or what was left unchecked; null for a document checked whole.
    reason: Option<String>,
    claims: usize,
    /// What a checked document says about itself; absent for a skipped input.
    #[serde(flatten)]
    doc: Option<DocumentFields<'a>>,
}

#[derive(Serialize)]
struct DocumentFields<'a> {
    outlet: Option<&'a str>,
    published: Option<String>,
    title: Option<&'a str>,
    url: Option<&'a str>,
    language: Option<&'a str>,
    role: Role,
    body_line: usize,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    metadata: &'a BTreeMap<String, String>,
}

impl<'a> DocumentFields<'a> {
    fn new(d: &'a Document) -> Self {
        DocumentFields {
            outlet: d.outlet.as_deref(),
            published: d.published.map(|p| p.to_string()),
            title: d.title.as_deref(),
            url: d.url.as_deref(),
            language: d.language.as_deref(),
            role: d.role,
            body_line: d.body_line,
            metadata: &d.metadata,
        }
    }
}

#[derive(Serialize)]
struct Summary {
    documents: usize,
    skipped: usize,
    claims: usize,
    topics: usize,
    contested: usize,
    consistent: usize,
    single_source: usize,
    contradictions: usize,
    discrepancies: usize,
    updates: usize,
    agreements: usize,
}

#[derive(Serialize)]
struct ReportView<'a> {
    schema: &'static str,
    documents: Vec<DocumentView<'a>>,
    skipped: &'a [Skipped],
    warnings: &'a [Warning],
    claims: Vec<ClaimView<'a>>,
    topics: Vec<TopicView<'a>>,
    findings: &'a [Finding],
    summary: Summary,
}

/// The report as the JSON contract `contra.report/1`.
pub fn to_value(report: &Report) -> serde_json::Value {
    let count = |l: Level| report.findings.iter().filter(|f| f.kind == l).count();
    let standing = |s: Standing| report.topics.iter().filter(|t| report.standing(t) == s).count();
    let view = ReportView {
        schema: SCHEMA,
        documents: report
            .entries()
            .into_iter()
            .map(|e| DocumentView {
                id: e.id,
                origin: e.origin,
                status: e.status,
                reason: e.reason,
                claims: e.claims,
                doc: e.doc.map(|i| DocumentFields::new(&report.documents[i])),
            })
            .collect(),
        skipped: &report.skipped,
        warnings: &report.warnings,
        claims: report.claims.iter().map(|c| ClaimView::new(c, &report.documents)).collect(),
        topics: report
            .topics
            .iter()
            .map(|t| TopicView {
                id: &t.id,
                label: &t.label,
                standing: report.standing(t),
                claims: t.members.iter().map(|&m| report.claims[m].id.as_str()).collect(),
                findings: report
                    .findings
                    .iter()
                    .filter(|f| f.all_members().any(|m| t.members.contains(&m)))
                    .map(|f| f.id.as_str())
                    .collect(),
            })
            .collect(),
        findings: &report.findings,
        summary: Summary {
            documents: report.documents.len(),
            skipped: report.skipped.len(),
            claims: report.claims.len(),
            topics: report.topics.len(),
            contested: standing(Standing::Contested),
            consistent: standing(Standing::Consistent),
            single_source: standing(Standing::SingleSource),
            contradictions: count(Level::Contradiction),
            discrepancies: count(Level::Discrepancy),
            updates: count(Level::Update),
            agreements: count(Level::Agreement),
        },
    };
    let value = serde_json::to_value(view).expect("report serialises");
    // Every report a debug build (and so every test) produces is checked against the schema.
    debug_assert!(
        super::schema::validate_report(&value).is_empty(),
        "report does not match its schema `contra schema`:\n{}",
        super::schema::validate_report(&value).join("\n")
    );
    value
}
