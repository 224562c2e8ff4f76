//! pairs: `{"id","a","b"}` lines -> `{"id","label",...}` lines. The same pipeline and rules
//! as `check`, on two one-sentence documents per line, streamed with no per-pair start-up.

use crate::engine::{self, Finding, Level, RuleSet};
use crate::error::{Error, Result};
use crate::ingest::{IngestOptions, document_from_text};
use crate::lexicon::Lexicon;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};

/// The verdict on one pair.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Verdict {
    pub id: String,
    /// contradiction, agreement, neutral or unrelated.
    pub label: &'static str,
    /// The rule that decided, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

#[derive(Deserialize)]
struct Line {
    id: serde_json::Value,
    a: String,
    b: String,
}

/// Judges one pair of sentences.
pub fn judge(
    id: &str,
    a: &str,
    b: &str,
    published: Option<jiff::civil::Date>,
    rules: &RuleSet,
    lex: &Lexicon,
) -> (Verdict, Vec<Finding>) {
    let options = IngestOptions { published, ..Default::default() };
    let docs = vec![document_from_text("a", a, &options, lex), document_from_text("b", b, &options, lex)];
    let mut claims = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        claims.extend(crate::claims_of(i, d, lex));
    }
    for (n, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{}", n + 1);
    }
    let alignment = crate::align::align(&claims, &docs, lex, crate::align::AlignOptions::default());
    let findings = engine::run(rules, &claims, &docs, &alignment, lex);
    let across = |f: &&Finding| {
        let docs_in: std::collections::BTreeSet<usize> = f.all_members().map(|m| claims[m].doc).collect();
        docs_in.len() == 2
    };
    let decided = findings
        .iter()
        .filter(across)
        .find(|f| f.kind.is_conflict())
        .or_else(|| findings.iter().filter(across).find(|f| f.kind == Level::Agreement));
    let verdict = match decided {
        Some(f) => Verdict {
            id: id.to_string(),
            label: if f.kind.is_conflict() { "contradiction" } else { "agreement" },
            rule: Some(f.rule.clone()),
            explanation: Some(f.explanation.clone()),
        },
        None => {
            let related = alignment.pairs.iter().any(|p| claims[p.a].doc != claims[p.b].doc && p.similarity >= 0.2);
            Verdict {
                id: id.to_string(),
                label: if related { "neutral" } else { "unrelated" },
                rule: None,
                explanation: None,
            }
        }
    };
    (verdict, findings)
}

/// Streams a JSONL file of pairs to verdict lines. A broken line stops with its number.
pub fn stream(origin: &str, input: impl BufRead, mut out: impl Write, rules: &RuleSet, lex: &Lexicon) -> Result<usize> {
    let mut count = 0;
    for (i, line) in input.lines().enumerate() {
        let line = line.map_err(|e| Error::Io { path: origin.to_string(), source: e })?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Line = serde_json::from_str(&line).map_err(|e| Error::BadInput {
            origin: origin.to_string(),
            line: i + 1,
            message: format!("not a pair: {e}"),
            fix: "each line must be a JSON object with \"id\", \"a\" and \"b\"".into(),
        })?;
        let id = match &row.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let (verdict, _) = judge(&id, &row.a, &row.b, None, rules, lex);
        serde_json::to_writer(&mut out, &verdict)
            .map_err(|e| Error::Io { path: "<stdout>".into(), source: e.into() })?;
        out.write_all(b"\n").map_err(|e| Error::Io { path: "<stdout>".into(), source: e })?;
        count += 1;
    }
    Ok(count)
}
