//! Quantities: a figure with its bound ("at least 45", "more than 200", "up to 70",
//! "between 10,000 and 20,000", "nearly $400 million", "a dozen"), its unit, and what it
//! counts (the measure class from the lexicon: deaths, injuries, buildings, money...).
//! Years, dates, clock times, ages, names with numbers ("24 Chassa") and the numbers
//! inside time expressions ("five days after") are not quantities.

use crate::lexicon::{BoundWord, Lexicon};
use crate::model::{Bound, Quantity, Span};
use crate::text::{Token, TokenKind};
use std::ops::Range;

/// Finds the quantities among `tokens[range]`. `skip` holds spans already taken by time
/// expressions; `carried` holds the measures the document spoke of before, for "the number".
pub fn find(
    tokens: &[Token],
    range: Range<usize>,
    doc_text: &str,
    skip: &[Span],
    carried: &MeasureMemory,
    lex: &Lexicon,
) -> Vec<Quantity> {
    let mut out = Vec::new();
    // Where each figure ends, in tokens.
    let mut ends = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if skip.iter().any(|s| s.contains(tokens[i].span)) {
            i += 1;
            continue;
        }
        // "No civilians were harmed": a toll of none, for each measure the verb names.
        if let Some(zero) = zero_toll(tokens, i, range.end, lex) {
            let span = Span::new(tokens[i].span.start, tokens[zero.noun].span.end);
            let counted = tokens[zero.noun].text.to_string();
            for measure in zero.measures {
                out.push(Quantity {
                    text: span.slice(doc_text).to_string(),
                    span,
                    value: 0.0,
                    high: None,
                    bound: Bound::Exact,
                    unit: None,
                    measure: Some(measure),
                    counted: Some(counted.clone()),
                    group: Some(zero.group.clone()),
                    qualifier: None,
                    distributive: false,
                    vague: false,
                });
                ends.push(zero.noun + 1);
            }
            i = zero.noun + 1;
            continue;
        }
        let Some(figure) = figure_at(tokens, i, range.end, lex) else {
            i += 1;
            continue;
        };
        let magnitude = magnitude_of_a_quake(tokens, i, figure.end, range.start);
        if !magnitude && is_not_a_count(tokens, i, figure.end, &figure, lex) {
            i = figure.end;
            continue;
        }
        let mut start = i;
        let mut bound = figure.bound;
        let mut high = None;
        let mut value = figure.value;
        let mut end = figure.end;
        let mut unit = figure.unit.clone();
        if magnitude && unit.is_none() {
            unit = Some("magnitude".to_string());
        }

        // A currency sign before the figure: "$400 million".
        if start > range.start
            && tokens[start - 1].kind == TokenKind::Punct
            && let Some((e, u)) = lex.measures.units.match_at(tokens, start - 1)
            && e == start
        {
            unit = Some(u.clone());
            start -= 1;
        }
        // A bound before: "at least", "more than", "nearly", "some".
        if bound.is_none() {
            for back in (1..=3).rev() {
                if start < range.start + back {
                    continue;
                }
                if let Some((e, b)) = lex.measures.bounds.match_at(tokens, start - back)
                    && e == start
                {
                    bound = Some(match b {
                        BoundWord::AtLeast => Bound::AtLeast,
                        BoundWord::MoreThan => Bound::MoreThan,
                        BoundWord::AtMost => Bound::AtMost,
                        BoundWord::LessThan => Bound::LessThan,
                        BoundWord::Approximate => Bound::Approximate,
                        BoundWord::JustUnder => Bound::JustUnder,
                        BoundWord::Exact => Bound::Exact,
                    });
                    start -= back;
                    break;
                }
            }
        }
        // "between 10,000 and 20,000", "10,000 to 20,000".
        if start > range.start && tokens[start - 1].is("between") && tokens.get(end).is_some_and(|t| t.is("and")) {
            if let Some(second) = figure_at(tokens, end + 1, range.end, lex) {
                bound = Some(Bound::Range);
                high = Some(second.value);
                start -= 1;
                end = second.end;
                unit = unit.or(second.unit);
            }
        } else if tokens.get(end).is_some_and(|t| t.is("to") || t.is_punct("-") || t.is_punct("–"))
            // "rose from 10 to 20" is a change; "tolls ranging from nine to 34" a range.
            && !(start > range.start
                && tokens[start - 1].is("from")
                && !(start > range.start + 1
                    && matches!(tokens[start - 2].norm.as_str(), "ranging" | "ranged" | "range" | "ranges" | "varying" | "varied" | "varies")))
            && let Some(second) = figure_at(tokens, end + 1, range.end, lex)
            && second.value > value
            // "cut its forecast to 3.1 from 3.4", "raised it 7 to 38 from 30": a change.
            && !tokens.get(second.end).is_some_and(|t| t.is("from"))
        {
            bound = Some(Bound::Range);
            high = Some(second.value);
            end = second.end;
            unit = unit.or(second.unit);
        }
        if let Some(h) = figure.high {
            bound = Some(Bound::Range);
            high = Some(h);
        }
        // A unit after: "700,000 leva", "18 days", "10%".
        if unit.is_none()
            && let Some((e, u)) = lex.measures.units.match_at(tokens, end)
        {
            unit = Some(u.clone());
            end = e;
        }
        if value.is_nan() {
            value = 0.0;
        }
        // The claim's own earlier figure is the measure spoken of last: "has killed more
        // than 100, far above the official count of 38".
        let in_claim =
            out.iter().rev().filter_map(|q| q.measure.as_deref()).find(|m| *m != "duration" && *m != "money");
        let carried = carried.for_value(value, in_claim);
        let (mut measure, counted) = measure_of(tokens, start, end, range.clone(), unit.as_deref(), carried, lex);
        let counted = counted.or_else(|| counted_before(tokens, start, range.start, lex));
        // A count of people or things is whole: "a magnitude 6.4 earthquake" counts nothing.
        if value.fract() != 0.0 && unit.is_none() {
            measure = None;
        }
        // "passed by 78 votes to 51": the second figure of a tally counts the other side, no
        // rival of the first (nor of another source's 78).
        let tally = out.last().is_some_and(|p: &Quantity| {
            p.measure.as_deref() == Some("votes")
                && ends.last().is_some_and(|&e| {
                    let between: Vec<&str> = tokens[e..start].iter().map(|t| t.norm.as_str()).collect();
                    matches!(between.as_slice(), ["to"] | ["votes", "to"] | ["against"] | ["votes", "against"])
                })
        });
        if tally {
            measure = None;
        }
        // "there are not 52 bodies" denies a figure rather than giving one.
        if bound.is_none() && start > range.start && matches!(tokens[start - 1].norm.as_str(), "not" | "n't") {
            measure = None;
        }
        // "2,300 of the port's 2,600 dockworkers walked out": the 2,600 are the whole the
        // 2,300 are taken from, not a count of who walked out.
        if whole_of_a_part(tokens, start, range.start, range.end, lex) || out_of(tokens, start, range.start) {
            measure = None;
        }
        let distributive = tokens
            .get(end..(end + 4).min(tokens.len()))
            .is_some_and(|w| w.iter().any(|t| matches!(t.norm.as_str(), "each" | "apiece")))
            || per_item(tokens, end).is_some();
        let group = counted
            .as_ref()
            .and_then(|c| lex.measures.groups.get(&c.to_lowercase()).cloned())
            .or_else(|| all_of_a_group(tokens, end, range.end, lex));
        let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
        out.push(Quantity {
            text: span.slice(doc_text).to_string(),
            span,
            value,
            high,
            bound: bound.unwrap_or(Bound::Exact),
            unit,
            measure,
            counted,
            group,
            qualifier: qualifier(tokens, end, range.end).or_else(|| owner_of_losses(tokens, start, range.start)),
            distributive,
            vague: figure.vague,
        });
        ends.push(end);
        i = end;
    }
    carry_elided_group(&mut out, &ends, tokens, lex);
    carry_count_taken_further(&mut out, tokens);
    out
}

/// The measures a document has counted so far, for a figure that names none of its own.
#[derive(Debug, Default)]
pub struct MeasureMemory {
    /// The measure spoken of last: "the number" is of it.
    last: Option<String>,
    /// Each figure told with its measure: "The figure is 148" repeats the 148 told "on
    /// board" before, whatever was counted in between (28 missing).
    told: Vec<(f64, String)>,
}

impl MeasureMemory {
    /// A memory of one measure spoken of last.
    pub fn of_last(measure: &str) -> Self {
        MeasureMemory { last: Some(measure.to_string()), told: Vec::new() }
    }

    /// Remembers a claim's figures. Durations and sums are of no count.
    pub fn remember(&mut self, quantities: &[Quantity]) {
        let counts = quantities.iter().filter_map(|q| Some((q.value, q.measure.clone()?)));
        let counts: Vec<(f64, String)> = counts.filter(|(_, m)| m != "duration" && m != "money").collect();
        if let Some((_, m)) = counts.first() {
            self.last = Some(m.clone());
        }
        self.told.extend(counts);
    }

    /// The measure a figure of this value would be of: the one it was told with before, or
    /// the one spoken of last. (Small figures recur by chance: "two" soldiers and "two"
    /// days later say nothing of one count.)
    /// `spoken_since` is a measure spoken of after the remembered ones (by the claim's own
    /// earlier figure).
    fn for_value<'a>(&'a self, value: f64, spoken_since: Option<&'a str>) -> Option<&'a str> {
        const RECURS_BY_CHANCE: f64 = 10.0;
        let told = self.told.iter().rev().find(|(v, _)| *v == value && value >= RECURS_BY_CHANCE);
        let told = told.map(|(_, m)| m.as_str());
        told.or(spoken_since).or(self.last.as_deref())
    }
}

/// A count taken on to a second figure ("the toll climbed to 16 on Monday and to at least
/// 19 by Tuesday") counts what the first does.
fn carry_count_taken_further(out: &mut [Quantity], tokens: &[Token]) {
    let token_at = |q: &Quantity| tokens.iter().position(|t| t.span.start == q.span.start);
    for j in 1..out.len() {
        if out[j].measure.is_some() || out[j].unit.is_some() || out[j - 1].measure.is_none() {
            continue;
        }
        let (Some(k), Some(p)) = (token_at(&out[j]), token_at(&out[j - 1])) else { continue };
        let reached = |k: usize| k >= 1 && tokens[k - 1].is("to");
        let taken_further = k >= 2 && reached(k) && matches!(tokens[k - 2].norm.as_str(), "and" | "then");
        if taken_further && reached(p) {
            out[j].measure = out[j - 1].measure.clone();
            out[j].counted = out[j - 1].counted.clone();
            out[j].group = out[j - 1].group.clone();
        }
    }
}

/// A toll of none: "no civilians were harmed", "no soldiers had been killed".
struct ZeroToll {
    /// The counted noun's token.
    noun: usize,
    group: String,
    measures: Vec<String>,
}

/// "no" before a counted noun of a known group (civilians, soldiers), an auxiliary and a
/// verb of a measure: the group's toll is none. Harm is both death and injury. Only for a
/// named group: "no one was hurt" may tell of another blast than the one that killed 14.
fn zero_toll(tokens: &[Token], i: usize, limit: usize, lex: &Lexicon) -> Option<ZeroToll> {
    // "with no civilians inside" says where none were, not that none died.
    let after_none = none_of_a_group(tokens, i)?;
    if i > 0 && matches!(tokens[i - 1].norm.as_str(), "with" | "of" | "for" | "to") {
        return None;
    }
    // "not a single Helmark soldier": a proper adjective may stand before the noun.
    let proper = tokens[after_none..limit.max(after_none)]
        .iter()
        .take(2)
        .take_while(|t| t.is_word() && t.is_capitalized())
        .count();
    let noun = after_none + proper;
    let first = tokens.get(noun).filter(|_| noun < limit)?;
    // "no civilian casualties were recorded", "there were no civilian deaths": the group is
    // named by its adjective, the measure by the noun after it.
    if let Some(group) = lex.measures.groups.get(format!("{}s", first.norm).as_str())
        && let Some(casualty) = tokens.get(noun + 1).filter(|_| noun + 1 < limit)
    {
        let measures: &[&str] = match casualty.norm.as_str() {
            "casualties" => &["deaths", "injuries"],
            "deaths" | "fatalities" | "dead" => &["deaths"],
            "injuries" | "injured" | "wounded" => &["injuries"],
            _ => &[],
        };
        if !measures.is_empty() {
            let measures = measures.iter().map(|m| m.to_string()).collect();
            return Some(ZeroToll { noun: noun + 1, group: group.clone(), measures });
        }
    }
    // "no soldier had died" names the group in the singular.
    let group = lex
        .measures
        .groups
        .get(first.norm.as_str())
        .or_else(|| lex.measures.groups.get(format!("{}s", first.norm).as_str()))?
        .clone();
    let mut k = noun + 1;
    let auxiliary = |k: usize| tokens.get(k).is_some_and(|t| lex.grammar.auxiliaries.contains(t.norm.as_str()));
    // "no soldier died", "not a single soldier lost his life": a verb that takes no object
    // needs no auxiliary. ("No soldiers killed ..." tells who killed, not who was killed.)
    if !auxiliary(k) {
        let intransitive = tokens
            .get(k)
            .is_some_and(|t| k < limit && matches!(t.norm.as_str(), "died" | "perished" | "drowned" | "lost"));
        let (_, m) = lex.measures.measure_terms.match_at(tokens, k).filter(|_| intransitive)?;
        return Some(ZeroToll { noun, group, measures: vec![m.clone()] });
    }
    while auxiliary(k) && k < limit {
        k += 1;
    }
    if k >= limit {
        return None;
    }
    let measures = if tokens[k].is("harmed") {
        vec!["deaths".to_string(), "injuries".to_string()]
    } else {
        let (_, m) = lex.measures.measure_terms.match_at(tokens, k)?;
        vec![m.clone()]
    };
    Some(ZeroToll { noun, group, measures })
}

/// Where the noun phrase after a word of none starts: "no soldiers", "not a single soldier",
/// "not one soldier".
fn none_of_a_group(tokens: &[Token], i: usize) -> Option<usize> {
    if tokens[i].is("no") {
        return Some(i + 1);
    }
    if !tokens[i].is("not") {
        return None;
    }
    let next = tokens.get(i + 1)?;
    if next.is("one") {
        return Some(i + 2);
    }
    (next.is("a") && tokens.get(i + 2)?.is("single")).then_some(i + 3)
}

/// A year written as a number: "2009", "in 2019".
/// The item a figure is told per, right after it: "$42 a share", "80 dollars per barrel".
/// ("$3 million a year ago" is a time, no rate.)
pub fn per_item(tokens: &[Token], end: usize) -> Option<&Token> {
    let per = tokens.get(end).filter(|t| t.is("per") || t.is("a") || t.is("an"))?;
    let item = tokens.get(end + 1).filter(|t| t.is_word() && t.kind != TokenKind::Number)?;
    let a_time_ago =
        tokens.get(end + 2).is_some_and(|t| matches!(t.norm.as_str(), "ago" | "earlier" | "later" | "before"));
    (per.is("per") || !a_time_ago).then_some(item)
}

fn is_year(t: &Token) -> bool {
    t.kind == TokenKind::Number && t.norm.len() == 4 && t.norm.parse::<u16>().is_ok_and(|y| (1800..2200).contains(&y))
}

/// The proper adjective between a figure and its counted noun: "25 Karsenian troops",
/// "40 North Korean soldiers". A title-case headline ("45 Afghan Troops") gives none.
fn qualifier(tokens: &[Token], end: usize, limit: usize) -> Option<String> {
    let words = tokens.get(end..limit)?;
    let proper = words.iter().take(2).take_while(|t| t.is_word() && t.is_capitalized()).count();
    let noun = words.get(proper).filter(|t| t.is_word() && !t.is_capitalized());
    (proper > 0 && noun.is_some()).then(|| {
        let names: Vec<&str> = words[..proper].iter().map(|t| t.text.as_str()).collect();
        names.join(" ")
    })
}

/// Whose losses a figure put "at" counts, named with a possessive before it: "put
/// Tolvakia's losses at two soldiers killed" counts Tolvakia's soldiers, no rival of "four
/// Arzhanian soldiers".
fn owner_of_losses(tokens: &[Token], start: usize, floor: usize) -> Option<String> {
    const LOSSES: &[&str] = &["losses", "dead", "casualties", "toll", "death", "fatalities"];
    let at = start.checked_sub(1).filter(|&k| k > floor && tokens[k].is("at"))?;
    let apostrophe = (at.saturating_sub(4).max(floor)..at).rfind(|&k| tokens[k].is("'s"))?;
    let owner = apostrophe.checked_sub(1).filter(|&k| k >= floor)?;
    let between = &tokens[apostrophe + 1..at];
    (tokens[owner].is_word()
        && tokens[owner].is_capitalized()
        && between.iter().any(|t| LOSSES.contains(&t.norm.as_str())))
    .then(|| tokens[owner].text.to_string())
}

/// "killed 27 people, all of them civilians": an appositive after the figure's words names
/// the group every one of them belongs to.
fn all_of_a_group(tokens: &[Token], end: usize, limit: usize, lex: &Lexicon) -> Option<String> {
    let comma = (end..(end + 4).min(limit)).find(|&k| tokens[k].is_punct(","))?;
    if tokens[end..comma].iter().any(|t| !t.is_word() || matches!(t.norm.as_str(), "and" | "or" | "but")) {
        return None;
    }
    let mut k = comma + 1;
    if !tokens.get(k).is_some_and(|t| t.is("all")) {
        return None;
    }
    k += 1;
    if tokens.get(k).is_some_and(|t| t.is("of")) && tokens.get(k + 1).is_some_and(|t| t.is("them") || t.is("whom")) {
        k += 2;
    }
    let noun = tokens.get(k).filter(|_| k < limit)?;
    lex.measures.groups.get(noun.norm.as_str()).cloned()
}

/// A figure whose noun is left out ("three Karsenian soldiers were killed and 11 wounded",
/// "wounded dozens more") counts the group of the figure before it.
fn carry_elided_group(out: &mut [Quantity], ends: &[usize], tokens: &[Token], lex: &Lexicon) {
    for j in 1..out.len() {
        let elided = tokens.get(ends[j]).is_some_and(|t| {
            matches!(t.norm.as_str(), "more" | "others" | "other")
                || lex.measures.measure_terms.match_at(tokens, ends[j]).is_some()
        });
        if elided && out[j].group.is_none() && out[j].qualifier.is_none() {
            out[j].group = out[j - 1].group.clone();
            out[j].qualifier = out[j - 1].qualifier.clone();
        }
    }
}

struct Figure {
    vague: bool,
    value: f64,
    high: Option<f64>,
    end: usize,
    bound: Option<Bound>,
    unit: Option<String>,
}

/// A figure starting at token `i`: digits or number words, with a scale ("9 million").
fn figure_at(tokens: &[Token], i: usize, limit: usize, lex: &Lexicon) -> Option<Figure> {
    let t = tokens.get(i)?;
    if i >= limit {
        return None;
    }
    let (mut value, mut end, mut bound, mut high, mut unit);
    end = i + 1;
    bound = None;
    high = None;
    unit = None;
    match t.kind {
        TokenKind::Number => {
            value = parse_number(&t.norm)?;
        }
        TokenKind::Word if let Some(v) = glued_scale(tokens, i) => {
            value = v;
        }
        TokenKind::Word => {
            if let Some((e, v)) = lex.measures.vague.match_at(tokens, i) {
                value = *v;
                end = e;
                bound = Some(Bound::AtLeast);
                if tokens.get(end).is_some_and(|t| t.is("of")) {
                    end += 1;
                }
                return Some(Figure { vague: true, value, high: None, end, bound, unit: None });
            }
            if let Some((e, v)) = lex.measures.numbers.match_at(tokens, i) {
                // "one" as a pronoun: "no one", "one of the highest", "one another"; and as a
                // manner: "one by one", "one after another", "one at a time".
                let then = |k: usize, w: &str| tokens.get(e + k).is_some_and(|n| n.is(w));
                if t.is("one")
                    && (tokens.get(e).is_some_and(|n| matches!(n.norm.as_str(), "of" | "another" | "out"))
                        || then(0, "by") && then(1, "one")
                        || then(0, "after") && (then(1, "another") || then(1, "the"))
                        || then(0, "at") && then(1, "a") && then(2, "time")
                        || i > 1 && tokens[i - 1].is("by") && tokens[i - 2].is("one")
                        // "the only one based on death certificates" (but "only one died").
                        || i > 1
                            && tokens[i - 1].is("only")
                            && matches!(tokens[i - 2].norm.as_str(), "the" | "this" | "that" | "its" | "their")
                        || i > 0
                            && matches!(
                                tokens[i - 1].norm.as_str(),
                                "no" | "any" | "every" | "some" | "the" | "this" | "that"
                            )
                        // "its count was the only official one": a noun phrase that ends on
                        // "one" after its article and adjectives counts nothing.
                        || tokens.get(e).is_none_or(|n| n.kind == TokenKind::Punct)
                            && (i.saturating_sub(3)..i).rev().any(|k| {
                                matches!(tokens[k].norm.as_str(), "the" | "this" | "that" | "a" | "an")
                                    && tokens[k + 1..i].iter().all(|t| t.is_word() && !t.is_capitalized())
                            }))
                {
                    return None;
                }
                value = *v;
                end = e;
                // "twenty three": a ten and a unit written apart.
                if e == i + 1
                    && let Some((compound, after)) = below_a_hundred(tokens, i, lex)
                {
                    (value, end) = (compound, after);
                }
            } else if let Some((compound, after)) = below_a_hundred(tokens, i, lex) {
                // "sixty-four".
                (value, end) = (compound, after);
            } else if t.norm.contains('-') {
                // "two-hour", "45-year-old", "10,000-20,000".
                let parts: Vec<&str> = t.norm.split('-').collect();
                let first = parts[0];
                let v = parse_number(first).or_else(|| number_word_value(first, lex))?;
                let rest = &parts[1..];
                if rest.contains(&"year") && rest.contains(&"old") {
                    return None;
                }
                if let Some(second) = rest.first().and_then(|s| parse_number(s)) {
                    high = Some(second);
                    bound = Some(Bound::Range);
                } else if let Some(u) = rest.first() {
                    let mut ut = crate::text::tokenize(&format!("{u}s"), 0);
                    if let Some((_, canonical)) = lex.measures.units.match_at(&ut, 0) {
                        unit = Some(canonical.clone());
                    } else {
                        ut = crate::text::tokenize(u, 0);
                        unit = lex.measures.units.match_at(&ut, 0).map(|(_, c)| c.clone());
                    }
                    unit.as_ref()?;
                }
                value = v;
            } else {
                return None;
            }
        }
        _ => return None,
    }
    // Scale words: "9 million", "two thousand", "$400 mn".
    while let Some(s) = tokens.get(end).and_then(|n| lex.measures.scales.get(n.norm.as_str())) {
        if tokens[end].norm == "m" && tokens.get(end + 1).is_some_and(|n| n.is_word()) {
            break;
        }
        // Rounded to whole units: 4.1 * 1e6 is 4099999.9999999995 in floating point.
        value = (value * s).round();
        end += 1;
    }
    // "a hundred and eighteen", "two thousand and five": hundreds told in words, and the rest.
    if t.kind == TokenKind::Word
        && value >= 100.0
        && value % 100.0 == 0.0
        && tokens.get(end).is_some_and(|n| n.is("and"))
        && let Some((rest, after)) = below_a_hundred(tokens, end + 1, lex)
    {
        value += rest;
        end = after;
    }
    Some(Figure { vague: false, value, high, end, bound, unit })
}

/// A number from one to ninety-nine written in words at `k` ("eighteen", "sixty-four",
/// "twenty three"), and where it ends.
fn below_a_hundred(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<(f64, usize)> {
    let t = tokens.get(k)?;
    if let Some((ten, unit)) = t.norm.split_once('-') {
        let ten = number_word_value(ten, lex).filter(|&v| is_ten(v))?;
        return Some((ten + unit_word(unit, lex)?, k + 1));
    }
    let v = number_word_value(&t.norm, lex).filter(|v| (1.0..100.0).contains(v))?;
    match tokens.get(k + 1).and_then(|n| unit_word(&n.norm, lex)) {
        Some(unit) if is_ten(v) => Some((v + unit, k + 2)),
        _ => Some((v, k + 1)),
    }
}

/// A figure with its scale glued on: "€4.2bn", "$500m", "10k". "m" and "b" alone are a scale
/// only after a currency sign ("a 100m race" is a distance).
fn glued_scale(tokens: &[Token], i: usize) -> Option<f64> {
    let norm = tokens[i].norm.as_str();
    let digits = norm.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (number, suffix) = norm.split_at(digits);
    let after_sign = i > 0 && tokens[i - 1].kind == TokenKind::Punct && !tokens[i - 1].is_punct(",");
    let scale = match suffix {
        "bn" | "bln" => 1e9,
        "mn" | "mln" => 1e6,
        "tn" | "trn" => 1e12,
        "k" => 1e3,
        "b" if after_sign => 1e9,
        "m" if after_sign => 1e6,
        _ => return None,
    };
    parse_number(number).map(|v| (v * scale).round())
}

/// Twenty, thirty ... ninety: the tens a unit word may follow ("sixty-four").
fn is_ten(v: f64) -> bool {
    (20.0..=90.0).contains(&v) && v % 10.0 == 0.0
}

/// One to nine, written as a word.
fn unit_word(w: &str, lex: &Lexicon) -> Option<f64> {
    number_word_value(w, lex).filter(|v| (1.0..=9.0).contains(v))
}

fn number_word_value(w: &str, lex: &Lexicon) -> Option<f64> {
    // A plain lower-case word is its own one token: looked up without tokenizing it (this
    // runs for every word of every sentence).
    if w.bytes().all(|b| b.is_ascii_lowercase()) {
        return lex.measures.numbers.single(w).copied();
    }
    let toks = crate::text::tokenize(w, 0);
    lex.measures.numbers.match_at(&toks, 0).filter(|(e, _)| *e == toks.len()).map(|(_, v)| *v)
}

/// "230,000" -> 230000; "1.5" -> 1.5; "9" -> 9.
pub fn parse_number(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|c| *c != ',').collect();
    if cleaned.is_empty() || !cleaned.chars().next()?.is_ascii_digit() {
        return None;
    }
    cleaned.parse::<f64>().ok()
}

/// A figure of a quake's magnitude, named before it ("magnitude 6.8", "a magnitude of 6.8",
/// "put the magnitude of the quake at 7.1") or by the scale after it ("7.1 on the Richter
/// scale"). ("A 6.8-magnitude quake" has its unit glued on.)
fn magnitude_of_a_quake(tokens: &[Token], i: usize, end: usize, floor: usize) -> bool {
    const REACH: usize = 6;
    let before = |k: usize| i >= floor + k && tokens[i - k].is("magnitude");
    // "of" or "at" right before the figure links it to a magnitude a few words back, with
    // no other figure between.
    let linked = i > floor
        && matches!(tokens[i - 1].norm.as_str(), "of" | "at")
        && (2..=REACH).take_while(|&k| i >= floor + k && tokens[i - k].kind != TokenKind::Number).any(before);
    let richter = tokens.get(end + 2).is_some_and(|t| t.is("richter"))
        && tokens.get(end).is_some_and(|t| t.is("on"))
        && tokens.get(end + 1).is_some_and(|t| t.is("the"));
    before(1) || linked || richter
}

/// Years, dates, clock times, ages, names and street numbers.
fn is_not_a_count(tokens: &[Token], i: usize, end: usize, figure: &Figure, lex: &Lexicon) -> bool {
    let t = &tokens[i];
    let next = tokens.get(end);
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    if t.kind == TokenKind::Number {
        // Years.
        if is_year(t) && figure.unit.is_none() {
            return true;
        }
        // Clock times and decimals glued to a colon: "5:30", both its hours and its minutes.
        if next.is_some_and(|n| n.is_punct(":")) {
            return true;
        }
        let glued_colon = prev.is_some_and(|p| p.is_punct(":") && p.span.end == t.span.start);
        if glued_colon
            && i >= 2
            && tokens[i - 2].kind == TokenKind::Number
            && tokens[i - 2].span.end == tokens[i - 1].span.start
        {
            return true;
        }
        // Dates: a month name next to it.
        let monthish = |tk: &Token| {
            matches!(
                tk.norm.trim_end_matches('.'),
                "january"
                    | "february"
                    | "march"
                    | "april"
                    | "may"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
                    | "jan"
                    | "feb"
                    | "mar"
                    | "apr"
                    | "jun"
                    | "jul"
                    | "aug"
                    | "sep"
                    | "sept"
                    | "oct"
                    | "nov"
                    | "dec"
            ) && tk.is_capitalized()
        };
        if prev.is_some_and(monthish) || next.is_some_and(monthish) {
            return true;
        }
        // A number inside a name: "24 Chassa", "Boeing 737".
        if next.is_some_and(|n| n.is_capitalized() && n.is_word()) && prev.is_some_and(|p| p.kind == TokenKind::Quote) {
            return true;
        }
        // A number inside a name: "Boeing 737", "Resolution 2254" (not "Some 600", "The 45").
        if let Some(p) = prev
            && p.is_word()
            && p.is_capitalized()
            && p.norm.len() > 1
            && !lex.grammar.stopwords.contains(p.norm.as_str())
            && !lex.measures.bounds.contains_at(std::slice::from_ref(p), 0)
        {
            return true;
        }
    }
    // Street numbers: "10 Downing Street".
    if next.is_some_and(|n| n.is_capitalized() && n.is_word())
        && tokens[end..(end + 3).min(tokens.len())].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "street" | "st." | "avenue" | "ave." | "road" | "boulevard" | "square" | "lane" | "drive"
            )
        })
    {
        return true;
    }
    // A multiplier: "more than four times the toll given by the authorities".
    if next.is_some_and(|n| matches!(n.norm.as_str(), "times" | "fold" | "-fold")) {
        return true;
    }
    // "under the age of 12", "between the ages of 5 and 12"; "the youngest a girl of four".
    const AGED: &[&str] = &[
        "age",
        "ages",
        "girl",
        "girls",
        "boy",
        "boys",
        "child",
        "children",
        "man",
        "men",
        "woman",
        "women",
        "son",
        "sons",
        "daughter",
        "daughters",
        "baby",
        "babies",
        "toddler",
        "toddlers",
    ];
    let age_of = i >= 2 && tokens[i - 1].is("of") && AGED.contains(&tokens[i - 2].norm.as_str())
        || i >= 4 && tokens[i - 1].is("and") && tokens[i - 3].is("of") && tokens[i - 4].is("ages");
    // "most of the victims were over 70 and lived alone": people said to be over a figure
    // are over an age; a toll or a number said to be over one is a count.
    const TALLIES: &[&str] = &["toll", "number", "figure", "total", "count", "tally", "turnout", "estimate", "crowd"];
    let age_after_copula = i >= 3
        && matches!(tokens[i - 1].norm.as_str(), "over" | "under" | "above")
        && matches!(tokens[i - 2].norm.as_str(), "were" | "was" | "are" | "is")
        && tokens[i - 3].is_word()
        && !TALLIES.contains(&tokens[i - 3].norm.as_str())
        && next.is_none_or(|n| !n.is_word() || matches!(n.norm.as_str(), "and" | "or" | "years"));
    if age_of || age_after_copula {
        return true;
    }
    // Ages and clock times.
    if let Some(n) = next
        && (lex.measures.not_counts.contains_at(tokens, end) || n.norm.starts_with("-year-old") || n.norm == "year-old")
    {
        return true;
    }
    if prev.is_some_and(|p| {
        matches!(
            p.norm.as_str(),
            "aged"
                | "age"
                | "no."
                | "number"
                | "page"
                | "article"
                | "resolution"
                | "chapter"
                | "paragraph"
                | "clause"
                | "item"
                | "section"
                | "room"
                | "flight"
                | "route"
                | "gate"
        )
    }) && tokens.get(i.saturating_sub(2)).is_none_or(|pp| !pp.is("the") || !prev.is_some_and(|p| p.is("number")))
    {
        return !prev.is_some_and(|p| p.is("number"));
    }
    false
}

/// What a figure put "at" counts, named before it: "put the number of injured civilians at
/// \"over 60\"" counts civilians (so they are not compared with injured police officers).
fn counted_before(tokens: &[Token], start: usize, floor: usize, lex: &Lexicon) -> Option<String> {
    let mut k = start;
    while k > floor && tokens[k - 1].kind == TokenKind::Quote {
        k -= 1;
    }
    if k < floor + 4 || !matches!(tokens[k - 1].norm.as_str(), "at" | "to") {
        return None;
    }
    let last = k - 2;
    let counts_at =
        |j: usize| tokens[j].is("of") && matches!(tokens[j - 1].norm.as_str(), "number" | "count" | "toll" | "total");
    let of = (last.saturating_sub(12).max(floor + 1)..last).rev().find(|&j| counts_at(j))?;
    // A group's noun is who is counted, however far before the figure: "the number of
    // attackers killed in the assault on the town at 31". Without one, only a noun close
    // by: "the number of injured civilians at over 60".
    let group_noun = (of + 1..=last).find(|&j| lex.measures.groups.contains_key(tokens[j].norm.as_str()));
    if of + 5 < last && group_noun.is_none() {
        return None;
    }
    let noun = group_noun.unwrap_or(last);
    tokens[noun].is_word().then(|| tokens[noun].text.to_string())
}

/// What a figure counts: the measure class and the counted noun.
fn measure_of(
    tokens: &[Token],
    start: usize,
    end: usize,
    range: Range<usize>,
    unit: Option<&str>,
    carried: Option<&str>,
    lex: &Lexicon,
) -> (Option<String>, Option<String>) {
    if let Some(u) = unit
        && let Some(m) = lex.measures.unit_measures.get(u)
    {
        // Money and durations: the unit says it all.
        let counted = right_noun(tokens, end, range.end, lex);
        return (Some(m.clone()), counted.or_else(|| Some(u.to_string())));
    }
    // Object of a verb of the measure: "gunmen killed 14 people and wounded 31 others"
    // (the verb right before the figure, not the next clause's), or of a verb and its
    // particle or object: "lay off 4,500 workers", "reduce its headcount by 450".
    if let Some((k, m)) = (range.start.max(start.saturating_sub(4))..start)
        .rev()
        .find_map(|k| lex.measures.measure_terms.match_at(tokens, k).filter(|&(e, _)| e == start).map(|(_, m)| (k, m)))
        && !is_noun_term(&tokens[k..start], lex)
    {
        return (Some(m.clone()), counted_noun(tokens, end, range.end, lex));
    }
    // What happened to those counted, named before them: "confirmed the deaths of 14
    // protesters", "the arrest of 30 students".
    if start >= range.start + 2
        && tokens[start - 1].is("of")
        && let Some(m) = (range.start..start - 1)
            .rev()
            .take(2)
            .find_map(|k| {
                lex.measures
                    .measure_terms
                    .match_at(tokens, k)
                    .filter(|&(e, _)| e == start - 1 && is_noun_term(&tokens[k..e], lex))
            })
            .map(|(_, m)| m)
    {
        return (Some(m.clone()), counted_noun(tokens, end, range.end, lex));
    }
    // Right: "45 Afghan troops were killed", "65 fatalities", "70 injured".
    let mut counted = None;
    let mut counting = false;
    // A part of a whole: "2,300 of the port's 2,600 dockworkers walked out" counts what the
    // whole's words say, read past the whole.
    let mut k = part_does_it(tokens, end, range.end, lex).unwrap_or(end);
    let mut reach = end + 7;
    while k < range.end && k < reach {
        let t = &tokens[k];
        // A relative clause on those counted says what befell them: "at least nine colleagues
        // who were killed", "13 people who died".
        if matches!(t.norm.as_str(), "who" | "that")
            && counted.is_some()
            && let Some(j) =
                (k + 1..range.end.min(k + 4)).find(|&j| !lex.grammar.auxiliaries.contains(tokens[j].norm.as_str()))
            && let Some((e, m)) = lex.measures.measure_terms.match_at(tokens, j)
            && !is_noun_term(&tokens[j..e], lex)
        {
            return (Some(m.clone()), counted);
        }
        // An aside between commas before the verb: "five people, all of them employees of
        // the plant, were still missing".
        if t.is_punct(",")
            && k > end
            && let Some(close) = (k + 1..(k + 10).min(range.end)).find(|&j| tokens[j].is_punct(","))
            && tokens.get(close + 1).is_some_and(|n| lex.grammar.auxiliaries.contains(n.norm.as_str()))
        {
            reach += close + 1 - k;
            k = close + 1;
            continue;
        }
        if t.is_punct(",")
            || t.is_punct(";")
            || t.is_punct(".")
            || t.kind == TokenKind::Number
            || matches!(t.norm.as_str(), "who" | "which" | "that" | "whose" | "while" | "but")
            // "put the toll at 11 as well", "revised to 11 as questions mount": no noun of it.
            // ("14 people were still listed as missing" goes on to its measure.)
            || t.is("as")
                && !(k > end
                    && matches!(tokens[k - 1].norm.as_str(), "listed" | "registered" | "classified" | "recorded" | "counted"))
            // An infinitive goes on to another thing: "9,000 people to leave their houses".
            || t.is("to") && k > end
            // A phrase of when or where right after the figure counts nothing: "put the crowd
            // at about 45,000 at its peak" ("2,000 on board" still says its measure).
            || k == end
                && matches!(t.norm.as_str(), "at" | "on" | "in" | "by" | "since" | "during" | "over")
                && lex.measures.measure_terms.match_at(tokens, k).is_none()
        {
            break;
        }
        // "the death toll at 18 and nine people still missing": a figure after "and", in
        // digits or words, counts its own noun.
        if t.is("and")
            && tokens.get(k + 1).is_some_and(|n| {
                n.kind == TokenKind::Number
                    || lex.measures.bounds.contains_at(tokens, k + 1)
                    || number_word_value(&n.norm, lex).is_some()
            })
        {
            break;
        }
        if let Some((e, m)) = lex.measures.measure_terms.match_at(tokens, k) {
            // Another plural noun after the counted one is another phrase: "about 9,000
            // people to leave their houses" counts people, not houses.
            let plural = e == k + 1 && t.norm.ends_with('s') && !t.norm.ends_with("ss");
            // ... unless it is what those counted suffered: "four passengers suffered minor
            // injuries".
            let suffered = (k.saturating_sub(2).max(end)..k)
                .any(|j| matches!(tokens[j].norm.as_str(), "suffered" | "sustained" | "suffering" | "sustaining"));
            // Still in the figure's first run of nouns it is that run's head: "41 cholera
            // deaths" counts deaths.
            if counted.is_none() || !plural || counting || suffered {
                if counting && plural {
                    counted = None;
                }
                // "19 protesters had been killed", "three injured pilgrims died": a verb of
                // another measure further on says what befell those counted.
                let noun = is_noun_term(&tokens[k..e], lex);
                let attributive = !noun && tokens.get(e).is_some_and(|n| n.is_word() && n.norm.ends_with('s'));
                if (noun || attributive)
                    && let Some(verb_measure) = later_verb_measure(tokens, e, range.end.min(end + 8), lex)
                    && verb_measure != *m
                {
                    let counted_word = if noun { t.text.to_string() } else { tokens[e].text.to_string() };
                    return (Some(verb_measure), counted.or(Some(counted_word)));
                }
                // "more than 60 wounded protesters" counts protesters. ("200 were on board"
                // counts no "on".)
                // A term that is no noun names no one counted: "11 people were still
                // unaccounted for" counts people, not "unaccounted".
                let counted_word = if attributive { &tokens[e].text } else { &t.text };
                let word = !lex.grammar.stopwords.contains(counted_word.to_lowercase().as_str())
                    && (noun
                        || attributive
                        || e == end + 1
                        || lex.measures.generic_counted.contains(&t.norm.to_string()));
                return (Some(m.clone()), counted.or_else(|| word.then(|| counted_word.to_string())));
            }
        }
        if t.is("of") && counted.is_some() {
            break;
        }
        let noun_like = t.is_word()
            && !lex.grammar.stopwords.contains(t.norm.as_str())
            && !crate::syntax::is_finite_verb(tokens, k, lex)
            && !t.is_capitalized();
        // The counted noun is the last word of the first run: "two local police officers".
        if noun_like && (counted.is_none() || counting) {
            counted = Some(t.text.to_string());
            counting = true;
        } else if counted.is_some() {
            counting = false;
        }
        k += 1;
    }
    // Left: "the death toll was at least 70", "raised the official death toll to 230,000".
    let mut k = start;
    let floor = range.start.max(start.saturating_sub(9));
    let mut anaphoric = false;
    while k > floor {
        k -= 1;
        let t = &tokens[k];
        // A measure named before "and" is the last phrase's: "destroying 86 homes and
        // forcing about 9,000 people to leave".
        // A magnitude or a year between is no other figure: "the death toll from the
        // magnitude 6.4 earthquake rose to 87".
        let no_figure = t.kind == TokenKind::Number && (k > 0 && tokens[k - 1].is("magnitude") || is_year(t));
        if t.kind == TokenKind::Number && !no_figure || t.is_punct(";") || t.is_punct(".") || t.is("and") {
            break;
        }
        // "the number of dead was 11", "a count of the injured": "dead" after "of" or "the"
        // is a noun.
        let nominal = k > 0 && matches!(tokens[k - 1].norm.as_str(), "of" | "the");
        if let Some((e, m)) = lex.measures.measure_terms.match_at(tokens, k)
            && e <= start
            && (is_noun_term(&tokens[k..e], lex) || nominal)
            // A term that heads a phrase of its own is no noun of the figure: "a body of
            // water, is served by a dozen routes" (but "a death toll of 45" is).
            && !(tokens[e].is("of") && e + 1 < start)
        {
            return (Some(m.clone()), counted);
        }
        if matches!(t.norm.as_str(), "number" | "figure" | "total" | "tally" | "count" | "toll" | "estimate") {
            anaphoric = true;
        }
        // "initially claimed 20,000 participants; on Sunday they revised that to more than
        // 30,000": the figure before, raised or revised.
        if matches!(t.norm.as_str(), "that" | "it") && tokens.get(k + 1).is_some_and(|n| n.is("to") || n.is("at")) {
            anaphoric = true;
        }
    }
    // "raised its count after visiting the city's two main morgues" counts places, not
    // the count's measure.
    let counts_sites = counted.as_deref().is_some_and(|c| {
        let c = c.to_lowercase();
        lex.measures.sites.iter().any(|site| c == *site || c.strip_suffix('s') == Some(site.as_str()))
    });
    // Nor does "compiled its figure from interviews with 26 survivors": the figure counts
    // those it names, who are neither anyone ("people") nor a group a toll counts.
    let counts_others = counted.as_deref().is_some_and(|c| {
        let c = c.to_lowercase();
        !lex.measures.generic_counted.contains(&c) && !lex.measures.groups.contains_key(c.as_str())
    });
    // A number its clause names the measure of says it, whatever was counted before:
    // "pushed the number of people displaced in the district to more than 12,000" after a
    // death toll counts the displaced.
    let named = number_of_measure(tokens, start, range, lex);
    if named.is_none()
        && anaphoric
        && !counts_sites
        && !counts_others
        && let Some(c) = carried
    {
        return (Some(c.to_string()), counted);
    }
    (named, counted)
}

/// The measure of a number its clause opens with, however far back: "The number of people
/// killed by a strong earthquake that shook Peru's southern Andes late on Tuesday rose to
/// 41". The figure must be that number's value ("rose to", "stood at", "was"), with no
/// other figure between.
fn number_of_measure(tokens: &[Token], start: usize, range: Range<usize>, lex: &Lexicon) -> Option<String> {
    const VALUE_OF: &[&str] = &["to", "at", "was", "is", "reached", "hit", "topped", "passed"];
    // Past a bound right before the figure: "rose to at least 41".
    let bound_start = (start.saturating_sub(3).max(range.start)..start)
        .find(|&k| lex.measures.bounds.match_at(tokens, k).is_some_and(|(e, _)| e == start))
        .unwrap_or(start);
    let before = bound_start.checked_sub(1).filter(|&k| k > range.start)?;
    if !VALUE_OF.contains(&tokens[before].norm.as_str()) {
        return None;
    }
    let of = (range.start + 1..before).find(|&k| {
        tokens[k].is("of") && matches!(tokens[k - 1].norm.as_str(), "number" | "count" | "tally" | "toll" | "total")
    })?;
    let between = &tokens[of..before];
    if between.iter().any(|t| t.is_punct(";") || t.is_punct(".") || t.kind == TokenKind::Number && !is_year(t)) {
        return None;
    }
    (of + 1..(of + 4).min(before)).find_map(|k| lex.measures.measure_terms.match_at(tokens, k).map(|(_, m)| m.clone()))
}

/// Terms on the left of a figure must be nouns ("death toll", "fatalities"), not a verb of
/// another clause ("killed ... and 70 injured").
/// The measure of a verb in the clause after the counted words ("had been killed"), up to
/// the clause's end.
fn later_verb_measure(tokens: &[Token], from: usize, limit: usize, lex: &Lexicon) -> Option<String> {
    for k in from..limit.min(tokens.len()) {
        let t = &tokens[k];
        // "forced 2,000 residents to flee their homes": the infinitive says what befell them.
        if t.is("to")
            && let Some((e, m)) = lex.measures.measure_terms.match_at(tokens, k + 1)
            && !is_noun_term(&tokens[k + 1..e], lex)
        {
            return Some(m.clone());
        }
        if !t.is_word() || matches!(t.norm.as_str(), "and" | "or" | "who" | "which" | "that" | "but" | "to" | "of") {
            return None;
        }
        // "were killed", "were missing": a verb, or a word after a copula.
        if let Some((_, m)) = lex.measures.measure_terms.match_at(tokens, k)
            && predicate_at(tokens, k, lex).is_some()
        {
            return Some(m.clone());
        }
    }
    None
}

/// A term is a noun ("death toll", "fatalities") unless a word of it is a past form or one
/// of the lexicon's verb words: its last ("were killed") or, for a verb and its particle or
/// object, its first ("walked out", "stopped work", "lay off", "took part").
fn is_noun_term(words: &[Token], lex: &Lexicon) -> bool {
    let verb = |w: &str| {
        w.ends_with("ed")
            || matches!(w, "died" | "dead" | "hurt" | "held" | "fled" | "lost" | "went")
            || lex.measures.verb_words.contains(w)
            || lex.grammar.verbs_past.contains(w)
    };
    let (first, last) = (&words[0].norm, &words[words.len() - 1].norm);
    !(verb(last) || words.len() > 1 && verb(first))
}

/// "2,300 of the port's 2,600 dockworkers walked out", "three of its employees remained
/// unaccounted for": after the part's figure (ending at `end`), "of", a group (with its
/// figure or not) and a verb of a measure that the part did. Returns where the scan for the
/// counted words starts: after the whole's figure, or after "of". Not "19 of the 45 dead",
/// "five of the injured remain in hospital" or "19 of the 45 people killed": a group the
/// measure names holds the part.
pub(crate) fn part_does_it(tokens: &[Token], end: usize, limit: usize, lex: &Lexicon) -> Option<usize> {
    if !tokens.get(end)?.is("of") {
        return None;
    }
    // "two of them killed": a part of a group told before.
    if tokens
        .get(end + 1)
        .is_some_and(|t| matches!(t.norm.as_str(), "them" | "those" | "these" | "whom" | "which" | "us"))
    {
        return None;
    }
    let limit = limit.min(tokens.len());
    let whole = (end + 1..(end + 5).min(limit)).find(|&k| tokens[k].kind == TokenKind::Number);
    let from = whole.map_or(end + 1, |w| w + 1);
    for k in from..(from + 5).min(limit) {
        let t = &tokens[k];
        // "of the dead", "of the injured", "of the victims", "of the 45 people": a group
        // the measure itself names.
        let named_by_measure = t.is("people")
            || t.is("persons")
            || k > 0 && tokens[k - 1].is("the") && lex.measures.measure_terms.match_at(tokens, k).is_some();
        if !t.is_word() || named_by_measure {
            return None;
        }
        if let Some(e) = predicate_at(tokens, k, lex) {
            let participle = tokens.get(e).is_some_and(|t| lex.grammar.auxiliaries.contains(t.norm.as_str()));
            return (!participle).then_some(from);
        }
    }
    None
}

/// A measure's term at `k` said of those counted: a verb ("walked out"), or a word after
/// a copula ("were missing", "remained unaccounted for"). Returns where the term ends.
fn predicate_at(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<usize> {
    let (e, _) = lex.measures.measure_terms.match_at(tokens, k)?;
    // An adverb may stand between: "were still missing", "are now missing".
    let mut before = k;
    while before > 0 && matches!(tokens[before - 1].norm.as_str(), "still" | "now" | "also" | "reportedly") {
        before -= 1;
    }
    let copula = before > 0
        && matches!(
            tokens[before - 1].norm.as_str(),
            "is" | "are" | "was" | "were" | "remain" | "remains" | "remained" | "been"
        );
    (!is_noun_term(&tokens[k..e], lex) || copula).then_some(e)
}

/// The figure at `start` is the whole a part named before it did something of: "2,300 of
/// the port's 2,600 dockworkers walked out".
fn whole_of_a_part(tokens: &[Token], start: usize, floor: usize, limit: usize, lex: &Lexicon) -> bool {
    (floor..start).rev().take(4).any(|k| {
        tokens[k].is("of")
            && k > floor
            && tokens[k - 1].kind == TokenKind::Number
            && part_does_it(tokens, k, limit, lex) == Some(start + 1)
    })
}

/// "cut 450 positions out of a workforce of 11,200", "out of 3,400 staff": the figure after
/// "out of" is the whole a part is taken from, no count of what befell the part.
fn out_of(tokens: &[Token], start: usize, floor: usize) -> bool {
    (floor.max(start.saturating_sub(6))..start).any(|k| {
        tokens[k].is("out")
            && tokens.get(k + 1).is_some_and(|t| t.is("of"))
            && !tokens[k..start].iter().any(|t| t.kind == TokenKind::Number)
    })
}

/// The noun a figure counts, up to three words on ("14 people", "100 Ostranian troops"):
/// the last word before the clause goes on.
fn counted_noun(tokens: &[Token], end: usize, limit: usize, lex: &Lexicon) -> Option<String> {
    let words = tokens[end..limit.min(end + 3)].iter().enumerate().take_while(|&(k, t)| {
        t.is_word()
            && !lex.grammar.stopwords.contains(t.norm.as_str())
            && !crate::syntax::is_finite_verb(tokens, end + k, lex)
    });
    words.map(|(_, t)| t).filter(|t| !t.is_capitalized()).last().map(|t| t.text.to_string())
}

fn right_noun(tokens: &[Token], end: usize, limit: usize, lex: &Lexicon) -> Option<String> {
    let t = tokens.get(end).filter(|_| end < limit)?;
    let opens_phrase =
        lex.grammar.stopwords.contains(t.norm.as_str()) || lex.measures.not_counted_after.contains(t.norm.as_str());
    (t.is_word() && !opens_phrase && !t.is_capitalized()).then(|| t.text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn quantities(text: &str) -> Vec<Quantity> {
        let toks = tokenize(text, 0);
        find(&toks, 0..toks.len(), text, &[], &MeasureMemory::of_last("deaths"), Lexicon::bundled())
    }

    /// Each figure's value and measure, in text order.
    fn measures(text: &str) -> Vec<(f64, Option<String>)> {
        quantities(text).into_iter().map(|q| (q.value, q.measure)).collect()
    }

    fn one(text: &str) -> Quantity {
        let q = quantities(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn one_closing_a_noun_phrase_counts_nothing() {
        assert!(quantities("the agency said its own count was the only official one.").is_empty());
        assert_eq!(measures("only one person died"), vec![(1.0, Some("deaths".to_string()))]);
    }

    #[test]
    fn a_clock_time_counts_nothing_neither_hours_nor_minutes() {
        // A live blog's entry: "40" is the minutes of 08:40, not forty dead.
        assert_eq!(measures("08:40 - At least three dead"), vec![(3.0, Some("deaths".to_string()))]);
        assert_eq!(measures("At 17:05 the toll rose to 17"), vec![(17.0, Some("deaths".to_string()))]);
    }

    #[test]
    fn injuries_those_counted_suffered_are_their_measure() {
        let q = one("only four passengers suffered minor injuries");
        assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("injuries"), Some("passengers")));
    }

    #[test]
    fn what_befell_those_counted_after_an_adverb() {
        let q = one("nearly 80 residents were still missing");
        assert_eq!(q.measure.as_deref(), Some("missing"));
    }

    #[test]
    fn figures_ranging_from_one_to_another_are_one_range() {
        let q = one("with civilian death tolls ranging from nine to 34");
        assert_eq!((q.bound, q.value, q.high), (Bound::Range, 9.0, Some(34.0)));
        // "Rose from 10 to 20" is a change: two figures.
        assert_eq!(quantities("the toll rose from 10 to 20").len(), 2);
    }

    #[test]
    fn a_noun_before_the_counted_one_modifies_it() {
        // The head of the figure's first run of nouns is what it counts, not a word before it
        // that happens to name another measure ("staff") or none ("commercial").
        let q = one("her staff had recorded 41 cholera deaths at the hospital");
        assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("deaths"), Some("deaths")));
        let q = one("30,000 commercial buildings collapsed");
        assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("buildings"), Some("buildings")));
    }

    #[test]
    fn a_verb_of_taking_part_names_no_one_counted() {
        // "took" is a verb: the figure counts those who took part, no group called "took",
        // so it stays a rival of "more than 50,000 had joined the march".
        for text in ["about 10,000 people took part", "about 10,000 people had taken part"] {
            let q = one(text);
            assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("protesters"), None), "{text}");
        }
    }

    #[test]
    fn a_figure_revised_from_the_one_before_is_of_its_measure() {
        // The measure carried from the claim before is "deaths" here.
        assert_eq!(one("on Sunday they revised that to more than 30").measure.as_deref(), Some("deaths"));
        assert_eq!(one("by evening the agency had raised it to 41").measure.as_deref(), Some("deaths"));
        // "that" opening a clause is no figure's stand-in.
        assert_eq!(one("officials said that 30 trucks crossed").measure, None);
        // A number its clause names the measure of is of that measure, not the one before.
        let displaced = one("the fighting had pushed the number of people displaced in the valley to more than 9,000");
        assert_eq!(displaced.measure.as_deref(), Some("displaced"));
        assert_eq!(one("the number has risen to 41").measure.as_deref(), Some("deaths"));
    }

    #[test]
    fn the_only_one_is_a_pronoun_and_only_one_a_count() {
        assert!(quantities("the ministry's count was \"the only one based on death certificates\"").is_empty());
        assert_eq!(one("only one person died in the fire").value, 1.0);
    }

    #[test]
    fn a_count_after_the_claims_own_figure_is_of_that_figures_measure() {
        // The measure remembered from the claims before is "deaths"; this claim spoke of
        // strikers since.
        let found = measures("the union said 6,000 workers were on strike, far above the company's count of 1,200");
        assert_eq!(found, vec![(6000.0, Some("strikers".into())), (1200.0, Some("strikers".into()))]);
    }

    #[test]
    fn the_second_figure_of_a_tally_is_no_count_of_the_first() {
        assert_eq!(
            measures("parliament passed the bill by 78 votes to 51"),
            vec![(78.0, Some("votes".into())), (51.0, None)]
        );
    }

    #[test]
    fn a_figure_in_words_after_and_counts_its_own_noun() {
        // "18 and nine people still missing" are two counts: the toll and the missing.
        let found = measures("the rescue service put the death toll at 18 and nine people still missing");
        assert_eq!(found, vec![(18.0, Some("deaths".into())), (9.0, Some("missing".into()))]);
    }

    #[test]
    fn a_count_taken_on_to_a_second_figure_counts_what_the_first_does() {
        let q = quantities("The toll climbed to 16 on Monday and to at least 19 by Tuesday afternoon");
        let measures: Vec<_> = q.iter().map(|q| (q.value, q.measure.as_deref())).collect();
        assert_eq!(measures, vec![(16.0, Some("deaths")), (19.0, Some("deaths"))]);
        // A second figure of something else keeps its own reading.
        let q = quantities("The toll climbed to 16 and 40 houses were destroyed");
        assert_eq!(q[1].measure.as_deref(), Some("buildings"));
    }

    #[test]
    fn a_participle_of_killing_or_injuring_counts_the_dead_or_hurt() {
        let q = one("Special forces raided the village on Oct. 29, killing at least 11 civilians");
        assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("deaths"), Some("civilians")));
        assert_eq!(one("A bomb exploded at the market, injuring 40 people").measure.as_deref(), Some("injuries"));
    }

    #[test]
    fn jobs_that_are_going_or_will_be_lost_are_cut_not_held() {
        for text in ["The union said 1,400 jobs are going at the plant", "About 300 jobs will be lost at the plant"] {
            assert_eq!(one(text).measure.as_deref(), Some("layoffs"), "{text}");
        }
        assert_eq!(one("The plant has 1,400 jobs").measure.as_deref(), Some("employees"));
    }

    #[test]
    fn a_sum_counts_its_currency_or_the_noun_after_it_not_the_next_phrase() {
        let q = one("Its final offer valued the company at €4.2 billion including debt");
        assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("money"), Some("EUR")));
        let q = one("The government approved a €40 million loan for the shipyard");
        assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("money"), Some("loan")));
    }

    #[test]
    fn a_part_that_did_something_is_the_count_and_its_whole_is_none() {
        let q = quantities("The federation said 2,300 of the port's 2,600 dockworkers walked out on Monday");
        assert_eq!(q.len(), 2, "{q:#?}");
        assert_eq!((q[0].value, q[0].measure.as_deref()), (2300.0, Some("strikers")));
        assert_eq!(q[0].counted.as_deref(), Some("dockworkers"));
        assert_eq!((q[1].value, q[1].measure.as_deref()), (2600.0, None));
        // A verb and its particle or object is a verb: "stopped work" says what the
        // employees did, not what they are.
        let q = one("The company said fewer than 900 employees stopped work on Monday");
        assert_eq!((q.value, q.measure.as_deref()), (900.0, Some("strikers")));
        // A participle or a noun of the whole: the whole is the count.
        let q = quantities("Nineteen of the 45 people killed were soldiers");
        assert_eq!((q[1].value, q[1].measure.as_deref()), (45.0, Some("deaths")));
        let q = quantities("Nineteen of the 45 dead were soldiers");
        assert_eq!((q[1].value, q[1].measure.as_deref()), (45.0, Some("deaths")));
    }

    #[test]
    fn what_befell_those_counted_after_a_copula_or_an_aside() {
        let q = one("the civil protection agency said 14 workers were missing");
        assert_eq!((q.value, q.measure.as_deref()), (14.0, Some("missing")));
        let q = one("five people, all of them employees of the plant, were still missing");
        assert_eq!((q.value, q.measure.as_deref()), (5.0, Some("missing")));
    }

    #[test]
    fn tens_and_units_written_as_words_are_one_figure() {
        let q = one("The police put the number of survivors at sixty-four");
        assert_eq!((q.value, q.measure.as_deref()), (64.0, Some("rescued")));
        let q = one("officials said twenty three people died");
        assert_eq!((q.value, q.measure.as_deref(), q.text.as_str()), (23.0, Some("deaths"), "twenty three"));
        // "twenty-hour" is no sum; "one two" is no figure of 21.
        assert_eq!(one("a twenty-hour wait").value, 20.0);
        let q = one("the withdrawal leaves a hundred and eighteen deputies behind the government");
        assert_eq!((q.value, q.text.as_str()), (118.0, "a hundred and eighteen"));
        assert_eq!(one("two thousand and sixty-four people were evacuated").value, 2064.0);
    }

    #[test]
    fn jobs_cut_are_not_jobs_held() {
        let q = one("Vestra will lay off 4,500 workers");
        assert_eq!((q.value, q.measure.as_deref(), q.counted.as_deref()), (4500.0, Some("layoffs"), Some("workers")));
        let q = one("the company planned to reduce its headcount by 450 positions");
        assert_eq!((q.value, q.measure.as_deref()), (450.0, Some("layoffs")));
        let q = one("Reuters reported that about 450 jobs would go");
        assert_eq!((q.value, q.measure.as_deref()), (450.0, Some("layoffs")));
        let q = one("The utility employs 11,200 workers");
        assert_eq!(q.measure.as_deref(), Some("employees"));
    }

    #[test]
    fn bounded_counts_with_measures() {
        let q = quantities("AP says that at least 45 Afghan troops were killed and up to 70 injured in the attack");
        assert_eq!(q.len(), 2, "{q:#?}");
        assert_eq!((q[0].value, q[0].bound, q[0].measure.as_deref()), (45.0, Bound::AtLeast, Some("deaths")));
        assert_eq!(q[0].counted.as_deref(), Some("troops"));
        assert_eq!(q[0].group.as_deref(), Some("military"));
        assert_eq!((q[1].value, q[1].bound, q[1].measure.as_deref()), (70.0, Bound::AtMost, Some("injuries")));
        let q = one("AFP cited a deputy head of the provincial council, reporting at least 65 fatalities");
        assert_eq!((q.value, q.measure.as_deref()), (65.0, Some("deaths")));
        let q = one("A security official said the death toll was at least 70");
        assert_eq!((q.value, q.bound, q.measure.as_deref()), (70.0, Bound::AtLeast, Some("deaths")));
    }

    #[test]
    fn a_denied_figure_is_no_count() {
        let q = one("there are not 52 bodies");
        assert_eq!((q.value, q.measure.as_deref()), (52.0, None));
        let q = one("there are 52 bodies");
        assert_eq!((q.value, q.measure.as_deref()), (52.0, Some("deaths")));
    }

    #[test]
    fn a_figure_is_counted_by_the_verb_it_is_the_object_of() {
        let q = quantities("Gunmen killed 14 people and wounded 31 others in the attack");
        assert_eq!(q.len(), 2, "{q:#?}");
        assert_eq!((q[0].value, q[0].measure.as_deref()), (14.0, Some("deaths")));
        assert_eq!((q[1].value, q[1].measure.as_deref()), (31.0, Some("injuries")));
        let q = one("its forces had killed more than 100 Ostranian troops in return fire");
        assert_eq!((q.measure.as_deref(), q.group.as_deref()), (Some("deaths"), Some("military")));
    }

    #[test]
    fn a_figure_followed_by_as_counts_no_noun_after_it() {
        let q = one("The coast guard spokesman put the toll at 11 as well");
        assert_eq!((q.value, q.measure.as_deref(), q.counted.as_deref()), (11.0, Some("deaths"), None));
        let q = one("Ferry toll revised to 11 as questions mount");
        assert_eq!(q.counted, None);
        // "dead" after "of" is the noun the number counts.
        let q = one("The agency said the number of dead was 11");
        assert_eq!(q.measure.as_deref(), Some("deaths"));
    }

    #[test]
    fn military_and_civilian_groups() {
        let q = one("more than 200 civilians were killed");
        assert_eq!((q.bound, q.group.as_deref()), (Bound::MoreThan, Some("civilian")));
        let q = one("37 soldiers died");
        assert_eq!(q.group.as_deref(), Some("military"));
        // Militants are an armed group's, not the army's.
        assert_eq!(one("between 12 and 15 militants had been killed").group.as_deref(), Some("attackers"));
    }

    #[test]
    fn people_all_of_one_group_count_that_group() {
        let q = &quantities(
            "The group said the strike had killed 27 people, all of them civilians, at least seven of them children.",
        )[0];
        assert_eq!((q.value, q.measure.as_deref(), q.group.as_deref()), (27.0, Some("deaths"), Some("civilian")));
        assert_eq!(one("Nine people were killed, all soldiers.").group.as_deref(), Some("military"));
        // Most is not all; and a list goes on after the comma.
        assert_eq!(one("The strike killed 27 people, most of them civilians.").group, None);
        assert_eq!(one("The strike killed 27 people, all of them in the market.").group, None);
    }

    #[test]
    fn words_scales_ranges_and_money() {
        assert_eq!(one("over one hundred could have died").value, 100.0);
        assert_eq!(one("a dozen people were hurt").value, 12.0);
        let q = one("between 10,000 and 20,000 people were displaced");
        assert_eq!((q.value, q.high, q.bound), (10_000.0, Some(20_000.0), Bound::Range));
        let q = one("nearly $400 million in aid");
        assert_eq!(
            (q.value, q.bound, q.unit.as_deref(), q.measure.as_deref()),
            (400e6, Bound::JustUnder, Some("USD"), Some("money"))
        );
        let q = one("a total of 700,000 leva were distributed in bonuses");
        assert_eq!((q.value, q.unit.as_deref(), q.measure.as_deref()), (700_000.0, Some("BGN"), Some("money")));
        // A scale glued to the figure: "€4.2bn", "$500m"; "a 100m race" is no sum.
        let q = one("valued the proposal at roughly €4.2bn");
        assert_eq!((q.value, q.unit.as_deref(), q.bound), (4_200_000_000.0, Some("EUR"), Bound::Approximate));
        assert_eq!(one("a loan of $500m").value, 500_000_000.0);
        assert!(quantities("she won the 100m race").iter().all(|q| q.value != 100_000_000.0));
        // A decimal scaled is whole units: 4.1 million is 4,100,000, not 4,099,999.99...
        let q = one("putting the shortfall at £4.1 million");
        assert_eq!((q.value, q.unit.as_deref()), (4_100_000.0, Some("GBP")));
        let q = one("the price of the trains at 15 billion crowns");
        assert_eq!((q.value, q.unit.as_deref(), q.measure.as_deref()), (15e9, Some("crown"), Some("money")));
        let q = one("were awarded by a court 50,000 leva each");
        assert!(q.distributive);
        let q = one("after his two-hour phone call");
        assert_eq!((q.value, q.unit.as_deref(), q.measure.as_deref()), (2.0, Some("hour"), Some("duration")));
    }

    #[test]
    fn the_number_takes_the_measure_spoken_of() {
        let q = one("Lassegue said the official number is 210,000");
        assert_eq!(q.measure.as_deref(), Some("deaths"));
        let q = one("270,000 bodies had been hastily buried");
        assert_eq!(q.measure.as_deref(), Some("deaths"));
    }

    #[test]
    fn losses_put_at_a_figure_are_their_owners() {
        let q = one("The paper put Tolvakia's losses at two soldiers killed.");
        assert_eq!(q.qualifier.as_deref(), Some("Tolvakia"));
        assert_eq!(one("The paper put the losses at two soldiers killed.").qualifier, None);
    }

    #[test]
    fn people_said_to_be_over_a_figure_are_over_an_age() {
        assert!(quantities("Most of the victims were over 70 and lived alone.").is_empty());
        assert!(quantities("All of the children were under 12.").is_empty());
        // A toll over a figure is a count.
        assert_eq!(one("The ministry said the death toll was over 40.").value, 40.0);
    }

    #[test]
    fn numbers_that_are_not_counts() {
        assert!(quantities("the Jan. 12 earthquake in 2010").is_empty());
        assert!(quantities("a 45-year-old man was arrested").is_empty());
        // "a girl of four" is her age; "a group of four" counts.
        let q = quantities("He said nine of the dead were children, the youngest a girl of four.");
        assert_eq!(q.iter().map(|q| q.value).collect::<Vec<_>>(), vec![9.0]);
        assert_eq!(quantities("Eleven of the victims were children under the age of 12").len(), 1);
        let q = quantities("at least 19 protesters had been killed");
        assert_eq!((q[0].measure.as_deref(), q[0].counted.as_deref()), (Some("deaths"), Some("protesters")));
        let q = quantities("after three injured pilgrims died in hospital");
        assert_eq!((q[0].measure.as_deref(), q[0].counted.as_deref()), (Some("deaths"), Some("pilgrims")));
        let q = quantities("police said 5,000 protesters marched through the city");
        assert_eq!(q[0].measure.as_deref(), Some("protesters"));
        assert_eq!(quantities("nine victims between the ages of 5 and 12").len(), 1);
        assert!(quantities("before 5 p.m. on Friday").is_empty());
        assert!(quantities("\"24 Chassa\" leads with a story").is_empty());
        assert!(quantities("he lives at 10 Downing Street").is_empty());
        assert!(quantities("one of the highest in a modern disaster").is_empty());
        assert!(quantities("no one was hurt").is_empty());
        // "One" as a manner is no count of anyone.
        assert!(quantities("we are handing the bodies to their families one by one").is_empty());
        assert!(quantities("the victims were carried out one after another").is_empty());
        assert!(quantities("the survivors were brought ashore one at a time").is_empty());
        assert_eq!(quantities("one soldier was killed by one bullet").len(), 2);
        // A multiplier is no count.
        let q = quantities("at least 14 protesters, more than four times the toll given by the authorities");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn what_befell_those_counted_and_who_they_are() {
        // Named before them: "the deaths of 14 protesters".
        let q = one("its researchers had confirmed the deaths of 14 protesters");
        assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("deaths"), Some("protesters")));
        // An attributive measure: those counted are the noun after it.
        let q = one("they had received more than 60 wounded protesters");
        assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("injuries"), Some("protesters")));
        // A count of places after "its count" counts places, not the count's measure.
        // (The helper carries "deaths" from an earlier figure, as a story's sentence would.)
        let q = one("The group raised its count after visiting the city's two main morgues.");
        assert_eq!(q.measure, None, "{q:?}");
        let q = one("The group raised its count to 14.");
        assert_eq!(q.measure.as_deref(), Some("deaths"));
    }

    #[test]
    fn different_things_get_different_measures() {
        let q = quantities("Some 250,000 houses and 30,000 commercial buildings collapsed");
        assert_eq!(q.len(), 2);
        assert!(q.iter().all(|q| q.measure.as_deref() == Some("buildings")), "{q:#?}");
        let q = one("A third of Haiti's 9 million people were crowded into the capital");
        assert_eq!(q.measure, None);
        let q = one("Seventeen cousins of a Gypsy man who died in a road accident");
        assert_eq!(q.measure, None);
    }

    #[test]
    fn a_gathering_counts_those_at_it() {
        // "Several hundred" is hundreds (at least 200), and a rally of strikers counts those
        // at the rally, not all who strike.
        let q = one("she told a rally of several hundred strikers outside the gate");
        assert_eq!((q.value, q.vague, q.measure.as_deref()), (200.0, true, Some("protesters")));
        assert_eq!(one("a crowd of a few thousand gathered").value, 2000.0);
        assert_eq!(one("more than 1,400 dockworkers are on strike").measure.as_deref(), Some("strikers"));
    }

    #[test]
    fn whose_figures_and_what_they_count() {
        let q = quantities("The ministry said its forces had killed 25 Karsenian troops and wounded dozens more.");
        assert_eq!((q[0].qualifier.as_deref(), q[0].group.as_deref()), (Some("Karsenian"), Some("military")));
        // The noun left out is the one before: dozens more Karsenian troops.
        assert_eq!((q[1].measure.as_deref(), q[1].qualifier.as_deref()), (Some("injuries"), Some("Karsenian")));
        // A title-case headline names no side.
        assert_eq!(one("45 Afghan Troops Killed In Attack").qualifier, None);
        // People who left their houses are people.
        let q = quantities("The fire destroyed 86 homes and forced about 9,000 people to leave their houses.");
        assert_eq!(q[0].measure.as_deref(), Some("buildings"));
        assert_eq!((q[1].value, q[1].measure.as_deref()), (9000.0, None));
        // Released is not held.
        let q = quantities("The rebels released 18 hostages and the government freed 240 prisoners.");
        assert_eq!(q[0].measure.as_deref(), Some("released"));
        assert_eq!((q[1].measure.as_deref(), q[1].group.as_deref()), (Some("released"), Some("prisoners")));
        // A magnitude counts no one.
        let q = quantities("The death toll from the magnitude 6.4 earthquake rose to 87.");
        let far = quantities(
            "The number of people killed by a strong earthquake that shook the southern Andes late on Tuesday rose to 41 on Thursday.",
        );
        assert_eq!(far[0].measure.as_deref(), Some("deaths"), "{far:?}");
        // A figure that is not the number's value keeps its own measure (none here).
        let other = quantities(
            "The number of people killed by the quake was not known, officials said, and 300 homes stood empty.",
        );
        assert!(other.iter().all(|q| q.measure.as_deref() != Some("deaths")), "{other:?}");
        // The magnitude is the quake's strength, no count of the dead.
        assert_eq!(
            q.iter().map(|q| (q.value, q.measure.as_deref())).collect::<Vec<_>>(),
            vec![(6.4, Some("magnitude")), (87.0, Some("deaths"))]
        );
    }

    #[test]
    fn who_a_number_put_at_a_figure_counts_is_its_group_noun() {
        let q = one("The ministry put the number of attackers killed at 31.");
        assert_eq!((q.measure.as_deref(), q.group.as_deref()), (Some("deaths"), Some("attackers")));
        assert_eq!(one("Police put the number of injured civilians at over 60.").group.as_deref(), Some("civilian"));
        // "Its figure" carries the toll, but not to those the figure was compiled from.
        let q = quantities(
            "At least 40 civilians died, the group said. It had compiled its figure from interviews with 26 survivors.",
        );
        assert_eq!(q.iter().map(|q| q.measure.as_deref()).collect::<Vec<_>>(), vec![Some("deaths"), Some("rescued")]);
    }

    #[test]
    fn a_plant_that_employs_people_counts_its_employees() {
        assert_eq!(one("The Kraslo factory employs 4,100 people.").measure.as_deref(), Some("employees"));
        assert_eq!(one("The union represents the plant's 4,100 workers.").measure.as_deref(), Some("employees"));
    }

    #[test]
    fn a_crowd_put_at_a_figure_at_its_peak_counts_the_crowd() {
        let q = one("The city police put the crowd at about 45,000 at its peak.");
        assert_eq!((q.value, q.measure.as_deref(), q.counted.as_deref()), (45000.0, Some("protesters"), None));
        // What befell them says what is counted: those rescued, not all who were on board.
        assert_eq!(one("At least 2,000 on board were rescued.").measure.as_deref(), Some("rescued"));
        assert_eq!(one("At least 2,000 people were on board.").measure.as_deref(), Some("aboard"));
    }

    #[test]
    fn no_civilians_harmed_is_a_toll_of_none() {
        let q = quantities("The army said no civilians were harmed in the operation.");
        let got: Vec<_> = q.iter().map(|q| (q.value, q.measure.as_deref(), q.group.as_deref())).collect();
        assert_eq!(got, vec![(0.0, Some("deaths"), Some("civilian")), (0.0, Some("injuries"), Some("civilian"))]);
        assert_eq!(
            one("No soldiers had been killed in the incident, the ministry said.").measure.as_deref(),
            Some("deaths")
        );
        // No named group, or no toll: "no one" may be of another blast, and "with no
        // civilians inside" says where none were.
        assert!(quantities("No one was hurt in the second blast.").is_empty());
        assert!(quantities("The depot was struck at night with no civilians inside.").is_empty());
        assert!(quantities("No civilians live in the area.").is_empty());
        // The group by its adjective: casualties are the dead and the injured.
        let q = quantities("The army said no civilian casualties were recorded.");
        let got: Vec<_> = q.iter().map(|q| (q.value, q.measure.as_deref(), q.group.as_deref())).collect();
        assert_eq!(got, vec![(0.0, Some("deaths"), Some("civilian")), (0.0, Some("injuries"), Some("civilian"))]);
        assert_eq!(one("There were no civilian deaths, the army said.").measure.as_deref(), Some("deaths"));
        assert!(quantities("The strike was carried out with no civilian casualties.").is_empty());
    }

    #[test]
    fn people_forced_from_their_homes_are_displaced_not_homes() {
        let measure = |text: &str| one(text).measure;
        assert_eq!(measure("the fire had forced about 3,400 people from their homes").as_deref(), Some("displaced"));
        assert_eq!(measure("the flood forced 2,000 residents to flee their homes").as_deref(), Some("displaced"));
        assert_eq!(measure("the mayor said 38 homes were destroyed").as_deref(), Some("buildings"));
        // Homes damaged are another count than homes destroyed.
        let q = quantities("38 homes were destroyed and more than 100 damaged");
        let measures: Vec<_> = q.iter().map(|q| q.measure.as_deref()).collect();
        assert_eq!(measures, [Some("buildings"), Some("damaged")]);
        assert_eq!(measure("some 2,100 homes have been damaged or destroyed").as_deref(), Some("damaged"));
    }

    #[test]
    fn a_paragraph_number_and_a_change_are_no_range() {
        // A correction note: "to 38 from 83" is what the figure became, and "paragraph 7" counts nothing.
        let q = quantities("corrects number of destroyed homes in paragraph 7 to 38 from 83");
        let values: Vec<(f64, Option<f64>)> = q.iter().map(|q| (q.value, q.high)).collect();
        assert_eq!(values, [(38.0, None), (83.0, None)], "{q:#?}");
        assert_eq!(one("between 7 and 38 people were hurt").high, Some(38.0));
    }

    #[test]
    fn a_body_of_water_is_no_body() {
        // "body" is a term of the dead, but not when it heads a phrase of its own.
        let q = one("The lake, the country's largest body of water, is served by a dozen ferry routes");
        assert_eq!(q.measure, None, "{q:#?}");
        assert_eq!(one("the death toll of 45 was confirmed").measure.as_deref(), Some("deaths"));
    }

    #[test]
    fn a_whole_out_of_which_a_part_is_taken_counts_nothing() {
        let q = quantities("reduce its headcount by 450 positions, out of a total workforce of 11,200");
        let measures: Vec<_> = q.iter().map(|q| (q.value, q.measure.as_deref())).collect();
        assert_eq!(measures, [(450.0, Some("layoffs")), (11200.0, None)], "{q:#?}");
    }

    #[test]
    fn who_was_on_board_counts_people_not_on() {
        let q = one("more than 200 people were on board");
        assert_eq!((q.measure.as_deref(), q.counted.as_deref()), (Some("aboard"), None), "{q:#?}");
        let q = one("there had been more than 50 people on the bus");
        assert_eq!(q.measure.as_deref(), Some("aboard"), "{q:#?}");
    }

    #[test]
    fn people_listed_as_missing_are_missing() {
        let q = quantities("23 bodies had been recovered and 14 people were still listed as missing across the valley");
        let measures: Vec<_> = q.iter().map(|q| (q.value, q.measure.as_deref())).collect();
        assert_eq!(measures, [(23.0, Some("deaths")), (14.0, Some("missing"))], "{q:#?}");
        // "as" still ends the search elsewhere: "revised to 11 as questions mount".
        assert_eq!(one("the agency revised the toll to 11 as questions mount").measure.as_deref(), Some("deaths"));
    }
}
