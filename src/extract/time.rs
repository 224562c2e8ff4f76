//! Time expressions resolved against the publication date: weekdays ("on Monday", "Later
//! Wednesday", "Monday's attack"), relative days and weeks ("yesterday", "last week",
//! "earlier this week"), windows ("within two weeks"), explicit dates ("Jan. 12", "August
//! 2", "12 January 2010"), months and years, and offsets from another event ("five days
//! after", "a day later"). Nothing here reads the wall clock: without a publication date,
//! a time keeps its words and stays unresolved.

use crate::model::{Span, TimeRef};
use crate::text::{Token, TokenKind};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("jan", 1),
    ("jan.", 1),
    ("february", 2),
    ("feb", 2),
    ("feb.", 2),
    ("march", 3),
    ("mar.", 3),
    ("april", 4),
    ("apr", 4),
    ("apr.", 4),
    ("may", 5),
    ("june", 6),
    ("jun.", 6),
    ("july", 7),
    ("jul.", 7),
    ("august", 8),
    ("aug", 8),
    ("aug.", 8),
    ("september", 9),
    ("sept", 9),
    ("sept.", 9),
    ("sep.", 9),
    ("october", 10),
    ("oct", 10),
    ("oct.", 10),
    ("november", 11),
    ("nov", 11),
    ("nov.", 11),
    ("december", 12),
    ("dec", 12),
    ("dec.", 12),
];

/// Words before a weekday that make it a name, not a date ("Good Friday", "Super Tuesday").
const HOLIDAY_WORDS: &[&str] =
    &["good", "black", "super", "ash", "holy", "cyber", "giving", "palm", "easter", "maundy", "bloody"];
/// Words after a weekday that make it part of a name ("Sunday Times", "Tuesday Group").
const NAME_AFTER: &[&str] =
    &["times", "telegraph", "express", "mirror", "post", "mail", "group", "club", "league", "school"];

/// Context for resolving: the publication date, whether the clause speaks of the future,
/// and the last single day resolved in the document (anchor for "the previous day").
pub struct TimeContext {
    pub published: Option<Date>,
    pub future: bool,
    pub anchor: Option<Date>,
}

pub(crate) fn weekday_of(w: &str) -> Option<Weekday> {
    let w = w.strip_suffix('s').filter(|s| s.ends_with("day")).unwrap_or(w);
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|(_, d)| *d)
}

/// A month named in a word, alone or with "mid-", "early-" or "late-" before it ("June",
/// "mid-June"); capitalised, so "may" is no month.
pub(crate) fn month_in(word: &str) -> Option<i8> {
    let month = word.rsplit('-').next()?;
    if !month.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let lower = month.to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == lower).map(|(_, m)| *m)
}

fn month_of(t: &Token) -> Option<i8> {
    // "May" is a month only when capitalised and next to a day or year ("May 5", "in May 2019").
    let found = MONTHS.iter().find(|(n, _)| *n == t.norm).map(|(_, m)| *m)?;
    if t.is_capitalized() { Some(found) } else { None }
}

fn number_word(w: &str) -> Option<i64> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "few" | "a few" => 3,
        "several" => 4,
        _ => w.parse().ok()?,
    })
}

fn unit_days(w: &str) -> Option<i64> {
    Some(match w.trim_end_matches('s') {
        "day" => 1,
        "week" => 7,
        "month" => 30,
        "year" => 365,
        "hour" | "minute" => 0,
        _ => return None,
    })
}

/// Most recent `wd` on or before `d` (or on or after, looking forward).
fn nearest_weekday(d: Date, wd: Weekday, forward: bool) -> Date {
    let cur = d.weekday().to_monday_zero_offset() as i64;
    let want = wd.to_monday_zero_offset() as i64;
    let delta = if forward { (want - cur).rem_euclid(7) } else { -((cur - want).rem_euclid(7)) };
    d.checked_add(delta.days()).unwrap_or(d)
}

fn monday_of(d: Date) -> Date {
    nearest_weekday(d, Weekday::Monday, false)
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(n.days()).unwrap_or(d)
}

/// "since July 28", "since the end of July", "since early July": a count since then runs up
/// to the report, and stands as of the day it was published.
fn since_until(tokens: &[Token], month_at: usize, pub_date: Option<Date>, start: Option<Date>) -> Option<Date> {
    let before = |k: usize| month_at.checked_sub(k).map(|j| tokens[j].norm.as_str());
    let since = before(1) == Some("since")
        || matches!(before(1), Some("early" | "late" | "mid")) && before(2) == Some("since")
        || before(1) == Some("of")
            && matches!(before(2), Some("end" | "start" | "beginning" | "middle"))
            && before(3) == Some("the")
            && before(4) == Some("since");
    pub_date.filter(|p| since && start.is_some_and(|d| d <= *p))
}

fn make(
    tokens: &[Token],
    range: std::ops::Range<usize>,
    doc_text: &str,
    start: Option<Date>,
    end: Option<Date>,
    offset: Option<i64>,
) -> TimeRef {
    let span = Span::new(tokens[range.start].span.start, tokens[range.end - 1].span.end);
    TimeRef { text: span.slice(doc_text).to_string(), span, start, end, offset_days: offset, statement: false }
}

/// The time comes right after "since" in its text ("since March"): a span up to now.
pub fn after_since(doc_text: &str, t: &TimeRef) -> bool {
    let before = doc_text[..t.span.start].trim_end();
    before.get(before.len().saturating_sub(" since".len())..).is_some_and(|w| w.eq_ignore_ascii_case(" since"))
}

/// Finds and resolves the time expressions among `tokens`.
pub fn find(tokens: &[Token], doc_text: &str, ctx: &TimeContext) -> Vec<TimeRef> {
    let mut out = Vec::new();
    let pub_date = ctx.published;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        let w = t.norm.as_str();
        let prev = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
        let next = tokens.get(i + 1).map(|t| t.norm.as_str());

        // Weekdays.
        if t.is_capitalized()
            && let Some(wd) = weekday_of(w)
        {
            let plural = w.ends_with("days") && w != "sunday" && w.len() > 6 && w.ends_with('s');
            let holiday = prev.is_some_and(|p| HOLIDAY_WORDS.contains(&p));
            let name = next.is_some_and(|nx| NAME_AFTER.contains(&nx))
                || prev == Some("on") && i >= 2 && tokens[i - 2].is("mail");
            // "on Wednesday 8 May", "Friday, March 14": the date that follows names the day,
            // which is not the nearest such weekday to the report.
            let dated = {
                let k = if next == Some(",") { i + 2 } else { i + 1 };
                let day = |t: Option<&Token>| {
                    t.is_some_and(|d| {
                        d.kind == TokenKind::Number && d.norm.parse::<i8>().is_ok_and(|n| (1..=31).contains(&n))
                    })
                };
                let month = |t: Option<&Token>| t.is_some_and(|m| month_of(m).is_some());
                day(tokens.get(k)) && month(tokens.get(k + 1)) || month(tokens.get(k)) && day(tokens.get(k + 1))
            };
            if !plural && !holiday && !name && !dated {
                let mut start = i;
                if let Some(p) = prev
                    && matches!(
                        p,
                        "on" | "last"
                            | "this"
                            | "next"
                            | "late"
                            | "early"
                            | "later"
                            | "earlier"
                            | "since"
                            | "until"
                            | "by"
                            | "from"
                    )
                {
                    start = i - 1;
                }
                let mut end = i + 1;
                if matches!(next, Some("'s" | "night" | "morning" | "afternoon" | "evening" | "midnight")) {
                    end = i + 2;
                }
                // "would resume at first light on Friday", "has called a meeting for Friday": a
                // day something is set for lies ahead ("called the meeting for Tuesday" may
                // be yesterday's, and "tolls for Tuesday's attack" name a day gone by).
                let present_before = tokens[start.saturating_sub(10)..start]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "has" | "have" | "is" | "are"));
                let set_for =
                    (prev == Some("for") && present_before || would_before(tokens, start)) && next != Some("'s");
                let forward = prev == Some("next")
                    || prev == Some("until") && ctx.future
                    || (ctx.future || set_for) && prev != Some("last");
                let date = pub_date.map(|p| {
                    if prev == Some("this") {
                        // "this Saturday": that day of the publication's week (Monday to
                        // Sunday), ahead or behind.
                        let offset = wd.to_monday_zero_offset() as i64 - p.weekday().to_monday_zero_offset() as i64;
                        add_days(p, offset)
                    } else if prev == Some("last") {
                        // "last Monday" never means the publication day itself.
                        let d = nearest_weekday(p, wd, false);
                        if d == p { add_days(d, -7) } else { d }
                    } else {
                        nearest_weekday(p, wd, forward)
                    }
                });
                // "since Wednesday" runs up to the report: a count since then stands as of
                // the day it was published.
                let until =
                    if prev == Some("since") { pub_date.filter(|p| date.is_some_and(|d| d <= *p)) } else { None };
                out.push(make(tokens, start..end, doc_text, date, until.or(date), None));
                i = end;
                continue;
            }
        }

        // Explicit dates: "Jan. 12", "January 12, 2010", "12 January 2010", "January of last year".
        if let Some(month) = month_of(t) {
            if let Some(day_tok) = tokens.get(i + 1).filter(|d| d.kind == TokenKind::Number)
                && let Ok(day) = day_tok.norm.parse::<i8>()
                && (1..=31).contains(&day)
            {
                let mut end = i + 2;
                let mut year = None;
                if tokens.get(end).is_some_and(|c| c.is_punct(","))
                    && let Some(y) = tokens
                        .get(end + 1)
                        .and_then(|y| y.norm.parse::<i16>().ok())
                        .filter(|y| (1800..2200).contains(y))
                {
                    year = Some(y);
                    end += 2;
                } else if let Some(y) =
                    tokens.get(end).and_then(|y| y.norm.parse::<i16>().ok()).filter(|y| (1800..2200).contains(y))
                {
                    year = Some(y);
                    end += 1;
                }
                let set = scheduled_at(tokens, i) || would_do_before(tokens, i);
                let ahead = ctx.future || next_one_before(tokens, i);
                let date = resolve_month_day(pub_date, year, month, day, ahead, set);
                let start = if prev == Some("on") { i - 1 } else { i };
                let until = since_until(tokens, i, pub_date, date);
                out.push(make(tokens, start..end, doc_text, date, until.or(date), None));
                i = end;
                continue;
            }
            if let Some(day_tok) = i.checked_sub(1).map(|p| &tokens[p]).filter(|d| d.kind == TokenKind::Number)
                && let Ok(day) = day_tok.norm.parse::<i8>()
                && (1..=31).contains(&day)
            {
                let mut end = i + 1;
                let mut year = None;
                if let Some(y) =
                    tokens.get(end).and_then(|y| y.norm.parse::<i16>().ok()).filter(|y| (1800..2200).contains(y))
                {
                    year = Some(y);
                    end += 1;
                }
                let set = scheduled_at(tokens, i - 1) || would_do_before(tokens, i - 1);
                let ahead = ctx.future || next_one_before(tokens, i - 1);
                let date = resolve_month_day(pub_date, year, month, day, ahead, set);
                out.push(make(tokens, i - 1..end, doc_text, date, date, None));
                i = end;
                continue;
            }
            // A month alone: "in January", "January of last year", "last January".
            let mut end = i + 1;
            let mut year =
                tokens.get(end).and_then(|y| y.norm.parse::<i16>().ok()).filter(|y| (1800..2200).contains(y));
            if year.is_some() {
                end += 1;
            } else if tokens.get(end).is_some_and(|t| t.is("of"))
                && tokens.get(end + 1).is_some_and(|t| t.is("last"))
                && tokens.get(end + 2).is_some_and(|t| t.is("year"))
            {
                year = pub_date.map(|p| p.year() - 1);
                end += 3;
            } else if let Some(shift) = tokens.get(end).and_then(|t| match t.norm.as_str() {
                "last" => Some(-1),
                "this" => Some(0),
                "next" => Some(1),
                _ => None,
            }) && tokens.get(end + 1).is_some_and(|t| t.is("year"))
            {
                // "in September next year": that month of the year named.
                year = pub_date.map(|p| p.year() + shift);
                end += 2;
            }
            let in_context = matches!(
                prev,
                Some("in" | "last" | "since" | "until" | "early" | "late" | "mid" | "of" | "this" | "next")
            ) || year.is_some();
            if in_context && t.norm != "may" || year.is_some() {
                let year = year.or_else(|| {
                    pub_date.map(|p| {
                        let last = prev == Some("last");
                        // "would meet in December": a month something is set for lies ahead.
                        if (ctx.future || would_before(tokens, i)) && !last {
                            if month >= p.month() { p.year() } else { p.year() + 1 }
                        } else if month <= p.month() && !(last && month == p.month()) {
                            p.year()
                        } else {
                            p.year() - 1
                        }
                    })
                });
                let (s, e) = match year.and_then(|y| Date::new(y, month, 1).ok()) {
                    Some(first) => (Some(first), Some(first.last_of_month())),
                    None => (None, None),
                };
                let start = if matches!(prev, Some("in" | "last")) { i - 1 } else { i };
                let until = since_until(tokens, i, pub_date, s);
                out.push(make(tokens, start..end, doc_text, s, until.or(e), None));
                i = end;
                continue;
            }
        }

        // Relative days.
        let single = |d: i64| pub_date.map(|p| add_days(p, d));
        // "USA Today", "Karsovia Today": a capitalised day word after a capitalised word is
        // part of a name, not a day (mid-sentence, writers spell the day in lower case).
        let in_a_name =
            tokens[i].is_capitalized() && i > 0 && tokens[i - 1].is_word() && tokens[i - 1].is_capitalized();
        let simple = match w {
            _ if in_a_name => None,
            "today" | "tonight" => Some((1, single(0))),
            "yesterday" => Some((1, single(-1))),
            "tomorrow" => Some((1, single(1))),
            _ => None,
        };
        if let Some((len, date)) = simple {
            out.push(make(tokens, i..i + len, doc_text, date, date, None));
            i += len;
            continue;
        }
        if w == "last" && next == Some("night") {
            let date = single(-1);
            out.push(make(tokens, i..i + 2, doc_text, date, single(0), None));
            i += 2;
            continue;
        }

        // Weeks, months, years relative to publication.
        if let Some((len, range)) = relative_period(tokens, i, pub_date) {
            out.push(make(tokens, i..i + len, doc_text, range.map(|r| r.0), range.map(|r| r.1), None));
            i += len;
            continue;
        }

        // Windows: "within two weeks", "within a few days", "in the next two days".
        if w == "within" {
            let mut k = i + 1;
            if tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "the" | "a"))
                && tokens.get(k + 1).is_some_and(|t| matches!(t.norm.as_str(), "next" | "few" | "last" | "coming"))
            {
                k += 1;
            }
            let (count, used) = count_at(tokens, k);
            if let Some(unit) = tokens.get(k + used).and_then(|u| unit_days(&u.norm)) {
                let end = k + used + 1;
                let span_days = count * unit;
                let looking_back = tokens[i + 1..end].iter().any(|t| t.is("last") || t.is("past"));
                // "the attack was repelled within an hour" is how long after the attack, not a
                // day counted from the report: hours and minutes date nothing, unless they
                // look back from the report ("put out within the last hour").
                let base = pub_date.filter(|_| span_days > 0 || looking_back);
                let (s, e) = match base {
                    Some(b) if looking_back => (Some(add_days(b, -span_days)), Some(b)),
                    Some(b) => (Some(b), Some(add_days(b, span_days))),
                    None => (None, None),
                };
                out.push(make(tokens, i..end, doc_text, s, e, None));
                i = end;
                continue;
            }
        }

        // Offsets: "five days after", "two months after", "a day later", "the day before",
        // "the previous day", "hours after".
        if let Some((len, offset)) = offset_at(tokens, i) {
            let resolved = match (offset, ctx.anchor) {
                (Some(days), Some(anchor)) if is_anaphoric_offset(tokens, i, len) => Some(add_days(anchor, days)),
                _ => None,
            };
            out.push(make(tokens, i..i + len, doc_text, resolved, resolved, offset));
            i += len;
            continue;
        }
        i += 1;
    }
    out
}

/// A day and month without a year that something is set for, up to this many days after
/// publication, is this year's whatever the tense ("was listed for Oct. 16", "would take
/// place on Oct. 16"): writers leave the year out of a date in the weeks ahead. What simply
/// happened on a later day and month ("on December 3 the talks resumed") was last year.
const DAYS_AHEAD_SCHEDULED: i64 = 60;

/// The date at `i` is what something is set for: "for", "from", "until" or "by" before it
/// (past an "on"), "to" after a verb that moves a date ("has been brought forward to June
/// 9", "postponed to"), or a "would" just before ("would take place on Oct. 16").
fn scheduled_at(tokens: &[Token], i: usize) -> bool {
    let at = if i > 0 && tokens[i - 1].is("on") { i - 1 } else { i };
    let before = at.checked_sub(1).map(|k| tokens[k].norm.as_str());
    let moved_to = before == Some("to")
        && tokens[at.saturating_sub(4)..at - 1].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "postponed" | "forward" | "moved" | "back" | "rescheduled" | "delayed" | "advanced" | "shifted"
            )
        });
    // "lists the reopening as 26 October", "the correct date is 4 November": a date given as
    // what something is set for.
    let listed_as = before == Some("as")
        && tokens[at.saturating_sub(5)..at - 1].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "lists" | "listed" | "list" | "gives" | "gave" | "set" | "sets" | "shows" | "showed"
            )
        });
    let date_is = matches!(before, Some("is" | "was" | "be"))
        && tokens[at.saturating_sub(4)..at - 1].iter().any(|t| matches!(t.norm.as_str(), "date" | "deadline"));
    matches!(before, Some("for" | "from" | "until" | "till" | "by"))
        || moved_to
        || listed_as
        || date_is
        || would_before(tokens, at)
}

/// "would" among the five words before `at`: what is said to come ("the search would resume
/// at first light on Friday").
fn would_before(tokens: &[Token], at: usize) -> bool {
    tokens[at.saturating_sub(5)..at].iter().any(|t| t.is("would"))
}

/// "would" earlier in the clause, not "would have": what the clause says is to come ("the
/// paper reported that management would put the proposal to a board vote on July 11").
fn would_do_before(tokens: &[Token], at: usize) -> bool {
    tokens[..at].windows(2).any(|w| w[0].is("would") && !matches!(w[1].norm.as_str(), "have" | "'ve"))
}

/// "the next summit was planned for June 19": the next of something, shortly before a
/// date, lies ahead (but "the next day" follows a day told before).
fn next_one_before(tokens: &[Token], at: usize) -> bool {
    let from = at.saturating_sub(8);
    (from..at).any(|k| {
        tokens[k].is("next")
            && !tokens.get(k + 1).is_some_and(|n| {
                matches!(n.norm.as_str(), "day" | "morning" | "afternoon" | "evening" | "night" | "week" | "month")
            })
    })
}

fn resolve_month_day(
    pub_date: Option<Date>,
    year: Option<i16>,
    month: i8,
    day: i8,
    future: bool,
    scheduled: bool,
) -> Option<Date> {
    if let Some(y) = year {
        return Date::new(y, month, day).ok();
    }
    let p = pub_date?;
    let this_year = Date::new(p.year(), month, day).ok()?;
    if future {
        if this_year >= p { Some(this_year) } else { Date::new(p.year() + 1, month, day).ok() }
    } else if this_year <= p || scheduled && this_year <= add_days(p, DAYS_AHEAD_SCHEDULED) {
        // "the hearing was listed for Oct. 16" in a story of Oct. 4: a date set a few weeks
        // ahead is this year's, told in the past tense of reported speech, not last year's.
        Some(this_year)
    } else {
        Date::new(p.year() - 1, month, day).ok()
    }
}

/// A number (digits or words) at `k`: (value, tokens used).
fn count_at(tokens: &[Token], k: usize) -> (i64, usize) {
    let Some(t) = tokens.get(k) else { return (0, 0) };
    if t.is("a") && tokens.get(k + 1).is_some_and(|n| n.is("few")) {
        return (3, 2);
    }
    if matches!(t.norm.as_str(), "the" | "next" | "coming" | "last" | "past") {
        let (c, u) = count_at(tokens, k + 1);
        return if u == 0 { (1, 1) } else { (c, u + 1) };
    }
    match number_word(&t.norm) {
        Some(v) => (v, 1),
        None => (1, 0),
    }
}

/// "last week", "this week", "earlier this week", "later this month", "last month",
/// "this year", "last year", "in recent weeks", "next week".
fn relative_period(tokens: &[Token], i: usize, pub_date: Option<Date>) -> Option<(usize, Option<(Date, Date)>)> {
    let w = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    let (len, which, unit) = match (w(i), w(i + 1), w(i + 2)) {
        (Some("earlier" | "later"), Some("this"), Some(u @ ("week" | "month" | "year"))) => (3, w(i).unwrap(), u),
        (Some("last" | "this" | "next" | "past"), Some(u @ ("week" | "month" | "year" | "weekend")), _) => {
            (2, w(i).unwrap(), u)
        }
        (Some("in"), Some("recent"), Some(u @ ("weeks" | "days" | "months"))) => (3, "recent", u),
        (Some("in"), Some("the"), Some("coming")) => match w(i + 3) {
            Some(u @ ("days" | "weeks" | "months")) => (4, "coming", u),
            _ => return None,
        },
        _ => return None,
    };
    let Some(p) = pub_date else { return Some((len, None)) };
    let range = match (which, unit) {
        ("last", "week") => {
            let m = add_days(monday_of(p), -7);
            (m, add_days(m, 6))
        }
        ("this", "week") => {
            let m = monday_of(p);
            (m, add_days(m, 6))
        }
        ("next", "week") => {
            let m = add_days(monday_of(p), 7);
            (m, add_days(m, 6))
        }
        ("past", "week") => (add_days(p, -7), p),
        ("earlier", "week") => {
            let m = monday_of(p);
            (m, add_days(p, -1).max(m))
        }
        ("later", "week") => (p, add_days(monday_of(p), 6)),
        ("last" | "this" | "next" | "past", "weekend") => {
            let sat = nearest_weekday(p, Weekday::Saturday, which == "next");
            let sat = if which == "last" && sat == p { add_days(sat, -7) } else { sat };
            (sat, add_days(sat, 1))
        }
        ("last", "month") => {
            let first = add_days(p.first_of_month(), -1).first_of_month();
            (first, first.last_of_month())
        }
        ("this", "month") => (p.first_of_month(), p.last_of_month()),
        ("earlier", "month") => (p.first_of_month(), add_days(p, -1).max(p.first_of_month())),
        ("later", "month") => (p, p.last_of_month()),
        ("next", "month") => {
            let first = add_days(p.last_of_month(), 1);
            (first, first.last_of_month())
        }
        ("past", "month") => (add_days(p, -30), p),
        ("last", "year") => (Date::new(p.year() - 1, 1, 1).ok()?, Date::new(p.year() - 1, 12, 31).ok()?),
        ("this", "year") => (Date::new(p.year(), 1, 1).ok()?, Date::new(p.year(), 12, 31).ok()?),
        ("earlier", "year") => (Date::new(p.year(), 1, 1).ok()?, p),
        ("later", "year") => (p, Date::new(p.year(), 12, 31).ok()?),
        ("next", "year") => (Date::new(p.year() + 1, 1, 1).ok()?, Date::new(p.year() + 1, 12, 31).ok()?),
        ("past", "year") => (add_days(p, -365), p),
        ("recent", u) => (add_days(p, -(unit_days(u).unwrap_or(7) * 4)), p),
        ("coming", u) => (p, add_days(p, unit_days(u).unwrap_or(7) * 4)),
        _ => return None,
    };
    Some((len, Some(range)))
}

/// "five days after", "a day later", "two months after", "hours after", "the day before",
/// "the previous day", "the next day": (tokens used, days; None for hours).
fn offset_at(tokens: &[Token], i: usize) -> Option<(usize, Option<i64>)> {
    let w = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
    match (w(i), w(i + 1), w(i + 2)) {
        (Some("the"), Some("previous" | "preceding"), Some("day")) => return Some((3, Some(-1))),
        (Some("the"), Some("next" | "following"), Some("day")) => return Some((3, Some(1))),
        (Some("the"), Some("same"), Some("day")) => return Some((3, Some(0))),
        (Some("the"), Some("day"), Some("before")) => return Some((3, Some(-1))),
        (Some("the"), Some("day"), Some("after")) => return Some((3, Some(1))),
        // A count before "hours" makes it "three hours before", judged below.
        (Some("hours" | "minutes"), Some("after" | "later" | "before" | "earlier"), _)
            if i == 0 || count_at(tokens, i - 1).1 == 0 =>
        {
            return Some((2, Some(0)));
        }
        _ => {}
    }
    let (count, used) = count_at(tokens, i);
    if used == 0 || matches!(w(i), Some("the" | "next" | "coming" | "last" | "past")) {
        return None;
    }
    // "spoke for three hours before ..." is a duration, not an offset.
    if i > 0 && matches!(tokens[i - 1].norm.as_str(), "for" | "lasted" | "lasting") {
        return None;
    }
    let unit = unit_days(w(i + used)?)?;
    let dir = match w(i + used + 1)? {
        "after" | "later" => 1,
        "before" | "earlier" | "ago" => -1,
        _ => return None,
    };
    Some((used + 2, Some(dir * count * unit)))
}

/// "A day later" / "the previous day" stand alone and refer to the last time mentioned;
/// "five days after it was announced" names its own anchor, which has no date here.
fn is_anaphoric_offset(tokens: &[Token], i: usize, len: usize) -> bool {
    let last = &tokens[i + len - 1].norm;
    let followed = tokens.get(i + len);
    matches!(last.as_str(), "later" | "earlier" | "day") || followed.is_none_or(|t| t.is_punct(",") || t.is_punct("."))
}

/// The one full date (day, month and year) a short text gives, such as a dateline or a
/// byline ("LUSANO, March 4, 2026 (Reuters)", "Monday, 10 June 2024"); resolved without a
/// publication date, so weekdays and relative dates give none.
pub fn full_date_in(text: &str) -> Option<Date> {
    let ctx = TimeContext { published: None, future: false, anchor: None };
    let tokens = crate::text::tokenize(text, 0);
    find(&tokens, text, &ctx).into_iter().find_map(|t| t.start.filter(|_| t.start == t.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn times(text: &str, published: &str, future: bool) -> Vec<(String, Option<String>, Option<String>)> {
        let ctx = TimeContext { published: Some(published.parse().unwrap()), future, anchor: None };
        find(&tokenize(text, 0), text, &ctx)
            .into_iter()
            .map(|t| (t.text, t.start.map(|d| d.to_string()), t.end.map(|d| d.to_string())))
            .collect()
    }

    fn one(text: &str, published: &str) -> (String, String) {
        let t = times(text, published, false);
        assert_eq!(t.len(), 1, "{t:?}");
        (t[0].1.clone().unwrap(), t[0].2.clone().unwrap())
    }

    #[test]
    fn weekdays_in_past_context_are_the_last_such_day() {
        // 2025-10-22 is a Wednesday.
        assert_eq!(one("Rubio spoke on Monday with Lavrov", "2025-10-22").0, "2025-10-20");
        assert_eq!(one("after his call with Putin on Thursday", "2025-10-22").0, "2025-10-16");
        assert_eq!(one("Zelensky said on Tuesday that", "2025-10-22").0, "2025-10-21");
        // A story published on a Tuesday says "Tuesday" for that day (2017-12-05).
        assert_eq!(one("The White House said Tuesday a report is false", "2017-12-05").0, "2017-12-05");
        assert_eq!(one("Monday’s Taliban attack", "2019-01-21").0, "2019-01-21");
        assert_eq!(one("Later Wednesday, the ministry said", "2010-02-11").0, "2010-02-10");
    }

    #[test]
    fn this_weekday_is_that_day_of_the_publications_week() {
        // 2024-10-14 is a Monday.
        assert_eq!(one("the museum would reopen to visitors this Saturday", "2024-10-14").0, "2024-10-19");
        // 2024-10-16 is a Wednesday.
        assert_eq!(one("the minister said this Monday that", "2024-10-16").0, "2024-10-14");
    }

    #[test]
    fn a_date_given_as_what_something_is_set_for_is_weeks_ahead() {
        assert_eq!(one("the council's website still lists the reopening as 26 October", "2024-10-14").0, "2024-10-26");
        assert_eq!(one("the council said the correct date is 4 November", "2024-10-14").0, "2024-11-04");
        // What simply happened on a later day and month is still last year's.
        assert_eq!(one("on 26 October the talks resumed", "2024-10-14").0, "2023-10-26");
    }

    #[test]
    fn a_date_weeks_ahead_is_this_years_in_the_past_tense_too() {
        // Reported speech: "the hearing was listed for Oct. 16", in a story of Oct. 4.
        assert_eq!(one("said the hearing was listed for Oct. 16", "2023-10-04").0, "2023-10-16");
        assert_eq!(one("said the hearing would take place on Oct. 16", "2023-10-04").0, "2023-10-16");
        assert_eq!(one("announced a second strike from Oct. 11", "2023-10-04").0, "2023-10-11");
        // What simply happened on a later day and month was last year; so is a date set
        // months ahead.
        assert_eq!(one("the plant was inspected on Oct. 16", "2023-10-04").0, "2022-10-16");
        assert_eq!(one("the hearing was listed for Dec. 28", "2023-10-04").0, "2022-12-28");
        // A date something was moved to is set ahead, whatever the tense.
        assert_eq!(one("the opening has been brought forward to June 9", "2025-05-28").0, "2025-06-09");
        assert_eq!(one("the hearing was postponed to Oct. 30", "2023-10-04").0, "2023-10-30");
    }

    #[test]
    fn future_context_looks_forward() {
        let t = times("The leaders will meet on Friday", "2025-10-22", true);
        assert_eq!(t[0].1.as_deref(), Some("2025-10-24"));
    }

    #[test]
    fn what_would_come_or_is_set_for_a_day_lies_ahead() {
        // 2024-03-14 is a Thursday.
        assert_eq!(
            one("the coast guard said the search would resume at first light on Friday", "2024-03-14").0,
            "2024-03-15"
        );
        assert_eq!(one("the union has called a meeting of its members for Friday", "2024-03-14").0, "2024-03-15");
        assert_eq!(one("the ministry called the meeting for Tuesday", "2024-03-14").0, "2024-03-12");
        // A day named as the possessor of an event is gone by; so is a day with no "would".
        let t = times("gave different tolls on Thursday for Tuesday's attack", "2024-03-14", false);
        assert_eq!(t[1].1.as_deref(), Some("2024-03-12"));
        assert_eq!(one("the search resumed at first light on Friday", "2024-03-14").0, "2024-03-08");
        // A month: "would meet in December" in February is this December, not last.
        assert_eq!(one("the two halves of the span would meet in December", "2025-02-13").0, "2025-12-01");
        assert_eq!(one("the two halves of the span met in December", "2025-02-13").0, "2024-12-01");
        // The next of something set for a day and month lies ahead, months on too.
        assert_eq!(one("the paper said the next summit was planned for June 19", "2025-02-08").0, "2025-06-19");
        let t = times("the talks resumed the next day, June 19", "2025-07-08", false);
        assert_eq!(t.last().and_then(|t| t.1.as_deref()), Some("2025-06-19"));
        // A day and month weeks ahead, with "would" however far back in its clause.
        let vote = "management would put the proposal to a board vote on the closure on July 11";
        assert_eq!(one(vote, "2024-06-26").0, "2024-07-11");
        let would_have = "management would have put the proposal to a board vote on the closure on July 11";
        assert_eq!(one(would_have, "2024-06-26").0, "2023-07-11");
    }

    #[test]
    fn a_month_of_the_year_named_after_it() {
        assert_eq!(
            one("the bridge will open to traffic in September next year", "2025-02-13"),
            ("2026-09-01".into(), "2026-09-30".into())
        );
        assert_eq!(one("the plant closed in March last year", "2025-02-13").0, "2024-03-01");
        assert_eq!(one("talks resume in May this year", "2025-02-13").0, "2025-05-01");
    }

    #[test]
    fn weekday_names_that_are_not_dates() {
        assert!(times("Shoppers queued on Black Friday", "2025-11-30", false).is_empty());
        assert!(times("the Sunday Times reported", "2025-11-30", false).is_empty());
        assert!(times("The market is closed on Mondays", "2025-11-30", false).is_empty());
        assert!(times("Everything may change", "2025-11-30", false).is_empty());
        // A paper's name ("USA Today", "Karsovia Today") is no day; a sentence's "Today" is.
        assert!(times("\"Karsovia Today\" also places the talks in Halvik", "2025-05-28", false).is_empty());
        assert!(times("the newspaper USA Today reported", "2025-05-28", false).is_empty());
        assert_eq!(one("Today the minister resigned", "2025-05-28").0, "2025-05-28");
    }

    #[test]
    fn weeks_and_windows() {
        assert_eq!(one("announced by Trump last week", "2025-10-22"), ("2025-10-13".into(), "2025-10-19".into()));
        assert_eq!(
            one("he would meet Putin within two weeks", "2025-10-22"),
            ("2025-10-22".into(), "2025-11-05".into())
        );
        // Hours after the event, not a day counted from the report; but the last hour before
        // the report is the report's day.
        let hours = times("the attack was repelled within an hour", "2025-10-22", false);
        assert_eq!(hours.iter().map(|t| (t.1.clone(), t.2.clone())).collect::<Vec<_>>(), vec![(None, None)]);
        assert_eq!(one("has put out within the last hour", "2025-10-22"), ("2025-10-22".into(), "2025-10-22".into()));
        assert_eq!(one("talks earlier this week", "2025-10-22"), ("2025-10-20".into(), "2025-10-21".into()));
        assert_eq!(
            one("a meeting in Malaysia later this month", "2025-10-22"),
            ("2025-10-22".into(), "2025-10-31".into())
        );
        assert_eq!(one("they met yesterday", "2025-10-22").0, "2025-10-21");
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(one("the Jan. 12 earthquake", "2010-02-11").0, "2010-01-12");
        assert_eq!(one("on August 2 the talks resumed", "2025-10-22").0, "2025-08-02");
        // A date later in the year than publication, in past context, is last year's.
        assert_eq!(one("on December 3 the talks resumed", "2025-10-22").0, "2024-12-03");
        assert_eq!(one("since 12 January 2010", "2025-10-22").0, "2010-01-12");
        // "since Monday" runs from Monday up to the report's day.
        assert_eq!(one("23 bodies since Monday morning", "2025-10-22"), ("2025-10-20".into(), "2025-10-22".into()));
        assert_eq!(one("a launch in January of last year", "2019-12-07"), ("2018-01-01".into(), "2018-01-31".into()));
        // A weekday before a date is that date's weekday, not the nearest one to the report
        // (2024-05-15 is a Wednesday, 2024-05-08 the one before).
        assert_eq!(one("the talks ended on Wednesday 8 May", "2024-05-15").0, "2024-05-08");
        assert_eq!(one("the talks ended on Wednesday, May 8", "2024-05-15").0, "2024-05-08");
    }

    #[test]
    fn offsets_keep_their_days() {
        let ctx = TimeContext { published: Some("2025-10-22".parse().unwrap()), future: false, anchor: None };
        let text = "The cancellation, five days after it was announced";
        let t = find(&tokenize(text, 0), text, &ctx);
        assert_eq!(t[0].text, "five days after");
        assert_eq!(t[0].offset_days, Some(5));
        assert_eq!(t[0].start, None);
        let ctx = TimeContext { anchor: Some("2010-02-10".parse().unwrap()), ..ctx };
        let text = "a number lower than she had given the previous day";
        let t = find(&tokenize(text, 0), text, &ctx);
        assert_eq!(t[0].start.unwrap().to_string(), "2010-02-09");
        let text = "The agency said on the same day that the national toll stood at 37";
        let t = find(&tokenize(text, 0), text, &ctx);
        assert_eq!((t[0].text.as_str(), t[0].start.unwrap().to_string().as_str()), ("the same day", "2010-02-10"));
    }

    #[test]
    fn no_publication_date_leaves_times_unresolved() {
        let ctx = TimeContext { published: None, future: false, anchor: None };
        let text = "Lavrov said on Monday";
        let t = find(&tokenize(text, 0), text, &ctx);
        assert_eq!(t.len(), 1);
        assert!(t[0].start.is_none());
    }

    #[test]
    fn a_count_since_a_date_or_a_month_runs_up_to_the_report() {
        let p = "2025-08-05";
        let span = |text: &str| one(text, p);
        assert_eq!(span("64 people had died since July 28"), ("2025-07-28".into(), "2025-08-05".into()));
        assert_eq!(span("more than 100 have died since the end of July"), ("2025-07-01".into(), "2025-08-05".into()));
        assert_eq!(span("deaths recorded since early July"), ("2025-07-01".into(), "2025-08-05".into()));
        // Without "since", a month is the month and a date is the day.
        assert_eq!(span("the deaths recorded in July"), ("2025-07-01".into(), "2025-07-31".into()));
        assert_eq!(span("he died on July 28"), ("2025-07-28".into(), "2025-07-28".into()));
    }
}
