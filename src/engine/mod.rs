//! engine: `Alignment` + rules -> `Vec<Finding>`.
//!
//! Every candidate pair from alignment is offered to every conflict rule in both orders;
//! the matches of a rule are grouped into findings, one per pair of sides (all claims that
//! put the toll at 170,000 against all that put it at 210,000). Agreement rules then join
//! claims that say the same thing from independent sources, never across a conflict.

pub mod kinds;
pub mod rule;

use crate::align::Alignment;
use crate::fasthash::{FastMap as HashMap, FastSet as HashSet};
use crate::lexicon::Lexicon;
use crate::model::{Claim, Document};
use kinds::{Ctx, PairMatch};
use rayon::prelude::*;
pub use rule::{Level, Rule, RuleSet, Severity};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One finding: a rule that fired, the claims it joins (by side), and why.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub id: String,
    /// The rule's level: contradiction, discrepancy, update or agreement.
    pub kind: Level,
    /// `category/id` of the rule.
    pub rule: String,
    pub severity: Severity,
    /// Claim ids, side a first.
    pub claims: Vec<String>,
    /// Claim ids on each side (agreements have one side).
    pub sides: Vec<Vec<String>>,
    pub explanation: String,
    /// Claim indices (for reports), not serialised.
    #[serde(skip)]
    pub members: Vec<Vec<usize>>,
}

impl Finding {
    pub fn all_members(&self) -> impl Iterator<Item = usize> + '_ {
        self.members.iter().flatten().copied()
    }
}

/// Runs every rule over the aligned claims. Each rule looks at the candidate pairs in
/// parallel (rayon); matches are collected in pair order, so findings do not depend on the
/// number of threads.
pub fn run(rules: &RuleSet, claims: &[Claim], docs: &[Document], alignment: &Alignment, lex: &Lexicon) -> Vec<Finding> {
    let ctx = Ctx::new(claims, docs, alignment, lex);
    let mut findings = Vec::new();
    let mut conflicting: HashSet<(usize, usize)> = HashSet::default();
    // The pairs each kind's conflict rules have matched: a finer rule of one kind ("no such
    // meeting took place") does not tell again what an earlier rule of that kind found.
    let mut matched_by_kind: HashMap<&str, HashSet<(usize, usize)>> = HashMap::default();
    // Conflicts first: a pair two sources contradict each other on is no update as well.
    let screens = Screen::all(rules, &ctx);
    let pairwise = rules.rules.iter().zip(&screens).filter(|(r, _)| !r.kind.groups());
    let (conflict_rules, update_rules): (Vec<_>, Vec<_>) = pairwise.partition(|(r, _)| r.level.is_conflict());
    for (rule, can) in conflict_rules.into_iter().chain(update_rules) {
        let matched_before = matched_by_kind.get(rule.kind_name.as_str());
        // The screens first: they are two lookups, and most rules screen out most pairs.
        let matches: Vec<PairMatch> = alignment
            .pairs
            .par_iter()
            .filter(|p| can.a[p.a] && can.b[p.b] || can.a[p.b] && can.b[p.a])
            .filter(|p| rule.level.is_conflict() || !conflicting.contains(&(p.a, p.b)))
            .filter(|p| !matched_before.is_some_and(|m| m.contains(&(p.a, p.b))))
            .flat_map_iter(|p| {
                [(p.a, p.b), (p.b, p.a)]
                    .into_iter()
                    .filter(|&(a, b)| can.a[a] && can.b[b])
                    .filter_map(|(a, b)| rule.kind.check(&ctx, a, b))
            })
            .collect();
        if rule.level.is_conflict() {
            let of_kind = matched_by_kind.entry(rule.kind_name.as_str()).or_default();
            for m in &matches {
                let pair = (m.a.min(m.b), m.a.max(m.b));
                conflicting.insert(pair);
                of_kind.insert(pair);
            }
        }
        findings.extend(group_conflicts(rule, &ctx, matches));
    }
    let grouping: Vec<_> = rules.rules.iter().zip(&screens).filter(|(r, _)| r.kind.groups()).collect();
    let mut edges_of_rule = Vec::with_capacity(grouping.len());
    for &(rule, can) in &grouping {
        // Edges keep the pair and its side, not the whole match: a day of wire copy has
        // millions of them. Their order within a side is set by sorting, not by threads.
        let by_side: BTreeMap<String, Vec<Edge>> = alignment
            .pairs
            .par_iter()
            .enumerate()
            .filter(|(_, p)| can.a[p.a] && can.b[p.b] && !conflicting.contains(&(p.a, p.b)))
            .filter_map(|(k, p)| rule.kind.agrees(&ctx, p.a, p.b).map(|m| (Edge::new(p.similarity, k), m.side_a)))
            .fold(BTreeMap::new, |mut by_side: BTreeMap<String, Vec<Edge>>, (edge, side)| {
                by_side.entry(side).or_default().push(edge);
                by_side
            })
            .reduce(BTreeMap::new, |mut x, y| {
                for (side, edges) in y {
                    x.entry(side).or_default().extend(edges);
                }
                x
            });
        edges_of_rule.push(by_side);
    }
    // Each rule's groups are its own: the rules are grouped side by side, kept in rule order.
    let grouped: Vec<Vec<Finding>> = grouping
        .par_iter()
        .zip(edges_of_rule)
        .map(|(&(rule, _), by_side)| group_agreements(rule, &ctx, by_side, &conflicting))
        .collect();
    findings.extend(grouped.into_iter().flatten());
    // Stable order: by the first claim, then rule.
    findings.sort_by(|x, y| {
        let fx = x.all_members().min();
        let fy = y.all_members().min();
        (fx, &x.rule, x.kind).cmp(&(fy, &y.rule, y.kind))
    });
    for (i, f) in findings.iter_mut().enumerate() {
        f.id = format!("f{}", i + 1);
        f.claims = f.all_members().map(|m| claims[m].id.clone()).collect();
        f.sides = f.members.iter().map(|s| s.iter().map(|&m| claims[m].id.clone()).collect()).collect();
    }
    findings
}

/// Which claims can be side a and which side b of a rule's matches: asked once per claim
/// (in parallel) instead of on every pair the claim is in. Claims in no candidate pair and
/// claims the rule excludes can be neither.
struct Screen {
    a: Vec<bool>,
    b: Vec<bool>,
}

impl Screen {
    /// The screens of every rule, in rule order: claim by claim (in parallel), each
    /// claim's tokens forgotten once its screens are done.
    fn all(rules: &RuleSet, ctx: &Ctx) -> Vec<Screen> {
        let mut in_pairs = vec![false; ctx.claims.len()];
        for p in &ctx.alignment.pairs {
            in_pairs[p.a] = true;
            in_pairs[p.b] = true;
        }
        let n = rules.rules.len();
        let per_claim: Vec<(bool, bool)> = (0..ctx.claims.len())
            .into_par_iter()
            .flat_map_iter(|i| {
                let fragment = in_pairs[i] && ctx.is_fragment(i);
                let answers: Vec<(bool, bool)> = rules
                    .rules
                    .iter()
                    .map(|rule| {
                        if !in_pairs[i] || fragment || rule.exclude.iter().any(|r| r.is_match(&ctx.claims[i].text)) {
                            return (false, false);
                        }
                        (rule.kind.can_be_a(ctx, i), rule.kind.can_be_b(ctx, i))
                    })
                    .collect();
                ctx.forget_own(i);
                answers
            })
            .collect();
        (0..n)
            .map(|r| {
                let (a, b) = per_claim.iter().skip(r).step_by(n).copied().unzip();
                Screen { a, b }
            })
            .collect()
    }
}

/// Groups a conflict rule's pair matches: connected claims, then one finding per pair of
/// side keys present among them.
fn group_conflicts(rule: &Rule, ctx: &Ctx, matches: Vec<PairMatch>) -> Vec<Finding> {
    let matches: Vec<PairMatch> = matches
        .into_iter()
        .filter(|m| !denial_in_a_headline(rule, ctx, m))
        .filter(|m| !denial_told_with_its_report(rule, ctx, m))
        .collect();

    let mut uf = UnionFind::new(ctx.claims.len());
    for m in &matches {
        uf.union(m.a, m.b);
    }
    // (component, side a key, side b key) -> matches; a pair of keys is unordered.
    let mut groups: BTreeMap<(usize, String, String), Vec<&PairMatch>> = BTreeMap::new();
    for m in &matches {
        let comp = uf.find(m.a);
        groups.entry((comp, m.side_a.clone(), m.side_b.clone())).or_default().push(m);
    }
    let mut out = Vec::new();
    let mut done: HashSet<(usize, String, String)> = HashSet::default();
    for ((comp, ka, kb), ms) in &groups {
        let reverse = (*comp, kb.clone(), ka.clone());
        if done.contains(&reverse) {
            continue;
        }
        done.insert((*comp, ka.clone(), kb.clone()));
        let mut side_a: BTreeSet<usize> = ms.iter().map(|m| m.a).collect();
        let mut side_b: BTreeSet<usize> = ms.iter().map(|m| m.b).collect();
        if let Some(rev) = groups.get(&reverse) {
            side_a.extend(rev.iter().map(|m| m.b));
            side_b.extend(rev.iter().map(|m| m.a));
        }
        // A claim on both sides is ambiguous about this point: leave it out.
        let both: Vec<usize> = side_a.intersection(&side_b).copied().collect();
        for c in both {
            side_a.remove(&c);
            side_b.remove(&c);
        }
        if side_a.is_empty() || side_b.is_empty() {
            continue;
        }
        if denies_or_negates(rule) {
            join_retellings(ctx, &mut side_a, &side_b);
            join_retellings(ctx, &mut side_b, &side_a);
            join_what_a_denial_says(ctx, &mut side_a, &side_b);
            join_what_a_denial_says(ctx, &mut side_b, &side_a);
        }
        let first = ms[0];
        let voices = |side: &BTreeSet<usize>| distinct_voices(ctx, side.iter().copied());
        let mut severity = rule.severity;
        if voices(&side_a) >= 2 && voices(&side_b) >= 2 {
            severity = severity.raised();
        }
        let explanation = explain_match(rule, ctx, first);
        out.push(Finding {
            id: String::new(),
            kind: rule.level,
            rule: rule.id.clone(),
            severity,
            claims: vec![],
            sides: vec![],
            explanation,
            members: vec![side_a.into_iter().collect(), side_b.into_iter().collect()],
        });
    }
    out
}

/// Joins agreeing claims, strongest links first: per side (one status, one tone), never
/// putting two conflicting claims in one group, and joining two groups only when most of
/// their claims agree pairwise (so "A says X, B says X and Y, C says Y" does not chain A to
/// C). Keeps groups with at least two independent sources.
fn group_agreements(
    rule: &Rule,
    ctx: &Ctx,
    by_side: BTreeMap<String, Vec<Edge>>,
    conflicting: &HashSet<(usize, usize)>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (_, edges) in by_side {
        // Links between independent sources first: a link within one source (a headline
        // and the story's quote of it) corroborates nothing, and joined first it could keep
        // a claim out of the group that does. Then strongest first; pairs are sorted by
        // claims, so pair order is claim order.
        let mut edges: Vec<(bool, Edge)> = edges
            .into_iter()
            .map(|e| {
                let (a, b) = e.claims(ctx);
                (one_source(ctx, a, b), e)
            })
            .collect();
        edges.sort_by(|(rx, x), (ry, y)| {
            rx.cmp(ry)
                .then(y.similarity.partial_cmp(&x.similarity).unwrap_or(std::cmp::Ordering::Equal))
                .then(x.pair.cmp(&y.pair))
        });
        let edges: Vec<Edge> = edges.into_iter().map(|(_, e)| e).collect();
        // Which candidate pairs agree on this side: a flag per pair, not a set of millions.
        let mut agree = vec![false; ctx.alignment.pairs.len()];
        for e in &edges {
            agree[e.pair as usize] = true;
        }
        let agree = |(x, y): (usize, usize)| ctx.alignment.pair_index(x, y).is_some_and(|k| agree[k]);
        // Each group's members and the edge that started it (its message is that pair's).
        let mut groups: Vec<(Vec<usize>, Edge)> = Vec::new();
        let mut group_of: HashMap<usize, usize> = HashMap::default();
        for e in &edges {
            let (a, b) = e.claims(ctx);
            let (ga, gb) = (group_of.get(&a).copied(), group_of.get(&b).copied());
            if ga.is_some() && ga == gb {
                continue;
            }
            let members_of = |g: Option<usize>, c: usize| g.map_or_else(|| vec![c], |g| groups[g].0.clone());
            let (left, right) = (members_of(ga, a), members_of(gb, b));
            let clash = left.iter().any(|&x| right.iter().any(|&y| conflicting.contains(&(x.min(y), x.max(y)))));
            let linked = left.iter().flat_map(|&x| right.iter().map(move |&y| (x, y))).filter(|&p| agree(p)).count();
            if clash || linked * 3 < 2 * left.len() * right.len() {
                continue;
            }
            let mut merged = left;
            merged.extend(right);
            let target = match (ga, gb) {
                (Some(g), Some(h)) => {
                    groups[h].0.clear();
                    g
                }
                (Some(g), None) | (None, Some(g)) => g,
                (None, None) => {
                    groups.push((Vec::new(), *e));
                    groups.len() - 1
                }
            };
            for &c in &merged {
                group_of.insert(c, target);
            }
            groups[target].0 = merged;
        }
        for (mut group, first) in groups {
            group.sort_unstable();
            group.dedup();
            let sources = independent_sources(ctx, &group);
            if sources < 2 {
                continue;
            }
            let (a, b) = first.claims(ctx);
            // The pair agreed when the edge was found; a kind is a pure function of the pair.
            let Some(m) = rule.kind.agrees(ctx, a, b) else { continue };
            let severity = if sources >= 3 { rule.severity.raised() } else { rule.severity };
            let explanation = explain_match(rule, ctx, &m).replace("{count}", &sources.to_string());
            out.push(Finding {
                id: String::new(),
                kind: rule.level,
                rule: rule.id.clone(),
                severity,
                claims: vec![],
                sides: vec![],
                explanation,
                members: vec![group],
            });
        }
    }
    out
}

/// An agreeing candidate pair (its index in the alignment's pairs) and its similarity: a
/// large corpus has millions, so each is 8 bytes.
#[derive(Debug, Clone, Copy)]
struct Edge {
    similarity: f32,
    pair: u32,
}

impl Edge {
    fn new(similarity: f32, pair: usize) -> Edge {
        Edge { similarity, pair: u32::try_from(pair).expect("fewer than 2^32 candidate pairs") }
    }
    /// The pair's claims, `a < b`.
    fn claims(&self, ctx: &Ctx) -> (usize, usize) {
        let p = &ctx.alignment.pairs[self.pair as usize];
        (p.a, p.b)
    }
}

/// How many voices a set of claims holds (one speaker relayed by two outlets is one).
fn distinct_voices(ctx: &Ctx, claims: impl Iterator<Item = usize>) -> usize {
    let mut reps: Vec<usize> = Vec::new();
    for c in claims {
        if !reps.iter().any(|&r| ctx.same_voice(r, c)) {
            reps.push(c);
        }
    }
    reps.len()
}

/// Independent sources among claims: different voices, and the same speaker counted again
/// only when the claims are not one statement relayed twice (near-identical words).
pub fn independent_sources(ctx: &Ctx, claims: &[usize]) -> usize {
    // Claims that name who speaks first: a headline or an outlet's own words retell each of
    // its sources, and taken first they would stand for all of them ("rises to 37" would
    // make "37 people have died, the agency said" and "Basarnas recovered 37 bodies" one).
    let mut claims = claims.to_vec();
    claims.sort_by_key(|&c| ctx.alignment.features[c].source.speaker.is_empty());
    let mut reps: Vec<usize> = Vec::new();
    for c in claims {
        if !reps.iter().any(|&r| one_source(ctx, r, c)) {
            reps.push(c);
        }
    }
    reps.len()
}

/// Two claims are one source: one speaker's statement relayed twice, one outlet's own voice,
/// a claim and the report inside it, or a report retelling a source it quotes.
fn one_source(ctx: &Ctx, r: usize, c: usize) -> bool {
    let (fa, fb) = (&ctx.alignment.features[r].source, &ctx.alignment.features[c].source);
    let same_statement = fa.same_speaker(fb) && ctx.alignment.similarity(r, c) >= 0.8;
    let same_outlet_voice = fa.outlet == fb.outlet && fa.speaker == fb.speaker;
    // A claim and the report embedded in it are one sentence of one source.
    let (cr, cc) = (&ctx.claims[r], &ctx.claims[c]);
    let nested = cr.doc == cc.doc && (cr.span.contains(cc.span) || cc.span.contains(cr.span));
    // A report's own unattributed words and a source it quotes, both in the outlet's
    // voice, are the report retelling that source (a headline and its quote).
    // So is a headline and the story under it.
    let headline = |c: &crate::model::Claim| {
        let doc = &ctx.docs[c.doc];
        doc.title.as_deref().is_some_and(|t| t.trim() == c.sentence_span.slice(&doc.text).trim())
    };
    let retold = cr.doc == cc.doc
        && fa.outlet == fb.outlet
        && (fa.speaker.is_empty() || fb.speaker.is_empty() || headline(cr) || headline(cc));
    // A lede's "a newspaper report that ..." may be the report the story then tells in the
    // paper's name ("The Chronicle reported that ..."): it corroborates no paper the story cites.
    let cited = |c: &crate::model::Claim| c.outlet().is_some() && c.outlet() != ctx.docs[c.doc].outlet.as_deref();
    let lede_retold = cr.doc == cc.doc
        && (voiced_by_unnamed_report(ctx, r) && cited(cc) || voiced_by_unnamed_report(ctx, c) && cited(cr));
    same_statement || same_outlet_voice || nested || retold || lede_retold
}

/// Sentences after a lede's "a newspaper report that ..." within which the story retells
/// that report in the paper's own name.
const RETELLING_WITHIN: usize = 4;

/// A lede tells a report by a voice with no name ("denied a newspaper report that officials
/// held secret talks") and the story then retells it in the paper's name ("The Ledger
/// reported that Oster met Brightwater executives twice"). The denial answers both: the
/// retelling's first claim joins the lede's side, so the finding shows the report's own
/// words. Only a side that already holds the lede grows; no new
/// finding comes of it.
fn join_retellings(ctx: &Ctx, side: &mut BTreeSet<usize>, other: &BTreeSet<usize>) {
    let ledes: Vec<usize> = side.iter().copied().filter(|&i| voiced_by_unnamed_report(ctx, i)).collect();
    for lede in ledes {
        let c = &ctx.claims[lede];
        let doc_outlet = ctx.docs[c.doc].outlet.as_deref();
        // The story's first claim in another outlet's name after its lede, when it shares
        // anything with the lede's words: "The Ledger reported on Wednesday that ...".
        let retelling = (lede + 1..ctx.claims.len())
            .take_while(|&j| ctx.claims[j].doc == c.doc)
            .filter(|&j| ctx.sentence_of[j] > ctx.sentence_of[lede])
            .take_while(|&j| ctx.sentence_of[j] <= ctx.sentence_of[lede] + RETELLING_WITHIN)
            .find(|&j| ctx.claims[j].outlet().is_some() && ctx.claims[j].outlet() != doc_outlet)
            .filter(|&j| {
                kinds::affirms(&ctx.claims[j])
                    && !side.contains(&j)
                    && !other.contains(&j)
                    && !other.iter().any(|&o| ctx.same_voice(j, o))
                    && ctx.alignment.similarity(lede, j) > 0.0
            });
        if let Some(j) = retelling {
            side.insert(j);
        }
    }
}

/// A denial that names only what it answers ("The ELA rejected the accusation") and says
/// what it holds in the sentence after, in the same voice ("the group said it had no
/// involvement in the bombing"): that claim joins the denial's side, so the finding shows the
/// denial's own words. Only a side that holds such a denial grows.
fn join_what_a_denial_says(ctx: &Ctx, side: &mut BTreeSet<usize>, other: &BTreeSet<usize>) {
    const BARE_DENIAL_WORDS: usize = 6;
    // A denial of a report it names ("rejected the organisers' account of what happened
    // at the square") says no more than a short one, at any length, if it has no clause of
    // its own ("rejected reports that ...").
    const NAMED_REPORT_WORDS: usize = 20;
    let reporting = &ctx.lex.reporting;
    let names_a_report = |i: usize| {
        let own = ctx.own(i);
        own.iter().filter(|t| t.is_word()).count() <= NAMED_REPORT_WORDS
            && !own.iter().any(|t| t.is("that") || t.kind == crate::text::TokenKind::Number)
            && own.iter().any(|t| reporting.report_nouns.contains(t.norm.as_str()))
    };
    let bare: Vec<usize> = side
        .iter()
        .copied()
        .filter(|&i| {
            let c = &ctx.claims[i];
            c.has_cue("denial") && (c.text.split_whitespace().count() <= BARE_DENIAL_WORDS || names_a_report(i))
        })
        .collect();
    for d in bare {
        let c = &ctx.claims[d];
        let negative = |j: usize| ctx.claims[j].polarity == crate::model::Polarity::Negative;
        let free = |j: &usize| !side.contains(j) && !other.contains(j);
        let voiced = |j: &usize| ctx.same_voice(d, *j) && !ctx.claims[*j].has_cue("denial");
        let in_sentence = |j: usize, sentence: usize| ctx.claims[j].doc == c.doc && ctx.sentence_of[j] == sentence;
        let here = ctx.sentence_of[d];
        // The same voice's words, nearest first: its own sentence's before the denial
        // (`"Kessen is our head coach," the club said, calling the story "completely false"`),
        // the sentence after ("The ELA rejected the accusation. ... the group said it had no
        // involvement"), the sentence before (`"The bank has no plans to devalue," the bank
        // said. ..., it said, describing the report as "speculation"`). What it denies comes
        // first: one claim only, so the finding stays on the point.
        let after_it: Vec<usize> =
            (d + 1..ctx.claims.len()).take_while(|&j| in_sentence(j, here)).filter(voiced).collect();
        let same_sentence: Vec<usize> = (0..d).rev().take_while(|&j| in_sentence(j, here)).filter(voiced).collect();
        let next: Vec<usize> = (d + 1..ctx.claims.len())
            .skip_while(|&j| in_sentence(j, here))
            .take_while(|&j| in_sentence(j, here + 1))
            .filter(voiced)
            .collect();
        let previous: Vec<usize> = match here.checked_sub(1) {
            Some(before) => (0..d)
                .rev()
                .skip_while(|&j| in_sentence(j, here))
                .take_while(|&j| in_sentence(j, before))
                .filter(voiced)
                .collect(),
            None => Vec::new(),
        };
        let said = after_it
            .iter()
            .chain(&same_sentence)
            .chain(&next)
            .chain(&previous)
            .copied()
            .filter(|&j| negative(j))
            .find(free)
            .or_else(|| same_sentence.last().copied().filter(free));
        if let Some(j) = said {
            side.insert(j);
        }
    }
}

/// "a newspaper report", "a report": the voice of a claim a lede tells without naming whose
/// report it is.
fn voiced_by_unnamed_report(ctx: &Ctx, i: usize) -> bool {
    let Some(speaker) = ctx.claims[i].speaker() else { return false };
    let words: Vec<String> = speaker.split_whitespace().map(crate::text::normalize).collect();
    words.len() >= 2
        && matches!(words[0].as_str(), "a" | "an")
        && words.last().is_some_and(|w| ctx.lex.reporting.report_nouns.contains(w.as_str()))
}

/// A headline sums a story up in a few words: its denial, joined to the claims under it,
/// ties one report to every other the story tells ("Bank calls devaluation report
/// baseless, ministry denies secret loan"). The story's own sentences say what is denied.
/// (A headline's figure is the count it gives, and stays.)
fn denial_in_a_headline(rule: &Rule, ctx: &Ctx, m: &PairMatch) -> bool {
    denies_or_negates(rule) && (ctx.is_headline(m.a) || ctx.is_headline(m.b))
}

fn denies_or_negates(rule: &Rule) -> bool {
    matches!(rule.kind_name.as_str(), "denial" | "polarity")
}

/// "Vessen rejected a newspaper report that it plans to shut its oldest factory": one
/// sentence that tells a report and its denial tells of the dispute; it is no discrepancy
/// found between what sources say apart. (Two figures told side by side in one sentence
/// are: only denials and negations of a reported claim are left out.)
fn denial_told_with_its_report(rule: &Rule, ctx: &Ctx, m: &PairMatch) -> bool {
    let (a, b) = (&ctx.claims[m.a], &ctx.claims[m.b]);
    denies_or_negates(rule)
        && a.doc == b.doc
        && a.sentence_span == b.sentence_span
        && [a, b].iter().any(|c| c.modality == crate::model::Modality::Reported)
}

/// A rule's message filled in for one match.
pub fn explain_match(rule: &Rule, ctx: &Ctx, m: &PairMatch) -> String {
    let mut v: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
    v.insert("a.source", ctx.source_label(m.a));
    v.insert("b.source", ctx.source_label(m.b));
    v.insert("a.text", ctx.claims[m.a].text.clone());
    v.insert("b.text", ctx.claims[m.b].text.clone());
    v.insert("a.value", m.term_a.clone());
    v.insert("b.value", m.term_b.clone());
    v.insert("a.term", m.term_a.clone());
    v.insert("b.term", m.term_b.clone());
    // The date of what the claim tells, not of the saying ("told a council meeting on
    // Tuesday that the contract was signed on 2 February" dates the signing 2 February).
    let date = |i: usize| {
        let times = &ctx.claims[i].times;
        let of = |said: bool| times.iter().filter(|t| t.statement == said).find_map(|t| t.start.map(|d| d.to_string()));
        of(false).or_else(|| of(true)).unwrap_or_else(|| "an unknown date".into())
    };
    v.insert("a.date", date(m.a));
    v.insert("b.date", date(m.b));
    v.insert("event", m.event.clone().unwrap_or_else(|| "the same point".into()));
    v.insert("count", "{count}".into());
    rule::render(&rule.message, &v)
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind { parent: (0..n).collect() }
    }
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.parent[r] != r {
            r = self.parent[r];
        }
        let mut y = x;
        while self.parent[y] != r {
            let next = self.parent[y];
            self.parent[y] = r;
            y = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// The outcome of one rule example.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleResult {
    pub rule: String,
    /// "flag" or "allow".
    pub expect: &'static str,
    pub a: String,
    pub b: String,
    pub passed: bool,
    /// The rules that fired on the pair.
    pub fired: Vec<String>,
}

/// Runs a rule's examples through the whole pipeline with the given rule set: a flag
/// example must produce the rule's finding, an allow example must not.
pub fn test_rule(rule: &Rule, rules: &RuleSet, lex: &Lexicon) -> Vec<ExampleResult> {
    let mut out = Vec::new();
    for (expect, examples) in [("flag", &rule.flag), ("allow", &rule.allow)] {
        for ex in examples {
            let published = ex.published.as_deref().and_then(crate::ingest::parse_date);
            let (_, findings) = crate::pairs::judge("example", &ex.a, &ex.b, published, rules, lex);
            let fired: Vec<String> = findings.iter().map(|f| f.rule.clone()).collect();
            let hit = fired.contains(&rule.id);
            out.push(ExampleResult {
                rule: rule.id.clone(),
                expect,
                a: ex.a.clone(),
                b: ex.b.clone(),
                passed: if expect == "flag" { hit } else { !hit },
                fired,
            });
        }
    }
    out
}

/// Runs every rule's examples and returns a diagnostic for each that fails, pointing at its
/// `[[flag]]` or `[[allow]]` table. A rule set given with `--rules` is checked this way before
/// any document is read: a rule whose own examples fail cannot be trusted on real text. (The
/// bundled rules are checked by `cargo test` instead.)
pub fn check_examples(rules: &RuleSet, lex: &Lexicon) -> Vec<crate::diagnostic::Diagnostic> {
    let mut out = Vec::new();
    for rule in &rules.rules {
        let mut seen = HashMap::default();
        for res in test_rule(rule, rules, lex) {
            let n = seen.entry(res.expect).or_insert(0usize);
            *n += 1;
            if res.passed {
                continue;
            }
            let header = format!("[[{}]]", res.expect);
            let span = crate::diagnostic::find_nth(&rule.source, &header, *n - 1);
            let fired = if res.fired.is_empty() { "nothing".to_string() } else { res.fired.join(", ") };
            let (message, label) = if res.expect == "flag" {
                (format!("{header} example {n} does not flag"), format!("rule `{}` gives no finding here", rule.id))
            } else {
                (format!("{header} example {n} is flagged"), format!("rule `{}` fires here, but must not", rule.id))
            };
            out.push(
                crate::diagnostic::Diagnostic::new(&rule.path, &rule.source, span, message)
                    .label(format!("{label} (fired: {fired})"))
                    .help(
                        "fix the rule's parameters or the example; `contra rules test --rules DIR` runs every example",
                    ),
            );
        }
    }
    out
}
