//! quote-denial: someone says they never said what a report quotes them as saying ("the
//! paper wrote that Koszel told the executives that \"the licence is yours\"" / "\"I never
//! said those words,\" he wrote"). The words share nothing but the name, so the kind pairs a
//! denial of saying (cue class `misquote`) with the last claim before it in its document
//! that quotes the same person.

use super::{Ctx, Kind, PairMatch, ParamError, commits, params};
use crate::lexicon::Lexicon;
use crate::model::Modality;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// How many sentences after the quotation its denial may come.
    #[serde(default = "default_max_sentences")]
    max_sentences: usize,
}

fn default_max_sentences() -> usize {
    10
}

struct QuoteDenial {
    p: Params,
}

pub fn build(table: &toml::Table, _lex: &Lexicon) -> Result<Box<dyn Kind>, ParamError> {
    let p: Params = params(table, "quote-denial takes max-sentences (a number of sentences)")?;
    Ok(Box::new(QuoteDenial { p }))
}

/// The people claim `i` quotes (read once, by alignment; a quotation split off from the
/// words that introduce it quotes whom they quote).
fn quoted_by<'c>(ctx: &'c Ctx, i: usize) -> &'c [String] {
    &ctx.alignment.features[i].quoted
}

fn same_sentence(ctx: &Ctx, i: usize, j: usize) -> bool {
    ctx.claims[i].doc == ctx.claims[j].doc && ctx.sentence_of[i] == ctx.sentence_of[j]
}

/// The claim's words are (part of) a direct quotation.
fn holds_quotation(ctx: &Ctx, i: usize) -> bool {
    ctx.claims[i].attribution.quoted
}

/// The person claim `i` says never said what they are quoted as saying.
fn denied_by<'c>(ctx: &'c Ctx, i: usize) -> Option<&'c String> {
    ctx.alignment.features[i].misquoted.as_ref()
}

impl Kind for QuoteDenial {
    fn can_be_a(&self, ctx: &Ctx, i: usize) -> bool {
        // What the words quoted say may be a forecast or a refusal ("told aides that \"the
        // posts will be handed over by spring\""): the report is that they were said.
        let c = &ctx.claims[i];
        c.modality != Modality::Denied && !c.has_cue("misquote") && !quoted_by(ctx, i).is_empty()
    }
    fn can_be_b(&self, ctx: &Ctx, i: usize) -> bool {
        commits(&ctx.claims[i]) && denied_by(ctx, i).is_some()
    }
    fn check(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
        // The quotation is told first, and not in the denial's own sentence ("he denied
        // saying that ..." tells the dispute, not two sources apart).
        let (sa, sb) = (ctx.sentence_of[a], ctx.sentence_of[b]);
        if ca.doc != cb.doc || sa >= sb || sb - sa > self.p.max_sentences || ca.has_cue("misquote") {
            return None;
        }
        let person = denied_by(ctx, b)?;
        if !quoted_by(ctx, a).contains(person) {
            return None;
        }
        // The words quoted, told in a claim of their own after the ones that introduce them,
        // are what the denial answers.
        if !holds_quotation(ctx, a) && a + 1 < b && same_sentence(ctx, a, a + 1) && holds_quotation(ctx, a + 1) {
            return None;
        }
        // The story quoting the person in its own voice, then the person saying otherwise,
        // is a change of words, not a report at odds with its subject.
        let own_outlet = ctx.docs[ca.doc].outlet.as_deref();
        let speaker_is_person = ca
            .speaker()
            .and_then(|s| s.split_whitespace().last())
            .is_some_and(|last| crate::text::normalize(last) == *person);
        if speaker_is_person && ca.outlet() == own_outlet {
            return None;
        }
        // Only the last quotation of the person before the denial is what it answers.
        let later_quote = (a + 1..b).any(|j| {
            ctx.claims[j].doc == ca.doc
                && ctx.sentence_of[j] > sa
                && ctx.sentence_of[j] < sb
                && !ctx.claims[j].has_cue("misquote")
                && quoted_by(ctx, j).contains(person)
        });
        if later_quote {
            return None;
        }
        Some(PairMatch {
            a,
            b,
            side_a: "quoted".into(),
            side_b: "denied".into(),
            term_a: person.clone(),
            term_b: person.clone(),
            event: None,
        })
    }
}
