//! stance: the same actor accepts a proposal in one source and rejects it in another
//! ("Ukraine has accepted Trump's proposal" / "Ukraine rejected Trump's proposal"). Two
//! different actors taking opposite stances ("Ukraine accepted it, Russia rejected it")
//! is no contradiction.

use super::{Ctx, Kind, PairMatch, ParamError, Patterns, commits, dates_compatible, negated_at, params};
use crate::align::{NameSet, speaker_keys};
use crate::lexicon::Lexicon;
use crate::text::Token;
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    accept: Vec<String>,
    reject: Vec<String>,
    /// Nouns for what is accepted or rejected; both claims must name one and share words.
    objects: Vec<String>,
    #[serde(default = "default_similarity")]
    min_similarity: f32,
}

fn default_similarity() -> f32 {
    0.3
}

struct Stance {
    p: Params,
    verbs: Patterns,
    objects: Patterns,
}

pub fn build(table: &toml::Table, _lex: &Lexicon) -> Result<Box<dyn Kind>, ParamError> {
    let p: Params = params(table, "stance takes accept, reject and objects (word lists) and min-similarity")?;
    let verbs = Patterns::new([("accept", &p.accept[..]), ("reject", &p.reject[..])])?;
    let objects = Patterns::new([("object", &p.objects[..])])?;
    Ok(Box::new(Stance { p, verbs, objects }))
}

impl Stance {
    /// (stance, actor keys, the verb's words, object stems): the first stance verb of the
    /// claim's own words, flipped when negated, with the entities of the words before it as
    /// actor and the content words after it as object.
    fn stance(&self, ctx: &Ctx, i: usize) -> Option<(String, NameSet, String, BTreeSet<String>)> {
        let own = ctx.own(i);
        let toks: &[Token] = &own;
        let found = ctx.own_matches(&self.verbs, i);
        let f = found.first()?;
        let mut side = f.class.clone();
        if negated_at(toks, f.start, ctx.lex) {
            side = if side == "accept" { "reject".into() } else { "accept".into() };
        }
        let subject: String = toks[..f.start].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
        let actor = speaker_keys(&subject, ctx.lex);
        let words = toks[f.start..f.end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
        let object = toks[f.end..]
            .iter()
            .filter(|t| t.is_word() && !ctx.lex.grammar.stopwords.contains(t.norm.as_str()))
            .map(|t| crate::text::stem(&t.norm))
            .collect();
        Some((side, actor, words, object))
    }
}

/// The claim commits to its words, and they are no earlier version's a correction takes back.
fn takes_a_stance(c: &crate::model::Claim) -> bool {
    commits(c) && !c.has_cue(crate::extract::RETRACTION)
}

impl Kind for Stance {
    fn can_be_a(&self, ctx: &Ctx, i: usize) -> bool {
        takes_a_stance(&ctx.claims[i])
            && self.stance(ctx, i).is_some_and(|(s, actor, _, _)| s == "accept" && !actor.is_empty())
    }
    fn can_be_b(&self, ctx: &Ctx, i: usize) -> bool {
        takes_a_stance(&ctx.claims[i]) && self.stance(ctx, i).is_some_and(|(s, _, _, _)| s == "reject")
    }
    fn check(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
        if !takes_a_stance(ca) || !takes_a_stance(cb) || ctx.same_voice(a, b) || !dates_compatible(ctx, a, b) {
            return None;
        }
        let (sa, actor_a, wa, object_a) = self.stance(ctx, a)?;
        let (sb, actor_b, wb, object_b) = self.stance(ctx, b)?;
        if sa != "accept" || sb != "reject" || actor_a.is_empty() || actor_a.is_disjoint(&actor_b) {
            return None;
        }
        // The same thing accepted and rejected: both name an object noun, and the words after
        // the verbs overlap ("Trump's proposal to end fighting" / "Trump's proposal to freeze").
        // One may name the thing proposed alone, in two words of the other's at least, and
        // half its own ("accepted Ostrel's proposal for a joint commission" / "rejected the
        // joint commission").
        let (named_a, named_b) =
            (!ctx.own_matches(&self.objects, a).is_empty(), !ctx.own_matches(&self.objects, b).is_empty());
        let shared = object_a.intersection(&object_b).count();
        let smaller = object_a.len().min(object_b.len());
        let overlap = match (named_a, named_b) {
            (true, true) => shared > 0 && shared * 3 >= smaller,
            (true, false) | (false, true) => shared >= 2 && shared * 2 >= smaller,
            (false, false) => false,
        };
        if !overlap {
            return None;
        }
        if ctx.alignment.similarity(a, b) < self.p.min_similarity {
            return None;
        }
        Some(PairMatch {
            a,
            b,
            side_a: "accepts".into(),
            side_b: "rejects".into(),
            term_a: wa,
            term_b: wb,
            event: None,
        })
    }
}
