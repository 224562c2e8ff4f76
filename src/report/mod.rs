//! report: findings -> `Report` -> text | md | json | html.
//!
//! One model, four printers behind one trait (as ripgrep's printers): rustc-style text for
//! a terminal, Markdown for a CMS, the JSON contract (`contra.report/1`, with its schema in
//! `schema`) and a self-contained HTML page. `diff` compares two JSON reports.

pub mod diff;
pub mod html;
pub mod json;
pub mod md;
pub mod schema;
pub mod text;

use crate::align::Topic;
use crate::engine::{Finding, Level};
use crate::model::{Claim, Document, Skipped, Warning};
use serde::Serialize;
use std::io;
use std::path::Path;

pub const SCHEMA: &str = "contra.report/1";

/// How a topic stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    Contested,
    Consistent,
    Updated,
    SingleSource,
}

/// Everything a run found.
pub struct Report {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub topics: Vec<Topic>,
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
}

impl Report {
    pub fn standing(&self, topic: &Topic) -> Standing {
        let in_topic = |f: &&Finding| f.all_members().any(|m| topic.members.contains(&m));
        let kinds: Vec<Level> = self.findings.iter().filter(in_topic).map(|f| f.kind).collect();
        if kinds.iter().any(|k| k.is_conflict()) {
            Standing::Contested
        } else if kinds.contains(&Level::Agreement) {
            Standing::Consistent
        } else if kinds.contains(&Level::Update) {
            Standing::Updated
        } else {
            Standing::SingleSource
        }
    }

    pub fn contested(&self) -> usize {
        self.topics.iter().filter(|t| self.standing(t) == Standing::Contested).count()
    }

    pub fn conflicts(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.kind.is_conflict())
    }

    /// Findings of one level, in report order.
    pub fn of_level(&self, level: Level) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.kind == level)
    }

    /// Agreement findings: the consistent points.
    pub fn agreements(&self) -> impl Iterator<Item = &Finding> {
        self.of_level(Level::Agreement)
    }

    /// Updates: changes of position over time.
    pub fn updates(&self) -> impl Iterator<Item = &Finding> {
        self.of_level(Level::Update)
    }

    /// Topics that no finding touches: claims only one source makes.
    pub fn single_source(&self) -> impl Iterator<Item = &Topic> {
        self.topics.iter().filter(|t| self.standing(t) == Standing::SingleSource)
    }

    /// The topic a claim belongs to.
    pub fn topic_of(&self, claim: usize) -> Option<&Topic> {
        self.topics.iter().find(|t| t.members.contains(&claim))
    }

    /// The counts every printer opens with.
    pub fn counts(&self) -> Counts {
        Counts {
            documents: self.documents.len(),
            claims: self.claims.len(),
            contested: self.conflicts().count(),
            consistent: self.agreements().count(),
            updates: self.updates().count(),
            single_source: self.single_source().count(),
        }
    }

    /// Who stands behind a claim, for people: `Politico / The White House`.
    pub fn source_label(&self, claim: usize) -> String {
        let c = &self.claims[claim];
        match (c.outlet(), c.speaker()) {
            (Some(o), Some(s)) => format!("{o} / {s}"),
            (Some(o), None) => o.to_string(),
            (None, Some(s)) => s.to_string(),
            (None, None) => self.documents[c.doc].id.clone(),
        }
    }

    /// The outlet a claim is reported by, or its document when none is named (for filters
    /// and side-by-side columns).
    pub fn outlet_of(&self, claim: usize) -> &str {
        let c = &self.claims[claim];
        c.outlet().unwrap_or(&self.documents[c.doc].id)
    }

    /// Distinct outlets in order of first appearance.
    pub fn outlets(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for i in 0..self.claims.len() {
            let o = self.outlet_of(i);
            if !out.contains(&o) {
                out.push(o);
            }
        }
        out
    }

    /// `file:line` of a claim's first byte in its input file.
    pub fn location(&self, claim: usize) -> String {
        let c = &self.claims[claim];
        let doc = &self.documents[c.doc];
        format!("{}:{}", doc.origin, doc.line_of(c.span.start))
    }

    /// The claim's words on one line (spans may cross hard-wrapped lines).
    pub fn words(&self, claim: usize) -> String {
        self.claims[claim].text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Whether an input was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Checked,
    Skipped,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Checked => "checked",
            Status::Skipped => "skipped",
        }
    }
}

/// One input as the report accounts for it: every document read, then every input
/// skipped. A skipped input has no document id; its `id` is its origin.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub origin: &'a str,
    pub status: Status,
    /// Why it was skipped, or what was left unchecked of a checked document.
    pub reason: Option<String>,
    /// Claims drawn from it.
    pub claims: usize,
    /// Index into `Report::documents` for a checked document.
    pub doc: Option<usize>,
}

impl Report {
    /// Every input, checked or skipped: the list each printer shows, so no input goes
    /// unmentioned.
    pub fn entries(&self) -> Vec<Entry<'_>> {
        let mut claims = vec![0; self.documents.len()];
        for c in &self.claims {
            if let Some(n) = claims.get_mut(c.doc) {
                *n += 1;
            }
        }
        let checked = self.documents.iter().enumerate().map(|(i, d)| Entry {
            id: &d.id,
            origin: &d.origin,
            status: Status::Checked,
            reason: d
                .truncated_from
                .map(|total| crate::ingest::truncation_note(d.text.len(), total, d.line_of(d.text.len()))),
            claims: claims[i],
            doc: Some(i),
        });
        let skipped = self.skipped.iter().map(|s| Entry {
            id: &s.origin,
            origin: &s.origin,
            status: Status::Skipped,
            reason: Some(s.reason.clone()),
            claims: 0,
            doc: None,
        });
        checked.chain(skipped).collect()
    }

    /// `2 checked, 1 skipped`.
    pub fn entries_label(&self) -> String {
        format!("{} checked, {} skipped", self.documents.len(), self.skipped.len())
    }
}

/// The resolved dates of a claim: `2025-10-20` or `2025-10-20..2025-10-26`, with the words
/// they were resolved from.
pub fn resolved_dates(claim: &Claim) -> Vec<(String, String)> {
    claim
        .times
        .iter()
        .filter_map(|t| match (t.start, t.end) {
            (Some(s), Some(e)) if s == e => Some((s.to_string(), t.text.clone())),
            (Some(s), Some(e)) => Some((format!("{s}..{e}"), t.text.clone())),
            (Some(s), None) => Some((s.to_string(), t.text.clone())),
            _ => None,
        })
        .collect()
}

/// The dates of a claim for a line of text: `2025-10-20 ("on Monday")`, joined.
pub fn dates_label(claim: &Claim) -> Option<String> {
    let dates = resolved_dates(claim);
    if dates.is_empty() {
        return None;
    }
    Some(dates.iter().map(|(d, t)| format!("{d} (\"{t}\")")).collect::<Vec<_>>().join(", "))
}

/// What every printer says first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub documents: usize,
    pub claims: usize,
    /// Conflict findings (contradictions and discrepancies).
    pub contested: usize,
    /// Agreement findings.
    pub consistent: usize,
    pub updates: usize,
    /// Topics only one source speaks to.
    pub single_source: usize,
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}, {}, {}, {} from {} in {}",
            plural(self.contested, "contested point", "contested points"),
            plural(self.consistent, "consistent point", "consistent points"),
            plural(self.updates, "update", "updates"),
            plural(self.single_source, "single-source point", "single-source points"),
            plural(self.claims, "claim", "claims"),
            plural(self.documents, "document", "documents"),
        )
    }
}

/// The side label of a finding's side: `a`, `b`, or `-` for the one side of an agreement.
pub fn side_mark(finding: &Finding, side: usize) -> &'static str {
    if finding.members.len() < 2 { "-" } else { ["a", "b", "c", "d"].get(side).copied().unwrap_or("…") }
}

/// A way to show a report.
pub trait Printer {
    /// Writes the whole report to `out`.
    fn print(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()>;

    /// The report as a string (for tests and snapshots).
    fn render(&self, report: &Report) -> String {
        let mut buf = Vec::new();
        self.print(report, &mut buf).expect("writing to memory does not fail");
        String::from_utf8(buf).expect("printers write UTF-8")
    }
}

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Md,
    Json,
    Html,
}

impl Format {
    /// The format a file name asks for by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Md),
            "json" => Some(Format::Json),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Options a printer may use.
#[derive(Debug, Clone, Copy, Default)]
pub struct PrintOptions {
    /// ANSI colour in text output.
    pub color: bool,
}

/// The printer for a format.
pub fn printer(format: Format, options: PrintOptions) -> Box<dyn Printer> {
    match format {
        Format::Text => Box::new(text::TextPrinter { color: options.color }),
        Format::Md => Box::new(md::MarkdownPrinter),
        Format::Json => Box::new(json::JsonPrinter),
        Format::Html => Box::new(html::HtmlPrinter),
    }
}
