//! `contra diff OLD.json NEW.json`: which findings appeared, vanished or changed kind
//! between two JSON reports.
//!
//! Findings are keyed by their rule and the spans of their claims (document id and byte
//! offsets, side by side), never by finding or claim ids: ids are numbered in order and
//! shift as soon as one claim or finding more is found before them.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

#[derive(Deserialize)]
struct ReportFile {
    schema: String,
    claims: Vec<ClaimFile>,
    findings: Vec<FindingFile>,
}

#[derive(Deserialize)]
struct ClaimFile {
    id: String,
    doc: String,
    text: String,
    span: SpanFile,
    #[serde(default)]
    line: Option<usize>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Debug)]
pub struct SpanFile {
    pub start: usize,
    pub end: usize,
}

#[derive(Deserialize)]
struct FindingFile {
    id: String,
    kind: String,
    rule: String,
    claims: Vec<String>,
    #[serde(default)]
    sides: Option<Vec<Vec<String>>>,
    #[serde(default)]
    explanation: String,
}

/// A claim of a changed finding, as the reader needs it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClaimRef {
    pub doc: String,
    pub span: SpanFile,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub text: String,
}

/// What happened to a finding.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    Vanished,
    Appeared,
    KindChanged,
}

/// One finding that moved.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Change {
    pub change: ChangeKind,
    pub rule: String,
    /// Its kind in the new report (the old one when it vanished).
    pub kind: String,
    /// The old kind, for a change of kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_id: Option<String>,
    pub explanation: String,
    /// Claims side by side, as in the report.
    pub sides: Vec<Vec<ClaimRef>>,
}

/// The whole comparison.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Diff {
    pub changes: Vec<Change>,
    pub unchanged: usize,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
    pub fn count(&self, kind: ChangeKind) -> usize {
        self.changes.iter().filter(|c| c.change == kind).count()
    }
}

/// A finding as compared: its key and what to show.
struct Keyed {
    key: (String, Vec<Vec<(String, SpanFile)>>),
    id: String,
    kind: String,
    explanation: String,
    sides: Vec<Vec<ClaimRef>>,
}

fn parse(path: &str, text: &str) -> Result<ReportFile> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| Error::BadInput {
        origin: path.to_string(),
        line: e.line(),
        message: format!("not JSON: {e}"),
        fix: "give a report written by `contra check --format json`".into(),
    })?;
    let report: ReportFile = serde_json::from_value(value)
        .map_err(|e| Error::NotAReport { path: path.to_string(), message: format!("not a contra report ({e})") })?;
    if report.schema != super::SCHEMA {
        return Err(Error::NotAReport {
            path: path.to_string(),
            message: format!("schema `{}`, expected `{}`", report.schema, super::SCHEMA),
        });
    }
    Ok(report)
}

fn keyed(path: &str, report: ReportFile) -> Result<Vec<Keyed>> {
    let claims: HashMap<&str, &ClaimFile> = report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut out = Vec::new();
    for f in &report.findings {
        let sides = f.sides.clone().unwrap_or_else(|| vec![f.claims.clone()]);
        let mut refs = Vec::new();
        for side in &sides {
            let mut list = Vec::new();
            for id in side {
                let c = claims.get(id.as_str()).ok_or_else(|| Error::NotAReport {
                    path: path.to_string(),
                    message: format!("finding {} names claim {id}, which the report does not hold", f.id),
                })?;
                list.push(ClaimRef { doc: c.doc.clone(), span: c.span, line: c.line, text: c.text.clone() });
            }
            list.sort();
            refs.push(list);
        }
        // Which side is `a` does not matter to what the finding says.
        let mut key_sides: Vec<Vec<(String, SpanFile)>> =
            refs.iter().map(|s| s.iter().map(|c| (c.doc.clone(), c.span)).collect()).collect();
        key_sides.sort();
        out.push(Keyed {
            key: (f.rule.clone(), key_sides),
            id: f.id.clone(),
            kind: f.kind.clone(),
            explanation: f.explanation.clone(),
            sides: refs,
        });
    }
    Ok(out)
}

/// Compares two reports given as text; `old_path` and `new_path` name them in errors.
pub fn diff(old_path: &str, old: &str, new_path: &str, new: &str) -> Result<Diff> {
    let old = keyed(old_path, parse(old_path, old)?)?;
    let new = keyed(new_path, parse(new_path, new)?)?;
    let mut olds: BTreeMap<_, Vec<Keyed>> = BTreeMap::new();
    for f in old {
        olds.entry(f.key.clone()).or_default().push(f);
    }
    let mut changes = Vec::new();
    let mut unchanged = 0;
    for f in new {
        let matched = olds.get_mut(&f.key).and_then(|v| if v.is_empty() { None } else { Some(v.remove(0)) });
        match matched {
            Some(o) if o.kind == f.kind => unchanged += 1,
            Some(o) => changes.push(Change {
                change: ChangeKind::KindChanged,
                rule: f.key.0.clone(),
                kind: f.kind,
                old_kind: Some(o.kind),
                old_id: Some(o.id),
                new_id: Some(f.id),
                explanation: f.explanation,
                sides: f.sides,
            }),
            None => changes.push(Change {
                change: ChangeKind::Appeared,
                rule: f.key.0.clone(),
                kind: f.kind,
                old_kind: None,
                old_id: None,
                new_id: Some(f.id),
                explanation: f.explanation,
                sides: f.sides,
            }),
        }
    }
    for o in olds.into_values().flatten() {
        changes.push(Change {
            change: ChangeKind::Vanished,
            rule: o.key.0.clone(),
            kind: o.kind,
            old_kind: None,
            old_id: Some(o.id),
            new_id: None,
            explanation: o.explanation,
            sides: o.sides,
        });
    }
    changes.sort_by(|a, b| {
        let first = |c: &Change| c.sides.iter().flatten().min().map(|r| (r.doc.clone(), r.span));
        (a.change, &a.rule, first(a)).cmp(&(b.change, &b.rule, first(b)))
    });
    Ok(Diff { changes, unchanged })
}

/// The diff for people: one block per change, then the counts.
pub fn render(diff: &Diff) -> String {
    let mut out = String::new();
    for c in &diff.changes {
        let (mark, what) = match c.change {
            ChangeKind::Vanished => ("-", format!("vanished  {} [{}]", c.kind, c.rule)),
            ChangeKind::Appeared => ("+", format!("appeared  {} [{}]", c.kind, c.rule)),
            ChangeKind::KindChanged => {
                ("~", format!("changed   {} -> {} [{}]", c.old_kind.as_deref().unwrap_or("?"), c.kind, c.rule))
            }
        };
        let ids = match (&c.old_id, &c.new_id) {
            (Some(o), Some(n)) => format!("{o} -> {n}"),
            (Some(o), None) => format!("was {o}"),
            (None, Some(n)) => format!("now {n}"),
            (None, None) => String::new(),
        };
        let _ = writeln!(out, "{mark} {what} ({ids}): {}", c.explanation);
        let multi = c.sides.len() > 1;
        for (k, side) in c.sides.iter().enumerate() {
            let side_mark = if multi { ["a", "b", "c", "d"].get(k).copied().unwrap_or("…") } else { "-" };
            for r in side {
                let at = match r.line {
                    Some(l) => format!("{}:{l}", r.doc),
                    None => format!("{}@{}", r.doc, r.span.start),
                };
                let words = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let _ = writeln!(out, "    {side_mark} {at} \"{words}\"");
            }
        }
    }
    let _ = writeln!(
        out,
        "{} vanished, {} appeared, {} changed kind, {} unchanged",
        diff.count(ChangeKind::Vanished),
        diff.count(ChangeKind::Appeared),
        diff.count(ChangeKind::KindChanged),
        diff.unchanged
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn report(findings: serde_json::Value, shift: usize) -> String {
        // The same claims, numbered differently (as when a claim more is found before them).
        let claims = json!([
            {"id": format!("c{}", 1 + shift), "doc": "d", "text": "A said yes.", "span": {"start": 0, "end": 11}, "line": 1},
            {"id": format!("c{}", 2 + shift), "doc": "d", "text": "B said no.", "span": {"start": 12, "end": 22}, "line": 2},
            {"id": format!("c{}", 3 + shift), "doc": "d", "text": "C said yes.", "span": {"start": 23, "end": 34}, "line": 3}
        ]);
        json!({"schema": "contra.report/1", "claims": claims, "findings": findings}).to_string()
    }

    #[test]
    fn keys_by_rule_and_spans_not_ids() {
        let old = report(
            json!([
                {"id": "f1", "kind": "contradiction", "rule": "x/yes-no", "claims": ["c1", "c2"], "sides": [["c1"], ["c2"]]},
                {"id": "f2", "kind": "agreement", "rule": "agreement/same", "claims": ["c1", "c3"], "sides": [["c1", "c3"]]},
                {"id": "f3", "kind": "discrepancy", "rule": "x/other", "claims": ["c2", "c3"], "sides": [["c2"], ["c3"]]}
            ]),
            0,
        );
        // Ids shift by 5, sides of f1 swap, f2 vanishes, f3 becomes a contradiction, one appears.
        let new = report(
            json!([
                {"id": "f7", "kind": "contradiction", "rule": "x/yes-no", "claims": ["c7", "c6"], "sides": [["c7"], ["c6"]]},
                {"id": "f8", "kind": "contradiction", "rule": "x/other", "claims": ["c7", "c8"], "sides": [["c7"], ["c8"]]},
                {"id": "f9", "kind": "discrepancy", "rule": "x/new", "claims": ["c6", "c8"], "sides": [["c6"], ["c8"]]}
            ]),
            5,
        );
        let d = diff("old.json", &old, "new.json", &new).unwrap();
        assert_eq!(d.unchanged, 1);
        let summary: Vec<(ChangeKind, &str)> = d.changes.iter().map(|c| (c.change, c.rule.as_str())).collect();
        assert_eq!(
            summary,
            vec![
                (ChangeKind::Vanished, "agreement/same"),
                (ChangeKind::Appeared, "x/new"),
                (ChangeKind::KindChanged, "x/other")
            ]
        );
        let text = render(&d);
        assert!(text.contains("- vanished  agreement [agreement/same] (was f2)"), "{text}");
        assert!(text.contains("~ changed   discrepancy -> contradiction [x/other] (f3 -> f8)"), "{text}");
        assert!(text.contains("    a d:2 \"B said no.\""), "{text}");
        assert!(text.ends_with("1 vanished, 1 appeared, 1 changed kind, 1 unchanged\n"), "{text}");
        assert!(diff("a", &old, "b", &old).unwrap().is_empty());
    }

    #[test]
    fn refuses_what_is_not_a_report() {
        let err = diff("a.json", "{\n  \"x\": ", "b.json", "{}").unwrap_err().to_string();
        assert!(err.starts_with("a.json:2: not JSON"), "{err}");
        let err = diff("a.json", "{\"schema\": \"other/2\", \"claims\": [], \"findings\": []}", "b", "{}")
            .unwrap_err()
            .to_string();
        assert!(err.contains("a.json: schema `other/2`"), "{err}");
        let dangling = json!({"schema": "contra.report/1", "claims": [],
            "findings": [{"id": "f1", "kind": "agreement", "rule": "a/b", "claims": ["c9"]}]})
        .to_string();
        let err = diff("a.json", &dangling, "b", "{}").unwrap_err().to_string();
        assert!(err.contains("names claim c9"), "{err}");
    }
}
