//! polarity: the same predication affirmed by one source and negated by another
//! ("a missile was launched" / "there was no new missile launch"). With other modalities it
//! finds changes over time instead: "has considered sending missiles" then "would not
//! receive missiles" is an update (a rule with level = "update").

use super::{Ctx, Kind, PairMatch, ParamError, Patterns, dates_compatible, params};
use crate::lexicon::Lexicon;
use crate::model::{Modality, Polarity};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// How much of the shorter claim's key terms the other must share.
    #[serde(default = "default_overlap")]
    min_overlap: f32,
    /// Cue classes that disqualify the affirming side (a claim calling a report
    /// "inaccurate" does not affirm what the report said).
    #[serde(default)]
    not_affirming: Vec<String>,
    /// Cue classes that disqualify the negating side: "nothing else was taken" excludes what
    /// was not named and denies nothing another source says was taken.
    #[serde(default)]
    not_negating: Vec<String>,
    /// Modalities of the affirming claim (default: asserted, reported, hedged).
    #[serde(default = "committed")]
    affirming: Vec<Modality>,
    /// Modalities of the negating claim (default: asserted, reported, hedged, denied).
    #[serde(default = "committed_or_denied")]
    negating: Vec<Modality>,
    /// A denial ("the agency denied that bonuses were paid") negates what it denies, as
    /// "no bonuses were paid" does.
    #[serde(default)]
    denial_negates: bool,
    /// Also match claims of one voice (for updates: a change of position over time).
    #[serde(default)]
    any_voice: bool,
    /// How "the same predication" is decided: "overlap" (weighted word overlap) or
    /// "coverage" (every content word of the negated claim is entailed by the affirmed one).
    #[serde(default)]
    mode: Mode,
    /// Both claims must name one event with shared participants.
    #[serde(default)]
    shared_event: bool,
    /// With shared-event: verbs that negate an event named before them ("the meeting never
    /// took place"); otherwise the event must follow the negation ("there was no call"), so
    /// "the call ended without an agreement" does not deny the call.
    #[serde(default)]
    occurrence: Vec<String>,
    /// With coverage: a verb of the negated claim may name a narrower manner of the affirmed
    /// verb, this many WordNet hypernym steps below it ("there is no woman slicing a carrot"
    /// / "a woman is cutting a carrot"); 0 keeps coverage strict. Only where a whole scene is
    /// denied: the negation is one of `scene-negation` and both claims describe an ongoing
    /// scene ("is slicing"). "The woman is not frying fish" may mean she is boiling it, and
    /// "no one was shot" is no answer to "a soldier was wounded".
    #[serde(default)]
    narrower_verbs: u8,
    /// Negation words that deny a whole scene ("no", "nobody"), for `narrower-verbs`.
    #[serde(default)]
    scene_negation: Vec<String>,
    /// With shared-event: words before the negated event that point back to one the
    /// document told before ("no such meeting took place", "this meeting never happened").
    /// The rule then matches only such denials, against claims told before them in their
    /// document that name the same event; the denial's few words need not overlap the
    /// report's, since "such" stands for them.
    #[serde(default)]
    refers_back: Vec<String>,
    /// With refers-back: words that point back only under a denial's frame ("the ministry
    /// denied that any call had taken place"), where the frame is the negation. Said
    /// plainly ("there was not any call"), they deny any such event, not the one told.
    #[serde(default)]
    denied_refers_back: Vec<String>,
    /// Cue classes that, in a claim of the negating voice told beside it and naming a report,
    /// make the negation an answer to the report rather than a plan given up: "The report is
    /// false. We are not closing Lissen."
    #[serde(default)]
    beside_not_negating: Vec<String>,
    /// A present progressive told as not happening ("The Harbury plant is not closing")
    /// negates what is expected, as "will not close" does: English tells what is arranged
    /// to come in that tense.
    #[serde(default)]
    progressive_negates: bool,
    /// The affirming claim must be a report the story cites from another outlet ("The
    /// Ledger reported that the company plans to close the mill"): what the story itself
    /// tells as planned and a voice later rules out is an update instead.
    #[serde(default)]
    affirming_cited: bool,
}

/// Sentences either side of a negation within which its voice's denial of a report answers
/// for it (`beside-not-negating`).
const BESIDE: usize = 2;

#[derive(Deserialize, Default, PartialEq)]
#[serde(rename_all = "kebab-case")]
enum Mode {
    #[default]
    Overlap,
    Coverage,
}

fn default_overlap() -> f32 {
    0.6
}
fn committed() -> Vec<Modality> {
    vec![Modality::Asserted, Modality::Reported, Modality::Hedged]
}
fn committed_or_denied() -> Vec<Modality> {
    vec![Modality::Asserted, Modality::Reported, Modality::Hedged, Modality::Denied]
}

struct Polar {
    p: Params,
    occurrence: Patterns,
}

pub fn build(table: &toml::Table, _lex: &Lexicon) -> Result<Box<dyn Kind>, ParamError> {
    let p: Params = params(
        table,
        "polarity takes min-overlap (0 to 1), not-affirming and not-negating (cue classes), affirming and negating (modalities), any-voice, mode, shared-event, occurrence, narrower-verbs, scene-negation, refers-back, denied-refers-back, beside-not-negating, progressive-negates, affirming-cited",
    )?;
    if p.narrower_verbs > 0 && p.scene_negation.is_empty() {
        return Err(ParamError {
            key: Some("narrower-verbs".into()),
            message: "narrower-verbs needs the negation words that deny a whole scene".into(),
            help: "add e.g. scene-negation = [\"no\", \"nobody\"]".into(),
        });
    }
    if !p.refers_back.is_empty() && !p.shared_event {
        return Err(ParamError {
            key: Some("refers-back".into()),
            message: "refers-back needs shared-event: the words point back to an event".into(),
            help: "add shared-event = true".into(),
        });
    }
    if !p.denied_refers_back.is_empty() && (p.refers_back.is_empty() || !p.denial_negates) {
        return Err(ParamError {
            key: Some("denied-refers-back".into()),
            message: "denied-refers-back points back under a denial: it needs refers-back and denial-negates".into(),
            help: "add refers-back = [\"such\"] and denial-negates = true".into(),
        });
    }
    if !(0.0..=1.0).contains(&p.min_overlap) {
        return Err(ParamError {
            key: Some("min-overlap".into()),
            message: "min-overlap must lie between 0 and 1".into(),
            help: "use e.g. 0.6".into(),
        });
    }
    let occurrence = Patterns::new([("occurrence", &p.occurrence[..])])?;
    Ok(Box::new(Polar { p, occurrence }))
}

/// The claim's own words with each "X or Y" reduced to X and to Y.
fn disjuncts(ctx: &Ctx, i: usize) -> Vec<String> {
    let own = ctx.own(i);
    let toks: &[crate::text::Token] = &own;
    let mut out = Vec::new();
    // "We are not in talks with Halvard or with anyone else about ...": what comes before
    // the first "or" after the negation is denied on its own.
    // ("none of its fighters had been in or near the camp": two prepositions share their
    // object, so no clause ends before "or".)
    const PREPOSITIONS: &[&str] =
        &["in", "near", "at", "on", "inside", "outside", "around", "into", "from", "to", "within", "by", "across"];
    let shares_its_object = |or: usize| PREPOSITIONS.contains(&toks[or - 1].norm.as_str());
    if let Some(neg) = first_negation(ctx, toks)
        && let Some(or) = (neg + 2..toks.len()).find(|&k| toks[k].norm == "or")
        && !shares_its_object(or)
    {
        out.push(toks[..or].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" "));
    }
    // "I have never met Ms Holm, not in a hotel, not in an office, not anywhere": the list
    // after the denial only stretches it; what comes before it is denied on its own.
    if let Some(neg) = first_negation(ctx, toks)
        && let Some(comma) =
            (neg + 2..toks.len().saturating_sub(1)).find(|&k| toks[k].is_punct(",") && toks[k + 1].is("not"))
    {
        out.push(toks[..comma].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" "));
    }
    for k in 1..toks.len().saturating_sub(1) {
        if toks[k].norm != "or" || !toks[k - 1].is_word() || !toks[k + 1].is_word() {
            continue;
        }
        for drop in [k..k + 2, k - 1..k + 1] {
            let kept: Vec<&str> =
                toks.iter().enumerate().filter(|(j, _)| !drop.contains(j)).map(|(_, t)| t.text.as_str()).collect();
            out.push(kept.join(" "));
        }
    }
    out
}

impl Polar {
    /// The negated claim says no more than that the event did not take place ("no talks
    /// took place", "there was no meeting on Saturday"): the shared event is all there is to
    /// overlap, however few words the two claims share.
    fn denies_only_the_event(&self, ctx: &Ctx, b: usize) -> bool {
        const NEGATION: &[&str] = &["no", "not", "never", "none", "any", "there", "was", "were"];
        let own = ctx.own(b);
        let events: Vec<std::ops::Range<usize>> =
            ctx.lex.events.words.find_all(&own).into_iter().map(|m| m.start..m.end).collect();
        let said: Vec<std::ops::Range<usize>> =
            events.iter().cloned().chain(self.occurrence.find(&own).into_iter().map(|f| f.start..f.end)).collect();
        let times: Vec<&str> = ctx.claims[b].times.iter().flat_map(|t| t.text.split_whitespace()).collect();
        !events.is_empty()
            && own.iter().enumerate().all(|(k, t)| {
                !t.is_word()
                    || said.iter().any(|r| r.contains(&k))
                    || NEGATION.contains(&t.norm.as_str())
                    || ctx.lex.grammar.stopwords.contains(t.norm.as_str())
                    || times.iter().any(|w| w.eq_ignore_ascii_case(&t.text))
            })
    }

    /// The negation of `b` falls on an event both claims name: the event word follows the
    /// first negation, or precedes it as the subject of an occurrence verb ("the meeting
    /// did not take place").
    fn negates_shared_event(&self, ctx: &Ctx, a: usize, b: usize) -> bool {
        self.negated_event(ctx, b, Some(&ctx.alignment.shared_events(a, b)), |_, _| true).is_some()
    }

    /// The event `b` denies with a word that points back ("no such talks", "this meeting
    /// never happened"), if `a` is what it points back to: the claim its document told
    /// last before it with the same event word ("held secret talks"), or with an event of
    /// the same type ("met at a hotel" for "no such meeting").
    fn event_told_before(&self, ctx: &Ctx, a: usize, b: usize) -> Option<String> {
        let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
        if ca.doc != cb.doc || ctx.sentence_of[a] >= ctx.sentence_of[b] {
            return None;
        }
        let denied = self.frame_denies(ctx, b);
        let (kind, word) = self.negated_event(ctx, b, None, |t, k| self.points_back(t, k, denied))?;
        let events_of = |i: usize| -> Vec<(String, String)> {
            let own = ctx.own(i);
            ctx.lex
                .events
                .words
                .find_all(&own)
                .into_iter()
                .map(|m| (m.value.clone(), event_words(&own, m.start, m.end)))
                .collect()
        };
        // Claims are in document order: those told between the two sentences, but for the
        // same voice, or the same cited outlet, going on with the same report ("The Chronicle
        // reported that Brevania had signed a contract ... The paper said the deal was worth
        // 210 million euros, citing three officials").
        let doc_outlet = ctx.docs[ca.doc].outlet.as_deref();
        let same_report = |i: usize| {
            ctx.same_voice(a, i)
                || ca.outlet().is_some_and(|o| Some(o) != doc_outlet && ctx.claims[i].outlet() == Some(o))
        };
        let between: Vec<usize> = (a..b)
            .filter(|&i| ctx.sentence_of[i] > ctx.sentence_of[a] && ctx.sentence_of[i] < ctx.sentence_of[b])
            .filter(|&i| !same_report(i))
            .collect();
        let named_by_a = events_of(a);
        let last_with = |found: &dyn Fn(&(String, String)) -> bool| {
            named_by_a.iter().any(found) && !between.iter().any(|&i| events_of(i).iter().any(found))
        };
        let same_word = last_with(&|(_, w): &(String, String)| *w == word);
        let same_kind = last_with(&|(k, _): &(String, String)| *k == kind);
        (same_word || same_kind).then_some(kind)
    }

    /// The word before an event at `start` points back to one told before ("no such
    /// meeting", "this meeting").
    fn points_back(&self, toks: &[crate::text::Token], start: usize, denied: bool) -> bool {
        let words = if denied { &self.p.denied_refers_back[..] } else { &[] };
        toks[start.saturating_sub(2)..start]
            .iter()
            .any(|t| self.p.refers_back.iter().chain(words).any(|w| *w == t.norm))
    }

    /// `b` is told under a denial's frame and holds no negation of its own ("denied that any
    /// call had taken place"): the frame negates all its words.
    fn frame_denies(&self, ctx: &Ctx, b: usize) -> bool {
        let cb = &ctx.claims[b];
        self.p.denial_negates && cb.polarity == Polarity::Positive && cb.modality == Modality::Denied
    }

    /// The event the negation of `b` falls on, of one of `kinds` (any with None) and with a
    /// word that passes `named` (a test of the tokens before it), as its type and its words:
    /// the event word follows the first negation, or precedes it as the subject of an
    /// occurrence verb.
    fn negated_event(
        &self,
        ctx: &Ctx,
        b: usize,
        kinds: Option<&[&str]>,
        named: impl Fn(&[crate::text::Token], usize) -> bool,
    ) -> Option<(String, String)> {
        if kinds.is_some_and(|k| k.is_empty()) {
            return None;
        }
        let own = ctx.own(b);
        let toks: &[crate::text::Token] = &own;
        let lex = ctx.lex;
        let mut negation = None;
        let mut k = 0;
        while k < toks.len() {
            if let Some((end, _)) = lex.cues.not_negation.match_at(toks, k) {
                k = end;
                continue;
            }
            if lex.cues.negation.match_at(toks, k).is_some() {
                negation = Some(k);
                break;
            }
            k += 1;
        }
        // Under a denial's frame with no negation of its own, the frame negates from the start.
        let framed = negation.is_none() && self.frame_denies(ctx, b);
        let neg = if framed { 0 } else { negation? };
        let occurs = self.occurrence.find(&toks[neg..]).first().is_some_and(|f| f.start <= 3);
        // An event named in a phrase of when or where is not what is denied: "no leaflets
        // before the strike", "no beef quota in this agreement". ("No exchange was discussed
        // during the call" still tells against an exchange agreed during it.)
        let adjunct = |start: usize| {
            let mut k = start;
            while k > 0 && crate::syntax::is_determiner(&toks[k - 1].norm) {
                k -= 1;
            }
            k > 0 && matches!(toks[k - 1].norm.as_str(), "in" | "before" | "after" | "since" | "under")
        };
        // An event that is the object of another verb is not what is negated: "we did not
        // lose this election" tells of the election, as "did not win the vote" does. Verbs
        // that hold or attend an event leave the negation on it ("did not hold any talks").
        const HOLDING: &[&str] = &[
            "hold",
            "held",
            "holding",
            "have",
            "had",
            "having",
            "attend",
            "attended",
            "take",
            "took",
            "taken",
            "conduct",
            "conducted",
            "stage",
            "staged",
            "carry",
            "carried",
            "see",
            "saw",
            "seen",
            "witness",
            "witnessed",
            "schedule",
            "scheduled",
            "plan",
            "planned",
            "arrange",
            "arranged",
        ];
        let object_of_another_verb = |start: usize| {
            toks[neg + 1..start].iter().any(|t| {
                !HOLDING.contains(&t.norm.as_str())
                    && crate::syntax::verb_form(t, lex).is_some_and(|f| f != crate::syntax::VerbForm::Auxiliary)
            })
        };
        lex.events
            .words
            .find_all(toks)
            .into_iter()
            .find(|m| {
                kinds.is_none_or(|k| k.contains(&m.value.as_str()))
                    && (m.start > neg || framed || occurs)
                    && !((m.start > neg || framed) && adjunct(m.start))
                    && (m.start <= neg || framed || occurs || !object_of_another_verb(m.start))
                    && named(toks, m.start)
            })
            .map(|m| (m.value.clone(), event_words(toks, m.start, m.end)))
    }
}

impl Polar {
    /// `b`'s voice calls a report false right beside it (`beside-not-negating`).
    fn answers_a_report(&self, ctx: &Ctx, b: usize) -> bool {
        if self.p.beside_not_negating.is_empty() {
            return false;
        }
        let doc = ctx.claims[b].doc;
        let near = |j: usize| ctx.sentence_of[j].abs_diff(ctx.sentence_of[b]) <= BESIDE;
        let before = (0..b).rev().take_while(|&j| ctx.claims[j].doc == doc && near(j));
        let after = (b + 1..ctx.claims.len()).take_while(|&j| ctx.claims[j].doc == doc && near(j));
        // So does its denial in the story's lede ("The transport ministry on Tuesday dismissed
        // as \"baseless\" a newspaper report that ..."), however far before.
        let first = (0..b).rev().take_while(|&j| ctx.claims[j].doc == doc).last().unwrap_or(b);
        let lede = (first..b)
            .take_while(|&j| ctx.sentence_of[j] < ctx.sentence_of[first] + super::LEAD_SENTENCES)
            .filter(|&j| !near(j));
        // The denial names a report ("The report is false"), not the plan ("there was never a
        // set date" may be told beside a plan called off).
        let names_a_report =
            |j: usize| ctx.own(j).iter().any(|t| ctx.lex.reporting.report_nouns.contains(t.norm.as_str()));
        before.chain(after).chain(lede).any(|j| {
            ctx.same_voice(j, b)
                && self.p.beside_not_negating.iter().any(|class| ctx.claims[j].has_cue(class))
                && names_a_report(j)
        })
    }
    fn affirms(&self, ctx: &Ctx, a: usize) -> bool {
        let ca = &ctx.claims[a];
        let cited = || ca.outlet().is_some_and(|o| Some(o) != ctx.docs[ca.doc].outlet.as_deref());
        ca.polarity == Polarity::Positive
            && (!self.p.affirming_cited || cited())
            && self.p.affirming.contains(&ca.modality)
            && !self.p.not_affirming.iter().any(|class| ca.has_cue(class))
    }
    /// A `not-negating` cue says the negation is of something else: "nothing else was taken"
    /// excludes what was not named, "the date has no bearing on when it was signed" says it
    /// does not matter. Neither denies what another source affirms, unless that source uses
    /// the cue's own words after its negation: "no other children are playing" against
    /// "other children are playing".
    fn excludes_only_the_unnamed(&self, ctx: &Ctx, a: usize, b: usize) -> bool {
        let cb = &ctx.claims[b];
        let text = &ctx.docs[cb.doc].text;
        let affirmed = ctx.own(a);
        cb.cues.iter().filter(|c| self.p.not_negating.contains(&c.class)).any(|cue| {
            let words: Vec<String> = cue.span.slice(text).split_whitespace().skip(1).map(str::to_lowercase).collect();
            !words.iter().all(|w| affirmed.iter().any(|t| t.norm == *w))
        })
    }
    fn negates(&self, ctx: &Ctx, b: usize) -> bool {
        let cb = &ctx.claims[b];
        // "was not signed until 21 March" tells when it was signed; "nothing is signed until
        // everything is signed" is a condition. Neither denies that it happened.
        let until = || {
            let own = ctx.own(b);
            let is_until = |t: &crate::text::Token| t.is("until") || t.is("till");
            let in_own = first_negation(ctx, &own).is_some_and(|neg| own[neg..].iter().any(is_until));
            // (Its own claim when cut off: "nothing is signed" | "until everything is signed".)
            let next = ctx.sentence_claims(b).iter().find(|&&j| j > b).is_some_and(|&j| {
                let first = ctx.claims[j].text.split_whitespace().next().unwrap_or("");
                let first = first.trim_matches(|c: char| !c.is_alphanumeric());
                first.eq_ignore_ascii_case("until") || first.eq_ignore_ascii_case("till")
            });
            in_own || next
        };
        if cb.polarity == Polarity::Negative && until() {
            return false;
        }
        cb.polarity == Polarity::Negative && self.p.negating.contains(&cb.modality)
            || self.p.denial_negates && cb.polarity == Polarity::Positive && cb.modality == Modality::Denied
            || self.p.progressive_negates
                && cb.polarity == Polarity::Negative
                && cb.modality == Modality::Asserted
                && progressive_negated(&ctx.own(b))
    }
}

impl Kind for Polar {
    fn can_be_a(&self, ctx: &Ctx, i: usize) -> bool {
        self.affirms(ctx, i)
    }
    fn can_be_b(&self, ctx: &Ctx, i: usize) -> bool {
        // A denial pointing back is rare: asked once per claim, not on each of its pairs.
        self.negates(ctx, i)
            && (self.p.refers_back.is_empty()
                || self.negated_event(ctx, i, None, |t, k| self.points_back(t, k, self.frame_denies(ctx, i))).is_some())
    }
    fn check(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        if !self.affirms(ctx, a) || !self.negates(ctx, b) || !negated_dates_compatible(ctx, a, b) {
            return None;
        }
        if !self.p.any_voice && ctx.same_voice(a, b) {
            return None;
        }
        if self.answers_a_report(ctx, b) || told_as_denied(ctx, a) {
            return None;
        }
        if he_or_she_against_no_person(ctx, a, b) || self.excludes_only_the_unnamed(ctx, a, b) {
            return None;
        }
        if denies_only_the_report_after_it(ctx, a, b) {
            return None;
        }
        let refers_back = !self.p.refers_back.is_empty();
        let told_before = if refers_back { Some(self.event_told_before(ctx, a, b)?) } else { None };
        if !refers_back && self.p.shared_event && !self.negates_shared_event(ctx, a, b) {
            return None;
        }
        match self.p.mode {
            // "No such meeting took place": "such" stands for the words of the report.
            _ if refers_back => {}
            Mode::Overlap => {
                if ctx.alignment.similarity(a, b) < self.p.min_overlap && !self.denies_only_the_event(ctx, b) {
                    return None;
                }
            }
            Mode::Coverage => {
                // What the negated claim would say without its negation must all be there in
                // what the other affirms: its subject, verb, objects and their modifiers.
                // "Not cancelled, only postponed": the negation ends where the contrast starts.
                // A scope of one word says too little to deny anything ("it had nothing to do
                // with the attack, and condemned the killing"): the whole claim must be there.
                let scoped =
                    negation_scope(ctx, b).map(|text| ctx.lex.words.content(&text)).filter(|c| c.words.len() >= 2);
                let negated = scoped.as_ref().unwrap_or_else(|| ctx.own_content(b));
                let affirmed = ctx.affirmed_content(a);
                let scene_denied = negated.negation.as_ref().is_some_and(|w| self.p.scene_negation.contains(w))
                    && negated.progressive()
                    && affirmed.progressive();
                let narrower = if scene_denied { self.p.narrower_verbs } else { 0 };
                // When it was denied is no part of what ("has not met his counterpart this
                // year" denies "met his counterpart on May 28").
                // Nor is that it "took place": "no meeting with the general staff took
                // place" denies "approved the plan at a meeting with the general staff"
                // (the rule's `occurrence` words).
                let said_of = |w: &str| {
                    let among = |text: &str| text.split_whitespace().any(|x| x.eq_ignore_ascii_case(w));
                    ctx.claims[b].times.iter().any(|t| among(&t.text)) || self.p.occurrence.iter().any(|o| among(o))
                };
                // Only where two words or more remain to say what: "any such attack had taken
                // place" names too little to meet every strike the story tells.
                let one_story = ctx.claims[a].doc == ctx.claims[b].doc;
                let covered = |n: &crate::words::Content| {
                    let miss = if one_story {
                        ctx.lex.words.uncovered_but_modifiers(n, affirmed, narrower)
                    } else {
                        ctx.lex.words.uncovered_within(n, affirmed, narrower)
                    };
                    miss.is_empty()
                        || n.words.iter().filter(|w| !said_of(&w.tok)).count() >= 2
                            // Nor is a title the story gives the person the other claim names:
                            // "the minister has never met Varga" / "Korlan met Varga", in a
                            // story of "Defence Minister Matej Korlan".
                            && miss.iter().all(|w| {
                                said_of(w) || titled_person_named(ctx, a, b, w) || given_name_of_named(ctx, a, b, w)
                            })
                };
                // "No subpoena has been issued or received" denies each alternative: it is
                // enough that one of them is there.
                // (Each with two words or more: "This was not one" says too little.)
                let alternative = || {
                    disjuncts(ctx, b).iter().any(|text| {
                        let c = ctx.lex.words.content(text);
                        c.words.len() >= 2 && covered(&c)
                    })
                };
                // One word under a negation, in words that open on their verb with no subject
                // ("... of those who had clocked in and had not been accounted for"), names
                // too little to deny what another says ("gave sharply different accounts"); two
                // do only with the subject they leave out: "the measure was a normal adjustment
                // and had nothing to do with the future of the site" says nothing of what the
                // site's future is.
                let opens_with_verb = ctx.alignment.features[b].opens_with_verb;
                let too_little = opens_with_verb
                    && (negated.words.len() < 2
                        || negated.words.len() < 3 && !left_out_subject_affirmed(ctx, b, affirmed));
                // Words that only point back at what another said ("rejected that figure",
                // "disputed the report") deny no predication of their own: a denial of a
                // report is the denial rules' to find.
                let points_back_only = negated.words.iter().all(|w| {
                    ctx.lex.reporting.figure_objects.contains(w.tok.as_str())
                        || ctx.lex.reporting.report_nouns.contains(w.tok.as_str())
                });
                // "Not one phone call," she said: words with no verb deny what the story around
                // them tells, not a predication of their own.
                let own_b = ctx.own(b);
                // ("not playing the flute" negates a verb, whatever stands before it.)
                let verbless = !(0..own_b.len()).any(|k| {
                    crate::syntax::is_finite_verb(&own_b, k, ctx.lex)
                        || k > 0
                            && matches!(own_b[k - 1].norm.as_str(), "not" | "never")
                            && (crate::syntax::is_verbish(&own_b[k], ctx.lex) || own_b[k].norm.ends_with("ing"))
                });
                if negated.words.is_empty()
                    || verbless
                    || too_little
                    || points_back_only
                    || none_of_what_went_before(ctx, b)
                    || !covered(negated) && !alternative()
                {
                    return None;
                }
                // The scene the negation sits in must be the same: what the negating sentence
                // affirms of other subjects ("children playing in the house and there is no
                // man standing") must be there too; more about the same subject ("had not
                // been arrested and was being treated in hospital") need not.
                // Only where the sentence describes one scene: a report of what the paper
                // writes ("the agreement has not yet been signed and that a signing ceremony
                // has been pencilled in") tells two things, not one scene.
                let told = &ctx.claims[b];
                // So does an outlet the story cites ("the paper wrote, and Marten would not
                // attend; the economy minister would sign").
                let cited = told.outlet() != ctx.docs[told.doc].outlet.as_deref();
                let scenes = if told.speaker().is_some() || told.own.start > told.span.start || cited {
                    Vec::new()
                } else {
                    ctx.affirmed_scenes(b)
                };
                if !scenes.is_empty() {
                    let c = &ctx.claims[b];
                    let text = &ctx.docs[c.doc].text;
                    let words: Vec<&str> = scenes.iter().map(|&j| ctx.claims[j].own.slice(text)).collect();
                    if !ctx.lex.words.uncovered(&ctx.lex.words.content(&words.join(" , ")), affirmed).is_empty() {
                        return None;
                    }
                }
            }
        }
        Some(PairMatch {
            a,
            b,
            side_a: "affirmed".into(),
            side_b: "negated".into(),
            term_a: predicate_as_written(ctx, a),
            term_b: predicate_as_written(ctx, b),
            event: told_before.or_else(|| ctx.alignment.shared_events(a, b).first().map(|e| e.to_string())),
        })
    }
}

/// "is not closing", "are not selling": a present progressive with "not" right after its
/// "is", "are" or "am".
fn progressive_negated(own: &[crate::text::Token]) -> bool {
    own.windows(3).any(|w| {
        matches!(w[0].norm.as_str(), "is" | "are" | "am" | "'s" | "'re")
            && matches!(w[1].norm.as_str(), "not" | "n't")
            && w[2].norm.ends_with("ing")
            && w[2].norm.len() > 4
    }) || own
        .windows(2)
        .any(|w| matches!(w[0].norm.as_str(), "isn't" | "aren't") && w[1].norm.ends_with("ing") && w[1].norm.len() > 4)
}

/// `a` is the words of a report its own voice denies right before it ("the central bank
/// said there was no truth to the claim" | "that the Bank is preparing an adjustment"): the
/// bank affirms none of them.
fn told_as_denied(ctx: &Ctx, a: usize) -> bool {
    super::denial::report_named_before(ctx, a).is_some_and(|d| {
        let denial = &ctx.claims[d];
        (denial.polarity == Polarity::Negative || denial.modality == Modality::Denied || denial.has_cue("denial"))
            && ctx.same_voice(a, d)
    })
}

/// The subject a claim that opens on its verb leaves out (that of the claim before it in
/// its sentence: "the measure" of "the measure was a normal adjustment and had nothing to do
/// with ...") is among what `affirmed` says.
fn left_out_subject_affirmed(ctx: &Ctx, b: usize, affirmed: &crate::words::Content) -> bool {
    let Some(prev) = b.checked_sub(1).filter(|&p| ctx.sentence_of[p] == ctx.sentence_of[b]) else {
        return false;
    };
    let own = ctx.own(prev);
    let Some(verb) = (0..own.len()).find(|&k| crate::syntax::is_finite_verb(&own, k, ctx.lex)) else {
        return false;
    };
    let subject: Vec<&str> = own[..verb].iter().map(|t| t.text.as_str()).collect();
    let subject = ctx.lex.words.content(&subject.join(" "));
    !subject.words.is_empty() && ctx.lex.words.uncovered(&subject, affirmed).is_empty()
}

/// "The finance ministry denied a separate report that ...": a denial whose own words end on
/// the report it denies says nothing of its own; it denies the report's words told right
/// after it in its sentence, and no other claim (the devaluation another source dismissed
/// earlier in the sentence).
fn denies_only_the_report_after_it(ctx: &Ctx, a: usize, b: usize) -> bool {
    ctx.claims[b].modality == Modality::Denied
        && super::denial::ends_on_report_noun(ctx, b)
        && super::denial::report_named_before(ctx, a) != Some(b)
}

/// "He did not give a toll" denies what one person did: not what "authorities in the
/// province gave", nor what a headline's "death toll disputed" says. The other claim's subject
/// must be a person too: a name, a title ("the governor") or a word for a person.
fn he_or_she_against_no_person(ctx: &Ctx, a: usize, b: usize) -> bool {
    const PERSON_WORDS: &[&str] = &["man", "woman", "boy", "girl", "person", "someone", "somebody", "he", "she"];
    let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
    let own = ctx.own(b);
    let he_or_she = cb.subject.is_none()
        && own
            .iter()
            .find(|t| t.is_word() && !matches!(t.norm.as_str(), "but" | "and" | "yet"))
            .is_some_and(|t| t.is("he") || t.is("she"));
    if !he_or_she {
        return false;
    }
    let Some(subject) = ca.subject.as_deref() else {
        return false;
    };
    let words = crate::text::tokenize(subject, 0);
    let titled = (0..words.len()).any(|k| ctx.lex.entities.titles.contains_at(&words, k));
    let person_word = words.iter().any(|w| PERSON_WORDS.contains(&w.norm.as_str()));
    // A capitalised plural opening a sentence ("Authorities in the province") is no name.
    let named = words.first().is_some_and(|head| {
        ca.entities.iter().any(|e| {
            let kind_of_person = match e.kind {
                crate::model::EntityKind::Person => true,
                crate::model::EntityKind::Other => !head.norm.ends_with('s'),
                _ => false,
            };
            kind_of_person && e.key.split_whitespace().any(|k| k == head.norm)
        })
    });
    !(titled || person_word || named)
}

/// `word` is a given name claim `b` puts before the name of someone claim `a` names by that
/// name alone: the "Idris" of "denied that Idris Kallen had been killed" for "Kallen was
/// among those killed".
fn given_name_of_named(ctx: &Ctx, a: usize, b: usize, word: &str) -> bool {
    let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
    let named_by_a = |key: &str| ca.entities.iter().any(|e| ca.own.contains(e.span) && e.key == key);
    cb.entities.iter().filter(|e| e.kind == crate::model::EntityKind::Person && named_by_a(&e.key)).any(|e| {
        let mut names = e.text.split_whitespace();
        names.next_back();
        names.any(|n| n.eq_ignore_ascii_case(word))
    })
}

/// `title` is a title ("minister") the story of `a` or `b` puts before the name of someone
/// claim `a` names: "Defence Minister Matej Korlan" for the "Korlan" of "Korlan met Varga".
fn titled_person_named(ctx: &Ctx, a: usize, b: usize, title: &str) -> bool {
    let words = crate::text::tokenize(title, 0);
    if words.len() != 1 || !ctx.lex.entities.titles.contains_at(&words, 0) {
        return false;
    }
    let ca = &ctx.claims[a];
    let names = ca
        .entities
        .iter()
        .filter(|e| ca.own.contains(e.span) && e.kind != crate::model::EntityKind::Outlet)
        .filter_map(|e| e.text.split_whitespace().last());
    let docs = [ca.doc, ctx.claims[b].doc];
    names.into_iter().any(|last| {
        docs.iter().any(|&d| {
            let text = &ctx.docs[d].text;
            text.match_indices(last).any(|(at, _)| {
                // The four words before the name, first names left out: "Defence Minister
                // Matej Korlan".
                let before = &text[text[..at].char_indices().rev().nth(60).map_or(0, |(k, _)| k)..at];
                let toks = crate::text::tokenize(before, 0);
                let words: Vec<&crate::text::Token> = toks.iter().filter(|t| t.is_word()).collect();
                let mut k = words.len();
                while k > 0 && words[k - 1].is_capitalized() && !words[k - 1].norm.eq_ignore_ascii_case(title) {
                    k -= 1;
                    if words.len() - k > 3 {
                        break;
                    }
                }
                k > 0 && words[k - 1].norm.eq_ignore_ascii_case(title)
            })
        })
    })
}

/// The claim's negation is a "none" with no "of" after it ("several health centres have none
/// at all"): it stands for a noun told before (the doses), which its own words do not name,
/// so they cannot say what is denied.
fn none_of_what_went_before(ctx: &Ctx, b: usize) -> bool {
    let own = ctx.own(b);
    first_negation(ctx, &own).is_some_and(|k| own[k].is("none") && !own.get(k + 1).is_some_and(|t| t.is("of")))
}

/// Where the claim's first negation cue starts.
pub(super) fn first_negation(ctx: &Ctx, toks: &[crate::text::Token]) -> Option<usize> {
    (0..toks.len()).find(|&k| ctx.lex.cues.negation.match_at(toks, k).is_some())
}

/// Words after a negation that set what is the case against what is not ("not cancelled,
/// only postponed", "not a ban but a delay").
const CONTRAST: &[&str] = &["but", "only", "just", "merely", "rather", "instead"];

/// The negated claim's words up to a contrast after its negation, when it has one: "the
/// summit is not cancelled, only postponed" denies that it is cancelled, and affirms the rest;
/// "did not fire rubber bullets and used only water cannon" denies the firing.
fn negation_scope(ctx: &Ctx, b: usize) -> Option<String> {
    let c = &ctx.claims[b];
    let text = &ctx.docs[c.doc].text;
    let (start, end) = negation_scope_span(ctx, b)?;
    Some(text[start..end].to_string())
}

/// The times of `b` inside its negation's scope, where it has one: "did not resign but was
/// dismissed on Wednesday night" dates the dismissal, not what it denies.
fn negated_dates_compatible(ctx: &Ctx, a: usize, b: usize) -> bool {
    let Some((_, end)) = negation_scope_span(ctx, b) else {
        return dates_compatible(ctx, a, b);
    };
    let within = crate::align::event_dates_of(ctx.claims[b].times.iter().filter(|t| t.span.end <= end));
    let da = &ctx.alignment.features[a].event_dates;
    da.is_empty() || within.is_empty() || da.iter().any(|(s1, e1)| within.iter().any(|(s2, e2)| s1 <= e2 && s2 <= e1))
}

/// The byte range of `b`'s own words up to where its negation ends ("not cancelled, only
/// postponed": up to "cancelled").
fn negation_scope_span(ctx: &Ctx, b: usize) -> Option<(usize, usize)> {
    let own = ctx.own(b);
    let toks: &[crate::text::Token] = &own;
    let neg = first_negation(ctx, toks)?;
    // "did not fire rubber bullets and used only water cannon": a second verb after "and"
    // says what was done instead.
    // So does a clause of its own after "and": "has not offered to resign, and he enjoys
    // the prime minister's full confidence".
    let second_verb = |k: usize| {
        toks[k].norm == "and"
            && (toks.get(k + 1).is_some_and(|t| !t.is_capitalized())
                && crate::syntax::is_finite_verb(toks, k + 1, ctx.lex)
                || toks.get(k + 1).is_some_and(|t| matches!(t.norm.as_str(), "he" | "she" | "they" | "we" | "i"))
                    && toks.get(k + 2).is_some_and(|t| t.is_word() && !t.is_capitalized()))
    };
    let contrast = (neg + 2..toks.len()).find(|&k| {
        CONTRAST.contains(&toks[k].norm.as_str()) && (toks[k].norm == "but" || toks[k - 1].is_punct(","))
            || second_verb(k)
    })?;
    let end = if toks[contrast - 1].is_punct(",") { contrast - 1 } else { contrast };
    Some((toks[0].span.start, toks[end - 1].span.end))
}

/// An event's words as normalised tokens ("talks", "phone call", "confidence vote").
pub(super) fn event_words(toks: &[crate::text::Token], start: usize, end: usize) -> String {
    toks[start..end].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ")
}

/// The claim's verb as the text writes it, with what it governs up to five words ("has even
/// considered sending", "would not receive Tomahawk missiles"), for messages: the predicate
/// itself is a stem ("consid").
fn predicate_as_written(ctx: &Ctx, i: usize) -> String {
    let c = &ctx.claims[i];
    let own = c.own.slice(&ctx.docs[c.doc].text);
    let toks = crate::text::tokenize(own, 0);
    let words: Vec<&crate::text::Token> = toks.iter().filter(|t| t.is_word()).collect();
    let verb = (0..toks.len()).find(|&k| crate::syntax::is_finite_verb(&toks, k, ctx.lex) && !toks[k].is_capitalized());
    let from = verb.and_then(|k| words.iter().position(|w| std::ptr::eq(*w, &toks[k]))).unwrap_or(0);
    words[from..].iter().take(5).map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ")
}
