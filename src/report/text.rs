//! Text for a terminal: contested points first, each conflict shown as rustc shows an error,
//! with the file, the line and a caret under each claim's exact words; then the consistent
//! points, the updates and the single-source points, one line per claim.

use super::{Printer, Report, Status, dates_label, plural, side_mark};
use crate::engine::{Finding, Level};
use annotate_snippets::{AnnotationKind, Group, Level as SnippetLevel, Renderer, Snippet};
use std::collections::BTreeMap;
use std::io;

/// rustc-style text; `color` adds ANSI styles (the caller decides: a terminal, not
/// `--color never`).
pub struct TextPrinter {
    pub color: bool,
}

impl Printer for TextPrinter {
    fn print(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        out.write_all(render(report, self.color).as_bytes())
    }
}

/// Long paragraphs stay whole: the point is to show the exact words, so lines are not cut
/// to a terminal width (the terminal wraps them).
const WIDTH: usize = 100_000;

pub fn render(report: &Report, color: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() }.term_width(WIDTH);
    let bold = |s: &str| if color { format!("\x1b[1m{s}\x1b[0m") } else { s.to_string() };
    let mut out = String::new();
    out.push_str(&format!("{}\n", report.counts()));

    let conflicts: Vec<&Finding> = report.conflicts().collect();
    if !conflicts.is_empty() {
        out.push_str(&format!("\n{}\n", bold("Contested")));
        for f in conflicts {
            out.push('\n');
            out.push_str(&renderer.render(&[conflict_group(report, f)]));
            out.push('\n');
        }
    }
    for (title, list) in [
        ("Consistent", report.agreements().collect::<Vec<_>>()),
        ("Updates (changes over time, not conflicts)", report.updates().collect()),
    ] {
        if list.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{}\n", bold(title)));
        for f in list {
            out.push('\n');
            out.push_str(&format!("{}[{}]: {}\n", f.kind.as_str(), f.rule, f.explanation));
            for (k, side) in f.members.iter().enumerate() {
                for &m in side {
                    out.push_str(&claim_line(report, m, side_mark(f, k)));
                }
            }
        }
    }
    let single: Vec<_> = report.single_source().collect();
    if !single.is_empty() {
        out.push_str(&format!("\n{}\n\n", bold("Single-source (no second source speaks to these)")));
        for t in single {
            for &m in &t.members {
                out.push_str(&claim_line(report, m, "-"));
            }
        }
    }
    out.push_str(&format!("\n{}\n", bold(&format!("Documents ({})", report.entries_label()))));
    for e in report.entries() {
        let what = match (e.status, &e.reason) {
            (Status::Checked, None) => plural(e.claims, "claim", "claims"),
            (Status::Checked, Some(r)) => format!("{}; {r}", plural(e.claims, "claim", "claims")),
            (Status::Skipped, r) => r.clone().unwrap_or_default(),
        };
        out.push_str(&format!("  {} {}: {what}\n", e.status.as_str(), e.origin));
    }
    out
}

/// `  a examples/x.txt:17 Politico / The White House (2025-10-20 ("on Monday")): "words"`
fn claim_line(report: &Report, m: usize, mark: &str) -> String {
    let date = dates_label(&report.claims[m]).map(|d| format!(" [{d}]")).unwrap_or_default();
    format!("  {mark} {} {}{date}: “{}”\n", report.location(m), report.source_label(m), report.words(m))
}

/// One conflict as a diagnostic: the explanation as title, then each document's claims as a
/// source snippet with a labelled caret under every claim's span.
fn conflict_group<'a>(report: &'a Report, f: &'a Finding) -> Group<'a> {
    let level = match f.kind {
        Level::Contradiction => SnippetLevel::ERROR.with_name("contradiction"),
        _ => SnippetLevel::WARNING.with_name("discrepancy"),
    };
    // One snippet per document, its claims in text order.
    let mut by_doc: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for (k, side) in f.members.iter().enumerate() {
        for &m in side {
            by_doc.entry(report.claims[m].doc).or_default().push((k, m));
        }
    }
    let mut elements = Vec::new();
    for (doc, mut claims) in by_doc {
        claims.sort_by_key(|&(_, m)| (report.claims[m].span.start, report.claims[m].span.end));
        let d = &report.documents[doc];
        let annotations = claims.into_iter().map(|(k, m)| {
            let c = &report.claims[m];
            let date = dates_label(c).map(|d| format!(", {d}")).unwrap_or_default();
            AnnotationKind::Primary.span(c.span.start..c.span.end).label(format!(
                "{}: {}{date}",
                side_mark(f, k),
                report.source_label(m)
            ))
        });
        elements.push(
            Snippet::source(d.text.as_str()).line_start(d.body_line).path(d.origin.as_str()).annotations(annotations),
        );
    }
    level
        .primary_title(f.explanation.as_str())
        .id(f.rule.as_str())
        .elements(elements)
        .element(SnippetLevel::NOTE.message(format!("{} {}, severity {}", f.id, f.kind.as_str(), f.severity.as_str())))
}
