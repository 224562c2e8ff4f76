//! agreement: corroboration. Claims from independent sources that say the same thing, on
//! a ground the rule names: the same proposition in other words, the same status of an
//! event, the same tone, the same date, the same figure. Two outlets relaying one statement
//! are one source; claims that conflict are never joined.

use super::event_status::EventStatus;
use super::opposed_terms::Opposed;
use super::quantity_mismatch::QuantityMismatch;
use super::time_mismatch::TimeMismatch;
use super::{Ctx, Kind, PairMatch, ParamError, Patterns, affirms, commits, dates_compatible};
use crate::align::TermId;
use crate::lexicon::Lexicon;
use crate::model::Modality;

const GROUNDS: &str =
    "ground = \"paraphrase\" | \"confirmation\" | \"event-status\" | \"tone\" | \"date\" | \"figure\" | \"stance\"";

enum Ground {
    /// The same proposition: strong word overlap, same polarity.
    Paraphrase {
        min_similarity: f32,
        min_shared: usize,
    },
    EventStatus(EventStatus),
    Tone(Opposed),
    Date(TimeMismatch),
    Figure(QuantityMismatch),
    /// The same stance (a class of phrases) taken by the same actor.
    Stance(Patterns),
    /// A source confirms what another reported ("the press office confirmed the payment of
    /// bonuses" after "700,000 leva were distributed in bonuses, according to sources").
    Confirmation {
        /// Sentences after a report within which a confirmation sharing one of its words
        /// answers it.
        max_sentences: usize,
    },
}

struct Agreement {
    ground: Ground,
}

pub fn build(table: &toml::Table, _lex: &Lexicon) -> Result<Box<dyn Kind>, ParamError> {
    let mut rest = table.clone();
    let ground = match rest.remove("ground").and_then(|v| v.as_str().map(str::to_string)) {
        Some(g) => g,
        None => {
            return Err(ParamError {
                key: Some("ground".into()),
                message: "missing `ground`".into(),
                help: GROUNDS.into(),
            });
        }
    };
    let ground = match ground.as_str() {
        "paraphrase" => {
            let min_similarity = take_f32(&mut rest, "min-similarity", 0.55)?;
            let min_shared = take_f32(&mut rest, "min-shared", 3.0)? as usize;
            no_other_params(&rest, "paraphrase takes min-similarity and min-shared")?;
            Ground::Paraphrase { min_similarity, min_shared }
        }
        "confirmation" => {
            let max_sentences = take_f32(&mut rest, "max-sentences", 2.0)? as usize;
            no_other_params(&rest, "confirmation takes max-sentences")?;
            Ground::Confirmation { max_sentences }
        }
        "event-status" => Ground::EventStatus(EventStatus::new(&rest)?),
        "tone" => {
            rest.insert("same-side".into(), toml::Value::Boolean(true));
            Ground::Tone(Opposed::new(&rest)?)
        }
        "date" => {
            rest.insert("same-date".into(), toml::Value::Boolean(true));
            Ground::Date(TimeMismatch::new(&rest)?)
        }
        "figure" => {
            rest.insert("same-figure".into(), toml::Value::Boolean(true));
            Ground::Figure(QuantityMismatch::new(&rest)?)
        }
        "stance" => {
            let Some(toml::Value::Table(classes)) = rest.remove("classes") else {
                return Err(ParamError {
                    key: Some("classes".into()),
                    message: "missing `classes`".into(),
                    help: "classes = { holds-position = [\"refusal to back down\", ...] }".into(),
                });
            };
            let mut lists: Vec<(String, Vec<String>)> = Vec::new();
            for (name, v) in classes {
                let phrases: Vec<String> = v
                    .as_array()
                    .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
                    .unwrap_or_default();
                lists.push((name, phrases));
            }
            no_other_params(&rest, "stance takes classes")?;
            Ground::Stance(Patterns::new(lists.iter().map(|(n, l)| (n.as_str(), &l[..])))?)
        }
        other => {
            return Err(ParamError {
                key: Some("ground".into()),
                message: format!("unknown ground `{other}`"),
                help: GROUNDS.into(),
            });
        }
    };
    Ok(Box::new(Agreement { ground }))
}

/// Two subjects can be the same actor: both unnamed, sharing a name, or a pronoun that the
/// claim's speaker may stand behind.
fn subjects_compatible(ctx: &Ctx, a: usize, b: usize) -> bool {
    let (fa, fb) = (&ctx.alignment.features[a], &ctx.alignment.features[b]);
    let ((na, pa), (nb, pb)) = ((&fa.subject, fa.subject_pronoun), (&fb.subject, fb.subject_pronoun));
    match (na.is_empty(), nb.is_empty()) {
        (false, false) => !na.is_disjoint(nb),
        (true, false) => !pa || !nb.is_disjoint(&fa.source.speaker),
        (false, true) => !pb || !na.is_disjoint(&fb.source.speaker),
        // Subjects with no names ("the ministry had rejected the proposal" / "the union had
        // rejected the proposal"): other actors where neither subject is told in the other
        // claim, in a word of its own or one related to it ("police" / "officers"). A passive
        // keeps its actor in its words ("the ball was dunked by a man").
        (true, true) => match (ctx.subject_content(a), ctx.subject_content(b)) {
            (Some(sa), Some(sb)) if !pa && !pb => {
                let words = &ctx.lex.words;
                let told_in = |subject: &crate::words::Content, other: usize| {
                    let other = ctx.own_content(other);
                    subject.words.is_empty()
                        || subject
                            .words
                            .iter()
                            .any(|x| other.words.iter().any(|y| x.tok == y.tok || words.related(x, y)))
                };
                told_in(sa, b) || told_in(sb, a)
            }
            _ => true,
        },
    }
}

/// The stance classes a claim expresses, each with its words and its actors: the names
/// before the phrase in the claim's own words, and the speaker.
fn stances(
    ctx: &Ctx,
    i: usize,
    patterns: &Patterns,
) -> std::collections::BTreeMap<String, (String, std::collections::BTreeSet<String>)> {
    let c = &ctx.claims[i];
    let own = ctx.own(i);
    let toks: &[crate::text::Token] = &own;
    let mut out = std::collections::BTreeMap::new();
    for f in ctx.own_matches(patterns, i).iter() {
        let before = toks.get(f.start).map_or(c.span.end, |t| t.span.start);
        let mut actors: std::collections::BTreeSet<String> = c
            .entities
            .iter()
            .filter(|e| e.kind != crate::model::EntityKind::Outlet && c.own.contains(e.span) && e.span.end <= before)
            .map(|e| e.key.clone())
            .collect();
        actors.extend(ctx.alignment.features[i].source.speaker.iter().cloned());
        let words = toks[f.start..f.end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
        out.entry(f.class.clone()).or_insert((words, actors));
    }
    out
}

/// Both claims give numbers (in their figures, dates and times of day) and not the same ones
/// ("meet on June 12" / "on June 14", "from about 1 a.m." / "at 3.40 a.m."): whatever else
/// they share, they do not say the same thing.
fn numbers_differ(ctx: &Ctx, a: usize, b: usize) -> bool {
    let (na, nb) = (ctx.numbers(a), ctx.numbers(b));
    !na.is_empty() && !nb.is_empty() && na != nb
}

/// The numbers claim `i` gives, in its figures, dates and times of day, sorted and distinct.
pub fn claim_numbers(ctx: &Ctx, i: usize) -> Vec<String> {
    let c = &ctx.claims[i];
    let digits = |t: &str| t.split(|ch: char| !ch.is_ascii_digit()).map(str::to_string).collect::<Vec<_>>();
    // A measured figure by its value, in digits or words ("five patients died").
    let figures = c.quantities.iter().flat_map(|q| {
        if q.measure.is_some() {
            std::iter::once(q.value).chain(q.high).map(|v| v.to_string()).collect()
        } else {
            digits(&q.text)
        }
    });
    let dates = c.times.iter().flat_map(|t| digits(&t.text));
    // Times of day ("at 3.40 a.m.", "from about 1 a.m."), which are no figures.
    let own = ctx.own(i);
    let clock_times: Vec<String> = (0..own.len())
        .filter(|&k| super::clock_figure_at(&own, k, &ctx.lex.measures.clock))
        .flat_map(|k| digits(&own[k].text))
        .collect();
    let mut n: Vec<String> = figures.chain(dates).chain(clock_times).filter(|d| !d.is_empty()).collect();
    n.sort_unstable();
    n.dedup();
    n
}

/// The claims give one verb with subject and object the other way round: "the protesters
/// attacked the officers" / "the officers attacked the protesters", "a dog is licking a baby"
/// / "a baby is licking a dog". The verb must be the same word: "Ukraine received missiles
/// from the US" and "the US sent missiles to Ukraine" tell one thing. A passive ("was attacked
/// by") puts the doer after the verb and is left alone, as are verbs that say the same both
/// ways round ("a woman is talking to a man" / "a man is talking to a woman").
fn roles_swapped(ctx: &Ctx, a: usize, b: usize) -> bool {
    const SYMMETRIC: &[&str] = &[
        "meet", "met", "talk", "speak", "spoke", "chat", "play", "negoti", "marri", "agre", "clash", "fight", "fought",
    ];
    let (Some(ra), Some(rb)) = (ctx.clause_roles(a), ctx.clause_roles(b)) else {
        return false;
    };
    let moved = |from: &[String], to_rest: &[String], other_subject: &[String]| {
        from.iter().any(|w| to_rest.contains(w) && !other_subject.contains(w))
    };
    ra.verb == rb.verb
        && !SYMMETRIC.iter().any(|v| ra.verb.starts_with(v))
        && moved(&ra.subject, &rb.rest, &rb.subject)
        && moved(&rb.subject, &ra.rest, &ra.subject)
}

/// A claim's own words by role, as stems: those before its verb, its main verb, those after.
pub struct ClauseRoles {
    subject: Vec<String>,
    verb: String,
    rest: Vec<String>,
}

/// The roles of claim `i`'s words, if it has a finite verb and is not a passive with its doer
/// ("was attacked by").
pub fn clause_roles(ctx: &Ctx, i: usize) -> Option<ClauseRoles> {
    const AUXILIARIES: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "do", "does", "did",
    ];
    let own = ctx.own(i);
    let verb = (0..own.len()).find(|&k| crate::syntax::is_finite_verb(&own, k, ctx.lex) && !own[k].is_capitalized())?;
    if own[verb..].iter().any(|t| t.is("by")) {
        return None;
    }
    let stems = |toks: &[crate::text::Token]| -> Vec<String> {
        toks.iter()
            .filter(|t| t.is_word() && t.norm.len() > 2 && !crate::syntax::is_determiner(&t.norm))
            .map(|t| crate::text::stem(&t.norm))
            .collect()
    };
    let main = own[verb..].iter().find(|t| t.is_word() && !AUXILIARIES.contains(&t.norm.as_str()))?;
    Some(ClauseRoles {
        subject: stems(&own[..verb]),
        verb: crate::text::stem(&main.norm),
        rest: stems(&own[verb + 1..]),
    })
}

/// Claim `i` says "without" something (a word of the three after it) that claim `j`, which
/// says no "without", names: "awarded without a public tender" / "through a public tender".
fn denied_by_without(ctx: &Ctx, i: usize, j: usize) -> bool {
    let (own_i, own_j) = (ctx.own(i), ctx.own(j));
    if !own_i.iter().any(|t| t.is("without")) || own_j.iter().any(|t| t.is("without")) {
        return false;
    }
    let stems_j: Vec<String> = own_j.iter().filter(|t| t.is_word()).map(|t| crate::text::stem(&t.norm)).collect();
    own_i.iter().enumerate().filter(|(_, t)| t.is("without")).any(|(k, _)| {
        own_i[k + 1..(k + 4).min(own_i.len())]
            .iter()
            .filter(|t| t.is_word() && !crate::syntax::is_determiner(&t.norm) && t.norm.len() > 3)
            .any(|t| stems_j.contains(&crate::text::stem(&t.norm)))
    })
}

/// One claim is negated and what it denies, the first word after its negation, the other
/// says: "reached no agreement on the crossing" / "agreed to reopen the crossing".
fn denies_what_the_other_says(ctx: &Ctx, a: usize, b: usize) -> bool {
    let words = &ctx.lex.words;
    ctx.claims[a].polarity != ctx.claims[b].polarity
        && (words.denies_a_word_of(ctx.own_content(a), ctx.own_content(b))
            || words.denies_a_word_of(ctx.own_content(b), ctx.own_content(a)))
}

/// A ground's parameters are all read: any left is unknown.
fn no_other_params(rest: &toml::Table, help: &str) -> Result<(), ParamError> {
    match rest.keys().next() {
        Some(k) => {
            Err(ParamError { key: Some(k.clone()), message: format!("unknown parameter `{k}`"), help: help.into() })
        }
        None => Ok(()),
    }
}

fn take_f32(t: &mut toml::Table, key: &str, default: f32) -> Result<f32, ParamError> {
    match t.remove(key) {
        None => Ok(default),
        Some(toml::Value::Float(f)) => Ok(f as f32),
        Some(toml::Value::Integer(i)) => Ok(i as f32),
        Some(_) => {
            Err(ParamError { key: Some(key.into()), message: format!("`{key}` must be a number"), help: String::new() })
        }
    }
}

impl Agreement {
    /// The claim says something on this rule's ground: a status, a tone, a date, a figure
    /// or a stance (any claim may paraphrase another).
    fn on_ground(&self, ctx: &Ctx, i: usize) -> bool {
        // What a correction takes back ("An earlier version of this article said ...") is
        // nobody's account.
        if inside_a_denial(ctx, i) || ctx.claims[i].has_cue(crate::extract::RETRACTION) {
            return false;
        }
        match &self.ground {
            Ground::Paraphrase { .. } => true,
            Ground::EventStatus(k) => k.gives_status(ctx, i),
            Ground::Tone(k) => k.takes_part(ctx, i),
            Ground::Date(k) => k.dates_precisely(ctx, i),
            Ground::Figure(k) => k.gives_figure(ctx, i),
            Ground::Stance(p) => !ctx.own_matches(p, i).is_empty(),
            Ground::Confirmation { .. } => {
                let c = &ctx.claims[i];
                confirms(ctx, i) || affirms(c) || c.modality == Modality::Expected
            }
        }
    }
}

/// Claim `i` is negative against a positive `other`, its negation a "no" or "none" at its
/// head that says of the whole scene that nobody did it ("No participant remains in
/// detention").
fn says_none(ctx: &Ctx, i: usize, other: usize) -> bool {
    let c = &ctx.claims[i];
    if c.polarity != crate::model::Polarity::Negative || ctx.claims[other].polarity != crate::model::Polarity::Positive
    {
        return false;
    }
    let own = ctx.own(i);
    let first = super::polarity::first_negation(ctx, &own);
    // At the head of the claim ("No participant ...", "There were no ..."): a "no" further on
    // falls on something else ("... ended without an agreement, and no progress").
    first.is_some_and(|k| k <= 2 && matches!(own[k].norm.as_str(), "no" | "none" | "nobody" | "nothing" | "neither"))
}

/// The claim is the report a claim around it or right before it denies ("the builder said
/// the report that the bridge was finished late was false", "rejects any suggestion that
/// the governor had briefed ministers"): nobody's account, whoever the frame names.
fn inside_a_denial(ctx: &Ctx, i: usize) -> bool {
    let Some(before) = i.checked_sub(1) else { return false };
    let (c, p) = (&ctx.claims[i], &ctx.claims[before]);
    let around = p.sentence_span == c.sentence_span && p.span.start <= c.span.start && c.span.end <= p.span.end;
    p.doc == c.doc
        && (around || super::denial::report_named_before(ctx, i).is_some())
        && (p.modality == Modality::Denied || p.has_cue("denial"))
}

/// The claim confirms what its own words say ("the press office confirmed the payment of
/// bonuses"), and the confirming is not itself negated ("declined to confirm", "could not
/// confirm").
fn confirms(ctx: &Ctx, i: usize) -> bool {
    let c = &ctx.claims[i];
    // What is confirmed may be to come ("confirmed that talks would resume on Thursday").
    if !c.has_cue("confirmation") || !(commits(c) || c.modality == Modality::Expected) {
        return false;
    }
    let text = &ctx.docs[c.doc].text;
    let outside_own = [(c.span.start, c.own.start.max(c.span.start)), (c.own.end.min(c.span.end), c.span.end)];
    !outside_own.iter().any(|&(start, end)| {
        let toks = crate::text::tokenize(crate::model::Span::new(start, end).slice(text), start);
        (0..toks.len()).any(|k| ctx.lex.cues.negation.match_at(&toks, k).is_some())
    })
}

impl Kind for Agreement {
    fn groups(&self) -> bool {
        true
    }
    fn can_be_a(&self, ctx: &Ctx, i: usize) -> bool {
        self.on_ground(ctx, i)
    }
    fn can_be_b(&self, ctx: &Ctx, i: usize) -> bool {
        self.on_ground(ctx, i)
    }

    fn agrees(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
        if !dates_compatible(ctx, a, b) {
            return None;
        }
        // "X denied that bonuses were paid" (or "denied paying them", "called it false") does
        // not say what "bonuses were paid" says.
        // Tone, status and stance read the denial themselves ("denied any disagreement" is a
        // calm call).
        let denies = |c: &crate::model::Claim| c.modality == Modality::Denied || c.has_cue("denial");
        let reads_denial = matches!(self.ground, Ground::Tone(_) | Ground::EventStatus(_) | Ground::Stance(_));
        if !reads_denial && denies(ca) != denies(cb) {
            return None;
        }
        match &self.ground {
            Ground::Paraphrase { min_similarity, min_shared } => {
                // Both commit to their words, or both speak in the same mode ("has considered").
                let committed = commits(ca) && commits(cb) || ca.modality == cb.modality;
                if !committed || ca.polarity != cb.polarity || ctx.alignment.similarity(a, b) < *min_similarity {
                    return None;
                }
                // Names alone do not make the same proposition: share words beyond them.
                // (Asked first of the pair's words: it only reads their term ids.)
                let (fa, fb) = (&ctx.alignment.features[a], &ctx.alignment.features[b]);
                let vocabulary = &ctx.alignment.vocabulary;
                let shared: Vec<_> = fa.terms.ids().filter(|&t| fb.terms.contains(t)).collect();
                let words = shared.iter().filter(|&&t| !vocabulary.term(t).contains(':')).count();
                if shared.len() < *min_shared || words < 2 {
                    return None;
                }
                // Different actors do not say the same thing ("he wants the war to end" /
                // "Putin wants the war to end").
                if !subjects_compatible(ctx, a, b) {
                    return None;
                }
                // Nor do "killed in the floods in Kerala" and "... in Assam", or different tolls.
                if ctx.places_apart(a, b) || super::quantity_mismatch::claim_figures_differ(ctx, a, b) {
                    return None;
                }
                // Nor talks between other parties, or totals counted from other starts.
                if ctx.parties_apart(a, b) || ctx.counted_since_apart(a, b) || numbers_differ(ctx, a, b) {
                    return None;
                }
                // "Awarded without a public tender" is not "awarded through an open tender":
                // "without" denies what follows it, as "not" does, where the other claim names
                // that ("ended without an agreement" still tells of the call).
                if denied_by_without(ctx, a, b) || denied_by_without(ctx, b, a) {
                    return None;
                }
                // Nor does a share meet words that give none ("accounted for 23 percent of
                // suspects" / "half of all people suspected are foreigners"): the share is
                // what the other leaves open or puts otherwise.
                let share =
                    |c: &crate::model::Claim| c.quantities.iter().any(|q| q.measure.as_deref() == Some("share"));
                if share(ca) && cb.quantities.is_empty() || share(cb) && ca.quantities.is_empty() {
                    return None;
                }
                // Nor do "the protesters attacked the officers" and "the officers attacked the
                // protesters": the same words in other roles.
                if roles_swapped(ctx, a, b) {
                    return None;
                }
                // Overlapping words around opposite ones ("accepted" / "rejected the
                // results") are a conflict, also where no conflict rule read the pair. Asked
                // last: it reads both whole texts.
                (!ctx.texts_oppose(a, b)).then(|| PairMatch {
                    a,
                    b,
                    side_a: "same".into(),
                    side_b: "same".into(),
                    term_a: ca.predicate.clone().unwrap_or_default(),
                    term_b: cb.predicate.clone().unwrap_or_default(),
                    event: None,
                })
            }
            Ground::Confirmation { max_sentences } => {
                let (report, confirming) = match (confirms(ctx, a), confirms(ctx, b)) {
                    (false, true) => (a, b),
                    (true, false) => (b, a),
                    _ => return None,
                };
                let (cr, cc) = (&ctx.claims[report], &ctx.claims[confirming]);
                // Both say it happened, or both that it is to come.
                let same_mode = affirms(cr) && commits(cc) || cr.modality == cc.modality;
                if !same_mode || denies(cr) || denies(cc) || cr.polarity != cc.polarity {
                    return None;
                }
                // A source confirming its own words corroborates nothing.
                if ctx.same_voice(report, confirming) {
                    return None;
                }
                // Nor does a confirmation of another figure, place or party.
                if super::quantity_mismatch::claim_figures_differ(ctx, report, confirming)
                    || numbers_differ(ctx, report, confirming)
                    || ctx.places_apart(report, confirming)
                    || ctx.parties_apart(report, confirming)
                {
                    return None;
                }
                // The confirmed words (the claim's own, after "confirmed") share a word with
                // the report. Names, measures and event kinds are not words here ("Falisham"
                // alone ties a shopkeeper's complaint to the flood's height), nor is a day
                // ("on Sunday", "yesterday").
                let fr = &ctx.alignment.features[report];
                let vocabulary = &ctx.alignment.vocabulary;
                let own = ctx.own(confirming);
                let mut words: Vec<TermId> = own
                    .iter()
                    .filter(|t| t.is_word() && !cc.times.iter().any(|x| x.span.contains(t.span)))
                    .filter_map(|t| vocabulary.id(&crate::text::stem(&t.norm)))
                    .filter(|&t| fr.terms.contains(t))
                    .collect();
                words.sort_unstable();
                words.dedup();
                let shared = words.len();
                // A confirmation answers the report told just before it ("According to
                // sources, X. The ministry confirmed X'"). One further away may confirm
                // something else the two merely share words with (a headline's "officials
                // confirm" is no answer to a denial twenty lines on): same-proposition
                // speaks for those.
                // One shared word ties a confirmation only to the sentence right before it:
                // further back, one word ("the base") is often all two facts of one event share.
                let after = ctx.sentence_of[confirming].checked_sub(ctx.sentence_of[report]);
                let answers = cr.doc == cc.doc
                    && after.is_some_and(|n| n <= 1 && shared >= 1 || n <= *max_sentences && shared >= 2);
                if !answers || ctx.texts_oppose(report, confirming) {
                    return None;
                }
                Some(PairMatch {
                    a,
                    b,
                    side_a: "confirmed".into(),
                    side_b: "confirmed".into(),
                    term_a: cr.predicate.clone().unwrap_or_default(),
                    term_b: cc.predicate.clone().unwrap_or_default(),
                    event: None,
                })
            }
            Ground::EventStatus(k) => k.same_status(ctx, a, b),
            Ground::Tone(k) => k.agrees(ctx, a, b),
            // The same date or figure in claims that otherwise say opposite things ("the talks
            // collapsed on Thursday" / "met on Thursday and agreed to continue the talks", "met
            // on Wednesday and agreed" / "held talks on Wednesday but reached no agreement")
            // corroborates nothing an editor could use: it would join two sides.
            Ground::Date(_) | Ground::Figure(_)
                if ctx.texts_oppose_in_words(a, b) || denies_what_the_other_says(ctx, a, b) =>
            {
                None
            }
            // A day two claims give alike is no point they agree on where one says of it that
            // none did what the other tells ("19 students detained during Monday's protest
            // remain in custody" / "No participant in Monday's events remains in detention").
            // ("The call on Monday had not led to a summit" still dates the call.)
            Ground::Date(k) => (!says_none(ctx, a, b) && !says_none(ctx, b, a)).then(|| k.agrees(ctx, a, b)).flatten(),
            Ground::Figure(k) => k.agrees(ctx, a, b),
            Ground::Stance(p) => {
                let (sa, sb) = (stances(ctx, a, p), stances(ctx, b, p));
                let (class, (wa, actors_a)) = sa.iter().find(|(c, _)| sb.contains_key(*c))?;
                let (wb, actors_b) = &sb[class];
                if actors_a.is_disjoint(actors_b) {
                    return None;
                }
                Some(PairMatch {
                    a,
                    b,
                    side_a: class.clone(),
                    side_b: class.clone(),
                    term_a: wa.clone(),
                    term_b: wb.clone(),
                    event: None,
                })
            }
        }
    }
}
