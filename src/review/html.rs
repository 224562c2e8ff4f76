//! The review as one self-contained HTML page (no network): the counts, then every draft
//! claim with its verdict and the source words that decide it. The template is
//! `templates/review.html`; askama escapes every value.

use super::{Label, Relation, Review};
use crate::report::dates_label;
use askama::Template;

struct EvidenceView {
    relation: &'static str,
    source: String,
    dates: Option<String>,
    words: String,
    location: String,
    rule: String,
}

struct VerdictView {
    id: String,
    label: &'static str,
    line: usize,
    rule: Option<String>,
    words: String,
    reason: String,
    evidence: Vec<EvidenceView>,
    /// The sources' own conflicts: rule, then each side's claims.
    disputes: Vec<(String, Vec<Vec<EvidenceView>>)>,
    related: Vec<EvidenceView>,
}

#[derive(Template)]
#[template(path = "review.html")]
struct Page {
    title: String,
    counts: String,
    stats: Vec<(&'static str, usize)>,
    verdicts: Vec<VerdictView>,
    headings: Vec<String>,
    /// Inputs skipped or checked only in part.
    inputs: Vec<String>,
}

pub fn render(review: &Review) -> String {
    let draft = review.draft_document();
    let view = |claim: usize, relation: &'static str, rule: &str| EvidenceView {
        relation,
        source: review.source_label(claim),
        dates: dates_label(&review.claims[claim]),
        words: review.words(claim),
        location: review.location(claim),
        rule: rule.to_string(),
    };
    let verdicts = review
        .verdicts
        .iter()
        .map(|v| {
            let c = &review.claims[v.claim];
            VerdictView {
                id: c.id.clone(),
                label: v.label.as_str(),
                line: review.documents[c.doc].line_col(c.span.start).0,
                rule: v.rule.clone(),
                words: review.words(v.claim),
                reason: review.reason(v),
                evidence: v
                    .evidence
                    .iter()
                    .map(|e| {
                        let relation = match e.relation {
                            _ if e.discredited => "discredited",
                            Relation::Supports => "supports",
                            Relation::Contradicts => "contradicts",
                        };
                        view(e.claim, relation, &e.rule)
                    })
                    .collect(),
                disputes: v
                    .disputes
                    .iter()
                    .map(|&f| {
                        let rule = review.findings[f].rule.clone();
                        let sides = review
                            .dispute_sides(f)
                            .into_iter()
                            .map(|side| side.into_iter().map(|c| view(c, "side", "")).collect())
                            .collect();
                        (rule, sides)
                    })
                    .collect(),
                related: if v.label == Label::Unsupported {
                    v.related.iter().map(|&r| view(r, "related", "")).collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    let page = Page {
        title: draft.title.clone().unwrap_or_else(|| draft.origin.clone()),
        counts: review.counts_line(),
        stats: [Label::Contradicted, Label::Disputed, Label::Supported, Label::Unsupported]
            .into_iter()
            .map(|l| (l.as_str(), review.count(l)))
            .collect(),
        verdicts,
        headings: review.titles.iter().map(|&t| review.words(t)).collect(),
        inputs: super::print::inputs_not_checked(review),
    };
    page.render().expect("the review template renders")
}
