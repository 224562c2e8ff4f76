//! The JSON shapes of claims and reports: the machine contract (`contra.report/1`).
//!
//! Keys appear in alphabetical order at every level, the order a `serde_json::Value`
//! object keeps them in: reports were once built as a `Value`, and the contract's bytes
//! stay as they were. The views below declare their fields in that order and are written
//! straight to the output, so a report of a day of wire copy (hundreds of megabytes of
//! JSON) is never built whole in memory. `to_string` still goes through a `Value`, and the
//! tests compare the two.

use super::{Entry, Report, SCHEMA, Standing, Status};
use crate::engine::{Finding, Level, Severity};
use crate::model::{
    Bound, Claim, Document, Entity, EntityKind, Modality, Polarity, Quantity, Role, Skipped, Span, TimeRef, Warning,
};
use jiff::civil::Date;
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The JSON contract, pretty-printed, keys in a fixed order: byte-stable across runs.
pub struct JsonPrinter;

impl super::Printer for JsonPrinter {
    fn print(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        write_pretty(report, out)
    }
}

/// The bytes of `to_string`, serialised straight from the report to `out`.
pub fn write_pretty(report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
    #[cfg(debug_assertions)]
    {
        // Debug builds (and so every test) check the report against the schema.
        let _ = to_value(report);
    }
    // `out` is a trait object: buffer here so the serialiser's many small writes are not
    // each a dynamic call.
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    // `?` turns a failed write back into the `io::Error` it was (a closed pipe stays one).
    serde_json::to_writer_pretty(&mut out, &ReportJson::new(report))?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The report as pretty JSON with a final newline, by way of a `serde_json::Value` (whose
/// objects sort their keys): the reference `write_pretty` is tested against.
pub fn to_string(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(&to_value(report)).expect("report serialises");
    s.push('\n');
    s
}

/// The report as the JSON contract `contra.report/1`.
pub fn to_value(report: &Report) -> serde_json::Value {
    let value = serde_json::to_value(ReportJson::new(report)).expect("report serialises");
    // Every report a debug build (and so every test) produces is checked against the schema.
    debug_assert!(
        super::schema::validate_report(&value).is_empty(),
        "report does not match its schema `contra schema`:\n{}",
        super::schema::validate_report(&value).join("\n")
    );
    value
}

/// A list serialised as it is walked: its items are views made one at a time, never
/// collected.
struct Each<I>(I);

impl<I> Serialize for Each<I>
where
    I: Iterator + Clone,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.clone())
    }
}

/// A date as `YYYY-MM-DD`, written without an intermediate `String`.
struct DateJson(Date);

impl Serialize for DateJson {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

fn date(d: Option<Date>) -> Option<DateJson> {
    d.map(DateJson)
}

#[derive(Serialize)]
struct SpanJson {
    end: usize,
    start: usize,
}

impl From<Span> for SpanJson {
    fn from(s: Span) -> Self {
        SpanJson { end: s.end, start: s.start }
    }
}

fn span<S: Serializer>(span: &Span, s: S) -> Result<S::Ok, S::Error> {
    SpanJson::from(*span).serialize(s)
}

#[derive(Serialize)]
struct QuantityJson<'a> {
    bound: Bound,
    #[serde(skip_serializing_if = "Option::is_none")]
    counted: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    distributive: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    high: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    measure: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<&'a str>,
    span: SpanJson,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    value: f64,
}

impl<'a> From<&'a Quantity> for QuantityJson<'a> {
    fn from(q: &'a Quantity) -> Self {
        QuantityJson {
            bound: q.bound,
            counted: q.counted.as_deref(),
            distributive: q.distributive,
            group: q.group.as_deref(),
            high: q.high,
            measure: q.measure.as_deref(),
            qualifier: q.qualifier.as_deref(),
            span: q.span.into(),
            text: &q.text,
            unit: q.unit.as_deref(),
            value: q.value,
        }
    }
}

#[derive(Serialize)]
struct TimeJson<'a> {
    end: Option<DateJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offset_days: Option<i64>,
    span: SpanJson,
    start: Option<DateJson>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    statement: bool,
    text: &'a str,
}

impl<'a> From<&'a TimeRef> for TimeJson<'a> {
    fn from(t: &'a TimeRef) -> Self {
        TimeJson {
            end: date(t.end),
            offset_days: t.offset_days,
            span: t.span.into(),
            start: date(t.start),
            statement: t.statement,
            text: &t.text,
        }
    }
}

#[derive(Serialize)]
struct EntityJson<'a> {
    key: &'a str,
    kind: EntityKind,
    span: SpanJson,
    text: &'a str,
}

impl<'a> From<&'a Entity> for EntityJson<'a> {
    fn from(e: &'a Entity) -> Self {
        EntityJson { key: &e.key, kind: e.kind, span: e.span.into(), text: &e.text }
    }
}

fn quantities<S: Serializer>(items: &&[Quantity], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items.iter().map(QuantityJson::from))
}

fn times<S: Serializer>(items: &&[TimeRef], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items.iter().map(TimeJson::from))
}

fn entities<S: Serializer>(items: &&[Entity], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items.iter().map(EntityJson::from))
}

/// A claim as JSON: the flat `outlet` (nearest in the chain) and `speaker` the scorers read,
/// beside the whole chain. Fields in alphabetical order (see the module comment).
#[derive(Serialize)]
pub struct ClaimView<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<&'a str>,
    pub doc: &'a str,
    #[serde(serialize_with = "entities")]
    pub entities: &'a [Entity],
    pub id: &'a str,
    pub line: usize,
    pub modality: Modality,
    pub object: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub outlets: &'a [String],
    pub polarity: Polarity,
    pub predicate: Option<&'a str>,
    #[serde(serialize_with = "quantities")]
    pub quantities: &'a [Quantity],
    pub quoted: bool,
    pub sentence: &'a str,
    #[serde(serialize_with = "span")]
    pub sentence_span: Span,
    #[serde(serialize_with = "span")]
    pub span: Span,
    pub speaker: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub text: &'a str,
    #[serde(serialize_with = "times")]
    pub times: &'a [TimeRef],
}

impl<'a> ClaimView<'a> {
    pub fn new(claim: &'a Claim, documents: &'a [Document]) -> Self {
        let doc = &documents[claim.doc];
        ClaimView {
            cue: claim.attribution.cue.as_deref(),
            doc: &doc.id,
            entities: &claim.entities,
            id: &claim.id,
            line: doc.line_of(claim.span.start),
            modality: claim.modality,
            object: claim.object.as_deref(),
            outlet: claim.outlet(),
            outlets: &claim.attribution.outlets,
            polarity: claim.polarity,
            predicate: claim.predicate.as_deref(),
            quantities: &claim.quantities,
            quoted: claim.attribution.quoted,
            sentence: &claim.sentence,
            sentence_span: claim.sentence_span,
            span: claim.span,
            speaker: claim.speaker(),
            subject: claim.subject.as_deref(),
            text: &claim.text,
            times: &claim.times,
        }
    }
}

/// An input as the report lists it: every document checked and every input skipped. The
/// fields only a checked document has are `None` (absent) for a skipped input; inside
/// them, `None` is a null.
#[derive(Serialize)]
struct DocumentJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    body_line: Option<usize>,
    claims: usize,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<Option<&'a str>>,
    /// Absent too when the document has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata: Option<&'a BTreeMap<String, String>>,
    origin: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<Option<DateJson>>,
    /// Why it was skipped, or what was left unchecked; null for a document checked whole.
    reason: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<Role>,
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<Option<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<Option<&'a str>>,
}

impl<'a> DocumentJson<'a> {
    fn new(e: &'a Entry<'a>, documents: &'a [Document]) -> Self {
        let d = e.doc.map(|i| &documents[i]);
        DocumentJson {
            body_line: d.map(|d| d.body_line),
            claims: e.claims,
            id: e.id,
            language: d.map(|d| d.language.as_deref()),
            metadata: d.map(|d| &d.metadata).filter(|m| !m.is_empty()),
            origin: e.origin,
            outlet: d.map(|d| d.outlet.as_deref()),
            published: d.map(|d| date(d.published)),
            reason: e.reason.as_deref(),
            role: d.map(|d| d.role),
            status: e.status,
            title: d.map(|d| d.title.as_deref()),
            url: d.map(|d| d.url.as_deref()),
        }
    }
}

#[derive(Serialize)]
struct FindingJson<'a> {
    claims: &'a [String],
    explanation: &'a str,
    id: &'a str,
    kind: Level,
    rule: &'a str,
    severity: Severity,
    sides: &'a [Vec<String>],
}

impl<'a> From<&'a Finding> for FindingJson<'a> {
    fn from(f: &'a Finding) -> Self {
        FindingJson {
            claims: &f.claims,
            explanation: &f.explanation,
            id: &f.id,
            kind: f.kind,
            rule: &f.rule,
            severity: f.severity,
            sides: &f.sides,
        }
    }
}

#[derive(Serialize)]
struct SkippedJson<'a> {
    origin: &'a str,
    reason: &'a str,
}

impl<'a> From<&'a Skipped> for SkippedJson<'a> {
    fn from(s: &'a Skipped) -> Self {
        SkippedJson { origin: &s.origin, reason: &s.reason }
    }
}

#[derive(Serialize)]
struct WarningJson<'a> {
    message: &'a str,
    origin: &'a str,
}

impl<'a> From<&'a Warning> for WarningJson<'a> {
    fn from(w: &'a Warning) -> Self {
        WarningJson { message: &w.message, origin: &w.origin }
    }
}

/// A topic with the ids of its claims and findings, looked up as they are written.
struct TopicJson<'a> {
    report: &'a Report,
    topic: &'a crate::align::Topic,
    standing: Standing,
}

impl Serialize for TopicJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (report, topic) = (self.report, self.topic);
        let mut t = s.serialize_struct("Topic", 5)?;
        t.serialize_field("claims", &Each(topic.members.iter().map(|&m| report.claims[m].id.as_str())))?;
        // The ids of `Report::findings_of`, from an iterator that can be cloned.
        t.serialize_field("findings", &Each(topic.findings.iter().map(|&f| report.findings[f].id.as_str())))?;
        t.serialize_field("id", &topic.id)?;
        t.serialize_field("label", &topic.label)?;
        t.serialize_field("standing", &self.standing)?;
        t.end()
    }
}

#[derive(Serialize)]
struct Summary {
    agreements: usize,
    claims: usize,
    consistent: usize,
    contested: usize,
    contradictions: usize,
    discrepancies: usize,
    documents: usize,
    single_source: usize,
    skipped: usize,
    topics: usize,
    updates: usize,
}

/// The whole report; its lists are written an item at a time.
struct ReportJson<'a> {
    report: &'a Report,
    entries: Vec<Entry<'a>>,
    standings: Vec<Standing>,
    summary: Summary,
}

impl<'a> ReportJson<'a> {
    fn new(report: &'a Report) -> Self {
        let count = |l: Level| report.findings.iter().filter(|f| f.kind == l).count();
        let standings: Vec<Standing> = report.topics.iter().map(|t| report.standing(t)).collect();
        let standing = |s: Standing| standings.iter().filter(|&&x| x == s).count();
        let summary = Summary {
            agreements: count(Level::Agreement),
            claims: report.claims.len(),
            consistent: standing(Standing::Consistent),
            contested: standing(Standing::Contested),
            contradictions: count(Level::Contradiction),
            discrepancies: count(Level::Discrepancy),
            documents: report.documents.len(),
            single_source: standing(Standing::SingleSource),
            skipped: report.skipped.len(),
            topics: report.topics.len(),
            updates: count(Level::Update),
        };
        ReportJson { report, entries: report.entries(), standings, summary }
    }
}

impl Serialize for ReportJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let report = self.report;
        let documents = &report.documents;
        let mut r = s.serialize_struct("Report", 8)?;
        r.serialize_field("claims", &Each(report.claims.iter().map(|c| ClaimView::new(c, documents))))?;
        r.serialize_field("documents", &Each(self.entries.iter().map(|e| DocumentJson::new(e, documents))))?;
        r.serialize_field("findings", &Each(report.findings.iter().map(FindingJson::from)))?;
        r.serialize_field("schema", SCHEMA)?;
        r.serialize_field("skipped", &Each(report.skipped.iter().map(SkippedJson::from)))?;
        r.serialize_field("summary", &self.summary)?;
        let topics = report.topics.iter().zip(&self.standings);
        r.serialize_field("topics", &Each(topics.map(|(topic, &standing)| TopicJson { report, topic, standing })))?;
        r.serialize_field("warnings", &Each(report.warnings.iter().map(WarningJson::from)))?;
        r.end()
    }
}
