//! time-mismatch: two sources put the same event on different days ("Rubio and Lavrov
//! spoke on Monday" / "... on Tuesday"). Only the dates of what was said count, not when
//! it was said ("Zelensky said on Tuesday that ...").

use super::{Ctx, Kind, PairMatch, ParamError, commits, params};
use crate::lexicon::Lexicon;
use crate::model::Modality;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// Event types (from rules/lexicon/events.toml) whose dates are compared.
    events: Vec<String>,
    /// Dates wider than this many days are too vague to contradict anything.
    #[serde(default = "default_days")]
    max_days: i32,
    /// Per event type, dates further apart than this many days are two events of that type
    /// ("It was the second strike on the port this year. A strike on February 11 ..." in a
    /// story of May), not one event told two ways. Types not named compare any two dates.
    #[serde(default)]
    max_apart_days: std::collections::BTreeMap<String, i32>,
    /// Agreement variant: the same event on the same day.
    #[serde(default)]
    same_date: bool,
}

fn default_days() -> i32 {
    1
}

pub struct TimeMismatch {
    p: Params,
}

pub fn build(table: &toml::Table, _lex: &Lexicon) -> Result<Box<dyn Kind>, ParamError> {
    Ok(Box::new(TimeMismatch::new(table)?))
}

impl TimeMismatch {
    pub fn new(table: &toml::Table) -> Result<TimeMismatch, ParamError> {
        let p: Params = params(table, "time-mismatch takes events and max-days")?;
        Ok(TimeMismatch { p })
    }

    /// The claim commits to a precise date of its own words (at most `max-days` wide).
    pub fn dates_precisely(&self, ctx: &Ctx, i: usize) -> bool {
        dated(&ctx.claims[i])
            && ctx.alignment.features[i]
                .event_dates
                .iter()
                .any(|(s, e)| e.since(*s).map(|d| d.get_days()).unwrap_or(99) < self.p.max_days)
    }

    /// Both claims date "the next" event of one type, and share a word besides it (two
    /// across documents), with no modifiers apart ("the council will next meet on July 18" /
    /// "the monetary council's next rate-setting meeting is scheduled for July 25"): there
    /// is one next meeting of a body.
    fn next_of_one_kind(&self, ctx: &Ctx, a: usize, b: usize) -> Option<String> {
        let (na, nb) = (next_events(ctx, a), next_events(ctx, b));
        let kind = na.kinds.iter().find(|k| nb.kinds.contains(k) && self.p.events.contains(k))?;
        // "the city council" and "the monetary council" are two bodies: a shared word whose
        // modifiers differ names no one body.
        let shared = na
            .words
            .iter()
            .filter(|(w, ma)| nb.words.iter().any(|(x, mb)| w == x && (ma.is_none() || mb.is_none() || ma == mb)))
            .count();
        // Across documents, one shared word ("council") is too little to name one body.
        let needed = if ctx.claims[a].doc == ctx.claims[b].doc { 1 } else { 2 };
        (shared >= needed).then(|| kind.clone())
    }

    /// In one story, both claims tell the same thing done to the same thing, by the event's
    /// verb and the head of their subject ("the contract was signed on 2 February" / "the
    /// contract with Halloran Construct was signed on 12 March"): the story's one signing.
    fn one_thing_done_in_story(&self, ctx: &Ctx, a: usize, b: usize) -> Option<String> {
        let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
        if ca.doc != cb.doc || ca.predicate.is_none() || ca.predicate != cb.predicate {
            return None;
        }
        let head = |i: usize| ctx.claims[i].subject.as_deref().and_then(|s| s.split_whitespace().next());
        head(a).zip(head(b)).filter(|(x, y)| x == y)?;
        let kinds = |i: usize| -> Vec<String> { self.events_told(ctx, i).into_iter().map(|m| m.value).collect() };
        let (ka, kb) = (kinds(a), kinds(b));
        ka.into_iter().find(|k| kb.contains(k))
    }

    /// In one story, both claims name an event of one type with no party of its own ("the
    /// truce came into force at 6 a.m. on Monday" / "the ceasefire took effect early on
    /// Monday"): where their days agree, the story's one truce. Asked for agreement only: a
    /// story may also tell of an earlier truce, so days apart are no rival dates.
    fn unnamed_in_story(&self, ctx: &Ctx, a: usize, b: usize) -> Option<String> {
        if ctx.claims[a].doc != ctx.claims[b].doc {
            return None;
        }
        let unnamed = |i: usize| {
            ctx.alignment.features[i]
                .events
                .iter()
                .filter(|e| e.participants.is_empty() && !e.own_names && self.p.events.contains(&e.kind))
                .map(|e| e.kind.as_str())
        };
        unnamed(a).find(|k| unnamed(b).any(|other| other == *k)).map(str::to_string)
    }

    /// The events of this rule's kinds that claim `i`'s own words name.
    fn events_told(&self, ctx: &Ctx, i: usize) -> Vec<crate::text::PhraseMatch<String>> {
        let own = ctx.own(i);
        ctx.lex.events.words.find_all(&own).into_iter().filter(|m| self.p.events.contains(&m.value)).collect()
    }

    /// In one story, both claims name an event of one type by the same words, a modifier
    /// and the event word, and one of them with "the" ("A confidence vote is scheduled for
    /// next Tuesday" / "the confidence vote will be held on Friday"): the story's one
    /// confidence vote, whoever its parties.
    fn one_named_in_story(&self, ctx: &Ctx, a: usize, b: usize) -> Option<String> {
        if ctx.claims[a].doc != ctx.claims[b].doc {
            return None;
        }
        // Each event named after a modifier: (kind, modifier, event words, told with "the").
        let named = |i: usize| -> Vec<(String, String, String, bool)> {
            let own = ctx.own(i);
            self.events_told(ctx, i)
                .into_iter()
                .filter(|m| m.start >= 2)
                .filter_map(|m| {
                    // "the board would vote" names what "a board vote" does: the subject's
                    // noun, with "the", before a modal and the event's verb.
                    let modal = matches!(own[m.start - 1].norm.as_str(), "would" | "will" | "'ll" | "shall");
                    if modal && m.start >= 3 {
                        let (article, noun) = (&own[m.start - 3], &own[m.start - 2]);
                        let subject = article.is("the")
                            && noun.is_word()
                            && !noun.is_capitalized()
                            && !ctx.lex.grammar.stopwords.contains(noun.norm.as_str());
                        return subject.then(|| {
                            let words = super::polarity::event_words(&own, m.start, m.end);
                            (m.value.clone(), noun.norm.to_string(), words, true)
                        });
                    }
                    // A noun phrase, "a confidence vote": not a subject and its verb ("the
                    // two leaders met").
                    let (article, modifier) = (&own[m.start - 2], &own[m.start - 1]);
                    let noun_phrase = crate::syntax::is_determiner(&article.norm)
                        && modifier.is_word()
                        && !modifier.is_capitalized()
                        && !ctx.lex.grammar.stopwords.contains(modifier.norm.as_str())
                        && !crate::syntax::is_determiner(&modifier.norm)
                        && !crate::syntax::is_finite_verb(&own, m.start, ctx.lex);
                    noun_phrase.then(|| {
                        let definite = article.is("the");
                        (
                            m.value.clone(),
                            modifier.norm.to_string(),
                            super::polarity::event_words(&own, m.start, m.end),
                            definite,
                        )
                    })
                })
                .collect()
        };
        let (na, nb) = (named(a), named(b));
        na.iter()
            .find(|(k, m, w, d)| nb.iter().any(|(k2, m2, w2, d2)| k == k2 && m == m2 && w == w2 && (*d || *d2)))
            .map(|(k, ..)| k.clone())
    }

    fn compare(&self, ctx: &Ctx, a: usize, b: usize, want_same: bool) -> Option<PairMatch> {
        let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
        // Both say when it happened, or both when it is to happen ("the hearing is set for
        // Oct. 9" / "would take place on Oct. 16"): a meeting held and one to come between
        // the same parties are two meetings.
        if !dated(ca) || !dated(cb) || ahead(ctx, a) != ahead(ctx, b) || ctx.same_voice(a, b) {
            return None;
        }
        if about_coverage(ctx, a) || about_coverage(ctx, b) || ctx.told_apart(a, b) {
            return None;
        }
        let shared = ctx.alignment.shared_events(a, b).into_iter().find(|e| self.p.events.iter().any(|w| w == e));
        let event = match shared {
            Some(e) => e.to_string(),
            None => self
                .next_of_one_kind(ctx, a, b)
                .or_else(|| self.one_named_in_story(ctx, a, b))
                .or_else(|| self.one_thing_done_in_story(ctx, a, b))
                .or_else(|| want_same.then(|| self.unnamed_in_story(ctx, a, b)).flatten())?,
        };
        if !dates_the_event(ctx, a, &event) || !dates_the_event(ctx, b, &event) {
            return None;
        }
        // Two claims agree on the day of an event each names: "Minister Orn was in Tessa all
        // of Friday" dates where he was, and tells against the meeting it follows.
        let names = |i: usize| self.events_told(ctx, i).iter().any(|m| m.value == event);
        if want_same && !(names(a) && names(b)) {
            return None;
        }
        if dates_a_count(ctx, a) || dates_a_count(ctx, b) {
            return None;
        }
        let precise = |i: usize| -> Vec<(jiff::civil::Date, jiff::civil::Date)> {
            ctx.alignment.features[i]
                .event_dates
                .iter()
                .copied()
                .filter(|(s, e)| e.since(*s).map(|d| d.get_days()).unwrap_or(99) < self.p.max_days)
                .collect()
        };
        let (da, db) = (precise(a), precise(b));
        let (first_a, first_b) = (da.first()?, db.first()?);
        let overlap = da.iter().any(|(s1, e1)| db.iter().any(|(s2, e2)| s1 <= e2 && s2 <= e1));
        if overlap != want_same {
            return None;
        }
        let max_apart = self.p.max_apart_days.get(&event);
        let far = |(s1, _): &(jiff::civil::Date, jiff::civil::Date),
                   (s2, _): &(jiff::civil::Date, jiff::civil::Date)| {
            max_apart.is_some_and(|max| (*s1 - *s2).get_days().abs() > *max)
        };
        if !want_same && da.iter().all(|x| db.iter().all(|y| far(x, y))) {
            return None;
        }
        if !want_same && (across_midnight(ctx, a, b) || across_midnight(ctx, b, a)) {
            return None;
        }
        // A date its own words say was replaced ("the union had initially called the strike
        // for February 2") is a plan that moved, not a rival date: the phrases that mark a
        // count since replaced (rules/lexicon/measures.toml, earlier-count) mark it.
        let replaced = |i: usize| ctx.earlier_count(i, true);
        // Asked only of dates that differ: it reads both claims' words.
        if !want_same && (replaced(a) || replaced(b)) {
            return None;
        }
        let show = |d: &(jiff::civil::Date, jiff::civil::Date)| {
            if d.0 == d.1 { d.0.to_string() } else { format!("{}..{}", d.0, d.1) }
        };
        Some(PairMatch {
            a,
            b,
            side_a: show(first_a),
            side_b: show(first_b),
            term_a: show(first_a),
            term_b: show(first_b),
            event: Some(event),
        })
    }
}

impl Kind for TimeMismatch {
    fn can_be_a(&self, ctx: &Ctx, i: usize) -> bool {
        self.dates_precisely(ctx, i)
    }
    fn can_be_b(&self, ctx: &Ctx, i: usize) -> bool {
        self.dates_precisely(ctx, i)
    }
    fn check(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        if self.p.same_date {
            return None;
        }
        self.compare(ctx, a, b, false)
    }
    fn agrees(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        self.compare(ctx, a, b, true)
    }
}

/// The claim's date is the event's: in a claim naming events of several types, a time
/// dates the one named last before it ("the summit was back on track following a telephone
/// call between the leaders late on Monday night" dates the call, not the summit).
fn dates_the_event(ctx: &Ctx, i: usize, event: &str) -> bool {
    /// Prepositions before an event named as what another is about.
    /// ("21 patients from the fire were still being treated on Friday" dates the care.)
    const TOPIC_PREPOSITIONS: &[&str] = &["on", "of", "over", "about", "into", "against", "from"];
    let c = &ctx.claims[i];
    let own = ctx.own(i);
    let found = ctx.lex.events.words.find_all(&own);
    // "the court hearing on the Port Ansel strike is set for Oct. 9": an event named as what
    // another is about ("on", "of", "over" it) is no event of its own to date.
    let topic = |start: usize| {
        // Back over the words of its noun phrase: articles, names, one more word.
        let mut k = start;
        let mut common = 0;
        while k > 0 {
            let t = &own[k - 1];
            let article = matches!(t.norm.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her");
            if !(article || t.is_word() && t.is_capitalized()) {
                common += 1;
                if common > 1 || !t.is_word() || TOPIC_PREPOSITIONS.contains(&t.norm.as_str()) {
                    break;
                }
            }
            k -= 1;
        }
        k > 0 && TOPIC_PREPOSITIONS.contains(&own[k - 1].norm.as_str())
    };
    // "was summoned on Monday and handed a protest note over the detention": a claim whose
    // events are all what something else is about, right after its preposition and
    // article, dates none of them.
    let topic_noun = |start: usize| {
        let article = |k: usize| matches!(own[k].norm.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her");
        let k = if start > 0 && article(start - 1) { start - 1 } else { start };
        k > 0 && TOPIC_PREPOSITIONS.contains(&own[k - 1].norm.as_str())
    };
    // "The prime minister's visit to the flood zone": an event word before a noun of its
    // own only says which zone.
    let modifier = |end: usize| {
        own.get(end).is_some_and(|t| {
            t.is_word()
                && !t.is_capitalized()
                && !ctx.lex.grammar.stopwords.contains(t.norm.as_str())
                && !crate::syntax::is_finite_verb(&own, end, ctx.lex)
                && !t.norm.ends_with("ed")
        })
    };
    if !found.is_empty() && found.iter().all(|m| topic_noun(m.start) || modifier(m.end)) {
        return false;
    }
    let of_event_only_as_modifier =
        found.iter().any(|m| m.value == event) && found.iter().filter(|m| m.value == event).all(|m| modifier(m.end));
    if of_event_only_as_modifier {
        return false;
    }
    let found: Vec<_> = found.into_iter().filter(|m| !modifier(m.end)).collect();
    // "a man held over last week's fire ... on Monday disputed": an event its own time owns
    // is dated by it, not by the claim's other times.
    // (The owner is a time the time reader found: it ends at the "'s" or takes it in.)
    let owned_by_a_time = |start: usize| {
        start >= 1 && own[start - 1].is("'s") && {
            let mark = own[start - 1].span;
            c.times.iter().any(|t| t.span.end == mark.start || t.span.end == mark.end)
        }
    };
    let of_event: Vec<_> = found.iter().filter(|m| m.value == event).collect();
    if !of_event.is_empty() && of_event.iter().all(|m| owned_by_a_time(m.start)) {
        return false;
    }
    // "firefighters were still fighting the fire on Tuesday": a day on which an event goes
    // on is no day it happened.
    // ("an ongoing investigation" is another thing going on: only "still" says it of the
    // claim's own verb.)
    if own.iter().any(|t| t.is("still")) {
        return false;
    }
    if found.iter().all(|m| m.value == found[0].value) {
        return true;
    }
    let Some(time) = c.times.iter().find(|t| !t.statement && t.start.is_some()) else {
        return true;
    };
    let before = found.iter().rfind(|m| own[m.start].span.start < time.span.start && !topic(m.start));
    before.or(found.first()).is_none_or(|m| m.value == event)
}

/// The part of its day a time names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayPart {
    Late,
    Early,
}

/// The part of its day a time names, by its own words or the word before it: late ("on
/// Wednesday night", "late on Saturday") or early ("early on Thursday", "Thursday morning").
fn day_part(text: &str, t: &crate::model::TimeRef) -> Option<DayPart> {
    let words = t.span.slice(text).to_lowercase();
    let before = text[..t.span.start].trim_end();
    let previous = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
    let has = |w: &str| words.split(|c: char| !c.is_alphanumeric()).any(|x| x == w) || previous == w;
    if has("night") || has("late") || has("overnight") {
        Some(DayPart::Late)
    } else if has("early") || has("morning") || has("dawn") {
        Some(DayPart::Early)
    } else {
        None
    }
}

/// Claim `a` dates the event late on a day and claim `b` early on the next ("gutted the
/// plant on Wednesday night" / "contained early on Thursday"): hours apart across
/// midnight, no rival days.
/// Hours told by the clock on both sides ("at around 11 p.m." / "shortly after 2 a.m.") are
/// rival times still.
fn across_midnight(ctx: &Ctx, a: usize, b: usize) -> bool {
    let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
    let clock = |c: &crate::model::Claim| {
        let t = c.text.to_ascii_lowercase();
        t.contains(" a.m.") || t.contains(" p.m.") || t.contains(" am ") || t.contains(" pm ")
    };
    if clock(ca) && clock(cb) {
        return false;
    }
    let (ta, tb) = (&ctx.docs[ca.doc].text, &ctx.docs[cb.doc].text);
    let late = ca.times.iter().filter(|t| !t.statement && day_part(ta, t) == Some(DayPart::Late));
    late.filter_map(|t| t.end.or(t.start)).any(|day| {
        cb.times
            .iter()
            .filter(|t| !t.statement && day_part(tb, t) == Some(DayPart::Early))
            .any(|t| t.start.is_some_and(|next| next.since(day).is_ok_and(|d| d.get_days() == 1)))
    })
}

/// The claim's date is when a count got to its figure, not when the event was: "the death
/// toll from Storm Ilse rose to 12 on Thursday" does not date the storm.
fn dates_a_count(ctx: &Ctx, i: usize) -> bool {
    let c = &ctx.claims[i];
    c.quantities.iter().any(|q| {
        super::quantity_mismatch::risen_to(ctx, i, q)
            && c.times.iter().any(|t| !t.statement && t.span.start >= q.span.end)
    })
}

/// The claim tells when something happened or is to happen: it commits to its words, or
/// says what will be or is planned ("is scheduled for July 25"). Not what a speaker retells
/// as told to them: "On Tuesday we were told the visit did not happen" dates the telling.
fn dated(c: &crate::model::Claim) -> bool {
    (commits(c) || matches!(c.modality, Modality::Expected | Modality::Planned)) && !c.has_cue(crate::extract::HEARSAY)
}

/// The claim dates something to come: it says it will be or is planned, or its dates are all after its
/// publication ("the hearing is set for Oct. 9" in a story of Oct. 4).
fn ahead(ctx: &Ctx, i: usize) -> bool {
    let c = &ctx.claims[i];
    let published = ctx.docs[c.doc].published;
    let dates = &ctx.alignment.features[i].event_dates;
    matches!(c.modality, Modality::Expected | Modality::Planned)
        || published.is_some_and(|p| !dates.is_empty() && dates.iter().all(|&(start, _)| start > p))
}

/// The claim tells of coverage ("foreign and regional papers on Thursday give wide coverage
/// to the talks"): its subject is one of the lexicon's coverage subjects, and its dates are
/// the coverage's.
fn about_coverage(ctx: &Ctx, i: usize) -> bool {
    let subjects = &ctx.lex.outlets.coverage_subjects;
    ctx.claims[i].subject.as_deref().is_some_and(|s| s.split_whitespace().any(|w| subjects.contains(w)))
}

/// The event types a claim names as "the next" one ("next meeting", "will next meet"), and
/// its other words that may name whose: not the event's, a day's or a month's.
struct NextEvents {
    kinds: Vec<String>,
    /// Each word (stemmed) with the word right before it, when that is no function word.
    words: Vec<(String, Option<String>)>,
}

fn next_events(ctx: &Ctx, i: usize) -> NextEvents {
    // Words of when, not of whose: days and months are read by the time module.
    const WHEN: &[&str] = &["week", "month", "year", "next", "later", "this"];
    let calendar = |t: &crate::text::Token| {
        WHEN.contains(&t.norm.as_str())
            || crate::extract::time::weekday_of(&t.norm).is_some()
            || crate::extract::time::month_in(&t.text).is_some()
    };
    let own = ctx.own(i);
    let found = ctx.lex.events.words.find_all(&own);
    let kinds: Vec<String> = found
        .iter()
        .filter(|m| own[m.start.saturating_sub(3)..m.start].iter().any(|t| t.is("next")))
        .map(|m| m.value.clone())
        .collect();
    if kinds.is_empty() {
        return NextEvents { kinds, words: Vec::new() };
    }
    let words = own
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            t.is_word()
                && t.norm.len() > 3
                && !found.iter().any(|m| (m.start..m.end).contains(k))
                && !ctx.lex.grammar.stopwords.contains(t.norm.as_str())
                && !calendar(t)
                && !ctx.lex.reporting.verbs.contains_at(&own, *k)
        })
        .map(|(k, t)| {
            let modifier = k
                .checked_sub(1)
                .map(|p| &own[p])
                .filter(|p| p.is_word() && !ctx.lex.grammar.stopwords.contains(p.norm.as_str()))
                .map(|p| p.norm.to_string());
            (crate::text::stem(t.norm.trim_end_matches("'s")), modifier)
        })
        .collect();
    NextEvents { kinds, words }
}
