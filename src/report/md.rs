//! Markdown an editor can paste into a CMS: summary counts, then the contested, consistent,
//! updated and single-source points, each claim with its outlet, speaker, resolved date,
//! place in the source and quoted words.

use super::{Printer, Report, plural, resolved_dates, side_mark};
use crate::engine::{Finding, Level};
use std::fmt::Write as _;
use std::io;

pub struct MarkdownPrinter;

impl Printer for MarkdownPrinter {
    fn print(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        out.write_all(render(report).as_bytes())
    }
}

/// Escapes the characters that would turn quoted words into markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let title = match report.documents.as_slice() {
        [one] => one.title.as_deref().map(|t| format!("contra report: {}", escape(t))),
        _ => None,
    };
    let _ = writeln!(out, "# {}\n", title.unwrap_or_else(|| "contra report".to_string()));
    let c = report.counts();
    let _ = writeln!(
        out,
        "**{} contested** · {} consistent · {} updates · {} single-source · {} claims in {} document{}\n",
        c.contested,
        c.consistent,
        c.updates,
        c.single_source,
        c.claims,
        c.documents,
        if c.documents == 1 { "" } else { "s" }
    );
    let _ = writeln!(out, "Documents ({}):\n", report.entries_label());
    for e in report.entries() {
        let origin = e.origin.replace('`', "'");
        let Some(d) = e.doc.map(|i| &report.documents[i]) else {
            let _ = writeln!(out, "- `{origin}`: skipped, {}", escape(e.reason.as_deref().unwrap_or("")));
            continue;
        };
        let mut facts = Vec::new();
        if let Some(o) = &d.outlet {
            facts.push(escape(o));
        }
        if let Some(p) = d.published {
            facts.push(format!("published {p}"));
        }
        let facts = if facts.is_empty() { String::new() } else { format!(" ({})", facts.join(", ")) };
        let claims = plural(e.claims, "claim", "claims");
        let note = e.reason.as_deref().map(|r| format!("; {}", escape(r))).unwrap_or_default();
        let _ = writeln!(out, "- `{origin}`{facts}: checked, {claims}{note}");
    }
    out.push('\n');

    section(&mut out, report, "Contested", "Sources disagree on these points.", report.conflicts().collect());
    section(&mut out, report, "Consistent", "Independent sources say the same.", report.agreements().collect());
    section(
        &mut out,
        report,
        "Updates",
        "A position or plan changed over time: not a conflict between sources.",
        report.updates().collect(),
    );

    let single: Vec<_> = report.single_source().collect();
    if !single.is_empty() {
        let _ = writeln!(out, "## Single-source\n\nOnly one source speaks to each of these.\n");
        for t in single {
            for &m in &t.members {
                claim_item(&mut out, report, m);
            }
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn section(out: &mut String, report: &Report, title: &str, intro: &str, findings: Vec<&Finding>) {
    if findings.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {title}\n\n{intro}\n");
    for (n, f) in findings.iter().enumerate() {
        let _ = writeln!(out, "### {}. {}\n", n + 1, escape(&f.explanation));
        let kind = match f.kind {
            Level::Contradiction => "Contradiction",
            Level::Discrepancy => "Discrepancy",
            Level::Update => "Update",
            Level::Agreement => "Agreement",
        };
        let _ = writeln!(out, "*{kind}, severity {}; rule `{}`, finding {}.*\n", f.severity.as_str(), f.rule, f.id);
        let multi = f.members.len() > 1;
        for (k, side) in f.members.iter().enumerate() {
            if multi {
                let heading = match (f.kind, k) {
                    (Level::Update, 0) => "Before".to_string(),
                    (Level::Update, _) => "After".to_string(),
                    _ => format!("Side {}", side_mark(f, k).to_uppercase()),
                };
                let _ = writeln!(out, "**{heading}**\n");
            }
            for &m in side {
                claim_item(out, report, m);
            }
            out.push('\n');
        }
    }
}

/// `- **Outlet**, citing Speaker · 2025-10-20 ("on Monday") · file, line 17` and the words quoted
/// below it.
fn claim_item(out: &mut String, report: &Report, m: usize) {
    let c = &report.claims[m];
    let doc = &report.documents[c.doc];
    let mut who = format!("**{}**", escape(report.outlet_of(m)));
    if let Some(s) = c.speaker() {
        who.push_str(&format!(", citing {}", escape(s)));
    }
    let mut parts = vec![who];
    for (date, words) in resolved_dates(c) {
        parts.push(format!("{} (\"{}\")", date.replace("..", " to "), escape(&words)));
    }
    parts.push(format!("`{}`, line {}", doc.origin.replace('`', "'"), doc.line_of(c.span.start)));
    let _ = writeln!(out, "- {}", parts.join(" · "));
    let _ = writeln!(out, "  > {}", escape(&report.words(m)));
}
