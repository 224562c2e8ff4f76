//! quantity-mismatch: two sources give incompatible figures for the same measure of the
//! same event ("at least 45 troops were killed" / "reporting at least 65 fatalities").
//! Only figures of one measure class are compared (killed vs injured, houses vs people,
//! troops vs civilians never are), per-item figures never against totals, and bounds are
//! respected: "at least 45" and "at least 65" differ as reports (a discrepancy) though both
//! may hold.

use super::{Ctx, Kind, PairMatch, ParamError, commits, dates_compatible, params};
use crate::lexicon::Lexicon;
use crate::model::Modality;
use crate::model::{Bound, Quantity};
use serde::Deserialize;
use std::borrow::Cow;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// Measure classes (from rules/lexicon/measures.toml) this rule compares.
    measures: Vec<String>,
    /// Flag bounded figures that differ even when their ranges overlap.
    #[serde(default = "yes")]
    respect_bounds: bool,
    /// Relative difference below which two figures count as the same.
    #[serde(default = "default_ratio")]
    min_ratio: f64,
    /// Across documents, how much the claims' words must overlap.
    #[serde(default = "default_similarity")]
    min_similarity: f32,
    /// Agreement variant: report figures that match instead.
    #[serde(default)]
    same_figure: bool,
    /// Two claims of one document are about one event unless their words say otherwise.
    /// Off for measures a document gives of many things (how long a call, a closure and a
    /// rainfall lasted): there the claims must share an event or their words.
    #[serde(default = "yes")]
    one_event_per_document: bool,
    /// Figures this many times apart or more are of different things, not rival accounts of
    /// one ("an annual budget of 1.8 billion euros" / "a contract worth 11.4 million").
    #[serde(default)]
    max_ratio: Option<f64>,
    /// Ceilings that are estimates reaching their figure ("up to 50", "as many as 50"),
    /// unlike a plain limit ("fewer than 50"): a count under `estimate_share` of one is at
    /// odds with it, though the ceiling holds it.
    #[serde(default)]
    estimate_ceilings: Vec<String>,
    #[serde(default = "default_estimate_share")]
    estimate_share: f64,
    /// Words of a time of day ("6pm", "noon"): a figure read at one ("turnout at 6pm was
    /// 49.8 percent") is a reading during the count, compared only with another such.
    #[serde(default)]
    clock_words: Vec<String>,
    /// Also compare figures of no measure class told in the same words after them ("42,000
    /// units are affected" / "18,000 units are affected"): the same count, whatever it is.
    #[serde(default)]
    told_alike: bool,
}

fn yes() -> bool {
    true
}
fn default_ratio() -> f64 {
    0.05
}
fn default_similarity() -> f32 {
    0.3
}
fn default_estimate_share() -> f64 {
    0.5
}

pub struct QuantityMismatch {
    p: Params,
}

pub fn build(table: &toml::Table, _lex: &Lexicon) -> Result<Box<dyn Kind>, ParamError> {
    Ok(Box::new(QuantityMismatch::new(table)?))
}

/// "at least 45", "170,000", "between 10,000 and 20,000": how a figure is shown.
pub fn show(q: &Quantity) -> String {
    let v = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            let s = format!("{}", x as i64);
            let bytes: Vec<char> = s.chars().collect();
            let mut out = String::new();
            for (i, c) in bytes.iter().enumerate() {
                if i > 0 && (bytes.len() - i) % 3 == 0 && *c != '-' {
                    out.push(',');
                }
                out.push(*c);
            }
            out
        } else {
            format!("{x}")
        }
    };
    let time_unit = matches!(q.unit.as_deref(), Some("minute" | "hour" | "day" | "week" | "month" | "year"));
    let plural = if time_unit && (q.value != 1.0 || q.high.is_some()) { "s" } else { "" };
    let unit = q.unit.as_deref().map(|u| format!(" {u}{plural}")).unwrap_or_default();
    match q.bound {
        // "No civilians were harmed": a toll of none.
        Bound::Exact if q.value == 0.0 && q.unit.is_none() => "none".to_string(),
        Bound::Exact => format!("{}{unit}", v(q.value)),
        Bound::Approximate => format!("about {}{unit}", v(q.value)),
        Bound::JustUnder => format!("nearly {}{unit}", v(q.value)),
        Bound::AtLeast => format!("at least {}{unit}", v(q.value)),
        Bound::MoreThan => format!("more than {}{unit}", v(q.value)),
        Bound::AtMost => format!("at most {}{unit}", v(q.value)),
        Bound::LessThan => format!("fewer than {}{unit}", v(q.value)),
        Bound::Range => format!("{}-{}{unit}", v(q.value), v(q.high.unwrap_or(q.value))),
    }
}

impl QuantityMismatch {
    pub fn new(table: &toml::Table) -> Result<QuantityMismatch, ParamError> {
        let p: Params = params(
            table,
            "quantity-mismatch takes measures, respect-bounds, min-ratio, min-similarity, same-figure, one-event-per-document, max-ratio, estimate-ceilings, estimate-share, clock-words, told-alike",
        )?;
        if p.measures.is_empty() && !p.told_alike {
            return Err(ParamError {
                key: Some("measures".into()),
                message: "no measure classes given".into(),
                help: "name measure classes from rules/lexicon/measures.toml, e.g. measures = [\"deaths\"]".into(),
            });
        }
        Ok(QuantityMismatch { p })
    }

    /// The claim gives a figure this rule compares (one of its measures),
    /// outside a correction note (which is about the story's own text).
    pub fn gives_figure(&self, ctx: &Ctx, i: usize) -> bool {
        !ctx.claims[i].has_cue(crate::extract::CORRECTION_NOTE)
            && ctx.claims[i].quantities.iter().any(|q| {
                q.measure.as_ref().is_some_and(|m| self.p.measures.contains(m)) || self.p.told_alike && unclassed(q)
            })
    }

    /// The claim gives two rival figures of one count ("with police saying 22 people were
    /// killed and the health ministry putting the number of dead at no fewer than 35"): it
    /// corroborates neither. (A part it marks, "of them seven children", is no rival.)
    fn holds_rivals(&self, ctx: &Ctx, i: usize) -> bool {
        let qs = &ctx.claims[i].quantities;
        qs.iter().enumerate().any(|(k, q1)| {
            qs[k + 1..].iter().any(|q2| {
                self.comparable(q1, q2)
                    && !threshold(ctx, i, q1)
                    && !threshold(ctx, i, q2)
                    && self.differ(q1, q2, q1.vague || q2.vague)
                    && !partial(ctx, i, q1)
                    && !partial(ctx, i, q2)
            })
        })
    }

    fn comparable(&self, qa: &Quantity, qb: &Quantity) -> bool {
        qa.unit == qb.unit && self.comparable_but_unit(qa, qb)
    }

    /// `comparable` but for the units.
    fn comparable_but_unit(&self, qa: &Quantity, qb: &Quantity) -> bool {
        let (Some(ma), Some(mb)) = (&qa.measure, &qb.measure) else { return false };
        ma == mb
            && self.p.measures.iter().any(|m| m == ma)
            // A sum per item ("50,000 leva each", "$42 a share") meets only another per item.
            && qa.distributive == qb.distributive
            && (qa.group.is_none() || qb.group.is_none() || qa.group == qb.group)
            // A toll of none is of a group ("no civilians were harmed"): it meets only a
            // count of that group, not "14 people were killed".
            && (qa.value != 0.0 && qb.value != 0.0 || qa.group.is_some() && qb.group.is_some())
            && match (&qa.qualifier, &qb.qualifier) {
                (Some(a), Some(b)) => same_people(a, b),
                _ => true,
            }
    }

    /// The figures disagree: disjoint ranges, or (respecting bounds) bounds of the same
    /// direction that differ by more than the ratio ("at least 45" / "at least 65"). A figure
    /// within another's bound agrees with it: "at least 40 killed" and "47 dead" both hold.
    /// A `loose` pair (one figure a vague "dozens") differs only when the ranges do not meet.
    fn differ(&self, qa: &Quantity, qb: &Quantity, loose: bool) -> bool {
        // A round floor ("more than twenty", "over 300") is a count rounded down: a figure
        // it rounds ("at least 23", "340") fills it in rather than rivals it. ("At least 40"
        // is a count's floor, and "more than 20" against "at least 45" still two reports.)
        let (written_a, written_b) = (qa, qb);
        let (qa, qb) = (&whole_bound(qa), &whole_bound(qb));
        let (small, large) = (qa.value.min(qb.value), qa.value.max(qb.value));
        if self.p.max_ratio.is_some_and(|max| small > 0.0 && large / small >= max) {
            return false;
        }
        let (la, ha) = qa.interval();
        let (lb, hb) = qb.interval();
        if ha < lb || hb < la {
            return true;
        }
        if !loose && (self.well_under_estimate(written_b, written_a) || self.well_under_estimate(written_a, written_b))
        {
            return true;
        }
        let floor = |q: &Quantity| matches!(q.bound, Bound::AtLeast | Bound::MoreThan);
        let ceiling = |q: &Quantity| matches!(q.bound, Bound::AtMost | Bound::LessThan);
        let gap = (qa.value - qb.value).abs() / qa.value.abs().max(qb.value.abs()).max(1.0);
        self.p.respect_bounds
            && !loose
            && (floor(qa) && floor(qb) || ceiling(qa) && ceiling(qb))
            && gap > self.p.min_ratio
            && !one_rounds_the_other(written_a, written_b)
    }

    /// The claim's own words give a time of day: a number before a clock word ("at 6pm",
    /// "by 3 p.m.") or a clock word of its own ("at noon").
    fn read_at_a_clock_time(&self, ctx: &Ctx, i: usize) -> bool {
        if self.p.clock_words.is_empty() {
            return false;
        }
        let clock = |w: &str| self.p.clock_words.iter().any(|c| c.eq_ignore_ascii_case(w));
        let own = ctx.own(i);
        // "4pm", "at 6 p.m.", or a clock word of its own after "at", "by" or "until".
        (0..own.len()).any(|k| {
            super::clock_figure_at(&own, k, &self.p.clock_words)
                || clock(&own[k].text) && k > 0 && ["at", "by", "until"].iter().any(|p| own[k - 1].is(p))
        })
    }

    /// `count` is a plain figure well under `ceiling`, an estimate that reaches its figure:
    /// "two soldiers were among the dead" against "killed up to 50 soldiers".
    fn well_under_estimate(&self, count: &Quantity, ceiling: &Quantity) -> bool {
        let text = ceiling.text.to_lowercase();
        ceiling.bound == Bound::AtMost
            && self.p.estimate_ceilings.iter().any(|e| text.starts_with(e.as_str()))
            && matches!(count.bound, Bound::Exact | Bound::Approximate | Bound::JustUnder)
            && count.value < self.p.estimate_share * ceiling.value
    }

    /// The figures are the same count: the same value, told with the same bound or with a
    /// bound that holds the value itself ("at least 17 killed" and "seventeen people had lost
    /// their lives", "about 40" and "40"). "More than 17" excludes 17 and stays apart.
    fn same(&self, qa: &Quantity, qb: &Quantity) -> bool {
        let gap = (qa.value - qb.value).abs() / qa.value.abs().max(qb.value.abs()).max(1.0);
        let plain = |b: Bound| matches!(b, Bound::Exact | Bound::Approximate | Bound::JustUnder);
        let holds_its_value = |b: Bound| plain(b) || matches!(b, Bound::AtLeast | Bound::AtMost);
        let bounds_agree = qa.bound == qb.bound
            || plain(qa.bound) && holds_its_value(qb.bound)
            || plain(qb.bound) && holds_its_value(qa.bound);
        gap <= self.p.min_ratio && bounds_agree || one_rounds_the_other(qa, qb)
    }

    fn compare(&self, ctx: &Ctx, a: usize, b: usize, want_same: bool) -> Option<PairMatch> {
        let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
        // No two figures this rule compares: nothing to ask of the pair (asked first, as it
        // reads no words; units are those `in_minutes` leaves).
        fn unit(q: &Quantity) -> Option<&str> {
            if minutes_in(q).is_some() { Some("minute") } else { q.unit.as_deref() }
        }
        let comparable = |qa: &Quantity, qb: &Quantity| unit(qa) == unit(qb) && self.comparable_but_unit(qa, qb);
        let alike = |qa: &Quantity, qb: &Quantity| self.p.told_alike && unclassed(qa) && unclassed(qb);
        if !ca.quantities.iter().any(|qa| cb.quantities.iter().any(|qb| comparable(qa, qb) || alike(qa, qb))) {
            return None;
        }
        if ctx.same_voice(a, b) || !dates_compatible(ctx, a, b) {
            return None;
        }
        // Across documents, shared words do not make one event when the names differ
        // ("people were injured in the attack" is in every attack story).
        let same_event = ca.doc == cb.doc && self.p.one_event_per_document
            || !ctx.alignment.shared_events(a, b).is_empty()
            || ctx.alignment.similarity(a, b) >= self.p.min_similarity
                && !ctx.names_apart(a, b)
                && !ctx.parties_apart(a, b);
        // A count raised to a figure on a later day ("raised its toll to 31 dead late on
        // Wednesday") is dated by its count, not by another event than the lead's.
        let raised = |i: usize| ctx.claims[i].quantities.iter().any(|q| risen_to(ctx, i, q));
        if !same_event
            || self.read_at_a_clock_time(ctx, a) != self.read_at_a_clock_time(ctx, b)
            || ctx.places_apart(a, b)
            || ctx.counted_since_apart(a, b)
            || ctx.told_apart(a, b)
            || ctx.dated_apart_from_lead(a, b) && !raised(a) && !raised(b)
        {
            return None;
        }
        // Figures of what is to come meet figures of what is to come: "will lay off 4,500
        // workers" / "planned to reduce its headcount by 450 positions".
        let ahead = |c: &crate::model::Claim| matches!(c.modality, Modality::Expected | Modality::Planned);
        let both_ahead = ahead(ca) && ahead(cb);
        // A figure its claim gives: committed to, both ahead, taken as given or a price, and
        // not denied.
        let gives = |i: usize, q: &Quantity| {
            (commits(&ctx.claims[i]) || both_ahead || presupposed(ctx, i, q) || priced(ctx, i, q))
                && !negated_figure(ctx, i, q)
                && !threshold(ctx, i, q)
                && !reported_in_a_denial(ctx, i, q)
                && !base_of_a_change(ctx, i, q)
        };
        for (oa, qa) in ca.quantities.iter().filter(|q| gives(a, q)).map(|q| (q, in_minutes(q))) {
            for (ob, qb) in cb.quantities.iter().filter(|q| gives(b, q)).map(|q| (q, in_minutes(q))) {
                let (qa, qb) = (&qa, &qb);
                let alike = self.p.told_alike && told_alike(ctx, (a, oa), (b, ob));
                if !(self.comparable(qa, qb) || alike)
                    || !want_same && !same_share(ctx, (a, oa), (b, ob))
                    || combined(ctx, a, oa) != combined(ctx, b, ob)
                    || difference(ctx, a, oa) != difference(ctx, b, ob)
                    || capacity(ctx, a, oa) != capacity(ctx, b, ob)
                    || other_groups(ctx, (a, oa), (b, ob))
                    || other_things(ctx, (a, oa), (b, ob))
                {
                    continue;
                }
                let loose = oa.vague || ob.vague;
                let hit = if want_same {
                    // A figure in a question put to the speaker is nobody's account.
                    self.same(qa, qb) && !asked(ctx, a, oa) && !asked(ctx, b, ob)
                } else {
                    self.differ(&loosely(&rounded(qa), oa.vague), &loosely(&rounded(qb), ob.vague), loose)
                };
                // A part ("the hospital alone received 19 bodies") is no rival total, and a
                // count that grew between two days ("at least 40" on Wednesday, 63 on
                // Friday) is a toll rising, not two sources at odds. (Asked only of figures
                // that differ: these read the claims' words.)
                // A count at one place ("its morgue had received 17 bodies") is a part: only a
                // smaller total contradicts it ("There were four deaths").
                // Bodies recovered ("19 bodies had been brought ashore") are a part of the dead
                // too, but one a toll reports on: more bodies than a toll gives ("more than 40
                // bodies" / "at least 31 dead") are at odds with it, however open its bound.
                let site_part = |i: usize, part: &Quantity, whole: &Quantity| {
                    (at_one_site(ctx, i) && !exceeds(part, whole)
                        || bodies_recovered(ctx, i, part) && whole_bound(part).interval().0 <= whole.value)
                        && !told_as_toll(ctx, i, part)
                };
                // "In the capital, 112 people had been detained" / "more than 300 across the
                // country": a part of a whole country's count.
                let area_part = |i: usize, part: &Quantity, j: usize, whole: &Quantity| {
                    in_an_area(ctx, i) && nationwide(ctx, j) && !nationwide(ctx, i) && !exceeds(part, whole)
                };
                // A running total ("Monsoon rains since mid-June have killed more than 80")
                // holds the count of one event: only a larger count contradicts it.
                let within_running_total = || match (running_total(ctx, a), running_total(ctx, b)) {
                    (true, false) => !exceeds(qb, qa),
                    (false, true) => !exceeds(qa, qb),
                    _ => false,
                };
                // A figure its own source later replaced ("reported on Sunday that 14 had
                // died"; "in a correction, the agency said the number of dead was 11") is
                // withdrawn: no rival of anyone's in that story. The replacing figure still
                // is. (Another document that quotes the old figure meets it as said.)
                // So is one the story goes on to tell the count rose past, whoever tells it
                // ("Police said 14 bodies had been recovered. By Monday evening, the district
                // police chief said the toll had risen to at least 23").
                // The saying is told as before the story's now: "The agency had put the toll
                // at 64 late on Monday".
                let had_said = |i: usize| {
                    ctx.claims[i].attribution.cue.as_deref().is_some_and(|cue| {
                        let words: Vec<&str> = cue.split_whitespace().collect();
                        words.windows(2).any(|w| w[0].eq_ignore_ascii_case("had") && !w[1].eq_ignore_ascii_case("not"))
                    })
                };
                let superseded = |i: usize, q: &Quantity, o: &Quantity| {
                    let c = &ctx.claims[i];
                    let rose_past = |j: usize, later: &Quantity| {
                        ctx.same_voice(i, j) || count_rose_to(ctx, j, later) && exceeds(later, o)
                    };
                    ca.doc == cb.doc
                        && (i + 1..ctx.claims.len())
                            .take_while(|&j| ctx.claims[j].doc == c.doc)
                            .filter(|&j| ctx.sentence_of[j] > ctx.sentence_of[i])
                            // A count told as given before ("The agency had put the toll at 64
                            // late on Monday") is how the count stood then, not a new one.
                            .filter(|&j| !had_said(j))
                            .any(|j| {
                                // "had put the toll at 28 ... before raising it again to 41" tells
                                // how the count got to 41: it does not replace 41.
                                let keeps_it = ctx.claims[j].quantities.iter().any(|later| {
                                    let l = in_minutes(later);
                                    // "... to 41 in its evening report": the same value, even
                                    // where the words name no measure of it.
                                    (self.comparable(q, &l) || later.measure.is_none())
                                        && !self.differ(q, &l, o.vague || later.vague)
                                });
                                !keeps_it
                                    && ctx.claims[j].quantities.iter().any(|later| {
                                        let l = in_minutes(later);
                                        self.comparable(q, &l)
                                            // A share of another thing ("won 54.3 percent of
                                            // the vote" after "turnout reached 61.4 percent")
                                            // replaces none.
                                            && same_share(ctx, (i, o), (j, later))
                                            && combined(ctx, i, o) == combined(ctx, j, later)
                                            // "killed 28 people ... Four soldiers were among
                                            // the dead": a group's count replaces no other's,
                                            // nor does a toll of anyone replace a group's
                                            // ("two soldiers were among the dead" ... "the
                                            // toll had risen to 34").
                                            && later.group == o.group
                                            // "eight of the wounded had been transferred"
                                            // is a part of the count, no new count.
                                            && !partial(ctx, j, later)
                                            && self.differ(q, &l, o.vague || later.vague)
                                            && !dated_before(ctx, (j, later), (i, o), true)
                                            // A figure in a question put to the voice is
                                            // none of its counts.
                                            && !asked(ctx, j, later)
                                            && rose_past(j, later)
                                    })
                            })
                };
                // A count its voice had given on a day before a larger count of the same
                // thing it gives in the story ("On Wednesday evening she had confirmed eight
                // deaths" beside her later 12) is the count as it stood then: no rival of
                // another voice's count now. An undated count is the count as the story
                // goes to print. Only where the saying is told as before ("had confirmed"):
                // "said 120,000 marched in the capital on Wednesday" is no count the same
                // voice's national 900,000 replaced.
                let grown_since = |i: usize, q: &Quantity, o: &Quantity| {
                    let c = &ctx.claims[i];
                    if !had_said(i) {
                        return false;
                    }
                    let Some((day, true)) = figure_day(ctx, i, o, true) else { return false };
                    let published = ctx.docs[c.doc].published;
                    let first = (0..i).rev().take_while(|&j| ctx.claims[j].doc == c.doc).last().unwrap_or(i);
                    (first..ctx.claims.len()).take_while(|&j| ctx.claims[j].doc == c.doc).any(|j| {
                        j != i
                            && ctx.same_voice(i, j)
                            && ctx.claims[j].quantities.iter().any(|later| {
                                let l = in_minutes(later);
                                let then = figure_day(ctx, j, later, true).map(|(d, _)| d.first).or(published);
                                self.comparable(q, &l)
                                    && later.group == o.group
                                    && !partial(ctx, j, later)
                                    && exceeds(later, o)
                                    && then.is_some_and(|then| day.last < then)
                            })
                    })
                };
                // What one side asks for and what the other offers are two positions.
                let bargain = || {
                    let (pa, pb) = (position(ctx, a, oa), position(ctx, b, ob));
                    pa.is_some() && pb.is_some() && pa != pb
                };
                // A sum the text marks as one ("the combined cost of the fine, the refunds and
                // the damages at about 69 million euros") holds the smaller sums, not rivals
                // them. (Counts of people are weighed by their groups instead.)
                let sum_holds_it = || {
                    qa.unit.is_some() && {
                        let (ta, tb) = (sum_of_sums(ctx, a, oa), sum_of_sums(ctx, b, ob));
                        ta && !tb && qb.value <= qa.value || tb && !ta && qa.value <= qb.value
                    }
                };
                // Cheapest first: the last ones read the claims' whole words.
                // A part "alone" bounds the whole from below: "at least 56 dead in our
                // districts alone" is at odds with a toll of 41. So does a source's count of
                // its own ("At least 17 of our members are dead" / "14 miners had died").
                let part_over_total = |i: usize, o: &Quantity, q: &Quantity, j: usize, p: &Quantity, w: &Quantity| {
                    (alone(ctx, i, o) || own_group(ctx, i, o).is_some()) && !partial(ctx, j, p) && exceeds(q, w)
                };
                // A claim that gives two sums of one kind ("the original contract value at
                // 48.2 million crowns and the final cost at 54.5 million") meets a claim
                // that gives one of them (48.2 million) on that one: the other is another
                // thing's figure. (Counts of people are weighed by their groups instead.)
                let given_too = |figures: &[Quantity], q: &Quantity| {
                    q.unit.is_some()
                        && figures.len() > 1
                        && figures.iter().map(in_minutes).any(|f| self.comparable(&f, q) && !self.differ(&f, q, false))
                };
                // "The ministry, which gave a figure of at least 140 dead on Tuesday evening,
                // said on Thursday that 212 people had been killed": a figure its own claim
                // dates before another of the same measure is how the count stood then.
                let replaced_in_claim = |i: usize, q: &Quantity, o: &Quantity| {
                    ctx.claims[i].quantities.iter().any(|later| {
                        later.span != o.span
                            && self.comparable(q, &in_minutes(later))
                            && dated_before(ctx, (i, o), (i, later), true)
                    })
                };
                let explained = || {
                    replaced_in_claim(a, qa, oa)
                        || replaced_in_claim(b, qb, ob)
                        || given_too(&cb.quantities, qa)
                        || given_too(&ca.quantities, qb)
                        || partial(ctx, a, oa) && !part_over_total(a, oa, qa, b, ob, qb)
                        || partial(ctx, b, ob) && !part_over_total(b, ob, qb, a, oa, qa)
                        || within_running_total()
                        || apart_in_time(ctx, (a, oa), (b, ob))
                        || superseded(a, qa, oa)
                        || superseded(b, qb, ob)
                        || grown_since(a, qa, oa)
                        || grown_since(b, qb, ob)
                        || site_part(a, qa, qb)
                        || site_part(b, qb, qa)
                        || area_part(a, qa, b, qb)
                        || area_part(b, qb, a, qa)
                        || own_group_part(ctx, (a, oa), b) && !exceeds(qa, qb)
                        || own_group_part(ctx, (b, ob), a) && !exceeds(qb, qa)
                        || asked(ctx, a, oa)
                        || asked(ctx, b, ob)
                        || bargain()
                        || sum_holds_it()
                };
                // A count its own words say was replaced ("had initially offered") or the
                // start of a change ("lowered the key rate to 4.25 percent from 4.50
                // percent") is no point anyone stands by now: two sources giving it
                // corroborate nothing. Nor do two figures of different periods ("lost 17
                // percent in 2007" / "in 2015").
                let withdrawn = || {
                    changed_from(ctx, a, oa)
                        || changed_from(ctx, b, ob)
                        || ctx.earlier_count(a, true)
                        || ctx.earlier_count(b, true)
                        || dated_apart(ctx, (a, oa), (b, ob))
                };
                if hit && (want_same && !withdrawn() || !want_same && !explained()) {
                    return Some(PairMatch {
                        a,
                        b,
                        side_a: show(qa),
                        side_b: show(qb),
                        term_a: show(oa),
                        term_b: show(ob),
                        event: qa.measure.clone(),
                    });
                }
            }
        }
        None
    }
}

/// What a share or a sum is told of, and whether it is a level ("Turnout was 51.8 percent")
/// or a change ("prices rose by 42 percent"): the words the lexicon's share verbs set it for.
#[derive(Debug, Clone, PartialEq)]
struct ToldOf {
    words: Vec<String>,
    change: bool,
}

/// Two figures are no shares, or shares of the same words told alike (both levels or both
/// changes). A share told of nothing the words say ("won 5.6 percent", "31 percent of the
/// vote": a party's) is compared with none.
fn same_share(ctx: &Ctx, (a, qa): (usize, &Quantity), (b, qb): (usize, &Quantity)) -> bool {
    if qa.measure.as_deref() != Some("share") {
        return true;
    }
    // In one story, a share told of a place against one told of none is a part against the
    // whole: "in the capital, Orsava, turnout was just 48 percent" / "barely 54 percent of
    // voters went to the polls".
    if ctx.claims[a].doc == ctx.claims[b].doc && ctx.places[a].is_empty() != ctx.places[b].is_empty() {
        return false;
    }
    // Its words as the lexicon's one name for them ("the jobless rate" is unemployment), or
    // their stems.
    // "unemployment fell to 6.8 percent in the third quarter" / "its survey for the second
    // quarter put unemployment at 8.7 percent": rates of two periods.
    if let (Some(pa), Some(pb)) = (quarter(ctx, a), quarter(ctx, b))
        && pa != pb
    {
        return false;
    }
    match (share_told_of(ctx, a, qa).as_ref(), share_told_of(ctx, b, qb).as_ref()) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// What share figure `q` of claim `i` is told of, its words as the lexicon's one name for
/// them ("the jobless rate" is unemployment) or their stems.
fn share_told_of<'c>(ctx: &'c Ctx, i: usize, q: &Quantity) -> Cow<'c, Option<ToldOf>> {
    match figure_at(ctx, i, q) {
        Some(f) => Cow::Borrowed(&f.share),
        None => Cow::Owned(read_share_told_of(ctx, &claim_words(ctx, i), q)),
    }
}

fn read_share_told_of(ctx: &Ctx, words: &[crate::text::Token], q: &Quantity) -> Option<ToldOf> {
    let told = told_of(ctx, words, q)?;
    let words = match ctx.lex.measures.share.same_subject.get(&told.words.join(" ")) {
        Some(name) => vec![name.clone()],
        None => told.words.iter().map(|w| crate::text::stem(w)).collect::<Vec<_>>(),
    };
    Some(ToldOf { words, change: told.change })
}

/// What a claim's words say of each of its figures, read once per claim (`Ctx::figures`):
/// the rules of this kind ask it on every pair the claim is in, and the answers depend on
/// the claim alone.
#[derive(Default)]
pub struct ClaimFigures {
    /// The quarter of a year the claim names (`quarter_of`), read for claims with a share.
    quarter: Option<Option<u8>>,
    /// One per figure, in the claim's order.
    figures: Vec<FigureFacts>,
}

/// What the words around one figure say of it (each field the function of that name).
#[derive(Default)]
struct FigureFacts {
    negated_figure: bool,
    threshold: bool,
    reported_in_a_denial: bool,
    base_of_a_change: bool,
    presupposed: bool,
    priced: bool,
    combined: bool,
    difference: bool,
    capacity: bool,
    asked: bool,
    years_before_the_report: bool,
    /// `figure_day` without and with the days its sayings are dated to.
    day: [Option<(Days, bool)>; 2],
    /// A share's `share_told_of`.
    share: Option<ToldOf>,
}

/// Reads `ClaimFigures` of claim `i`: its whole words are tokenized once, for its shares.
/// The `read_` functions it calls read words only: one that asked `Ctx::figures` of the
/// claim being read would wait on itself forever (a `OnceLock` is not entered twice).
pub fn read_figures(ctx: &Ctx, i: usize) -> ClaimFigures {
    let c = &ctx.claims[i];
    let is_share = |q: &Quantity| q.measure.as_deref() == Some("share");
    let words = c.quantities.iter().any(is_share).then(|| claim_words(ctx, i));
    let figures = c
        .quantities
        .iter()
        .map(|q| FigureFacts {
            negated_figure: read_negated_figure(ctx, i, q),
            threshold: read_threshold(ctx, i, q),
            reported_in_a_denial: read_reported_in_a_denial(ctx, i, q),
            base_of_a_change: read_base_of_a_change(ctx, i, q),
            presupposed: read_presupposed(ctx, i, q),
            priced: read_priced(ctx, i, q),
            combined: read_combined(ctx, i, q),
            difference: read_difference(ctx, i, q),
            capacity: read_capacity(ctx, i, q),
            asked: read_asked(ctx, i, q),
            years_before_the_report: read_years_before_the_report(ctx, i, q),
            day: [read_figure_day(ctx, i, q, false), read_figure_day(ctx, i, q, true)],
            share: words.as_ref().filter(|_| is_share(q)).and_then(|w| read_share_told_of(ctx, w, q)),
        })
        .collect();
    ClaimFigures { quarter: words.is_some().then(|| quarter_of(ctx, i)), figures }
}

/// `quarter_of` claim `i`, read once for a claim with a share.
fn quarter(ctx: &Ctx, i: usize) -> Option<u8> {
    ctx.figures(i).quarter.unwrap_or_else(|| quarter_of(ctx, i))
}

/// The facts of figure `q` of claim `i`, if it is one of the claim's own figures.
fn figure_at<'c>(ctx: &'c Ctx, i: usize, q: &Quantity) -> Option<&'c FigureFacts> {
    let quantities = &ctx.claims[i].quantities;
    let k = quantities.iter().position(|x| std::ptr::eq(x, q)).or_else(|| quantities.iter().position(|x| x == q))?;
    ctx.figures(i).figures.get(k)
}

/// A fact of figure `q` of claim `i`: read from its `ClaimFigures`, or from the words where
/// `q` is no figure of the claim's own.
fn figure_fact(
    ctx: &Ctx,
    i: usize,
    q: &Quantity,
    fact: fn(&FigureFacts) -> bool,
    read: fn(&Ctx, usize, &Quantity) -> bool,
) -> bool {
    figure_at(ctx, i, q).map_or_else(|| read(ctx, i, q), fact)
}

// The facts of one figure as the rules ask them, each read by the `read_` function of its
// name (which says what it means).
fn negated_figure(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.negated_figure, read_negated_figure)
}
fn threshold(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.threshold, read_threshold)
}
fn reported_in_a_denial(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.reported_in_a_denial, read_reported_in_a_denial)
}
fn base_of_a_change(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.base_of_a_change, read_base_of_a_change)
}
fn presupposed(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.presupposed, read_presupposed)
}
fn priced(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.priced, read_priced)
}
fn combined(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.combined, read_combined)
}
fn difference(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.difference, read_difference)
}
fn capacity(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.capacity, read_capacity)
}
fn asked(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    figure_fact(ctx, i, q, |f| f.asked, read_asked)
}
fn years_before_the_report(ctx: &Ctx, (i, q): (usize, &Quantity)) -> bool {
    figure_fact(ctx, i, q, |f| f.years_before_the_report, read_years_before_the_report)
}
fn figure_day(ctx: &Ctx, i: usize, q: &Quantity, sayings: bool) -> Option<(Days, bool)> {
    match figure_at(ctx, i, q) {
        Some(f) => f.day[usize::from(sayings)],
        None => read_figure_day(ctx, i, q, sayings),
    }
}

/// The quarter of a year claim `i`'s words name ("in the third quarter"), or, for "the same
/// period", the quarter the last claim of its document before it named.
fn quarter_of(ctx: &Ctx, i: usize) -> Option<u8> {
    let named = |words: &[crate::text::Token]| {
        words.windows(2).find_map(|w| {
            if !w[1].is("quarter") {
                return None;
            }
            match w[0].norm.as_str() {
                "first" => Some(1),
                "second" => Some(2),
                "third" => Some(3),
                "fourth" | "final" => Some(4),
                _ => None,
            }
        })
    };
    let words = claim_words(ctx, i);
    if let Some(q) = named(&words) {
        return Some(q);
    }
    let same_period = words
        .windows(3)
        .any(|w| w[0].is("the") && w[1].is("same") && matches!(w[2].norm.as_str(), "period" | "quarter"));
    if !same_period {
        return None;
    }
    let doc = ctx.claims[i].doc;
    (0..i).rev().take_while(|&j| ctx.claims[j].doc == doc).find_map(|j| named(&claim_words(ctx, j)))
}

/// `ToldOf` a figure, from its claim's whole words (`claim_words`: attribution too, as "puts
/// turnout at" frames the figure it reports).
fn told_of(ctx: &Ctx, words: &[crate::text::Token], q: &Quantity) -> Option<ToldOf> {
    let verbs = &ctx.lex.measures.share;
    let in_set =
        |k: usize, set: &crate::fasthash::FastSet<String>| words.get(k).is_some_and(|t| set.contains(t.norm.as_str()));
    let phrase = |last: usize| told_of_phrase(ctx, words, last);
    // Skips an auxiliary back from token `k`: "has risen", "had been".
    let before_aux = |k: usize| {
        let mut k = k;
        while k > 0 && matches!(words[k - 1].norm.as_str(), "has" | "have" | "had" | "been") {
            k -= 1;
        }
        k
    };
    let at = token_at(words, q);
    let level = |w: Option<Vec<String>>| w.map(|words| ToldOf { words, change: false });
    // "barely 54 percent of voters went to the polls", "84 percent of train drivers walked
    // out": the group after "of" and what it did say what the share is of.
    if let Some(of) = words.iter().position(|t| t.span.start >= q.span.end).filter(|&k| words[k].is("of")) {
        const GROUP_WORDS: usize = 3;
        for end in of + 2..(of + 2 + GROUP_WORDS).min(words.len()) {
            let group = &words[of + 1..end];
            if !group.iter().all(|t| t.is_word()) {
                break;
            }
            if let Some((_, subject)) = verbs.told_after.match_at(words, end) {
                // A rate of its own ("turnout") whoever did it; else the share of the group
                // that did it ("drivers" on strike is not "teachers" on strike).
                if verbs.same_subject.contains_key(subject) {
                    return level(Some(vec![subject.clone()]));
                }
                let head = crate::text::stem(&group[group.len() - 1].norm);
                return level(Some(vec![subject.clone(), head]));
            }
        }
    }
    let prev = at.checked_sub(1)?;
    let change = |w: Option<Vec<String>>| w.map(|words| ToldOf { words, change: true });
    let t = &words[prev];
    if t.is("at") {
        // "puts turnout at 61.4 percent"
        let clause = (prev.saturating_sub(8)..prev).rev().take_while(|&k| words[k].is_word());
        if let Some(v) = clause.into_iter().find(|&k| in_set(k, &verbs.estimate)) {
            return level(if v + 1 < prev { phrase(prev - 1) } else { None });
        }
        // "turnout stood at 51.8 percent"
        return level(
            prev.checked_sub(1)
                .filter(|&v| in_set(v, &verbs.level))
                .and_then(|v| phrase(before_aux(v).checked_sub(1)?)),
        );
    }
    if t.is("of") {
        // "a turnout of around 52 percent"
        let last = prev.checked_sub(1)?;
        let w = phrase(last)?;
        let first = last + 1 - w.len();
        // A determiner opens the phrase, a word or two before it ("a release clause of").
        let det = (first.saturating_sub(2)..first).any(|d| {
            matches!(words[d].norm.as_str(), "a" | "an" | "the") && words[d + 1..first].iter().all(|t| t.is_word())
        });
        // Or a verb that reports it: "its parallel count showed turnout of 55.9 percent".
        let shown = first > 0
            && matches!(
                crate::syntax::verb_form(&words[first - 1], ctx.lex),
                Some(crate::syntax::VerbForm::Past | crate::syntax::VerbForm::Present)
            );
        return level((det || shown).then_some(w));
    }
    if t.is("to") && prev.checked_sub(1).is_some_and(|v| in_set(v, &verbs.change)) {
        // "inflation rose to 7.4 percent"
        return level(phrase(before_aux(prev - 1).checked_sub(1)?));
    }
    if t.is("by") && prev.checked_sub(1).is_some_and(|v| in_set(v, &verbs.change)) {
        // "prices have risen by 42 percent"
        return change(phrase(before_aux(prev - 1).checked_sub(1)?));
    }
    if in_set(prev, &verbs.change) {
        // "net profit fell 12 percent"
        return change(phrase(before_aux(prev).checked_sub(1)?));
    }
    if in_set(prev, &verbs.level) {
        // "Turnout was 51.8 percent"
        return level(phrase(before_aux(prev).checked_sub(1)?));
    }
    None
}

/// The words a figure is told of, ending at token `last`: up to three content words back to a
/// determiner, a stopword, a reporting verb or punctuation ("the paper says turnout"). Told
/// "in the" or "of the" something ("turnout in the parliamentary election"), they are the
/// words before that.
fn told_of_phrase(ctx: &Ctx, words: &[crate::text::Token], last: usize) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut k = last + 1;
    while k > 0 && out.len() < 3 {
        let t = &words[k - 1];
        if !t.is_word()
            || t.norm.chars().any(|ch| ch.is_ascii_digit())
            || ctx.lex.grammar.stopwords.contains(t.norm.as_str())
            || ctx.lex.reporting.verbs.match_at(words, k - 1).is_some()
            // "the count showed turnout was 55.9 percent": a past verb before the words
            // ends them.
            || k - 1 < last && crate::syntax::verb_form(t, ctx.lex) == Some(crate::syntax::VerbForm::Past)
        {
            break;
        }
        out.push(t.norm.to_string());
        k -= 1;
    }
    if out.is_empty() {
        return None;
    }
    out.reverse();
    // Back over "the" or an owner ("Sunday's") to a preposition.
    let owner = match k.checked_sub(1).map(|d| words[d].norm.as_str()) {
        Some("the") => 1,
        Some("'s") if k >= 2 && words[k - 2].is_word() => 2,
        _ => 0,
    };
    let told_of = owner > 0 && k > owner + 1 && ["in", "of", "for", "among"].iter().any(|w| words[k - owner - 1].is(w));
    if told_of && let Some(head) = told_of_phrase(ctx, words, k - owner - 2) {
        return Some(head);
    }
    Some(out)
}

/// A share written as a whole number may be rounded: "52 percent" does not rule out 51.8.
fn rounded(q: &Quantity) -> Cow<'_, Quantity> {
    if q.measure.as_deref() != Some("share") || q.bound != Bound::Exact || q.value.fract() != 0.0 {
        return Cow::Borrowed(q);
    }
    let mut out = q.clone();
    out.bound = Bound::Range;
    out.value = q.value - 0.5;
    out.high = Some(q.value + 0.5);
    Cow::Owned(out)
}

/// A round bound is a figure rounded to the round number past it: "over 200" of 214, "more
/// than twenty" of 23, "no more than 8,000" of about 7,500. One rounds the other when the
/// other lies within one step of the bound's value (a unit of its first digit: 10 for
/// twenty, 1,000 for 8,000; a tenth of a power of ten) on the bound's side.
fn one_rounds_the_other(a: &Quantity, b: &Quantity) -> bool {
    rounds(a, b) || rounds(b, a)
}

/// `bound` rounds `other` (see `one_rounds_the_other`).
fn rounds(bound: &Quantity, other: &Quantity) -> bool {
    let n = bound.value;
    if n < 10.0 || other.unit != bound.unit {
        return false;
    }
    let unit = 10f64.powf(n.log10().floor());
    let step = if n == unit { unit / 10.0 } else { unit };
    if n % step != 0.0 {
        return false;
    }
    match bound.bound {
        Bound::MoreThan => other.value > n && other.value < n + step,
        Bound::AtMost | Bound::LessThan => other.value <= n && other.value > n - step && other.bound != Bound::MoreThan,
        _ => false,
    }
}

/// Below this share of its floor, a figure falls short of a vague plural: writers say
/// "dozens dead" of 22 and "hundreds" of 180, so only a count well under the floor ("dozens"
/// against twelve) is at odds with it.
const VAGUE_FLOOR_SHARE: f64 = 0.75;

/// A vague plural ("dozens", "hundreds") as loosely as it is meant: its floor lowered.
fn loosely(q: &Quantity, vague: bool) -> Cow<'_, Quantity> {
    if !vague {
        return Cow::Borrowed(q);
    }
    let mut q = q.clone();
    q.value *= VAGUE_FLOOR_SHARE;
    Cow::Owned(q)
}

/// A count is a whole number: "more than 14 injured" says at least 15, "fewer than 10" at
/// most 9, so "more than 14" and "15" are the same count, not bounds 7% apart. A measure
/// in units is told rounded: "more than eleven hours" does not rule out "an eleven-hour
/// debate", so it is read as at least eleven hours.
pub fn whole_bound(q: &Quantity) -> Cow<'_, Quantity> {
    let (bound, value) = match (q.unit.is_none() && q.value.fract() == 0.0, q.unit.is_some(), q.bound) {
        (true, _, Bound::MoreThan) => (Bound::AtLeast, q.value + 1.0),
        (true, _, Bound::LessThan) if q.value >= 1.0 => (Bound::AtMost, q.value - 1.0),
        (_, true, Bound::MoreThan) => (Bound::AtLeast, q.value),
        (_, true, Bound::LessThan) => (Bound::AtMost, q.value),
        _ => return Cow::Borrowed(q),
    };
    let mut out = q.clone();
    (out.bound, out.value) = (bound, value);
    Cow::Owned(out)
}

/// Two figures of one measure (and unit) more than 5% apart ("at least 20 killed" / "at
/// least 45 killed"), the one no rounding of the other: whatever else two claims share,
/// they do not say the same thing.
pub fn figures_differ(a: &[Quantity], b: &[Quantity]) -> bool {
    a.iter().any(|qa| {
        b.iter().filter(|qb| qa.measure.is_some() && qa.measure == qb.measure && qa.unit == qb.unit).any(|qb| {
            let (wa, wb) = (whole_bound(qa), whole_bound(qb));
            // "Over 200" rounds 214.
            (wa.value - wb.value).abs() > 0.05 * wa.value.abs().max(wb.value.abs()) && !one_rounds_the_other(qa, qb)
        })
    })
}

/// Claims `a` and `b` give figures that differ (`figures_differ`), thresholds aside: "only 97
/// votes, well short of the 121 needed" gives one count, 97. (Thresholds are looked for only
/// where the figures differ.)
pub fn claim_figures_differ(ctx: &Ctx, a: usize, b: usize) -> bool {
    let (qa, qb) = (&ctx.claims[a].quantities, &ctx.claims[b].quantities);
    if !figures_differ(qa, qb) {
        return false;
    }
    let counts =
        |i: usize, qs: &[Quantity]| -> Vec<Quantity> { qs.iter().filter(|q| !threshold(ctx, i, q)).cloned().collect() };
    figures_differ(&counts(a, qa), &counts(b, qb))
}

/// The day a figure was given or is of, as its words say: a time right after it ("rose to 41
/// on Thursday"), else the last time its claim names
/// before it, else the first it names after it ("rose to 63 on Friday"), else the last
/// time named before it in its sentence ("Earlier this week, an official had put the toll
/// at a dozen"), else a year its sentence names before it ("the deadliest since 2009,
/// when 38 people were killed": the first of that year). A toll that "has risen to" a
/// figure gives it as it stands the day the report was published.
/// The day and whether the text says it (or it is the report's own day). Without
/// `sayings`, the day a source said it ("said on Tuesday that it had imposed a fine") does
/// not date the figure.
fn read_figure_day(ctx: &Ctx, i: usize, q: &Quantity, sayings: bool) -> Option<(Days, bool)> {
    let c = &ctx.claims[i];
    // "fell by 40 percent from a year earlier": the base of a comparison, a time with no day
    // of its own, is no day of the figure ("a 48-hour strike from Oct. 11" still dates it).
    let text = &ctx.docs[c.doc].text;
    let compared_with = |t: &crate::model::TimeRef| {
        let before = text[..t.span.start].trim_end();
        t.start.is_none() && (before.ends_with(" from") || before.ends_with(" than"))
    };
    let kept = move |t: &&crate::model::TimeRef| sayings || !t.statement;
    let times = || c.times.iter().filter(kept).filter(move |t| !compared_with(t));
    let published = ctx.docs[c.doc].published;
    let day = |t: &crate::model::TimeRef| {
        let Some(last) = t.end.or(t.start) else {
            // "six years ago" has no day, but lies years before the report.
            let years_back = t.offset_days.filter(|d| *d <= -YEAR_DAYS)?;
            let d = published?.checked_add(jiff::Span::new().days(years_back)).ok()?;
            return Some(Days { first: d, last: d });
        };
        Some(Days { first: t.start.unwrap_or(last), last })
    };
    // A time right after the figure dates the count: "the number of people killed by the
    // quake late on Tuesday rose to 41 on Thursday".
    let adjacent = times().filter(|t| t.span.start >= q.span.end && t.span.start <= q.span.end + 1).find_map(day);
    let before = adjacent.or_else(|| times().rev().filter(|t| t.span.start < q.span.start).find_map(day));
    let after = || times().filter(|t| t.span.start > q.span.start).find_map(day);
    // "The deadliest since January, when a roadside bomb killed seven soldiers": the clause
    // after "since X, when" tells of X, not of the time since.
    let since_when = |t: &crate::model::TimeRef| crate::extract::time::after_since(text, t) && c.is_when_clause();
    let in_sentence = || {
        let times = ctx.sentence_claims(i).iter().flat_map(|&j| &ctx.claims[j].times).filter(kept);
        let t = times.filter(|t| t.span.start < q.span.start).max_by_key(|t| t.span.start)?;
        match t.start {
            Some(first) if since_when(t) => Some(Days { first, last: first }),
            _ => day(t),
        }
    };
    // A count that has risen to a figure, or a headline's figure, is the count as it stands
    // on the day of the report.
    let as_it_stands = || {
        let published = (risen_to(ctx, i, q) || ctx.is_headline(i)).then_some(published).flatten();
        published.map(|d| Days { first: d, last: d })
    };
    let year = || year_before(ctx, i, q).map(|d| Days { first: d, last: d });
    let said = before.or_else(after).or_else(in_sentence).or_else(year);
    said.map(|d| (d, true)).or_else(|| as_it_stands().map(|d| (d, false)))
}

/// The text dates figure `x` to a day before figure `y`: told after it, it is an earlier
/// count recalled ("... 13 people were killed, the army said on Thursday. On Wednesday
/// evening the army had put the toll at nine"), not one that replaced it.
fn dated_before(ctx: &Ctx, (i, x): (usize, &Quantity), (j, y): (usize, &Quantity), sayings: bool) -> bool {
    match (figure_day(ctx, i, x, sayings), figure_day(ctx, j, y, sayings)) {
        (Some((dx, true)), Some((dy, true))) => dx.last < dy.first,
        _ => false,
    }
}

/// The text dates the two figures to days that do not meet ("in 2007" / "in 2015"). When
/// each was said is no part of it: a fine announced on Tuesday and booked on Wednesday is
/// one fine.
fn dated_apart(ctx: &Ctx, x: (usize, &Quantity), y: (usize, &Quantity)) -> bool {
    dated_before(ctx, x, y, false)
        || dated_before(ctx, y, x, false)
        || years_before_the_report(ctx, x) != years_before_the_report(ctx, y)
}

/// The text dates the figure a year or more before its report ("last hit this hard in 2009,
/// when a quake killed 1,310 people"): another event than one the report leaves undated.
fn read_years_before_the_report(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let c = &ctx.claims[i];
    let Some(published) = ctx.docs[c.doc].published else { return false };
    // Only a figure of another event: one a year in its sentence dates, or one a "when"
    // clause tells. A period the figure covers ("a fine for tariffs between January 2021 and
    // March 2023") is no date of the figure's event.
    if c.times.iter().any(|t| !t.statement) && !c.is_when_clause() {
        return false;
    }
    let Some((d, true)) = read_figure_day(ctx, i, q, false) else { return false };
    // "closed since 2021" runs up to the report; "since 2021, when" tells of 2021.
    let sentence = c.sentence_span.slice(&ctx.docs[c.doc].text);
    let since = format!("since {}", d.first.year());
    let up_to_now = sentence.contains(&since) && !sentence.contains(&format!("{since}, when"));
    !up_to_now && (published - d.last).get_days() >= YEAR_DAYS as i32
}

/// A year back from a report: a time this far before it with no day of its own ("six years
/// ago") still dates a figure to another period.
const YEAR_DAYS: i64 = 365;

/// The days a figure is dated to: one day, or a span ("in January", "last week").
#[derive(Clone, Copy)]
struct Days {
    first: jiff::civil::Date,
    last: jiff::civil::Date,
}

/// The year right after a figure and its counted noun ("a bid of 2.5 billion euros in 2019",
/// "killed 27 people in 2009"), else the last year
/// ("in 2009", "since 2009", "the 2013 collapse") named in its sentence before it.
fn year_before(ctx: &Ctx, i: usize, q: &Quantity) -> Option<jiff::civil::Date> {
    let c = &ctx.claims[i];
    let text = &ctx.docs[c.doc].text;
    let after = text.get(q.span.end..(q.span.end + 32).min(c.sentence_span.end)).unwrap_or("");
    let words_after: Vec<&str> = after.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let year_after = words_after.windows(2).take(5).find_map(|w| match w {
        [prep, year] if prep.eq_ignore_ascii_case("in") && year.len() == 4 => {
            year.parse::<i16>().ok().filter(|y| (1900..=2100).contains(y))
        }
        _ => None,
    });
    if let Some(year) = year_after {
        return Some(jiff::civil::date(year, 1, 1));
    }
    let before = text.get(c.sentence_span.start..q.span.start.max(c.sentence_span.start))?;
    let words: Vec<&str> = before.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.windows(2).rev().find_map(|w| {
        let year: i16 = w[1].parse().ok().filter(|y| (1900..=2100).contains(y) && w[1].len() == 4)?;
        let marked = ["in", "since", "until", "of", "the"].iter().any(|m| w[0].eq_ignore_ascii_case(m));
        marked.then(|| jiff::civil::date(year, 1, 1))
    })
}

/// The figure is where a count has got to: "rose to", "has risen to", "climbed to" shortly
/// before it.
pub(super) fn risen_to(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    rise_verb_before(ctx, &ctx.own(i), q, 5).is_some()
}

/// The count itself rose to figure `q` ("the toll has risen to 23"), not a voice raising its
/// own ("he raised it to 24", lexicon `revised`): a rise past another voice's count.
fn count_rose_to(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    rise_verb_before(ctx, &own, q, 5).is_some_and(|k| !ctx.lex.measures.revised.iter().any(|w| own[k].is(w)))
}

/// Where, among `own`, a verb of a count reaching a figure stands ("rose", "raised its toll
/// on Friday"), with "to" after it, within `reach` words before figure `q`.
fn rise_verb_before(ctx: &Ctx, own: &[crate::text::Token], q: &Quantity, reach: usize) -> Option<usize> {
    let at = token_at(own, q);
    let from = at.saturating_sub(reach);
    let window = &own[from..at];
    let to = window.iter().rposition(|t| t.is("to"))?;
    window[..to].iter().rposition(|t| ctx.lex.measures.risen.iter().any(|w| t.is(w))).map(|k| from + k)
}

/// The figure is where a source raised its count after the words that tell its earlier one:
/// "The interior ministry, which had said late on Thursday that 19 people had died, raised
/// its toll on Friday to 27 dead". The 19 was replaced; the 27 stands.
fn raised_since(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    // Further back than `risen_to` looks: "raised its toll on Friday to 27".
    rise_verb_before(ctx, &own, q, 8)
        .is_some_and(|verb| (0..verb).any(|k| ctx.lex.measures.earlier_count.contains_at(&own, k)))
}

/// The same voice set its count anew after claim `i` told figure `q`: "On the day of the
/// attack, the army said seven soldiers had been killed. A day later it revised the toll to
/// nine." The seven is the army's count no more. A count set anew to the figure itself
/// ("had given a provisional toll of five dead, raising it to seven" after "said seven
/// people were confirmed dead") tells how it got there: the figure stands.
fn revised_later(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let c = &ctx.claims[i];
    let Some(measure) = q.measure.as_ref() else { return false };
    let other_figure = |n: &Quantity| n.measure.as_ref() == Some(measure) && n.value != q.value;
    // Cheapest first: the measure, then the words before the figure, then whose voice.
    ctx.claims[i + 1..].iter().take_while(|o| o.doc == c.doc).enumerate().any(|(k, o)| {
        let j = i + 1 + k;
        ctx.sentence_of[j] > ctx.sentence_of[i]
            && o.quantities.iter().filter(|n| other_figure(n)).any(|n| set_anew(ctx, j, n))
            && ctx.same_voice(i, j)
    })
}

/// Figure `q` of claim `i` is one its source sets anew: "revised the toll to nine",
/// "corrected the figure to 16" (rules/lexicon/measures.toml, `revised`).
fn set_anew(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let at = token_at(&own, q);
    let window = &own[at.saturating_sub(8)..at];
    window.iter().any(|t| t.is("to")) && window.iter().any(|t| ctx.lex.measures.revised.iter().any(|w| t.is(w)))
}

/// A count its own claim takes further: "the toll climbed to 16 on Monday and to at least
/// 19 by Tuesday". The first figure is where the count stood before the claim's last, no
/// rival of anyone's figure now.
fn passed_in_its_claim(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    if !risen_to(ctx, i, q) {
        return false;
    }
    let own = ctx.own(i);
    let from = token_after(&own, q);
    ctx.claims[i].quantities.iter().filter(|n| n.span.start >= q.span.end).any(|next| {
        let between = &own[from..token_at(&own, next).max(from)];
        between.iter().any(|t| t.is("and") || t.is("then")) && between.iter().any(|t| t.is("to"))
    })
}

/// Figure `q` is one its own claim then sets anew: "had given a provisional toll of five
/// dead, raising it to seven", "put the toll at 27 before revising it to 23". The first
/// figure is where the count stood, no rival of anyone's figure now.
fn set_anew_after_it(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let from = token_after(&own, q);
    let revised = |t: &crate::text::Token| {
        let measures = &ctx.lex.measures;
        measures.revised.iter().chain(&measures.risen).any(|w| t.is(w))
    };
    let later = ctx.claims[i].quantities.iter().filter(|n| n.span.start >= q.span.end && n.measure == q.measure);
    let in_its_claim = later.into_iter().any(|next| {
        let between = &own[from..token_at(&own, next).max(from)];
        between.last().is_some_and(|t| t.is("to")) && between.iter().any(revised)
    });
    // Or in a clause of its sentence told after it: "... of four dead on Wednesday, | raising
    // it to six".
    let c = &ctx.claims[i];
    in_its_claim
        || ctx.claims[i + 1..]
            .iter()
            .enumerate()
            .take_while(|(k, o)| o.doc == c.doc && ctx.sentence_of[i + 1 + k] == ctx.sentence_of[i])
            .any(|(k, o)| o.quantities.iter().filter(|n| n.measure == q.measure).any(|n| set_anew(ctx, i + 1 + k, n)))
}

/// The first of a claim's own tokens after figure `q` (their number if none follows).
fn token_after(own: &[crate::text::Token], q: &Quantity) -> usize {
    own.iter().position(|t| t.span.start >= q.span.end).unwrap_or(own.len())
}

/// Where a figure stands among a claim's own tokens.
fn token_at(own: &[crate::text::Token], q: &Quantity) -> usize {
    own.iter().position(|t| t.span.start >= q.span.start).unwrap_or(own.len())
}

/// The last `n` tokens of a claim's own words before a figure.
/// A sum the words before it in its clause mark as one of others: "the combined cost of
/// the fine, the refunds and the damages at about 69 million euros", "in total".
fn sum_of_sums(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let before = words_before(&own, q, 15);
    let clause = before.iter().rposition(|t| t.is_punct(";")).map_or(0, |p| p + 1);
    let total = &ctx.lex.measures.total;
    before[clause..].iter().any(|t| total.iter().any(|w| t.is(w))) || is_total(ctx, i, q)
}

fn words_before<'t>(own: &'t [crate::text::Token], q: &Quantity, n: usize) -> &'t [crate::text::Token] {
    let at = token_at(own, q);
    &own[at.saturating_sub(n)..at]
}

/// Days apart beyond which two figures are of different periods: a toll a week on is a
/// later count or another event's, not a rival figure.
const SAME_PERIOD_DAYS: i32 = 7;

/// Days between a dated figure and an undated one's report beyond which they are of
/// different periods: beyond the weeks a story about one event runs for ("a similar raid
/// in March killed 14" in a story of May).
const OTHER_PERIOD_DAYS: i32 = 30;

/// The two figures are of different days and the later one is the larger (a count that
/// grew: tolls rise as bodies are found, reported as they stood each day), or of days too
/// far apart to be one count. Both days must be known alike, both said in the text or
/// both the publication days of two reports, to say which came first: an undated figure
/// is not dated by its report against a dated one ("A day after ..., 270,000" is no later
/// than Wednesday's "170,000" because the story ran on Thursday).
fn apart_in_time(ctx: &Ctx, (a, qa): (usize, &Quantity), (b, qb): (usize, &Quantity)) -> bool {
    // A count its own sentence says was replaced ("in a first statement") is no one's
    // count now: not a rival of a later count, nor of another source's earlier one ("the
    // police had reported two deaths" / "the group had initially said eight were killed").
    // Within one sentence, each figure's own words say which ("initially put the toll at
    // 27, but revised the figure to 23").
    let one_sentence = ctx.sentence_of[a] == ctx.sentence_of[b];
    let replaced = |i: usize, q: &Quantity| {
        ctx.earlier_count(i, one_sentence) && !raised_since(ctx, i, q) || revised_later(ctx, i, q)
    };
    if replaced(a, qa) || replaced(b, qb) {
        return true;
    }
    if passed_in_its_claim(ctx, a, qa) || passed_in_its_claim(ctx, b, qb) {
        return true;
    }
    if set_anew_after_it(ctx, a, qa) || set_anew_after_it(ctx, b, qb) {
        return true;
    }
    // A figure the text dates years back is of another event, in a live blog as elsewhere.
    if years_before_the_report(ctx, (a, qa)) != years_before_the_report(ctx, (b, qb)) {
        return true;
    }
    let never_falls = qa.measure.as_ref().is_some_and(|m| ctx.lex.measures.never_falls.contains(m));
    // Two entries of one live blog ("08:40 - At least three dead" / "11:15 - Toll rises to
    // 11") are the count at two times of the day: grown, or moved, not two accounts. Only a
    // count that never falls, smaller in a later entry by another voice, is a rival.
    if ctx.claims[a].doc == ctx.claims[b].doc
        && let (Some(ta), Some(tb)) = (ctx.entry_time(a), ctx.entry_time(b))
        && ta != tb
    {
        let (va, vb) = (whole_bound(qa).value, whole_bound(qb).value);
        let fell = ta < tb && vb < va || tb < ta && va < vb;
        return !(fell && never_falls && !ctx.same_voice(a, b));
    }
    let doc = |i: usize| &ctx.docs[ctx.claims[i].doc];
    let published = |i: usize| doc(i).published;
    // A draft retells its sources as they stand: its figures are checked against theirs,
    // whatever day it was written.
    let draft = |i: usize| doc(i).role == crate::model::Role::Draft;
    let days = match (figure_day(ctx, a, qa, true), figure_day(ctx, b, qb, true)) {
        // Counts the text dates to two days are two counts, whichever way they moved: the
        // missing are found, a toll is revised.
        // Only where a count that never falls (the dead) is smaller on a later day of the
        // same week, by another voice, is the later one a rival of the earlier.
        (Some((da, true)), Some((db, true))) if da.last != db.last => {
            // Figures of something to come told on two days ("reported on Monday that 650
            // jobs would be lost" / "said on Tuesday that about 380 employees would lose their
            // jobs") are two accounts of one plan, not a count that moved: only the days of
            // saying differ.
            let ahead_undated = |i: usize| {
                matches!(ctx.claims[i].modality, Modality::Expected | Modality::Planned)
                    && ctx.alignment.features[i].event_dates.is_empty()
            };
            if ahead_undated(a) && ahead_undated(b) {
                return false;
            }
            let (va, vb) = (whole_bound(qa).value, whole_bound(qb).value);
            let near = (da.last - db.last).get_days().abs() <= SAME_PERIOD_DAYS;
            let fell = near && (da.last < db.last && vb < va || db.last < da.last && va < vb);
            // A later figure told as a correction ("In a correction issued on Monday, the
            // agency said the number of dead was 11") revises the count.
            let later = if da.last < db.last { b } else { a };
            let revised = told_as_correction(ctx, later);
            let rival = fell && never_falls && !revised && !ctx.same_voice(a, b);
            return !rival;
        }
        (Some((da, _)), Some((db, _))) => (da.last, db.last),
        (None, None) if draft(a) || draft(b) => return false,
        (None, None) => match (published(a), published(b)) {
            (Some(da), Some(db)) => (da, db),
            _ => return false,
        },
        // An undated figure is of about its report's day: far from a dated one ("since
        // 2009, when 38 people were killed"), it is of another period. A span is as far as
        // its first day ("in January" in a story of late February).
        (Some((da, _)), None) => return !draft(b) && published(b).is_some_and(|db| other_period(da, db)),
        (None, Some((db, _))) => return !draft(a) && published(a).is_some_and(|da| other_period(db, da)),
    };
    let (da, db) = days;
    let (va, vb) = (whole_bound(qa).value, whole_bound(qb).value);
    da < db && va < vb || db < da && vb < va || (da - db).get_days().abs() > SAME_PERIOD_DAYS
}

/// A dated figure's days lie more than `OTHER_PERIOD_DAYS` from a report's day. A span is
/// as far as its first day: "in January" in a story of late February is far, "in the
/// second week of June" in a story of late May is near. A span that runs up to the report
/// ("since the end of July") holds its day.
fn other_period(dated: Days, report: jiff::civil::Date) -> bool {
    let holds_report = dated.first <= report && report <= dated.last;
    !holds_report && (dated.first - report).get_days().abs() > OTHER_PERIOD_DAYS
}

/// A claim of its sentence corrects something ("In a correction issued on Monday, the agency
/// said the number of dead was 11").
fn told_as_correction(ctx: &Ctx, i: usize) -> bool {
    ctx.sentence_claims(i).iter().any(|&j| ctx.claims[j].has_cue("correction"))
}

/// The figure is a threshold, what something needs ("well short of the 121 needed to
/// topple the cabinet"), not a count anyone gives.
fn read_threshold(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let next = token_after(&own, q);
    own[next..].iter().take(2).any(|t| ctx.lex.measures.threshold_after.iter().any(|w| t.is(w)))
}

/// The figure counts a part, as the claim marks it (rules/lexicon/measures.toml): a word
/// such as "alone" or "among" shortly before it ("in the capital alone, 40 died", "among
/// the dead are nine civilians", "a further 3,800"), "of" or "more" right after it ("five
/// of its troops", "dozens more"), or "alone" a few words on ("104 dead in our province
/// alone").
fn partial(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let measures = &ctx.lex.measures;
    let own = ctx.own(i);
    // "Nine people were killed ... Another 23 were wounded": a figure added to one of
    // another measure is the whole count of its own.
    let adds_to_one_before = || {
        let c = &ctx.claims[i];
        let same_measure = |p: &Quantity| p.measure.is_some() && p.measure == q.measure;
        c.quantities.iter().any(|p| p.span.end <= q.span.start && same_measure(p))
            || (0..i)
                .rev()
                .take_while(|&j| ctx.claims[j].doc == c.doc && ctx.sentence_of[i] - ctx.sentence_of[j] <= 2)
                .any(|j| ctx.claims[j].quantities.iter().any(same_measure))
    };
    let marked = words_before(&own, q, 6).iter().any(|t| {
        measures.part_before.iter().any(|w| t.is(w))
            && (!measures.adds_to.iter().any(|w| t.is(w)) || adds_to_one_before())
    });
    let next = token_after(&own, q);
    let mut after = own[next..].iter();
    // "2,300 of the port's 2,600 dockworkers walked out": a part of the workforce, the whole
    // count of who walked out.
    // A unit's "of" names the stuff measured, no whole: "400 litres of solvent".
    let right_after =
        after.next().is_some_and(|t| measures.part_after.iter().any(|w| t.is(w)) && !(t.is("of") && q.unit.is_some()))
            && crate::extract::quantity::part_does_it(&own, next, own.len(), ctx.lex).is_none();
    // "104 dead in our province alone", "seven people had died at the scene".
    let window = next.min(own.len())..(next + 5).max(next + clause_after_figure(&own, next).count()).min(own.len());
    let later = window.clone().any(|k| measures.part_later.contains_at(&own[..window.end], k))
        || one_of_its_several(&own, next);
    // "We received nine bodies on Thursday and two more yesterday": a first part of a sum.
    // The number after "and" is read by the measures lexicon, as figures are.
    let rest = &own[next.min(own.len())..];
    let number_at = |k: usize| {
        if rest.get(k).is_some_and(|t| t.kind == crate::text::TokenKind::Number) {
            return Some(k + 1);
        }
        measures.numbers.match_at(rest, k).or_else(|| measures.vague.match_at(rest, k)).map(|(end, _)| end)
    };
    let more_follow = (0..rest.len().min(8))
        .any(|k| rest[k].is("and") && number_at(k + 1).is_some_and(|end| rest.get(end).is_some_and(|t| t.is("more"))));
    marked || right_after || later || more_follow || corrects_a_part(ctx, i, q) || of_those(&own, q)
}

/// "Of those, 85 were detained on Wednesday night": a figure after "of those" (or "of
/// them", "of these") set off by a comma is a part of a whole told before.
fn of_those(own: &[crate::text::Token], q: &Quantity) -> bool {
    let before = words_before(own, q, 4);
    before
        .windows(3)
        .any(|w| w[0].is("of") && matches!(w[1].norm.as_str(), "those" | "them" | "these") && w[2].is_punct(","))
}

/// A figure its source sets anew ("The newspaper later corrected the figure to 16") in
/// place of a part it gave before ("61 people had died of the heat in the city alone") is
/// a part too: the correction keeps what the figure counted.
fn corrects_a_part(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let Some(measure) = q.measure.as_ref() else { return false };
    if !set_anew(ctx, i, q) {
        return false;
    }
    let c = &ctx.claims[i];
    (0..i)
        .rev()
        .take_while(|&j| ctx.claims[j].doc == c.doc && ctx.sentence_of[i] - ctx.sentence_of[j] <= 2)
        .filter(|&j| ctx.sentence_of[j] < ctx.sentence_of[i] && ctx.same_voice(i, j))
        .find_map(|j| {
            ctx.claims[j].quantities.iter().rev().find(|p| p.measure.as_ref() == Some(measure)).map(|p| (j, p))
        })
        .is_some_and(|(j, p)| partial(ctx, j, p))
}

/// "Nine of its employees died": a source counting those of its own group ("of its",
/// "of their") gives a part of a toll whose other claim never names that group ("14
/// people had been killed"). Against "five people, all of them employees of the plant,
/// were missing" both count the one group, and the figures are rivals.
fn own_group_part(ctx: &Ctx, (i, q): (usize, &Quantity), other: usize) -> bool {
    let Some(group) = own_group(ctx, i, q) else { return false };
    let stem = crate::text::stem(&group);
    !ctx.own(other).iter().any(|t| t.is_word() && crate::text::stem(&t.norm) == stem)
}

/// The group a source counts its own of: "Nine of its employees", "At least 17 of our
/// members".
fn own_group(ctx: &Ctx, i: usize, q: &Quantity) -> Option<String> {
    let own = ctx.own(i);
    let next = token_after(&own, q);
    let of_its = own.get(next).is_some_and(|t| t.is("of"))
        && own.get(next + 1).is_some_and(|t| matches!(t.norm.as_str(), "its" | "their" | "our"));
    own.get(next + 2).filter(|t| of_its && t.is_word()).map(|t| t.norm.to_string())
}

/// Two sums of money, one naming what it is the sum of ("a secret $2 billion loan") where
/// the other claim never names that thing ("foreign reserves stood at $6.4 billion"): sums
/// of two things, not rival accounts of one.
fn other_things(ctx: &Ctx, (a, qa): (usize, &Quantity), (b, qb): (usize, &Quantity)) -> bool {
    let money = |q: &Quantity| q.measure.as_deref() == Some("money");
    fn named(q: &Quantity) -> Option<&str> {
        q.counted.as_deref().filter(|c| q.measure.as_deref() == Some("money") && Some(*c) != q.unit.as_deref())
    }
    // Named in the same word or a related one: a fine is a penalty.
    let names_it = |i: usize, thing: &str| {
        let stem = crate::text::stem(&thing.to_lowercase());
        ctx.own(i).iter().any(|t| t.is_word() && crate::text::stem(&t.norm) == stem) || {
            let words = &ctx.lex.words;
            any_related(words, &words.content(thing), ctx.own_content(i))
        }
    };
    // Sums each told of a thing, and of two things: "a release clause of €25 million" and
    // "putting the fee at around 18 million euros".
    let sums_apart = || {
        money(qa) && money(qb) && {
            let (x, y) = (sum_named(ctx, a, qa), sum_named(ctx, b, qb));
            x.zip(y).is_some_and(|(x, y)| {
                let words = &ctx.lex.words;
                crate::text::stem(&x) != crate::text::stem(&y)
                    && !any_related(words, &words.content(&x), &words.content(&y))
            })
        }
    };
    // Sums of two kinds: a loss and money put into the firm, a fine and a loan. Money
    // "into" something is put into it: "has put more than 400 million marks into the
    // airline".
    let kinds_apart = || {
        let kinds = |i: usize, q: &Quantity| -> Vec<String> {
            let own = ctx.own(i);
            let mut kinds: Vec<String> =
                ctx.lex.measures.money_kinds.find_all(&own).into_iter().map(|m| m.value).collect();
            if own.get(token_after(&own, q)).is_some_and(|t| t.is("into")) {
                kinds.push("funding".into());
            }
            kinds
        };
        money(qa) && money(qb) && {
            let (ka, kb) = (kinds(a, qa), kinds(b, qb));
            !ka.is_empty() && !kb.is_empty() && !ka.iter().any(|k| kb.contains(k))
        }
    };
    // Sums paid for stakes of two sizes: "2.3 billion dollars for a 49% stake" / "1.5
    // billion dollars for a 30% stake". So are a stake's price and a sum that names no
    // stake ("a 49 percent stake for about $1.2 billion" / "a market value of $2.5 billion").
    let stakes_apart = || {
        let stake = |i: usize| {
            let own = ctx.own(i);
            ctx.claims[i].quantities.iter().find_map(|s| {
                let after = token_after(&own, s);
                let names_a_stake = own[after.min(own.len())..(after + 2).min(own.len())]
                    .iter()
                    .any(|t| ctx.lex.measures.stake_nouns.contains(t.norm.as_str()));
                (s.unit.as_deref() == Some("percent") && names_a_stake).then_some(s.value)
            })
        };
        money(qa)
            && money(qb)
            && match (stake(a), stake(b)) {
                (Some(x), Some(y)) => x != y,
                (None, None) => false,
                _ => true,
            }
    };
    named(qa).is_some_and(|t| !names_it(b, t))
        || named(qb).is_some_and(|t| !names_it(a, t))
        || spanned(ctx, a, qa).is_some_and(|t| !names_it(b, &t))
        || spanned(ctx, b, qb).is_some_and(|t| !names_it(a, &t))
        || sums_apart()
        || kinds_apart()
        || stakes_apart()
}

/// What a length of time spans when its words say so: "more than 10 years of Anders's
/// account statements" spans statements, "after two years of talks" talks. It is no length
/// of anything else the story times ("questions have simmered for two years").
fn spanned(ctx: &Ctx, i: usize, q: &Quantity) -> Option<String> {
    if q.measure.as_deref() != Some("duration") {
        return None;
    }
    let own = ctx.own(i);
    let next = token_after(&own, q);
    if !own.get(next).is_some_and(|t| t.is("of")) {
        return None;
    }
    // The last word of the phrase after "of", past a determiner or a possessive name: "of
    // Anders's account statements", "of the war".
    let stop = |t: &crate::text::Token| ctx.lex.grammar.stopwords.contains(t.norm.as_str());
    let phrase = own[next + 1..].iter().take(5).take_while(|t| t.is_word() || t.norm == "'s");
    let words = phrase.skip_while(|t| stop(t) || t.is_capitalized() || t.norm == "'s").take_while(|t| !stop(t));
    words.last().filter(|t| t.is_word()).map(|t| t.norm.to_string())
}

/// A word of one text is the same as or related to a word of the other (a fine is a penalty).
fn any_related(words: &crate::words::Words, x: &crate::words::Content, y: &crate::words::Content) -> bool {
    x.words.iter().any(|w| y.words.iter().any(|o| words.related(w, o)))
}

/// The thing a sum is told of: the last of the words `told_of` reads ("a release
/// clause of €25 million", "putting the fee at 18 million"), or a noun right after it ("a
/// €25m buyout clause").
fn sum_named(ctx: &Ctx, i: usize, q: &Quantity) -> Option<String> {
    let words = claim_words(ctx, i);
    if let Some(told) = told_of(ctx, &words, q) {
        return told.words.last().cloned();
    }
    // Only after a unit the lexicon knows: "214 million marks" names its currency after it.
    q.unit.as_ref()?;
    let after = words.iter().position(|t| t.span.start >= q.span.end)?;
    let noun = |t: &crate::text::Token| {
        t.is_word()
            && !t.is_capitalized()
            && !ctx.lex.grammar.stopwords.contains(t.norm.as_str())
            && crate::syntax::verb_form(t, ctx.lex).is_none()
    };
    let run = words[after..].iter().take(2).take_while(|t| noun(t)).count();
    (run > 0).then(|| words[after + run - 1].norm.to_string())
}

/// The figure is of a part the claim marks with "alone" ("in the capital alone, 40 died",
/// "56 dead in our districts alone"): the whole is at least as large. Other parts ("a
/// further 3,800", "also died", "among the dead") add to a count or sit in another group.
fn alone(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let next = token_after(&own, q);
    words_before(&own, q, 6).iter().chain(after_figure(&own, next)).any(|t| t.is("alone"))
}

/// How far after a figure a word may mark it a part: a few words on, or anywhere in the
/// rest of its clause ("at least 30 people are still missing in Marrowby alone", "three
/// bodies recovered by fishing boats ... had been included in both tallies").
fn after_figure(own: &[crate::text::Token], next: usize) -> impl Iterator<Item = &crate::text::Token> {
    let rest = &own[next.min(own.len())..];
    rest.iter().take(5).chain(clause_after_figure(own, next))
}

/// The rest of a figure's clause, at most 20 tokens: up to a comma, semicolon or full stop.
fn clause_after_figure(own: &[crate::text::Token], next: usize) -> impl Iterator<Item = &crate::text::Token> {
    own[next.min(own.len())..].iter().take(20).take_while(|t| !t.is_punct(",") && !t.is_punct(";") && !t.is_punct("."))
}

/// "900 positions would go at one of its plants": a count at one of a body's several sites
/// or units, later in the figure's clause.
fn one_of_its_several(own: &[crate::text::Token], next: usize) -> bool {
    let clause: Vec<&crate::text::Token> = clause_after_figure(own, next).collect();
    clause.windows(3).any(|w| w[0].is("one") && w[1].is("of") && matches!(w[2].norm.as_str(), "its" | "their"))
}

/// The claim's words up to and around figure `q`: its own words (kept by the context) when
/// the figure is among them, else the whole claim's, attribution too, freshly read.
fn words_up_to(ctx: &Ctx, i: usize, q: &Quantity) -> std::sync::Arc<[crate::text::Token]> {
    let c = &ctx.claims[i];
    if q.span.start >= c.own.start {
        return ctx.own(i);
    }
    claim_words(ctx, i).into()
}

/// The claim's whole words, attribution too, freshly read.
fn claim_words(ctx: &Ctx, i: usize) -> Vec<crate::text::Token> {
    let c = &ctx.claims[i];
    crate::text::tokenize(c.span.slice(&ctx.docs[c.doc].text), c.span.start)
}

/// The figure is in a question put to the speaker, not in an answer: "Asked whether the
/// five bodies in Vira could be the five missing, he said ...", "it was unclear whether 40
/// had died". The words before it in its clause hold "whether", or "if" after "asked".
fn read_asked(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    // The question may stand before the claim's own words, in its attribution.
    let toks = words_up_to(ctx, i, q);
    let before = words_before(&toks, q, 10);
    let clause =
        before.iter().rposition(|t| t.is_punct(",") || t.is_punct(":") || t.is_punct(";")).map_or(0, |p| p + 1);
    let clause = &before[clause..];
    clause.iter().enumerate().any(|(k, t)| t.is("whether") || t.is("if") && k > 0 && clause[k - 1].is("asked"))
}

/// Whether a figure is what its claim asks for (`Some(true)`: "seeking a bonus of 25 million")
/// or what it offers (`Some(false)`: "has offered 14 million"), from the words before it in
/// its clause (lexicon `demands` and `offers`).
fn position(ctx: &Ctx, i: usize, q: &Quantity) -> Option<bool> {
    let toks = words_up_to(ctx, i, q);
    // "is seeking an 8% real wage increase and a one-off bonus of 25 million pesos".
    let before = words_before(&toks, q, 16);
    let from = before.iter().rposition(|t| t.is_punct(",") || t.is_punct(";")).map_or(0, |p| p + 1);
    let measures = &ctx.lex.measures;
    let last = |set: &crate::text::PhraseSet| (from..before.len()).rev().find(|&k| set.contains_at(before, k));
    match (last(&measures.demands), last(&measures.offers)) {
        (Some(d), Some(o)) => Some(d > o),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// The claim tells a count taken at one place (rules/lexicon/measures.toml `sites`, in the
/// singular): "its morgue had received 17 bodies", "the hospital had treated about 140".
fn at_one_site(ctx: &Ctx, i: usize) -> bool {
    // The place may be named where the source is ("MSF, which supports the district hospital,
    // said it had received 31 wounded").
    // So may the words that name the speaker after a quotation ("\"We have treated 64
    // injured people,\" said Dr. Mirela Szabo, the hospital's medical director").
    let c = &ctx.claims[i];
    let text = &ctx.docs[c.doc].text;
    // The words after the claim up to the next claim of its sentence told by another voice:
    // "..., the ministry said on Thursday, | but doctors at the main hospital said ..." places
    // the doctors' words. (A quotation's speaker, named after all its clauses, speaks them all.)
    let next_claim =
        ctx.claims.get(i + 1).filter(|o| o.doc == c.doc && o.span.start >= c.span.end && o.speaker() != c.speaker());
    let tail_end = next_claim.map_or(c.sentence_span.end, |o| o.span.start.min(c.sentence_span.end));
    let tail = crate::model::Span::new(c.span.end, tail_end.max(c.span.end));
    let names_speaker = c.speaker().is_some_and(|s| tail.slice(text).contains(s));
    let span = if names_speaker { crate::model::Span::new(c.span.start, tail.end) } else { c.span };
    let toks = crate::text::tokenize(span.slice(text), span.start);
    let words: Vec<&crate::text::Token> = toks.iter().filter(|t| t.is_word()).collect();
    // "Speaking outside Kestrany General Hospital, the governor said": where the source
    // spoke, not where the count was made.
    let spoken_outside =
        |at: usize| words[at.saturating_sub(4)..at].iter().any(|t| matches!(t.norm.as_str(), "outside" | "near"));
    ctx.lex.measures.sites.iter().any(|site| {
        let site: Vec<&str> = site.split_whitespace().collect();
        words
            .windows(site.len())
            .enumerate()
            .any(|(at, w)| w.iter().zip(&site).all(|(t, s)| t.norm == *s) && !spoken_outside(at))
    })
}

/// The figure is told as the whole toll ("the final toll was 17", "put the total at 17"),
/// whoever gives it: a doctor at a hospital may give the count of all the dead.
fn told_as_toll(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = words_up_to(ctx, i, q);
    words_before(&own, q, 8).iter().any(|t| matches!(t.norm.as_str(), "toll" | "tally" | "total"))
}

/// The figure counts bodies recovered so far ("19 bodies had been brought ashore so far",
/// lexicon `recovered` and `so-far`), or in a span ("two bodies were recovered overnight",
/// `recovered-within`), or at least so many ("had recovered at least 25 bodies"): a part of
/// the dead, as bodies are still being found.
fn bodies_recovered(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    if !q.counted.as_deref().is_some_and(|c| c.eq_ignore_ascii_case("bodies") || c.eq_ignore_ascii_case("body")) {
        return false;
    }
    let own = words_up_to(ctx, i, q);
    let at = token_at(&own, q);
    let clause = |k: &usize| own[*k].is_word();
    let before = (at.saturating_sub(4)..at).rev().take_while(clause);
    let after = (at..own.len().min(at + 12)).take_while(|k| !own[*k].is_punct(",") && !own[*k].is_punct("."));
    let (before, after): (Vec<usize>, Vec<usize>) = (before.collect(), after.collect());
    let holds = |set: &crate::text::PhraseSet| before.iter().chain(&after).any(|&k| set.contains_at(&own, k));
    // A floor of bodies recovered ("had recovered at least 25 bodies from the mud") says how
    // many were found, nothing of those still missing.
    let floor = matches!(q.bound, Bound::AtLeast | Bound::MoreThan);
    // Who pulled them out: the few words before the verb.
    let by_bystanders = || {
        let verb =
            before.iter().rev().chain(&after).copied().find(|&k| ctx.lex.measures.recovered.contains_at(&own, k));
        verb.is_some_and(|v| (v.saturating_sub(4)..v).any(|k| ctx.lex.measures.recovered_by.contains_at(&own, k)))
    };
    holds(&ctx.lex.measures.recovered)
        && (floor || holds(&ctx.lex.measures.so_far) || holds(&ctx.lex.measures.recovered_within) || by_bystanders())
}

/// The claim's own words hold one of the lexicon's phrases.
fn own_words_hold(ctx: &Ctx, i: usize, phrases: &crate::text::PhraseSet) -> bool {
    let own = ctx.own(i);
    (0..own.len()).any(|k| phrases.contains_at(&own, k))
}

/// The figure is a whole country's: "detained across the country", "nationwide".
fn nationwide(ctx: &Ctx, i: usize) -> bool {
    own_words_hold(ctx, i, &ctx.lex.measures.nationwide)
}

/// The figure is told of a part of a country: "in the capital", or a place its claim names
/// ("in Brevsk").
fn in_an_area(ctx: &Ctx, i: usize) -> bool {
    !ctx.places[i].is_empty() || own_words_hold(ctx, i, &ctx.lex.measures.areas)
}

/// The claim counts since a month or year more than a week before its report ("Monsoon
/// rains since mid-June have killed more than 80", "since 2009"): a running total over a
/// period, not the count of one event. "since Sunday morning" counts the event itself.
fn running_total(ctx: &Ctx, i: usize) -> bool {
    let c = &ctx.claims[i];
    let Some(published) = ctx.docs[c.doc].published else { return false };
    let own = ctx.own(i);
    let Some(at) = own.iter().position(|t| t.is("since")) else { return false };
    let start = own[at + 1..].iter().take(3).find_map(|t| {
        if let Some(month) = crate::extract::time::month_in(&t.text) {
            let year = if month > published.month() { published.year() - 1 } else { published.year() };
            return jiff::civil::Date::new(year, month, 1).ok();
        }
        let year: i16 = t.text.parse().ok().filter(|y| (1900..=2100).contains(y) && t.text.len() == 4)?;
        jiff::civil::Date::new(year, 1, 1).ok()
    });
    start.is_some_and(|d| (published - d).get_days() > SAME_PERIOD_DAYS)
}

/// The least a part can be lies above the most the whole can be: "17 bodies" at one morgue
/// against "four deaths" in all. A whole told as a floor ("at least 41") is its source's
/// count: a part "alone" of at least 90 is at odds with it, as "at least 45" is with "at
/// least 65".
fn exceeds(part: &Quantity, whole: &Quantity) -> bool {
    /// Floors this close are one count told twice.
    const FLOOR_MARGIN: f64 = 1.05;
    let (low, _) = whole_bound(part).interval();
    let whole = whole_bound(whole);
    let high = match whole.bound {
        Bound::AtLeast => whole.value * FLOOR_MARGIN,
        _ => whole.interval().1,
    };
    low > high
}

/// The figure is where a change started: "from" right before it, with another figure of
/// the same measure in the claim ("to 4.25 percent from 4.50 percent", "from 6.9 percent
/// to 7.4 percent").
fn changed_from(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let before = words_before(&own, q, 2);
    let from = before.iter().rposition(|t| t.is("from")).is_some_and(|k| before[k + 1..].iter().all(|t| t.is("the")));
    from && ctx.claims[i].quantities.iter().any(|o| o.span != q.span && o.measure == q.measure)
}

/// The claim's sentence (or, `own_words_only`, its own words) tells a count since
/// replaced: "In a first statement issued at 8 a.m., police said nine people had died",
/// "initial reports said over 100".
pub(super) fn earlier_count(ctx: &Ctx, i: usize, own_words_only: bool) -> bool {
    let c = &ctx.claims[i];
    // The sentence up to the claim's end: "In a first statement, the police said two had
    // died" is replaced, but not for a clause after it ("only three remained unaccounted
    // for, and that two workers initially listed as missing had been found").
    let span = if own_words_only {
        c.span
    } else {
        crate::model::Span::new(c.sentence_span.start, c.span.end.max(c.sentence_span.start))
    };
    let words = crate::text::tokenize(span.slice(&ctx.docs[c.doc].text), 0);
    let measures = &ctx.lex.measures;
    if (0..words.len()).any(|k| measures.earlier_count.contains_at(&words, k)) {
        return true;
    }
    // Revised-since phrases look back from inside the claim: its own words, read again only
    // when the words above were the sentence's.
    let own = if own_words_only { words } else { crate::text::tokenize(c.span.slice(&ctx.docs[c.doc].text), 0) };
    (0..own.len()).any(|k| measures.revised_since.contains_at(&own, k))
}

/// Two qualifiers name one people: the same word, or a country and its demonym
/// ("Tolvakia" / "Tolvakian").
fn same_people(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    a == b || short.len() >= 4 && long.starts_with(short.as_str()) && long.len() - short.len() <= 2
}

/// A count of no measure class, of a noun it names and no unit: "42,000 units".
fn unclassed(q: &Quantity) -> bool {
    q.measure.is_none() && q.unit.is_none() && q.counted.is_some() && !q.distributive
}

/// Fewest words after two figures that must be the same for `told_alike`: the noun and a
/// verb at least ("units are affected").
const ALIKE_WORDS: usize = 3;

/// Two counts of no measure class told in the same words after them ("42,000 units are
/// affected" / "The company says 18,000 units are affected, all from ..."): the same noun
/// and the next words, up to a mark, the shorter run all in the longer.
fn told_alike(ctx: &Ctx, (a, qa): (usize, &Quantity), (b, qb): (usize, &Quantity)) -> bool {
    if !unclassed(qa) || !unclassed(qb) || qa.qualifier != qb.qualifier {
        return false;
    }
    let after = |i: usize, q: &Quantity| -> Vec<String> {
        let own = ctx.own(i);
        let from = token_after(&own, q);
        own[from.min(own.len())..]
            .iter()
            .take_while(|t| t.is_word())
            .take(ALIKE_WORDS + 1)
            .map(|t| t.norm.to_string())
            .collect()
    };
    let (wa, wb) = (after(a, qa), after(b, qb));
    let shorter = wa.len().min(wb.len());
    shorter >= ALIKE_WORDS && wa[..shorter] == wb[..shorter]
}

/// The figure names a group of its own ("four soldiers", "a dozen assailants"), not
/// anyone ("87 people", "the toll").
fn of_a_group(ctx: &Ctx, q: &Quantity) -> Option<String> {
    let noun = q.counted.as_deref()?.to_lowercase();
    let generic = &ctx.lex.measures.generic_counted;
    let is_generic = generic.contains(&noun) || generic.contains(noun.trim_end_matches('s'));
    // A noun that another measure counts names a group of this one: "60 wounded protesters"
    // (protesters are what a crowd's size counts) are no rival of "47 police officers".
    let other_measure = || {
        let words = crate::text::tokenize(&noun, 0);
        ctx.lex
            .measures
            .measure_terms
            .match_at(&words, 0)
            .is_some_and(|(end, m)| end == words.len() && Some(m) != q.measure.as_ref())
    };
    if !is_generic || other_measure() {
        return Some(noun);
    }
    // "two soldiers were killed and five wounded": the five are soldiers too.
    q.group.clone()
}

/// The two figures count different groups of one event: two groups by name ("four
/// soldiers" / "two police officers"), a vague total against a group ("dozens dead" /
/// "four soldiers"), or a sum the text marks as one ("22 people in total") against a
/// group within it.
fn other_groups(ctx: &Ctx, (a, qa): (usize, &Quantity), (b, qb): (usize, &Quantity)) -> bool {
    // Sums and lengths of time are of no group: "a two-hour phone call" / "three hours".
    if qa.unit.is_some() || qb.unit.is_some() {
        return false;
    }
    let (ga, gb) = (of_a_group(ctx, qa), of_a_group(ctx, qb));
    let same_group = qa.group.is_some() && qa.group == qb.group;
    let apart = |q: &Quantity| q.group.as_ref().is_some_and(|g| ctx.lex.measures.apart_from_anyone.contains(g));
    match (&ga, &gb) {
        (Some(x), Some(y)) => !same_group && x.trim_end_matches('s') != y.trim_end_matches('s'),
        (None, Some(_)) => qa.vague || apart(qb) || part_of(ctx, qb, (a, qa)),
        (Some(_), None) => qb.vague || apart(qa) || part_of(ctx, qa, (b, qb)),
        (None, None) => false,
    }
}

/// Below this share of a count of anyone, a group's figure is a part of it ("two soldiers
/// were killed at the checkpoint" in a bombing that killed 14 people), not a rival estimate
/// of the same toll, which sources seldom give at less than half of each other.
const PART_SHARE: f64 = 0.5;

/// A group's figure can be a part of a count of anyone: the count is marked as a sum ("22
/// people in total") and holds it, or the group's figure is a small share of it.
fn part_of(ctx: &Ctx, group: &Quantity, (i, anyone): (usize, &Quantity)) -> bool {
    group.value <= anyone.value && (is_total(ctx, i, anyone) || group.value < anyone.value * PART_SHARE)
}

/// Words near the figure make it a sum: "22 people in total", "a total of 40".
fn is_total(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let total = &ctx.lex.measures.total;
    let own = ctx.own(i);
    let at = token_at(&own, q);
    // Far enough to reach past a quotation: `"at least 38 people" had died, including`.
    own[at.saturating_sub(3)..(at + 8).min(own.len())].iter().any(|t| total.iter().any(|w| t.is(w)))
}

/// The figure is a difference between two sums, as words shortly before or after it say
/// ("65 million euros over budget", "had overrun its budget by 40 million euros").
fn read_difference(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let (at, next) = (token_at(&own, q), token_after(&own, q));
    let window = at.saturating_sub(6)..(next + 4).min(own.len());
    window.clone().any(|k| ctx.lex.measures.difference.match_at(&own[..window.end], k).is_some())
}

/// The figure is what something can hold or carry, as a word shortly before it says ("its
/// design capacity is 55 million cubic metres a day"): it meets other capacities, not the
/// flow or the load measured ("the agency put the figure at 42 million cubic metres a day").
fn read_capacity(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let at = token_at(&own, q);
    (at.saturating_sub(5)..at).any(|k| ctx.lex.measures.capacity.match_at(&own[..at], k).is_some())
}

/// The figure counts two measures at once, as "X or Y" near it says ("homes destroyed or
/// damaged at some 5,100", "30 people were killed or injured"): no rival of a count of one.
fn read_combined(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let terms = &ctx.lex.measures.measure_terms;
    let own = ctx.own(i);
    let at = token_at(&own, q);
    let window = at.saturating_sub(8)..(at + 6).min(own.len());
    window.clone().any(|k| {
        own[k].is("or")
            && k > window.start
            && terms.match_at(&own, k - 1).is_some()
            && terms.match_at(&own, k + 1).is_some()
    })
}

/// Lengths of time in minutes, so "a 90-minute call" meets "a two-hour call". Months and
/// years vary in length and stay as they are.
fn in_minutes(q: &Quantity) -> Cow<'_, Quantity> {
    let Some(factor) = minutes_in(q) else { return Cow::Borrowed(q) };
    let mut out = q.clone();
    out.value *= factor;
    out.high = q.high.map(|h| h * factor);
    out.unit = Some("minute".into());
    Cow::Owned(out)
}

/// Minutes in one of the figure's units, for units counted in minutes (hour, day, week).
fn minutes_in(q: &Quantity) -> Option<f64> {
    match q.unit.as_deref() {
        Some("hour") => Some(60.0),
        Some("day") => Some(1440.0),
        Some("week") => Some(10080.0),
        _ => None,
    }
}

/// A price stated by a verb of price right before the figure ("the repair would cost about
/// 14 million florins", lexicon `price-verbs`): the cost as estimated, whatever the tense.
fn read_priced(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let price_verb = |t: &crate::text::Token| ctx.lex.measures.price_verbs.contains(t.norm.as_str());
    // "would cost about 14 million", or a valuation: "valuing Selwyn at about $1.8 billion".
    let before = words_before(&own, q, 4);
    let valued = before.last().is_some_and(|t| t.is("at"))
        && before.iter().any(|t| ctx.lex.measures.value_verbs.contains(t.norm.as_str()));
    q.measure.as_deref() == Some("money")
        && ctx.claims[i].polarity == crate::model::Polarity::Positive
        && (words_before(&own, q, 1).iter().any(price_verb) || valued)
}

/// A figure a negation a few words before it denies ("there was never a figure of 45
/// million euros on the table", "not 45 million"): no figure its claim gives. A bound
/// ("no more than 8,000") and a count of none ("no civilians") are figures still.
fn read_negated_figure(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    if ctx.claims[i].polarity != crate::model::Polarity::Negative
        || q.value == 0.0
        || !matches!(
            q.bound,
            crate::model::Bound::Exact | crate::model::Bound::Approximate | crate::model::Bound::JustUnder
        )
    {
        return false;
    }
    let own = ctx.own(i);
    let before = words_before(&own, q, 5);
    // In the figure's own clause: "the phones do not work." ends before "25 journalists".
    let clause = before.iter().rposition(|t| !t.is_word()).map_or(0, |p| p + 1);
    before[clause..].iter().any(|t| matches!(t.norm.as_str(), "never" | "not" | "n't" | "no"))
}

/// The figure a change is measured from ("reached 4.2 billion marks last year, up from
/// 2.9 billion marks in 2015"): a value of another time, no rival of the figure now.
fn read_base_of_a_change(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let before = words_before(&own, q, 2);
    before.windows(2).any(|w| {
        matches!((w[0].norm.as_str(), w[1].norm.as_str()), ("up" | "down", "from") | ("compared", "with" | "to"))
    })
}

/// A figure of the report a claim calls false ("calls report of 1,000 job cuts 'a
/// fabrication'", "dismissed claims that 40 soldiers died"): the report's figure, not the
/// denier's.
fn read_reported_in_a_denial(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let c = &ctx.claims[i];
    if !(c.modality == crate::model::Modality::Denied || c.has_cue("denial")) {
        return false;
    }
    let own = ctx.own(i);
    let before = words_before(&own, q, 6);
    before
        .windows(2)
        .any(|w| ctx.lex.reporting.deniable_nouns.contains(w[0].norm.as_str()) && (w[1].is("of") || w[1].is("that")))
}

/// A figure in a time adjunct ("after his two-hour phone call") describes an event the
/// sentence takes as given, whatever the modality of its main verb ("... is no longer
/// planned").
fn read_presupposed(ctx: &Ctx, i: usize, q: &Quantity) -> bool {
    let own = ctx.own(i);
    let toks: &[crate::text::Token] = &own;
    let Some(at) = toks.iter().position(|t| t.span.start >= q.span.start) else {
        return false;
    };
    let determiners = ["the", "a", "an", "his", "her", "their", "its", "our", "that", "this"];
    let mut k = at;
    while k > 0 && at - k < 3 {
        k -= 1;
        let w = toks[k].norm.as_str();
        if matches!(w, "after" | "before" | "during" | "following") {
            return true;
        }
        if !determiners.contains(&w) {
            return false;
        }
    }
    false
}

impl Kind for QuantityMismatch {
    fn can_be_a(&self, ctx: &Ctx, i: usize) -> bool {
        self.gives_figure(ctx, i)
    }
    fn can_be_b(&self, ctx: &Ctx, i: usize) -> bool {
        self.gives_figure(ctx, i)
    }
    fn check(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        if self.p.same_figure {
            return None;
        }
        self.compare(ctx, a, b, false)
    }
    fn agrees(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        if self.holds_rivals(ctx, a) || self.holds_rivals(ctx, b) {
            return None;
        }
        // Two offers "over two years" of 9 and 4 percent share a term, not a point: claims
        // that differ on a figure of one measure corroborate none of their others.
        if claim_figures_differ(ctx, a, b) {
            return None;
        }
        self.compare(ctx, a, b, true)
    }
}
