//! opposed-terms: one source uses a word, another its opposite, about the same thing
//! ("a productive conversation" / "a disagreement during the conversation"; "rising" /
//! "falling"). A negated term counts as its opposite.

use super::{Ctx, Kind, PairMatch, ParamError, Patterns, aligned, commits, dates_compatible, negated_at, params};
use crate::lexicon::Lexicon;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Opposition {
    a: Vec<String>,
    b: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// Opposed word lists; empty with `minimal-pair`, which takes the strong opposites of
    /// rules/lexicon/words.toml.
    #[serde(default)]
    pairs: Vec<Opposition>,
    /// Compare two claims that differ in at most this many content words on each side, and
    /// flag them when a differing word is a strong opposite of one on the other side ("an
    /// empty pool" / "a full pool").
    #[serde(default)]
    minimal_pair: Option<usize>,
    /// Event types both claims must name (with overlapping participants); empty: word overlap decides.
    #[serde(default)]
    events: Vec<String>,
    #[serde(default = "default_similarity")]
    min_similarity: f32,
    /// Agreement variant: report claims on the same side instead of opposite sides.
    #[serde(default)]
    same_side: bool,
    /// With events: a term counts only this many words from an event word of those types
    /// ("a productive conversation", "the meeting was tense"), not anywhere in the claim.
    #[serde(default = "default_near")]
    near_event: usize,
}

fn default_near() -> usize {
    6
}

fn default_similarity() -> f32 {
    0.5
}

pub struct Opposed {
    p: Params,
    /// Class names "0a", "0b", "1a", ...: pair index and side.
    patterns: Patterns,
}

pub fn build(table: &toml::Table, _lex: &Lexicon) -> Result<Box<dyn Kind>, ParamError> {
    Ok(Box::new(Opposed::new(table)?))
}

impl Opposed {
    pub fn new(table: &toml::Table) -> Result<Opposed, ParamError> {
        let p: Params = params(
            table,
            "opposed-terms takes pairs = [{ a = [...], b = [...] }], events, min-similarity, minimal-pair",
        )?;
        if p.pairs.is_empty() && p.minimal_pair.is_none() {
            return Err(ParamError {
                key: Some("pairs".into()),
                message: "no opposed pairs given".into(),
                help: "add pairs = [{ a = [\"rising\"], b = [\"falling\"] }]".into(),
            });
        }
        let names: Vec<(String, &[String])> = p
            .pairs
            .iter()
            .enumerate()
            .flat_map(|(i, o)| [(format!("{i}a"), &o.a[..]), (format!("{i}b"), &o.b[..])])
            .collect();
        let patterns = Patterns::new(names.iter().map(|(n, l)| (n.as_str(), *l)))?;
        Ok(Opposed { p, patterns })
    }

    /// (pair index, side, words) for each opposed term in the claim, flipped when negated.
    fn sides(&self, ctx: &Ctx, i: usize) -> Vec<(usize, char, String)> {
        let own = ctx.own(i);
        let toks: &[crate::text::Token] = &own;
        let event_words: Vec<usize> = if self.p.events.is_empty() {
            Vec::new()
        } else {
            ctx.lex
                .events
                .words
                .find_all(toks)
                .into_iter()
                .filter(|m| self.p.events.contains(&m.value))
                .map(|m| m.start)
                .collect()
        };
        let near = |f: &super::Found| {
            self.p.events.is_empty()
                || event_words.iter().any(|&e| describes(toks, f.start, f.end, e, self.p.near_event, ctx.lex))
        };
        ctx.own_matches(&self.patterns, i)
            .iter()
            .filter(|f| near(f))
            .map(|f| {
                let (idx, side) = f.class.split_at(f.class.len() - 1);
                let mut side = side.chars().next().unwrap_or('a');
                if negated_at(toks, f.start, ctx.lex) {
                    side = if side == 'a' { 'b' } else { 'a' };
                }
                let words = toks[f.start..f.end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
                (idx.parse().unwrap_or(0), side, words)
            })
            .collect()
    }

    fn about_the_same(&self, ctx: &Ctx, a: usize, b: usize) -> Option<Option<String>> {
        if self.p.events.is_empty() {
            return aligned(ctx, a, b, self.p.min_similarity).then_some(None);
        }
        let shared = ctx.alignment.shared_events(a, b);
        shared.into_iter().find(|e| self.p.events.iter().any(|w| w == e)).map(|e| Some(e.to_string()))
    }

    fn compare(&self, ctx: &Ctx, a: usize, b: usize, want_same: bool) -> Option<PairMatch> {
        let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
        if !commits(ca) || !commits(cb) || ctx.same_voice(a, b) || !dates_compatible(ctx, a, b) {
            return None;
        }
        let sa = self.sides(ctx, a);
        let sb = self.sides(ctx, b);
        for (ia, side_a, wa) in &sa {
            for (ib, side_b, wb) in &sb {
                let clash = ia == ib && if want_same { side_a == side_b } else { side_a == &'a' && side_b == &'b' };
                // A claim holding both sides of a pair is ambiguous: leave it.
                let mixed = |s: &Vec<(usize, char, String)>, i: usize| {
                    s.iter()
                        .filter(|(x, _, _)| *x == i)
                        .map(|(_, c, _)| *c)
                        .collect::<std::collections::HashSet<_>>()
                        .len()
                        > 1
                };
                if clash && !mixed(&sa, *ia) && !mixed(&sb, *ib) {
                    let event = self.about_the_same(ctx, a, b)?;
                    return Some(PairMatch {
                        a,
                        b,
                        side_a: format!("{ia}{side_a}"),
                        side_b: format!("{ib}{side_b}"),
                        term_a: wa.clone(),
                        term_b: wb.clone(),
                        event,
                    });
                }
            }
        }
        None
    }
}

/// The term at `[start, end)` describes the event word at `e`: it stands right before it
/// ("a tense meeting"), is predicated of it ("the meeting ... was tense"), or names
/// something happening in it ("a disagreement during the conversation").
fn describes(
    toks: &[crate::text::Token],
    start: usize,
    end: usize,
    e: usize,
    max: usize,
    lex: &crate::lexicon::Lexicon,
) -> bool {
    if end <= e {
        // Before the event word: only adjectives, adverbs or a hyphenated word between.
        let between = &toks[end..e];
        let modifies = between.len() <= 2
            && between.iter().all(|t| {
                t.is_word()
                    && !crate::syntax::is_finite_verb(toks, 0, lex)
                    && !matches!(t.norm.as_str(), "of" | "and" | "but")
            });
        // "a disagreement during the conversation": a noun, a preposition, the event.
        let prep = between.len() <= 7
            && between.first().is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "during" | "in" | "at" | "over" | "on" | "throughout" | "between" | "of" | "with"
                )
            })
            && !(0..between.len()).any(|k| crate::syntax::is_finite_verb(between, k, lex));
        return modifies || prep;
    }
    if start <= e {
        return true;
    }
    // After the event word: "the meeting (with Zelensky) was (at times) tense", "the talks
    // were \"tense from the first minute\"", "described the talks as \"warm\"".
    let between = &toks[e + 1..start];
    if between.len() > max {
        return false;
    }
    let copula = between.iter().rposition(|t| {
        matches!(
            t.norm.as_str(),
            "was" | "were" | "is" | "are" | "been" | "became" | "remained" | "went" | "proved" | "turned" | "seemed"
        )
    });
    let described_as = between.first().is_some_and(|t| t.is("as")).then_some(0);
    // "the call ended in a (sharp) disagreement": what the event ended in, a few words on.
    let ended_in = between.iter().position(|t| matches!(t.norm.as_str(), "ended" | "ends" | "ending" | "broke"));
    if let Some(k) = ended_in
        && between.get(k + 1).is_some_and(|t| matches!(t.norm.as_str(), "in" | "with" | "amid" | "up"))
        && between.len() - (k + 2) <= 3
        && (k + 2..between.len()).all(|j| between[j].is_word() && !crate::syntax::is_finite_verb(between, j, lex))
    {
        return true;
    }
    match copula.or(described_as) {
        Some(c) => between[c + 1..].iter().all(|t| {
            t.kind == crate::text::TokenKind::Quote
                || crate::syntax::is_adverb(t)
                || matches!(
                    t.norm.as_str(),
                    "very" | "so" | "too" | "at" | "times" | "quite" | "rather" | "extremely" | "particularly"
                )
        }),
        None => false,
    }
}

impl Opposed {
    /// Two affirmative claims that say the same but for a strong opposite.
    fn minimal_pair(&self, ctx: &Ctx, a: usize, b: usize, max: usize) -> Option<PairMatch> {
        let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
        if ca.polarity != crate::model::Polarity::Positive || cb.polarity != crate::model::Polarity::Positive {
            return None;
        }
        if !commits(ca) || !commits(cb) || ctx.same_voice(a, b) || !dates_compatible(ctx, a, b) || a > b {
            return None;
        }
        let words = &ctx.lex.words;
        if !words.may_oppose(ctx.affirmed_strong_keys(a), ctx.affirmed_strong_keys(b)) {
            return None;
        }
        let (xa, xb) = (ctx.affirmed_content(a), ctx.affirmed_content(b));
        let (da, db) = words.differences(xa, xb);
        if da.len() > max || db.len() > max {
            return None;
        }
        let pa: Vec<String> = xa.parts.difference(&xb.parts).cloned().collect();
        let pb: Vec<String> = xb.parts.difference(&xa.parts).cloned().collect();
        let (wa, wb) = words.strong_opposite(&da, &pa, &db, &pb)?;
        Some(PairMatch {
            a,
            b,
            side_a: format!("{wa}|{wb}"),
            side_b: format!("{wb}|{wa}"),
            // A multi-word expression read as one word ("turn_on") is shown as written.
            term_a: wa.replace('_', " "),
            term_b: wb.replace('_', " "),
            event: None,
        })
    }
}

impl Opposed {
    /// The claim can take part: a committed claim with an opposed term (near an event of
    /// the rule's types), or for minimal pairs an affirmative one with a word that has a
    /// strong opposite.
    pub fn takes_part(&self, ctx: &Ctx, i: usize) -> bool {
        let c = &ctx.claims[i];
        if !commits(c) {
            return false;
        }
        if self.p.minimal_pair.is_some() && !self.p.same_side {
            return c.polarity == crate::model::Polarity::Positive && !ctx.affirmed_strong_keys(i).is_empty();
        }
        !self.sides(ctx, i).is_empty()
    }
}

impl Kind for Opposed {
    fn can_be_a(&self, ctx: &Ctx, i: usize) -> bool {
        self.takes_part(ctx, i)
    }
    fn can_be_b(&self, ctx: &Ctx, i: usize) -> bool {
        self.takes_part(ctx, i)
    }
    fn check(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        if self.p.same_side {
            return None;
        }
        if let Some(max) = self.p.minimal_pair {
            return self.minimal_pair(ctx, a, b, max);
        }
        self.compare(ctx, a, b, false)
    }
    fn agrees(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        self.compare(ctx, a, b, true)
    }
}
