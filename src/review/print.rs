//! Printers for a review: text, Markdown, JSON (`contra.review/1`), HTML and schema.org
//! ClaimReview JSON-LD.

use super::{Evidence, Label, Relation, Review, Verdict};
use crate::model::{Claim, Span};
use crate::report::json::ClaimView;
use serde::Serialize;
use serde_json::{Value, json};

pub const SCHEMA: &str = "contra.review/1";

#[derive(Serialize)]
struct EvidenceView<'a> {
    relation: Relation,
    rule: &'a str,
    explanation: &'a str,
    /// The source calls this report false: shown, but it decides nothing.
    discredited: bool,
    #[serde(flatten)]
    claim: ClaimView<'a>,
    document: &'a str,
    origin: &'a str,
}

#[derive(Serialize)]
struct DisputeView<'a> {
    rule: &'a str,
    explanation: &'a str,
    /// The source claims on each side (the draft's own claims left out).
    sides: Vec<Vec<ClaimView<'a>>>,
}

#[derive(Serialize)]
struct VerdictView<'a> {
    claim: &'a str,
    text: &'a str,
    sentence: &'a str,
    span: Span,
    line: usize,
    verdict: Label,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<&'a str>,
    /// Independent sources among the supporting claims.
    sources: usize,
    evidence: Vec<EvidenceView<'a>>,
    /// The sources' own conflicts on the point, side by side (disputed claims).
    disputes: Vec<DisputeView<'a>>,
    /// Source claims on the same topic that decide nothing.
    related: Vec<ClaimView<'a>>,
}

impl Review {
    fn evidence_view<'a>(&'a self, e: &'a Evidence) -> EvidenceView<'a> {
        let c: &Claim = &self.claims[e.claim];
        let doc = &self.documents[c.doc];
        EvidenceView {
            relation: e.relation,
            rule: &e.rule,
            explanation: &e.explanation,
            discredited: e.discredited,
            claim: ClaimView::new(c, &self.documents),
            document: &doc.id,
            origin: &doc.origin,
        }
    }

    fn verdict_view<'a>(&'a self, v: &'a Verdict) -> VerdictView<'a> {
        let c = &self.claims[v.claim];
        let doc = &self.documents[c.doc];
        VerdictView {
            claim: &c.id,
            text: &c.text,
            sentence: &c.sentence,
            span: c.span,
            line: doc.line_col(c.span.start).0,
            verdict: v.label,
            rule: v.rule.as_deref(),
            sources: v.sources,
            evidence: v.evidence.iter().map(|e| self.evidence_view(e)).collect(),
            disputes: v
                .disputes
                .iter()
                .map(|&f| DisputeView {
                    rule: &self.findings[f].rule,
                    explanation: &self.findings[f].explanation,
                    sides: self
                        .dispute_sides(f)
                        .into_iter()
                        .map(|side| {
                            side.into_iter().map(|c| ClaimView::new(&self.claims[c], &self.documents)).collect()
                        })
                        .collect(),
                })
                .collect(),
            related: v.related.iter().map(|&r| ClaimView::new(&self.claims[r], &self.documents)).collect(),
        }
    }
}

/// The review as the JSON contract `contra.review/1`.
pub fn to_value(review: &Review) -> Value {
    let draft = review.draft_document();
    let sources: Vec<Value> = review
        .documents
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != review.draft)
        .map(|(_, d)| {
            json!({"id": d.id, "origin": d.origin, "outlet": d.outlet, "title": d.title, "status": "checked", "reason": unchecked_part(d)})
        })
        .collect();
    let verdicts: Vec<VerdictView> = review.verdicts.iter().map(|v| review.verdict_view(v)).collect();
    let summary = json!({
        "claims": review.verdicts.len(),
        "supported": review.count(Label::Supported),
        "contradicted": review.count(Label::Contradicted),
        "disputed": review.count(Label::Disputed),
        "unsupported": review.count(Label::Unsupported),
    });
    let headings: Vec<Value> = review
        .titles
        .iter()
        .map(|&t| {
            json!({
                "claim": review.claims[t].id,
                "text": review.claims[t].text,
                "line": review.documents[review.claims[t].doc].line_col(review.claims[t].span.start).0,
                "reason": "a heading with no verb: it asserts nothing to check",
            })
        })
        .collect();
    json!({
        "schema": SCHEMA,
        "not_checked": headings,
        "draft": {"id": draft.id, "origin": draft.origin, "title": draft.title, "published": draft.published.map(|d| d.to_string()), "status": "checked", "reason": unchecked_part(draft)},
        "sources": sources,
        "skipped": review.skipped,
        "warnings": review.warnings,
        "verdicts": serde_json::to_value(verdicts).expect("verdicts serialise"),
        "summary": summary,
    })
}

/// What was left unchecked of a document only the start of which was checked (see
/// `--max-document-size`), as the check report says it.
fn unchecked_part(d: &crate::model::Document) -> Option<String> {
    d.truncated_from.map(|total| crate::ingest::truncation_note(d.text.len(), total, d.line_of(d.text.len())))
}

/// Lines for the inputs that were skipped or checked only in part, so that a review, like a
/// report, accounts for every input; empty when every input was checked whole.
pub fn inputs_not_checked(review: &Review) -> Vec<String> {
    let mut lines: Vec<String> = review
        .documents
        .iter()
        .filter_map(|d| unchecked_part(d).map(|r| format!("checked in part {}: {r}", d.origin)))
        .collect();
    lines.extend(review.skipped.iter().map(|s| format!("skipped {}: {}", s.origin, s.reason)));
    lines
}

pub fn json(review: &Review) -> String {
    let mut s = serde_json::to_string_pretty(&to_value(review)).expect("review serialises");
    s.push('\n');
    s
}

/// The output formats of `contra review`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Md,
    Json,
    Html,
    ClaimReview,
}

impl Format {
    /// The format an output file's extension asks for.
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Md),
            "json" => Some(Format::Json),
            "html" | "htm" => Some(Format::Html),
            "jsonld" => Some(Format::ClaimReview),
            _ => None,
        }
    }
}

/// Writes the review in `format`; `color` styles text output.
pub fn print(review: &Review, format: Format, color: bool, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let text = match format {
        Format::Text => text(review, color),
        Format::Md => markdown(review),
        Format::Json => json(review),
        Format::Html => super::html::render(review),
        Format::ClaimReview => claim_review(review),
    };
    out.write_all(text.as_bytes())
}

impl Review {
    /// Who stands behind a claim, for people: `Axios / The Kremlin`.
    pub fn source_label(&self, claim: usize) -> String {
        let c = &self.claims[claim];
        match (c.outlet(), c.speaker()) {
            (Some(o), Some(s)) => format!("{o} / {s}"),
            (Some(o), None) => o.to_string(),
            (None, Some(s)) => s.to_string(),
            (None, None) => self.documents[c.doc].outlet.clone().unwrap_or_else(|| self.documents[c.doc].id.clone()),
        }
    }

    /// `file:line` of a claim's first byte in its input file.
    pub fn location(&self, claim: usize) -> String {
        let c = &self.claims[claim];
        let doc = &self.documents[c.doc];
        format!("{}:{}", doc.origin, doc.line_col(c.span.start).0)
    }

    /// The claim's words on one line.
    pub fn words(&self, claim: usize) -> String {
        self.claims[claim].text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// One line of counts: `9 claims: 5 supported, 3 contradicted, 0 disputed, 1 unsupported`.
    pub fn counts_line(&self) -> String {
        format!(
            "{} claims of {} checked against {} source document(s): {} supported, {} contradicted, {} disputed, {} unsupported",
            self.verdicts.len(),
            self.draft_document().origin,
            self.documents.len() - 1,
            self.count(Label::Supported),
            self.count(Label::Contradicted),
            self.count(Label::Disputed),
            self.count(Label::Unsupported),
        )
    }

    /// The source claims on each side of one of the sources' own conflicts.
    pub fn dispute_sides(&self, finding: usize) -> Vec<Vec<usize>> {
        self.findings[finding]
            .members
            .iter()
            .map(|side| side.iter().copied().filter(|&c| self.claims[c].doc != self.draft).collect())
            .collect()
    }

    /// Why a verdict is what it is, in one sentence.
    pub fn reason(&self, v: &Verdict) -> String {
        let first = |r: Relation| v.evidence.iter().find(|e| e.relation == r);
        match v.label {
            Label::Supported => {
                let n = v.sources;
                let rule = v.rule.as_deref().unwrap_or("");
                format!("{n} independent source{} agree{} ({rule})", plural(n), if n == 1 { "s" } else { "" })
            }
            Label::Contradicted => {
                first(Relation::Contradicts).map(|e| format!("{} ({})", e.explanation, e.rule)).unwrap_or_default()
            }
            Label::Disputed => {
                let (s, c) = (v.supporters().len(), v.contradictors().len());
                let mut rules: Vec<&str> = v.disputes.iter().map(|&f| self.findings[f].rule.as_str()).collect();
                rules.dedup();
                let against = format!(
                    "{c} source claim{} against it {} contested by other sources",
                    plural(c),
                    if c == 1 { "is" } else { "are" }
                );
                if s == 0 && c == 0 {
                    "only a report that its own source calls false says this".to_string()
                } else if v.disputes.is_empty()
                    && let Some(speaker) = &v.quoted_speaker
                {
                    format!("other sources say otherwise; none reports that {speaker} said this")
                } else if s == 0 {
                    format!("the sources disagree among themselves ({}): the {against}", rules.join(", "))
                } else {
                    format!(
                        "the sources disagree among themselves ({}): {s} source claim{} support{} it; the {against}",
                        rules.join(", "),
                        plural(s),
                        if s == 1 { "s" } else { "" },
                    )
                }
            }
            Label::Unsupported => {
                if v.related.is_empty() {
                    "no source claim on this point".to_string()
                } else {
                    "sources touch the topic, but none says this".to_string()
                }
            }
        }
    }
}

impl Verdict {
    /// The supporting source claims that count (not discredited by their own source).
    pub fn supporters(&self) -> Vec<usize> {
        self.evidence.iter().filter(|e| e.relation == Relation::Supports && !e.discredited).map(|e| e.claim).collect()
    }
    /// The contradicting source claims that count.
    pub fn contradictors(&self) -> Vec<usize> {
        self.evidence
            .iter()
            .filter(|e| e.relation == Relation::Contradicts && !e.discredited)
            .map(|e| e.claim)
            .collect()
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn style(label: Label) -> anstyle::Style {
    use anstyle::{AnsiColor, Style};
    let color = match label {
        Label::Contradicted => AnsiColor::Red,
        Label::Disputed => AnsiColor::Yellow,
        Label::Supported => AnsiColor::Green,
        Label::Unsupported => AnsiColor::BrightBlack,
    };
    Style::new().bold().fg_color(Some(color.into()))
}

/// Text for a terminal: the counts, then every draft claim in draft order with its verdict,
/// the reason and each piece of evidence (`+` supports, `-` contradicts) with its words.
pub fn text(review: &Review, color: bool) -> String {
    let paint = |label: Label, s: &str| {
        if color {
            let st = style(label);
            format!("{st}{s}{st:#}")
        } else {
            s.to_string()
        }
    };
    let mut out = format!("{}\n", review.counts_line());
    for v in &review.verdicts {
        out.push('\n');
        out.push_str(&format!(
            "{:<12} {}  \"{}\"\n",
            paint(v.label, v.label.as_str()),
            review.location(v.claim),
            review.words(v.claim)
        ));
        out.push_str(&format!("             {}\n", review.reason(v)));
        for e in &v.evidence {
            let mark = match e.relation {
                _ if e.discredited => "x",
                Relation::Supports => "+",
                Relation::Contradicts => "-",
            };
            out.push_str(&format!(
                "  {mark} {} ({}, {}): \"{}\"\n",
                review.source_label(e.claim),
                review.location(e.claim),
                e.rule,
                review.words(e.claim)
            ));
        }
        for &f in &v.disputes {
            out.push_str(&format!("  sources in conflict [{}]:\n", review.findings[f].rule));
            for (k, side) in review.dispute_sides(f).iter().enumerate() {
                for &c in side {
                    out.push_str(&format!(
                        "    {} {} ({}): \"{}\"\n",
                        ["a", "b", "c", "d"][k.min(3)],
                        review.source_label(c),
                        review.location(c),
                        review.words(c)
                    ));
                }
            }
        }
        if v.label == Label::Unsupported {
            for &r in &v.related {
                out.push_str(&format!(
                    "  ? {} ({}): \"{}\"\n",
                    review.source_label(r),
                    review.location(r),
                    review.words(r)
                ));
            }
        }
    }
    for &t in &review.titles {
        out.push_str(&format!("\nnot checked  {}  \"{}\" (a heading)\n", review.location(t), review.words(t)));
    }
    let inputs = inputs_not_checked(review);
    if !inputs.is_empty() {
        out.push_str("\nInputs\n");
        for line in inputs {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}

/// Markdown for an editor's notes: a table of verdicts, then each claim with its evidence
/// quoted.
pub fn markdown(review: &Review) -> String {
    use crate::report::md::escape;
    let draft = review.draft_document();
    let title = draft.title.clone().unwrap_or_else(|| draft.origin.clone());
    let mut out = format!("# Review: {}\n\n{}\n\n", escape(&title), escape(&review.counts_line()));
    out.push_str("| # | Verdict | Draft claim | Evidence |\n| --- | --- | --- | --- |\n");
    for (n, v) in review.verdicts.iter().enumerate() {
        let cell = |s: &str| escape(s).replace('|', "\\|");
        out.push_str(&format!(
            "| {} | **{}** | {} | {} |\n",
            n + 1,
            v.label.as_str(),
            cell(&review.words(v.claim)),
            cell(&review.reason(v))
        ));
    }
    for (n, v) in review.verdicts.iter().enumerate() {
        out.push_str(&format!(
            "\n## {}. {}: \"{}\"\n\n{} (draft line {})\n",
            n + 1,
            v.label.as_str(),
            escape(&review.words(v.claim)),
            escape(&review.reason(v)),
            review.location(v.claim).rsplit(':').next().unwrap_or("")
        ));
        for e in &v.evidence {
            let what = match e.relation {
                _ if e.discredited => "Called false by its own source",
                Relation::Supports => "Supports",
                Relation::Contradicts => "Contradicts",
            };
            out.push_str(&format!(
                "\n- {what}: **{}** · {} · `{}`\n\n  > {}\n",
                escape(&review.source_label(e.claim)),
                escape(&review.location(e.claim)),
                e.rule,
                escape(&review.words(e.claim))
            ));
        }
        for &f in &v.disputes {
            out.push_str(&format!("\nThe sources in conflict (`{}`):\n", review.findings[f].rule));
            for (k, side) in review.dispute_sides(f).iter().enumerate() {
                for &c in side {
                    out.push_str(&format!(
                        "\n- Side {}: **{}** · {}\n\n  > {}\n",
                        ["A", "B", "C", "D"][k.min(3)],
                        escape(&review.source_label(c)),
                        escape(&review.location(c)),
                        escape(&review.words(c))
                    ));
                }
            }
        }
        if v.label == Label::Unsupported && !v.related.is_empty() {
            out.push_str("\nNearest source claims (they do not say this):\n");
            for &r in &v.related {
                out.push_str(&format!(
                    "\n- **{}** · {}\n\n  > {}\n",
                    escape(&review.source_label(r)),
                    escape(&review.location(r)),
                    escape(&review.words(r))
                ));
            }
        }
    }
    let inputs = inputs_not_checked(review);
    if !inputs.is_empty() {
        out.push_str("\n## Inputs\n\n");
        for line in inputs {
            out.push_str(&format!("- {}\n", escape(&line)));
        }
    }
    out
}

/// schema.org ClaimReview JSON-LD, one review per supported or contradicted draft claim:
/// the claim, a rating with a textual `alternateName`, and the item reviewed with the
/// appearance of each source that decided it.
pub fn claim_review(review: &Review) -> String {
    let draft = review.draft_document();
    let author = draft
        .metadata
        .get("author")
        .or_else(|| draft.metadata.get("publisher"))
        .map(|name| json!({"@type": "Organization", "name": name}));
    let items: Vec<Value> = review
        .verdicts
        .iter()
        .filter(|v| matches!(v.label, Label::Supported | Label::Contradicted))
        .map(|v| {
            let relation = if v.label == Label::Supported { Relation::Supports } else { Relation::Contradicts };
            let appearance: Vec<Value> = v
                .evidence
                .iter()
                .filter(|e| e.relation == relation)
                .map(|e| {
                    let c = &review.claims[e.claim];
                    let doc = &review.documents[c.doc];
                    let mut work = json!({
                        "@type": "CreativeWork",
                        "text": review.words(e.claim),
                        "name": doc.title.clone().unwrap_or_else(|| doc.id.clone()),
                    });
                    if let Some(outlet) = c.outlet().or(doc.outlet.as_deref()) {
                        work["publisher"] = json!({"@type": "Organization", "name": outlet});
                    }
                    if let Some(speaker) = c.speaker() {
                        work["author"] = json!({"@type": "Thing", "name": speaker});
                    }
                    if let Some(url) = &doc.url {
                        work["url"] = json!(url);
                    }
                    if let Some(date) = doc.published {
                        work["datePublished"] = json!(date.to_string());
                    }
                    work
                })
                .collect();
            let (value, name) = match v.label {
                Label::Supported => (5, "Supported by sources"),
                _ => (1, "Contradicted by sources"),
            };
            let mut item = json!({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": review.words(v.claim),
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": name,
                    "ratingExplanation": review.reason(v),
                },
                "itemReviewed": {"@type": "Claim", "appearance": appearance},
            });
            if let Some(date) = draft.published {
                item["datePublished"] = json!(date.to_string());
            }
            if let Some(url) = &draft.url {
                item["url"] = json!(url);
            }
            if let Some(a) = &author {
                item["author"] = a.clone();
            }
            item
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&Value::Array(items)).expect("JSON-LD serialises");
    s.push('\n');
    s
}
