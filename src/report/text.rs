//! Plain text: contested points first, each with both sides' words and sources.

use super::Report;
use crate::engine::Level;
use std::fmt::Write;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let conflicts: Vec<_> = report.conflicts().collect();
    let agreements: Vec<_> = report.findings.iter().filter(|f| f.kind == Level::Agreement).collect();
    let updates: Vec<_> = report.findings.iter().filter(|f| f.kind == Level::Update).collect();
    let _ = writeln!(
        out,
        "{} document(s), {} claim(s): {} contested, {} corroborated, {} update(s)\n",
        report.documents.len(),
        report.claims.len(),
        conflicts.len(),
        agreements.len(),
        updates.len()
    );
    for (title, list) in [("Contested", &conflicts), ("Consistent", &agreements), ("Updates", &updates)] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{title}\n");
        for f in list.iter() {
            let _ = writeln!(out, "  {} [{}] {}: {}", f.id, f.rule, f.kind.as_str(), f.explanation);
            for (k, side) in f.members.iter().enumerate() {
                for &m in side {
                    let c = &report.claims[m];
                    let doc = &report.documents[c.doc];
                    let who = match (c.outlet(), c.speaker()) {
                        (Some(o), Some(s)) => format!("{o} / {s}"),
                        (Some(o), None) => o.to_string(),
                        (None, Some(s)) => s.to_string(),
                        (None, None) => doc.id.clone(),
                    };
                    let mark = if f.members.len() > 1 { ["a", "b"][k.min(1)] } else { "-" };
                    let _ = writeln!(
                        out,
                        "    {mark} {}:{} {who}: \"{}\"",
                        doc.origin,
                        doc.line_col(c.span.start).0,
                        c.text.replace('\n', " ")
                    );
                }
            }
            let _ = writeln!(out);
        }
    }
    out
}
