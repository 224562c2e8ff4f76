//! review: a draft + its sources -> one verdict per draft claim.
//!
//! The draft and the sources go through the same pipeline as `check` (one corpus, one
//! alignment), so a draft claim meets the source claims that alignment pairs with it. Each
//! such pair is offered to the conflict rules (in both orders) and to the agreement rules:
//! a conflict makes the source claim evidence against the draft, an agreement evidence for
//! it. The sources' own conflicts (the engine run over the corpus) tell a claim the sources
//! disagree on (disputed) from one they refute (contradicted).

pub mod html;
pub mod print;

use crate::align;
use crate::engine::kinds::Ctx;
use crate::engine::{self, Finding, RuleSet};
use crate::error::{Error, Result};
use crate::ingest::{self, Corpus, IngestOptions};
use crate::lexicon::Lexicon;
use crate::model::{Claim, Document, Role, Skipped, Warning};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The verdict on one draft claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Contradicted,
    Disputed,
    Supported,
    Unsupported,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Contradicted => "contradicted",
            Label::Disputed => "disputed",
            Label::Supported => "supported",
            Label::Unsupported => "unsupported",
        }
    }
}

/// How a source claim bears on a draft claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// A conflict rule fired between the two.
    Contradicts,
    /// An agreement rule fired between the two.
    Supports,
}

/// One source claim cited for a verdict, with the rule that related it to the draft claim.
#[derive(Debug, Clone)]
pub struct Evidence {
    /// Index of the source claim.
    pub claim: usize,
    pub relation: Relation,
    /// `category/id` of the rule that decided.
    pub rule: String,
    pub explanation: String,
    /// The source itself calls this claim's report false ("a false report that ..."): shown,
    /// but it neither supports nor contradicts the draft.
    pub discredited: bool,
}

/// The verdict on one draft claim and the source claims it rests on.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// Index of the draft claim.
    pub claim: usize,
    pub label: Label,
    /// Independent sources among the supporting claims.
    pub sources: usize,
    /// The rule behind the verdict: the conflict for contradicted and disputed, the
    /// strongest agreement for supported.
    pub rule: Option<String>,
    pub evidence: Vec<Evidence>,
    /// For disputed claims: the sources' own conflict findings on the point.
    pub disputes: Vec<usize>,
    /// Source claims on the same topic that neither support nor contradict (for the
    /// editor's eye; not evidence).
    pub related: Vec<usize>,
    /// The speaker the draft claim reports ("the White House said ..."), if it reports speech.
    pub quoted_speaker: Option<String>,
}

/// A whole review: the draft, its sources and a verdict per draft claim.
pub struct Review {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    /// Index of the draft in `documents`.
    pub draft: usize,
    pub verdicts: Vec<Verdict>,
    /// Draft lines that are headings, not claims ("# What we know about the summit"):
    /// listed, not judged.
    pub titles: Vec<usize>,
    /// The engine's findings over draft and sources (the sources' own conflicts among them).
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
}

impl Review {
    pub fn count(&self, label: Label) -> usize {
        self.verdicts.iter().filter(|v| v.label == label).count()
    }
    /// Any claim of the draft is contradicted by its sources (exit code 1).
    pub fn has_contradictions(&self) -> bool {
        self.count(Label::Contradicted) > 0
    }
    pub fn draft_document(&self) -> &Document {
        &self.documents[self.draft]
    }
}

/// Reads the draft (exactly one document, read as `role: draft` whatever its front matter
/// says) and its sources (read as sources) into one corpus, the draft first.
pub fn read_inputs(draft: &str, sources: &[String], options: &IngestOptions, lex: &Lexicon) -> Result<Corpus> {
    let as_draft = IngestOptions { role: Some(Role::Draft), outlet: None, ..options.clone() };
    let mut corpus = ingest::read_paths(&[draft.to_string()], &as_draft, lex)?;
    if corpus.documents.len() != 1 {
        return Err(Error::Usage {
            message: format!(
                "{draft}: holds {} documents; review takes one draft (pass the others with --sources)",
                corpus.documents.len()
            ),
        });
    }
    corpus.documents[0].role = Role::Draft;
    let as_source = IngestOptions { role: Some(Role::Source), ..options.clone() };
    let mut sourced = ingest::read_paths(sources, &as_source, lex)?;
    for d in &mut sourced.documents {
        if d.role == Role::Draft {
            corpus.warnings.push(Warning {
                origin: d.origin.clone(),
                message: "says `role: draft` but was given with --sources; read as a source".into(),
            });
            d.role = Role::Source;
        }
    }
    corpus.documents.append(&mut sourced.documents);
    corpus.skipped.append(&mut sourced.skipped);
    corpus.warnings.append(&mut sourced.warnings);
    Ok(corpus)
}

/// Reviews the draft (the first document of `corpus` with role draft, else the first) against
/// the other documents.
pub fn review(corpus: Corpus, rules: &RuleSet, lex: &Lexicon) -> Review {
    let draft = corpus.documents.iter().position(|d| d.role == Role::Draft).unwrap_or(0);
    let analysis = crate::analyze(corpus, lex);
    let (docs, claims) = (&analysis.documents, &analysis.claims);
    let alignment = align::align(claims, docs, lex, align::AlignOptions::default());
    let findings = engine::run(rules, claims, docs, &alignment, lex);
    let ctx = Ctx::new(claims, docs, &alignment, lex);
    let mut candidates: BTreeMap<usize, Vec<(usize, f32)>> = BTreeMap::new();
    for p in &alignment.pairs {
        let (da, db) = (claims[p.a].doc == draft, claims[p.b].doc == draft);
        if da != db {
            let (d, s) = if da { (p.a, p.b) } else { (p.b, p.a) };
            candidates.entry(d).or_default().push((s, p.similarity));
        }
    }
    // The sources' own conflicts: findings with source claims on both sides (the draft's
    // claims may sit on a side too; they do not count).
    let source_conflicts: Vec<usize> = (0..findings.len())
        .filter(|&i| {
            let f = &findings[i];
            f.kind.is_conflict() && f.members.iter().all(|side| side.iter().any(|&m| claims[m].doc != draft))
        })
        .collect();
    let (titles, checked): (Vec<usize>, Vec<usize>) =
        (0..claims.len()).filter(|&i| claims[i].doc == draft).partition(|&i| is_title(&claims[i], &docs[draft], lex));
    let discredited = discredited_claims(&ctx, &findings, &source_conflicts);
    let verdicts = checked
        .into_iter()
        .map(|d| {
            let found = candidates.get(&d).map(Vec::as_slice).unwrap_or(&[]);
            judge(&ctx, rules, &findings, &source_conflicts, &discredited, d, found)
        })
        .collect();
    Review {
        documents: analysis.documents,
        claims: analysis.claims,
        draft,
        verdicts,
        titles,
        findings,
        skipped: analysis.skipped,
        warnings: analysis.warnings,
    }
}

/// A heading of the draft with no verb or in the form of a question: it names the subject
/// of the piece and asserts nothing ("# What we know about the cancelled summit").
fn is_title(claim: &Claim, draft: &Document, lex: &Lexicon) -> bool {
    let line_start = draft.text[..claim.sentence_span.start].rfind('\n').map_or(0, |i| i + 1);
    let line = draft.text[line_start..].lines().next().unwrap_or("");
    let heading = line.trim_start().starts_with('#') || draft.title.as_deref().is_some_and(|t| t.trim() == line.trim());
    let toks = crate::text::tokenize(&claim.text, 0);
    let first_word = toks.iter().find(|t| t.is_word()).map(|t| t.norm.as_str());
    let question = matches!(first_word, Some("what" | "how" | "why" | "who" | "where" | "when" | "which"));
    heading && (question || !(0..toks.len()).any(|k| crate::syntax::is_finite_verb(&toks, k, lex)))
}

/// The verdict on draft claim `d` given its candidate source claims.
fn judge(
    ctx: &Ctx,
    rules: &RuleSet,
    findings: &[Finding],
    source_conflicts: &[usize],
    discredited: &BTreeSet<usize>,
    d: usize,
    candidates: &[(usize, f32)],
) -> Verdict {
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut related = Vec::new();
    let mut ranked = candidates.to_vec();
    ranked.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap_or(std::cmp::Ordering::Equal).then(x.0.cmp(&y.0)));
    for &(s, _) in &ranked {
        // As in `check`, a pair that conflicts is never also an agreement: a source that
        // puts the call at two hours does not support a draft that puts it at three, however
        // much else they share.
        let found =
            relate(ctx, rules, d, s, Relation::Contradicts).or_else(|| relate(ctx, rules, d, s, Relation::Supports));
        match found {
            Some(e) => evidence.push(e),
            None if related.len() < 3 => related.push(s),
            None => {}
        }
    }
    // Content the source itself attributes to "a false report" is what the source
    // discredits, and so is what that source tells on the same side of a conflict: a draft
    // that calls the report false agrees with the source, and one that repeats the report
    // has no support from it.
    for e in &mut evidence {
        e.discredited = discredited.contains(&e.claim);
    }
    let standing = |r: Relation| -> Vec<usize> {
        evidence.iter().filter(|e| e.relation == r && !e.discredited).map(|e| e.claim).collect()
    };
    let (supporters, contradictors) = (standing(Relation::Supports), standing(Relation::Contradicts));
    let discredited_only = supporters.is_empty() && evidence.iter().any(|e| e.discredited);
    let disputes: Vec<usize> = source_conflicts
        .iter()
        .copied()
        .filter(|&f| findings[f].all_members().any(|m| contradictors.contains(&m)))
        .collect();
    // A contradiction is disputed when the sources themselves are split on it: the
    // contradicting claim stands in a conflict of their own on the same ground (another
    // source gives another toll), or against a claim that supports the draft. One
    // contradiction no source disputes decides.
    let rule_of =
        |c: usize| evidence.iter().find(|e| e.claim == c && e.relation == Relation::Contradicts).map(|e| &e.rule);
    let disputed = |c: usize| {
        source_conflicts.iter().any(|&f| {
            let side_of = |x: usize| findings[f].members.iter().position(|side| side.contains(&x));
            let Some(side) = side_of(c) else { return false };
            Some(&findings[f].rule) == rule_of(c) || supporters.iter().any(|&s| side_of(s).is_some_and(|k| k != side))
        })
    };
    // A draft claim that reports what someone said ("the White House said the report was
    // false") is wrong only if that speaker's own words say otherwise; other sources
    // contradicting the speaker are the dispute the draft reports, not an error in it.
    let quoted_speaker = reported_speaker(ctx, d);
    let label = if contradictors.is_empty() {
        if !supporters.is_empty() {
            Label::Supported
        } else if discredited_only {
            Label::Disputed
        } else {
            Label::Unsupported
        }
    } else if own_words(ctx, d, &contradictors) && !own_words(ctx, d, &supporters) {
        Label::Contradicted
    } else if quoted_speaker.is_some() {
        if supporters.is_empty() { Label::Disputed } else { Label::Supported }
    } else if contradictors.iter().all(|&c| disputed(c)) {
        Label::Disputed
    } else {
        Label::Contradicted
    };
    let rule = match label {
        Label::Contradicted | Label::Disputed => {
            evidence.iter().find(|e| e.relation == Relation::Contradicts).map(|e| e.rule.clone())
        }
        Label::Supported => evidence.iter().find(|e| e.relation == Relation::Supports).map(|e| e.rule.clone()),
        Label::Unsupported => None,
    };
    let sources = engine::independent_sources(ctx, &supporters);
    evidence.sort_by_key(|e| (e.relation, e.claim));
    Verdict { claim: d, label, sources, rule, evidence, disputes, related, quoted_speaker }
}

/// The most specific rule of one relation that relates draft claim `d` to source claim
/// `s`: a status, figure, date or stance before plain negation and opposite words.
fn relate(ctx: &Ctx, rules: &RuleSet, d: usize, s: usize, relation: Relation) -> Option<Evidence> {
    let claims = ctx.claims;
    let specificity = |kind: &str| {
        ["event-status", "quantity-mismatch", "time-mismatch", "stance", "denial", "agreement", "opposed-terms"]
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(usize::MAX)
    };
    let mut ordered: Vec<&crate::engine::Rule> = rules.rules.iter().collect();
    ordered.sort_by_key(|r| specificity(&r.kind_name));
    ordered.into_iter().find_map(|rule| {
        if rule.exclude.iter().any(|r| r.is_match(&claims[d].text) || r.is_match(&claims[s].text)) {
            return None;
        }
        let m = match relation {
            Relation::Supports if rule.kind.groups() => rule.kind.agrees(ctx, d, s)?,
            Relation::Contradicts if !rule.kind.groups() && rule.level.is_conflict() => {
                rule.kind.check(ctx, d, s).or_else(|| rule.kind.check(ctx, s, d))?
            }
            _ => return None,
        };
        let explanation = engine::explain_match(rule, ctx, &m).replace("{count}", "2");
        Some(Evidence { claim: s, relation, rule: rule.id.clone(), explanation, discredited: false })
    })
}

/// Whether any of `evidence` is in the words of the very actor the draft claim is about.
/// A contradiction in the actor's own words ("the Kremlin confirmed a date" against the
/// Kremlin's "never a set date") settles it, unless the actor's words also support the draft
/// (a speaker who gave one toll and then another). Only a named speaker counts: "a security
/// official" in the draft and in a source may be two people.
fn own_words(ctx: &Ctx, d: usize, evidence: &[usize]) -> bool {
    let features = &ctx.alignment.features;
    let mut actors = features[d].subject.clone();
    actors.extend(features[d].source.speaker.iter().cloned());
    let named = |c: usize| {
        ctx.claims[c].speaker().is_some_and(|s| {
            crate::text::tokenize(s, 0)
                .iter()
                .any(|t| t.is_word() && t.is_capitalized() && !ctx.lex.grammar.stopwords.contains(t.norm.as_str()))
        })
    };
    // A report quoted inside a speaker's sentence ("a news report claiming ... is false")
    // is not the speaker's own words.
    let own = |c: usize| ctx.claims[c].modality != crate::model::Modality::Reported;
    evidence.iter().any(|&c| named(c) && own(c) && !features[c].source.speaker.is_disjoint(&actors))
}

/// Source claims their own source discredits: attributed to a report the source calls
/// false (the attribution carries a denial cue: "a false report that North Korea fired a
/// missile"), and the claims of the same document on the same side of a conflict as one.
fn discredited_claims(ctx: &Ctx, findings: &[Finding], source_conflicts: &[usize]) -> BTreeSet<usize> {
    let called_false = |c: usize| {
        ctx.claims[c].speaker().is_some_and(|speaker| {
            let toks = crate::text::tokenize(speaker, 0);
            ctx.lex.cues.classes.find_all(&toks).iter().any(|m| m.value == "denial")
        })
    };
    let mut out: BTreeSet<usize> = (0..ctx.claims.len()).filter(|&c| called_false(c)).collect();
    for &f in source_conflicts {
        for side in &findings[f].members {
            let docs: BTreeSet<usize> = side.iter().filter(|c| out.contains(c)).map(|&c| ctx.claims[c].doc).collect();
            out.extend(side.iter().copied().filter(|&c| docs.contains(&ctx.claims[c].doc)));
        }
    }
    out
}

/// The speaker of a draft claim that reports speech: a verb of saying or reporting in its
/// attribution ("said", "told", "according to"), or a quotation. "Ukraine rejected the
/// proposal" reports an act, not words.
fn reported_speaker(ctx: &Ctx, d: usize) -> Option<String> {
    let c = &ctx.claims[d];
    let speaker = c.speaker()?;
    let cue = c.attribution.cue.as_deref().unwrap_or("");
    let toks = crate::text::tokenize(cue, 0);
    let says = ctx
        .lex
        .reporting
        .verbs
        .find_all(&toks)
        .iter()
        .any(|m| matches!(m.value, crate::lexicon::VerbClass::Say | crate::lexicon::VerbClass::Report));
    let according = toks.iter().any(|t| t.norm == "according");
    (says || according || c.attribution.quoted).then(|| speaker.to_string())
}

#[cfg(test)]
mod tests {}
