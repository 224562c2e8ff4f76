//! Attribution frames inside one sentence: the words that say who stands behind which
//! other words ("X writes", "according to X", "X told Y that", "a report in X that").

use crate::lexicon::{Lexicon, VerbClass, outlet_key};
use crate::syntax::{self, clause_starts_at, is_finite_verb, np_after, subject_before};
use crate::text::{Token, TokenKind};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    /// "X said (that) ...": the source before, the words after.
    Prefix,
    /// "..., X said.": the words before, the source after.
    Suffix,
    /// "according to X", "per X".
    According,
    /// "a report in X that ...", "X's words that ...": attribution of a clause inside a noun phrase.
    Nominal,
    /// A press-review label or dateline: `"Douma": ...`, `TITANYEN, Haiti (AP) —`.
    Label,
    /// "X quoted Y as saying", "citing Y": Y speaks inside X's report.
    Cited,
    /// The outlet a source's words came through, named inside that source's frame: "told
    /// the Northgate Tribune", "quoted by Durpress", "in an interview with Kanal Vest". It
    /// is the nearest outlet of the words, but takes over no later sentence.
    Medium,
}

/// Who a frame names, before discourse resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Outlet(String),
    Speaker(String),
    /// A pronoun ("he", "they") to resolve from earlier sentences.
    Pronoun(String),
    /// "the publication", "the newspaper": the last outlet named.
    OutletReference,
    /// ", saying that": the subject of the clause the participle hangs on.
    ClauseSubject,
}

#[derive(Debug, Clone)]
pub struct Frame {
    pub kind: FrameKind,
    /// Tokens of the attribution itself (for suffix frames, the words left out of the claim).
    pub cue: Range<usize>,
    /// Tokens naming the source.
    pub source_tokens: Range<usize>,
    pub source: Source,
    /// The words the frame attributes.
    pub covers: Range<usize>,
    pub class: VerbClass,
    /// The frame takes a clause ("said that X", a quotation), not a noun phrase
    /// ("confirmed the payment"): only then do its words start a claim's own content.
    pub clausal: bool,
}

/// Finds the attribution frames of a sentence. `learned` holds outlet names recognised
/// Finds the attribution frames of a sentence. `learned` holds outlet names recognised
/// earlier in the document (press-review labels, quoted names).
pub fn find(tokens: &[Token], quoted: &[bool], doc_text: &str, learned: &[String], lex: &Lexicon) -> Vec<Frame> {
    let mut frames = Vec::new();
    let n = tokens.len();
    if n == 0 {
        return frames;
    }
    label_frame(tokens, doc_text, learned, lex, &mut frames);
    let mut i = 0;
    while i < n {
        if let Some(f) = according_frame(tokens, i, doc_text, learned, lex) {
            i = f.cue.end;
            frames.push(f);
            continue;
        }
        // A capitalised verb form inside a sentence is part of a name ("Secretary of State").
        let name_part = i > 0 && tokens[i].is_capitalized();
        if !name_part
            && let Some((verb_end, &class)) = lex.reporting.verbs.match_at(tokens, i)
            && let Some(mut found) = verb_frames(tokens, quoted, i, verb_end, class, doc_text, learned, lex)
        {
            frames.append(&mut found);
            i = verb_end;
            continue;
        }
        if let Some(f) = nominal_frame(tokens, quoted, i, doc_text, learned, lex) {
            i = f.covers.start;
            frames.push(f);
            continue;
        }
        i += 1;
    }
    settle_coverage(&mut frames, tokens, quoted, lex);
    let media = medium_frames(tokens, &frames, doc_text, learned, lex);
    frames.extend(media);
    frames
}

/// The outlets named inside the frames of sources ("..., Brekke told the Northgate
/// Tribune.", "Orsic, quoted by the state news agency Durpress, said", "Oprea said in an
/// interview with Kanal Vest that"): each covers the words its source's frame covers.
fn medium_frames(tokens: &[Token], frames: &[Frame], doc_text: &str, learned: &[String], lex: &Lexicon) -> Vec<Frame> {
    let mut out = Vec::new();
    for f in frames.iter().filter(|f| matches!(f.kind, FrameKind::Prefix | FrameKind::Suffix)) {
        if matches!(f.source, Source::Outlet(_) | Source::OutletReference) {
            continue;
        }
        let mut k = f.cue.start;
        while k < f.cue.end {
            // After a medium phrase the name may be an outlet's the lexicon does not know;
            // after "told", only one it knows or that is named as an outlet ("told the
            // broadcaster SportNet 4"): people are told things too.
            let (np_start, any_name) = match lex.reporting.media.match_at(tokens, k) {
                Some((end, _)) => (end, true),
                None if f.kind == FrameKind::Suffix
                    && k >= f.source_tokens.end
                    && LISTENER_VERBS.contains(&tokens[k].norm.as_str()) =>
                {
                    (k + 1, false)
                }
                None => {
                    k += 1;
                    continue;
                }
            };
            k = np_start;
            let Some(np) = outlet_name_at(tokens, np_start, lex) else { continue };
            let already = frames.iter().any(|g| matches!(g.source, Source::Outlet(_)) && g.source_tokens == np);
            let source = match classify_source(tokens, np.clone(), doc_text, learned, VerbClass::Report, lex) {
                Source::Outlet(name) => Some(name),
                Source::Speaker(name) if any_name && !super::is_titled_or_a_body(&name, lex) => Some(name),
                _ => None,
            };
            if let Some(name) = source.filter(|_| !already) {
                out.push(Frame {
                    kind: FrameKind::Medium,
                    cue: np.clone(),
                    source_tokens: np.clone(),
                    source: Source::Outlet(name),
                    covers: f.covers.clone(),
                    class: f.class,
                    clausal: f.clausal,
                });
            }
            k = np.end;
        }
    }
    out
}

/// Words that may describe an outlet before its name: "the state news agency Durpress",
/// "the regional broadcaster NTV".
const OUTLET_DESCRIBERS: &[&str] = &[
    "state",
    "state-run",
    "state-owned",
    "news",
    "local",
    "regional",
    "national",
    "private",
    "public",
    "online",
    "investigative",
    "business",
    "sports",
    "financial",
    "independent",
    "opposition",
    "pro-government",
    "evening",
    "morning",
];

/// An outlet's name at `start`: "the", words that describe an outlet, and capitalised words
/// (a number or quotation marks may be part of the name), ending on the name.
fn outlet_name_at(tokens: &[Token], start: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut end = start + usize::from(tokens.get(start)?.is("the"));
    let mut last_name = None;
    while end < tokens.len() && end - start < 10 {
        let t = &tokens[end];
        let name_part = t.kind == TokenKind::Quote
            || t.kind == TokenKind::Number && last_name.is_some()
            || t.is_word() && t.is_capitalized();
        let describes = t.is_word()
            && !t.is_capitalized()
            && (lex.outlets.prefixes.contains(t.norm.as_str()) || OUTLET_DESCRIBERS.contains(&t.norm.as_str()));
        if name_part {
            last_name = Some(end + 1);
        } else if !describes {
            break;
        }
        end += 1;
    }
    let end = last_name?;
    // A quotation mark that opens no name is the sentence's.
    (tokens[start..end].iter().any(|t| t.is_word() && t.is_capitalized())).then_some(start..end)
}

/// "according to X, ...", "..., according to X", "per X".
fn according_frame(tokens: &[Token], i: usize, doc_text: &str, learned: &[String], lex: &Lexicon) -> Option<Frame> {
    let n = tokens.len();
    let mut np = match lex.reporting.according.match_at(tokens, i) {
        Some((end, ())) => np_after(tokens, end, 12, lex)?,
        // "By its count, 96 people died", "by the ministry's tally": whose count it is.
        None => i + 1..counted_by(tokens, i, lex)?,
    };
    // Where the phrase ends, whoever in it speaks.
    let phrase_end = np.end;
    // "its figures", "their own tally": the body told of before; "the ministry's count": the
    // ministry.
    if let Some(owner) = data_owner(tokens, np.clone(), lex) {
        np = owner;
    }
    // "according to the operator, Korvane Coal.": the name in apposition closing the
    // sentence is who it is.
    if tokens[np.clone()].iter().all(|t| !t.is_capitalized())
        && tokens.get(np.end).is_some_and(|t| t.is_punct(","))
        && let Some(close) = (np.end + 2..=n.min(np.end + 6)).find(|&k| k == n || tokens[k].is_punct("."))
        && close + 1 >= n
        && (np.end + 1..close).all(|k| syntax::is_name_word(&tokens[np.end + 1..close], k - np.end - 1))
    {
        np = np.end + 1..close;
    }
    let np_end = phrase_end.max(np.end);
    let followed_by_break = tokens.get(np_end).is_none_or(|t| t.is_punct(",") || t.is_punct(".") || t.is_punct(";"));
    let possessive_pronoun = np.len() == 1 && matches!(tokens[np.start].norm.as_str(), "its" | "their");
    let source = if possessive_pronoun {
        Source::Pronoun(tokens[np.start].norm.to_string())
    } else {
        classify_source(tokens, np.clone(), doc_text, learned, VerbClass::Report, lex)
    };
    let plausible = !tokens[i].is("per") || matches!(source, Source::Outlet(_)) || tokens[np.start].is_capitalized();
    if !followed_by_break || !plausible {
        return None;
    }
    // At the head of the sentence (or of a clause after a comma) it covers what follows;
    // at the end, what came before.
    let leading = i == 0 || tokens.get(np_end).is_some_and(|t| t.is_punct(",")) && !tokens[i - 1].is_punct(",");
    let covers = if leading { (np_end + 1).min(n)..n } else { 0..i.saturating_sub(1) };
    let cue = if leading { i..np_end } else { i.saturating_sub(1)..np_end };
    Some(Frame {
        kind: FrameKind::According,
        cue,
        source_tokens: np,
        source,
        covers,
        class: VerbClass::Report,
        clausal: true,
    })
}

/// Whose data a noun phrase names: "its count", "their own tally", "the ministry's
/// figures" (lexicon `data-nouns`), by the owner's tokens.
fn data_owner(tokens: &[Token], np: std::ops::Range<usize>, lex: &Lexicon) -> Option<std::ops::Range<usize>> {
    let words = &tokens[np.clone()];
    let mut k = words.len().checked_sub(1)?;
    if !lex.reporting.data_nouns.contains(words[k].norm.as_str()) {
        return None;
    }
    while k > 0 && (words[k - 1].is("own") || lex.reporting.data_nouns.contains(words[k - 1].norm.as_str())) {
        k -= 1;
    }
    let owner_end = k.checked_sub(1)?;
    if matches!(words[owner_end].norm.as_str(), "its" | "their") {
        Some(np.start + owner_end..np.start + owner_end + 1)
    } else if words[owner_end].is("'s") && owner_end > 0 {
        Some(np.start..np.start + owner_end)
    } else {
        None
    }
}

/// "By its count," "by the ministry's own tally,": a possessor's data opening the sentence
/// or a clause after a comma, and a comma after it (where the phrase ends).
fn counted_by(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<usize> {
    if !tokens.get(i)?.is("by") || i > 0 && !tokens[i - 1].is_punct(",") {
        return None;
    }
    let close = (i + 2..tokens.len().min(i + 8)).find(|&k| tokens[k].is_punct(","))?;
    data_owner(tokens, i + 1..close, lex).map(|_| close)
}

/// `"Douma": ...` at the start of a paragraph, a known outlet followed by a colon, or a
/// dateline `CITY (AP) —`.
fn label_frame(tokens: &[Token], doc_text: &str, learned: &[String], lex: &Lexicon, frames: &mut Vec<Frame>) {
    let n = tokens.len();
    // A transcript's speaker label: `IRINA VOLKAN (clip): "No serious violations ..."`. A
    // name in capitals, then a note of the clip or the quotation itself (so that "PRESS
    // REVIEW: Papers split" stays a heading).
    let capitals = |t: &Token| {
        t.is_word()
            && !t.text.chars().any(char::is_lowercase)
            && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
    };
    let name_end = tokens.iter().take(4).take_while(|t| capitals(t)).count();
    if (1..=3).contains(&name_end) {
        let clip = tokens.get(name_end).is_some_and(|t| t.is_punct("("))
            && tokens
                .get(name_end + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "clip" | "video" | "interview" | "archive"))
            && tokens.get(name_end + 2).is_some_and(|t| t.is_punct(")"));
        let colon = if clip { name_end + 3 } else { name_end };
        // (Without the note, a full name: `MOLLUND: "Nothing is signed"` heads a country's
        // papers in a review.)
        let quotation_next = name_end >= 2 && tokens.get(colon + 1).is_some_and(|t| t.kind == TokenKind::Quote);
        if tokens.get(colon).is_some_and(|t| t.is_punct(":")) && (clip || quotation_next) {
            let name = tokens[..name_end]
                .iter()
                .map(|t| {
                    let mut chars = t.text.chars();
                    chars.next().map(|c| c.to_string() + &chars.as_str().to_lowercase()).unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" ");
            frames.push(Frame {
                kind: FrameKind::Label,
                cue: 0..colon + 1,
                source_tokens: 0..name_end,
                source: Source::Speaker(name),
                covers: colon + 1..n,
                class: VerbClass::Say,
                clausal: true,
            });
            return;
        }
    }
    // Quoted name and colon.
    if tokens[0].kind == TokenKind::Quote
        && let Some(close) = (1..n.min(7)).find(|&k| tokens[k].kind == TokenKind::Quote)
        && tokens.get(close + 1).is_some_and(|t| t.is_punct(":"))
        && close > 1
        && tokens[1].is_capitalized() | (tokens[1].kind == TokenKind::Number)
        // A quotation is no name: `"We stand by every line": the small paper taking on ...`.
        && !syntax::is_pronoun(&tokens[1].norm)
        && !(1..close).any(|k| syntax::is_finite_verb(tokens, k, lex))
    {
        let name = syntax::text_of(doc_text, tokens, 1..close).to_string();
        frames.push(Frame {
            kind: FrameKind::Label,
            cue: 0..close + 2,
            source_tokens: 1..close,
            source: Source::Outlet(canonical_outlet(&name, lex).unwrap_or(name)),
            covers: close + 2..n,
            class: VerbClass::Report,
            clausal: true,
        });
        return;
    }
    // Known outlet and colon: "Politico: the meeting is off".
    if let Some((end, &idx)) = lex.outlets.names.match_at(tokens, 0)
        && tokens.get(end).is_some_and(|t| t.is_punct(":"))
        && case_matches(tokens, 0..end, &lex.outlets.outlets[idx].name, &lex.outlets.outlets[idx].aliases)
    {
        frames.push(Frame {
            kind: FrameKind::Label,
            cue: 0..end + 1,
            source_tokens: 0..end,
            source: Source::Outlet(lex.outlets.outlets[idx].name.clone()),
            covers: end + 1..n,
            class: VerbClass::Report,
            clausal: true,
        });
        return;
    }
    // Dateline: "TITANYEN, Haiti (AP) — ..."
    let is_dash = |t: &Token| matches!(t.text.as_str(), "—" | "–" | "-" | "--");
    if let Some(open) = (0..n.min(10)).find(|&k| tokens[k].is_punct("("))
        && let Some(close) = (open + 1..n.min(open + 6)).find(|&k| tokens[k].is_punct(")"))
        && tokens.get(close + 1).is_some_and(is_dash)
    {
        let name = syntax::text_of(doc_text, tokens, open + 1..close).to_string();
        // "RAVNO, Kasvenia (AP) - April 9, 2026 - ...": a date between two dashes is the
        // dateline's too.
        let mut start = close + 2;
        if let Some(dash) = (start..n.min(start + 7)).find(|&k| is_dash(&tokens[k]))
            && crate::extract::time::full_date_in(syntax::text_of(doc_text, tokens, start..dash)).is_some()
        {
            start = dash + 1;
        }
        if let Some(outlet) = canonical_outlet(&name, lex).or_else(|| learned.iter().find(|l| **l == name).cloned()) {
            frames.push(Frame {
                kind: FrameKind::Label,
                cue: 0..start,
                source_tokens: open + 1..close,
                source: Source::Outlet(outlet),
                covers: start..n,
                class: VerbClass::Report,
                clausal: true,
            });
        }
    }
}

/// Frames around a reporting verb at `v..ve`.
#[allow(clippy::too_many_arguments)]
fn verb_frames(
    tokens: &[Token],
    quoted: &[bool],
    v: usize,
    ve: usize,
    class: VerbClass,
    doc_text: &str,
    learned: &[String],
    lex: &Lexicon,
) -> Option<Vec<Frame>> {
    let n = tokens.len();
    // "Ilves does not dispute that the water was contaminated": a denial not made lets what
    // follows stand as the source's own account.
    let class = if class == VerbClass::Deny
        && v.checked_sub(1).is_some_and(|p| matches!(tokens[p].norm.as_str(), "not" | "never" | "n't"))
    {
        VerbClass::Report
    } else {
        class
    };
    let classify =
        |range: Range<usize>, class: VerbClass| classify_source(tokens, range, doc_text, learned, class, lex);
    let frame = |kind, cue: Range<usize>, source_tokens: Range<usize>, source, covers: Range<usize>, clausal| Frame {
        kind,
        cue,
        source_tokens,
        source,
        covers,
        class,
        clausal,
    };
    let verb = tokens[v].norm.as_str();
    let prev = v.checked_sub(1).map(|p| &tokens[p]);
    let after_break = prev.is_some_and(|p| p.is_punct(",")) || v > 0 && closes_quoted_speech(tokens, quoted, v - 1);

    // An adjective or a noun, not a verb: "the reported death toll", "CNN's report".
    if prev.is_some_and(|p| syntax::is_determiner(&p.norm) && !p.is("that") || p.is("'s")) {
        return None;
    }
    // "Malik rejected the monitoring proposal": a refusal, not a denial of anything said.
    // (Denying takes anything: "denied a deal had been reached".)
    if class == VerbClass::Deny
        && (verb.starts_with("reject") || verb.starts_with("dismiss"))
        && refuses_something_unsaid(tokens, ve, lex)
    {
        return None;
    }
    // "adding to confusion about how many died": what adds to something says nothing.
    if matches!(verb, "add" | "adds" | "added" | "adding") && tokens.get(ve).is_some_and(|t| t.is("to")) {
        return None;
    }
    // "The minister was accused of lying": the subject is the accused, not the accuser.
    let charge = lex.reporting.charges.contains(verb);
    if charge
        && prev.is_some_and(|p| matches!(p.norm.as_str(), "was" | "were" | "is" | "are" | "been" | "being" | "be"))
    {
        return None;
    }
    // "its director, Dr. Anton Keller, was quoted by the Lorvik Herald as saying", "he was
    // quoted as saying by the daily Kelmorski Glas": the subject speaks, through the outlet
    // after "by" (a medium frame).
    let passive = prev.is_some_and(|p| matches!(p.norm.as_str(), "was" | "were" | "is" | "are" | "been"));
    if matches!(verb, "quoted" | "cited")
        && passive
        && let Some(found) = passive_quotation(tokens, quoted, v, ve, class, doc_text, learned, lex)
    {
        return Some(found);
    }
    // "Citing a diplomatic source, Le Monde adds that ...": the source cited first speaks in
    // what the sentence goes on to report.
    // ("Citing two people who were present, the newspaper said ...": its relative clause is
    // part of who.)
    if matches!(verb, "citing" | "quoting")
        && v == 0
        && let Some(np) = np_after(tokens, ve, 14, lex)
        && let Some(comma) = (np.end..n.min(np.end + 8)).find(|&k| tokens[k].is_punct(","))
    {
        let source = classify(np.clone(), VerbClass::Say);
        return Some(vec![frame(FrameKind::Cited, v..comma + 1, np, source, comma + 1..n, true)]);
    }
    // "a statement quoting President X as saying ...", without a comma.
    if matches!(verb, "citing" | "quoting") && !after_break {
        let np = np_after(tokens, ve, 14, lex)?;
        let as_end = as_saying_end(tokens, np.end, lex)?;
        let source = classify(np.clone(), VerbClass::Say);
        return Some(vec![frame(FrameKind::Cited, v..as_end, np, source, as_end..n, true)]);
    }
    // ", calling the story false and saying that ...": a participle joined by "and" to one
    // after a comma hangs on the same clause.
    let coordinated = verb.ends_with("ing")
        && prev.is_some_and(|p| p.is("and"))
        && (v.saturating_sub(12)..v.saturating_sub(1))
            .rev()
            .take_while(|&k| !tokens[k].is_punct(".") && !tokens[k].is_punct(";"))
            .any(|k| k > 0 && tokens[k].norm.ends_with("ing") && tokens[k - 1].is_punct(","));
    // Participles after a comma: ", citing X", ", quoting X as saying", ", saying that ...".
    if verb.ends_with("ing") && (after_break || coordinated) {
        if matches!(verb, "citing" | "quoting") {
            let np = np_after(tokens, ve, 14, lex)?;
            // ', citing "community deaths not yet captured in official figures"': words in
            // quotation marks after "citing" are a reason given, not a source.
            if verb == "citing" && quoted.get(np.start).copied().unwrap_or(false) {
                return None;
            }
            // ", citing a typing error": a reason given, by the head of what is cited (the
            // last word before any preposition: "a conflict of interest").
            let head = tokens[np.clone()]
                .iter()
                .take_while(|t| {
                    !matches!(t.norm.as_str(), "of" | "in" | "for" | "from" | "at" | "with" | "on" | "about")
                })
                .filter(|t| t.is_word())
                .last();
            if verb == "citing" && head.is_some_and(|t| lex.reporting.reasons.contains(t.norm.as_str())) {
                return None;
            }
            let source = classify(np.clone(), VerbClass::Say);
            if let Some(as_end) = as_saying_end(tokens, np.end, lex) {
                return Some(vec![frame(FrameKind::Cited, v..as_end, np, source, as_end..n, true)]);
            }
            // "reported on Monday, citing two people familiar with the deliberations, that the
            // bank would ...": the cited speak in the words after "that".
            if let Some(that) = that_after_citing(tokens, v - 1, lex) {
                return Some(vec![frame(FrameKind::Cited, v - 1..that + 1, np, source, that + 1..n, true)]);
            }
            // ", citing officials in the province." covers what came before.
            let end = tail_end(tokens, np.end, lex)?;
            // "The Daily Chronicle, citing two council officials, reported that ...": an
            // aside between a subject and its verb; the cited speak in what the verb goes on
            // to report, and the subject is no claim of its own.
            // An adverb may come before the verb: "The Herald, citing three witnesses, also
            // reported that ...".
            let adverb = |t: &Token| {
                t.is_word()
                    && (t.norm.ends_with("ly") || matches!(t.norm.as_str(), "also" | "later" | "then" | "again"))
            };
            let verb_at = if tokens.get(end + 1).is_some_and(adverb) { end + 2 } else { end + 1 };
            let verb_next = tokens.get(end).is_some_and(|t| t.is_punct(","))
                && tokens.get(verb_at).is_some_and(|t| t.is_word() && !t.is_capitalized())
                && is_finite_verb(tokens, verb_at, lex)
                && !(0..v - 1).any(|k| is_finite_verb(tokens, k, lex));
            if verb_next {
                // What the verb reports: the words after it ("Il Fatto Quotidiano, citing Il
                // Messaggero, says the meeting was tense": the paper cited is the nearest).
                return Some(vec![frame(FrameKind::Cited, v - 1..end + 1, np, source, verb_at + 1..n, true)]);
            }
            return Some(vec![frame(FrameKind::Cited, v - 1..end, np, source, 0..v - 1, true)]);
        }
        let (comp, clausal) = match complement_start(tokens, ve, class, lex) {
            Some(c) => (c, true),
            // ", reporting at least 65 fatalities": the participle's object is the report.
            None if ve < n && !tokens[ve].is_punct(".") => (ve, false),
            None => return None,
        };
        return Some(vec![frame(FrameKind::Prefix, v..comp, v..v, Source::ClauseSubject, comp..n, clausal)]);
    }

    // The figure verbs attribute only with a toll-like object ("raised the death toll to"),
    // or with a figure they set a thing at: "puts the original contract value at 48.2
    // million crowns", "estimated the crowd at no more than 8,000".
    // (The verbs that estimate are the lexicon's: measures.toml `[share] estimate-verbs`.)
    let sets_a_figure =
        (class == VerbClass::Figure || lex.measures.share.estimate.contains(verb)) && figure_set_at(tokens, ve);
    if class == VerbClass::Figure || sets_a_figure {
        // "raised it to 11": "it" is the figure told before.
        let raised_it = class == VerbClass::Figure
            && tokens.get(ve).is_some_and(|t| t.is("it"))
            && tokens.get(ve + 1).is_some_and(|t| t.is("to"));
        let toll_like =
            raised_it || (ve..n.min(ve + 5)).any(|k| lex.reporting.figure_objects.contains(tokens[k].norm.as_str()));
        if let Some(subject) = subject_before(tokens, v, 0, lex)
            && (toll_like || sets_a_figure)
            && looks_like_source(tokens, subject.clone(), lex)
        {
            let source = classify(subject.clone(), class);
            // A frame that sets a figure, whatever the verb's class: a second source after
            // another's words ("..., while police estimated the crowd at 1,800") ends them.
            let figure = Frame {
                class: VerbClass::Figure,
                ..frame(FrameKind::Prefix, subject.start..ve, subject, source, ve..n, false)
            };
            return Some(vec![figure]);
        }
        if class == VerbClass::Figure {
            return None;
        }
    }

    // Inverted suffix frame: `..., writes "Politico".`, `"...," said Lavrov.` Not "told":
    // in `"...," Vesna Kos, a resident, told the BBC.` the noun phrase after it is who
    // listened.
    // Nor a charge: in "..., accused the authorities of understating the toll." the noun
    // phrase after it is who is accused.
    // Nor where the sentence opens on its subject and a description of it: "The Orvane
    // Lifeboat Volunteers, a charity whose boats were first on the scene, said its crews
    // pulled 54 survivors from the water".
    let described_subject = || {
        subject_before(tokens, v, 0, lex).is_some_and(|s| {
            s.start == 0 && s.end + 1 < v && tokens[s.end].is_punct(",") && looks_like_source(tokens, s, lex)
        })
    };
    if after_break
        && matches!(class, VerbClass::Say | VerbClass::Report)
        && !LISTENER_VERBS.contains(&verb)
        && !charge
        && !described_subject()
        && let Some(np) = np_after(tokens, ve, 10, lex)
        && let Some(end) = tail_end(tokens, np.end, lex)
        && looks_like_source(tokens, np.clone(), lex)
    {
        let source = classify(np.clone(), class);
        return Some(vec![frame(FrameKind::Suffix, v - 1..end, np, source, 0..v - 1, true)]);
    }

    // Passive: "Y was quoted as saying", "Y was cited by X as saying".
    if matches!(verb, "quoted" | "cited")
        && prev.is_some_and(|p| matches!(p.norm.as_str(), "was" | "were" | "is" | "are" | "been"))
    {
        let subject = subject_before(tokens, v, 0, lex)?;
        let mut k = ve;
        let mut outer = None;
        if tokens.get(k).is_some_and(|t| t.is("by"))
            && let Some(np) = np_after(tokens, k + 1, 8, lex)
        {
            outer = Some(np.clone());
            k = np.end;
        }
        let as_end = as_saying_end(tokens, k, lex)?;
        let source = classify(subject.clone(), VerbClass::Say);
        // After the words: `"The alarms worked," Hollan was quoted as saying.`
        let after_break = subject.start > 0 && {
            let p = subject.start - 1;
            tokens[p].is_punct(",") || closes_quoted_speech(tokens, quoted, p)
        };
        if outer.is_none()
            && after_break
            && let Some(end) = tail_end(tokens, as_end, lex)
        {
            // Who was quoted speaks: no paper writes here.
            let cue_start = subject.start - 1;
            return Some(vec![Frame {
                class: VerbClass::Say,
                ..frame(FrameKind::Suffix, cue_start..end, subject, source, 0..cue_start, true)
            }]);
        }
        let mut out = vec![frame(FrameKind::Cited, subject.start..as_end, subject.clone(), source, as_end..n, true)];
        if let Some(np) = outer {
            let outer_source = classify(np.clone(), VerbClass::Report);
            out.push(frame(FrameKind::Prefix, np.clone(), np, outer_source, subject.start..n, true));
        }
        return Some(out);
    }

    // "..., but stressed that ...": a coordinated reporting verb shares its subject.
    let mut before = v;
    while before > 0 && syntax::is_adverb(&tokens[before - 1]) {
        before -= 1;
    }
    if before > 0 && matches!(tokens[before - 1].norm.as_str(), "and" | "but") {
        // "... and cited a source close to the bank as saying ...".
        if matches!(verb, "quoted" | "quotes" | "cited" | "cites") {
            let np = np_after(tokens, ve, 14, lex)?;
            let inner_source = classify(np.clone(), VerbClass::Say);
            let inner_start = as_saying_end(tokens, np.end, lex).unwrap_or(np.end);
            return Some(vec![
                frame(FrameKind::Prefix, before - 1..ve, v..v, Source::ClauseSubject, ve..n, true),
                frame(FrameKind::Cited, np.clone(), np, inner_source, inner_start..n, true),
            ]);
        }
        let comp = complement_start(tokens, ve, class, lex)?;
        // "\"Glas Naroda\" also gives the rate as 4.25 percent, but writes that ...": the
        // paper that opens the sentence writes it, though its first verb reports nothing.
        let paper = (0..before - 1)
            .find(|&i| syntax::is_finite_verb(tokens, i, lex))
            .and_then(|first| subject_before(tokens, first, 0, lex))
            .map(|np| classify(np, class))
            .filter(|s| matches!(s, Source::Outlet(_) | Source::OutletReference));
        let source = paper.unwrap_or(Source::ClauseSubject);
        return Some(vec![frame(FrameKind::Prefix, before - 1..comp, v..v, source, comp..n, true)]);
    }

    // "an alert ... that briefly stated X": a relative clause whose antecedent speaks.
    if before > 1
        && matches!(tokens[before - 1].norm.as_str(), "that" | "which")
        && matches!(class, VerbClass::Say | VerbClass::Report)
    {
        // The antecedent: the nearest report noun within ten words ("a breaking news alert on
        // its website just past midnight that stated ...").
        let that = before - 1;
        let noun = (that.saturating_sub(10)..that)
            .rev()
            .take_while(|&k| !tokens[k].is_punct(",") && !syntax::is_finite_verb(tokens, k, lex))
            .find(|&k| lex.reporting.report_nouns.contains(tokens[k].norm.as_str()));
        if let Some(noun) = noun {
            let mut s = noun;
            while s > 0 && noun - s < 4 && syntax::is_np_word(&tokens[s - 1], lex) && !tokens[s - 1].is_punct(",") {
                s -= 1;
            }
            let antecedent_end = noun + 1;
            let comp = complement_start(tokens, ve, class, lex)?;
            let source = classify(s..antecedent_end, class);
            return Some(vec![frame(FrameKind::Prefix, that..comp, s..antecedent_end, source, comp..n, true)]);
        }
    }
    let subject = subject_before(tokens, v, 0, lex)?;
    // "Survivors quoted by the Ardent Herald said ...": who was quoted says it, through the
    // outlet that quoted them (a medium frame).
    let subject = quoted_subject_before(tokens, subject.clone(), lex).unwrap_or(subject);
    if !looks_like_source(tokens, subject.clone(), lex) {
        return said_by_a_noun(tokens, v, ve, subject, lex).map(|(subject, comp)| {
            let source = classify(subject.clone(), class);
            vec![frame(FrameKind::Prefix, subject.start..comp, subject, source, comp..n, true)]
        });
    }
    let source = classify(subject.clone(), class);

    // Suffix frame: `..., the Wall Street Journal reported.`, `"...," Lavrov said.`
    let subject_after_break = subject.start > 0 && {
        let p = &tokens[subject.start - 1];
        p.is_punct(",") || closes_quoted_speech(tokens, quoted, subject.start - 1)
    };
    // `"...", Tanaka told journalists.`: "told" takes its listener before the sentence ends.
    let after_listener = |ve: usize| match verb {
        v if LISTENER_VERBS.contains(&v) => np_after(tokens, ve, 5, lex).map_or(ve, |np| np.end),
        _ => ve,
    };
    // ... or a short listener and then a place: "told reporters at the club's ground".
    let after_short_listener = || {
        let told = LISTENER_VERBS.contains(&verb);
        (ve + 1..=(ve + 4).min(n))
            .take_while(|&k| told && tokens[k - 1].is_word())
            .find_map(|k| tail_end(tokens, k, lex).filter(|_| tokens.get(k).is_none_or(|t| !t.is_punct(","))))
    };
    // `..., the company confirmed on Wednesday.`: a confirmation after the words speaks them.
    if subject_after_break
        && matches!(class, VerbClass::Say | VerbClass::Report | VerbClass::Confirm)
        && let Some(end) = tail_end(tokens, ve, lex)
            .or_else(|| tail_end(tokens, after_listener(ve), lex))
            .or_else(after_short_listener)
    {
        // Only a name stands after its title: in ", killing six people, the ministry said"
        // the words before "the ministry" are the story's.
        let named = tokens[subject.start].is_capitalized() && !syntax::is_determiner(&tokens[subject.start].norm);
        let cue_start =
            title_before_name(tokens, quoted, subject.start - 1, lex).filter(|_| named).unwrap_or(subject.start - 1);
        return Some(vec![frame(FrameKind::Suffix, cue_start..end, subject, source, 0..cue_start, true)]);
    }

    // "X quoted/cited Y as saying ...", "X cited Y, reporting ...",
    // `..., the "Financial Times" quoted people familiar with the matter as saying.`
    if matches!(verb, "quoted" | "quotes" | "quote" | "cited" | "cites" | "cite") {
        let np = np_after(tokens, ve, 14, lex)?;
        let inner_source = classify(np.clone(), VerbClass::Say);
        let inner_start = as_saying_end(tokens, np.end, lex).unwrap_or(np.end);
        if subject_after_break && let Some(end) = tail_end(tokens, inner_start, lex) {
            let cue_start = subject.start - 1;
            return Some(vec![
                frame(FrameKind::Suffix, cue_start..end, subject, source, 0..cue_start, true),
                frame(FrameKind::Cited, cue_start..end, np, inner_source, 0..cue_start, true),
            ]);
        }
        return Some(vec![
            frame(FrameKind::Prefix, subject.start..ve, subject, source, ve..n, true),
            frame(FrameKind::Cited, np.clone(), np, inner_source, inner_start..n, true),
        ]);
    }

    // "Minister Dostal told the daily E15 that ...": the outlet told is the one reporting.
    // So it is of words quoted after a colon: `told Radio Vell: "I have not resigned."`
    // An outlet told with no name of its own ("told state radio that") only says where.
    if LISTENER_VERBS.contains(&verb)
        && let Some(np) = told_whom(tokens, ve)
        && let Some(that) = that_after_apposition(tokens, np.end, lex).or_else(|| {
            (np.end..n.min(np.end + 6)).find(|&k| tokens[k].is("that") || tokens[k].is_punct(":")).filter(|&that| {
                !(np.end..that).any(|k| syntax::is_finite_verb(tokens, k, lex) || tokens[k].is_punct(","))
            })
        })
    {
        let comp = that + 1;
        match classify(np.clone(), VerbClass::Report) {
            Source::Outlet(name) => {
                // The cue is the name inside its quotation marks: a mark would read as the
                // start of a quotation the frame ends with.
                let cue = without_marks(tokens, np.clone());
                let outlet = frame(FrameKind::Prefix, cue, np, Source::Outlet(name), comp..n, true);
                return Some(vec![
                    outlet,
                    frame(FrameKind::Cited, subject.start..comp, subject, source, comp..n, true),
                ]);
            }
            Source::OutletReference => {
                return Some(vec![frame(FrameKind::Prefix, subject.start..comp, subject, source, comp..n, true)]);
            }
            // "told state radio", "told local television": a kind of outlet, unnamed.
            _ if tokens[np.clone()].iter().all(|t| t.is_word() && !t.is_capitalized())
                && lex.outlets.prefixes.contains(tokens[np.end - 1].norm.as_str()) =>
            {
                return Some(vec![frame(FrameKind::Prefix, subject.start..comp, subject, source, comp..n, true)]);
            }
            _ => {}
        }
    }
    // "Marrow told Radio Kessa the vessel sank": a named outlet, then the words told with no
    // "that".
    if LISTENER_VERBS.contains(&verb)
        && let Some(name_end) = (ve..n.min(ve + 6)).find(|&k| {
            !(tokens[k].is_capitalized() && tokens[k].is_word()
                || k == ve && tokens[k].is("the")
                || tokens[k].kind == TokenKind::Quote && quoted_name_edge(tokens, ve, k))
        })
        && name_end > ve + usize::from(tokens[ve].is("the"))
        && syntax::clause_starts_at(tokens, name_end, lex)
        && let Source::Outlet(name) = classify(ve..name_end, VerbClass::Report)
    {
        let cue = without_marks(tokens, ve..name_end);
        let outlet = frame(FrameKind::Prefix, cue, ve..name_end, Source::Outlet(name), name_end..n, true);
        return Some(vec![
            outlet,
            frame(FrameKind::Cited, subject.start..name_end, subject, source, name_end..n, true),
        ]);
    }
    // "called the report \"baseless\"": after a denial that names its object, the words say
    // what the object is, not a clause of their own.
    let names_its_object = class == VerbClass::Deny
        && ve > v + 1
        && lex.reporting.report_nouns.contains(tokens[ve - 1].norm.as_str())
        && ve < n
        && !tokens[ve].is("that");
    let (comp, clausal) = match complement_start(tokens, ve, class, lex) {
        _ if names_its_object => (ve, false),
        Some(c) => (c, true),
        // Confirmations and denials take a noun phrase: "confirmed the payment of bonuses".
        None if matches!(class, VerbClass::Confirm | VerbClass::Deny) && ve < n && !tokens[ve].is_punct(".") => {
            (ve, false)
        }
        // An outlet reporting on something: "Reuters reported on the existence of ...".
        None if matches!(source, Source::Outlet(_) | Source::OutletReference) && ve < n => (ve, false),
        // "KEMSA declined to comment, referring questions to the ministry": the refusal is
        // what the source said.
        None if ve > v + 1 && tokens[ve - 1].is("comment") => (v, false),
        // "Vrana accused the government of negotiating in secret": the charge is his claim.
        None if charge && (ve..n.min(ve + 8)).any(|k| tokens[k].is("of")) => (ve, false),
        None => return None,
    };
    Some(vec![frame(FrameKind::Prefix, subject.start..comp, subject, source, comp..n, clausal)])
}

/// The capitalised name at `range` if an apposition after it, set off by commas, calls it a
/// paper or a broadcaster ("Ekspres, the tabloid, claims").
fn named_a_paper_after(tokens: &[Token], range: Range<usize>, doc_text: &str) -> Option<String> {
    const PAPER_WORDS: &[&str] =
        &["daily", "tabloid", "paper", "newspaper", "weekly", "magazine", "broadcaster", "broadsheet"];
    const APPOSITION_WORDS: usize = 8;
    let words = &tokens[range.clone()];
    if !(0..words.len()).all(|k| syntax::is_name_word(words, k)) || !tokens.get(range.end)?.is_punct(",") {
        return None;
    }
    let start = range.end + 1;
    if !tokens.get(start).is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an")) {
        return None;
    }
    let close = (start..tokens.len().min(start + APPOSITION_WORDS)).find(|&k| tokens[k].is_punct(","))?;
    // The paper word heads the phrase, before any clause or place that follows it.
    let head = tokens[start + 1..close].iter().take_while(|t| {
        t.is_word() && !matches!(t.norm.as_str(), "published" | "based" | "in" | "of" | "from" | "which" | "that")
    });
    head.into_iter()
        .any(|t| PAPER_WORDS.contains(&t.norm.as_str()))
        .then(|| syntax::text_of(doc_text, tokens, range).to_string())
}

/// Frames of "SUBJECT was quoted by OUTLET as saying", after the words (a suffix) or before
/// them (`... was quoted as saying that`).
#[allow(clippy::too_many_arguments)]
fn passive_quotation(
    tokens: &[Token],
    quoted: &[bool],
    v: usize,
    ve: usize,
    class: VerbClass,
    doc_text: &str,
    learned: &[String],
    lex: &Lexicon,
) -> Option<Vec<Frame>> {
    let subject = subject_before(tokens, v, 0, lex)?;
    let by_outlet = |k: usize| {
        tokens.get(k).is_some_and(|t| t.is("by")).then(|| outlet_name_at(tokens, k + 1, lex)).flatten().map(|np| np.end)
    };
    // "quoted by X as saying" or "quoted as saying by X".
    // Only one that names its outlet: "Kostova, who spoke to the paper by phone, is quoted as
    // saying" is read as any other quotation.
    let by_first = by_outlet(ve);
    let said = as_saying_end(tokens, by_first.unwrap_or(ve), lex)?;
    let said = match by_first {
        Some(_) => said,
        None => by_outlet(said)?,
    };
    let source = classify_source(tokens, subject.clone(), doc_text, learned, VerbClass::Say, lex);
    let frame = |kind, cue: Range<usize>, covers: Range<usize>| Frame {
        kind,
        cue,
        source_tokens: subject.clone(),
        source: source.clone(),
        covers,
        class,
        clausal: true,
    };
    let after_break = subject.start > 0 && {
        let p = subject.start - 1;
        tokens[p].is_punct(",") || closes_quoted_speech(tokens, quoted, p)
    };
    if after_break && let Some(end) = tail_end(tokens, said, lex) {
        let cue_start = title_before_name(tokens, quoted, subject.start - 1, lex).unwrap_or(subject.start - 1);
        return Some(vec![frame(FrameKind::Suffix, cue_start..end, 0..cue_start)]);
    }
    let comp = said + usize::from(tokens.get(said).is_some_and(|t| t.is("that")));
    (comp < tokens.len()).then(|| vec![frame(FrameKind::Prefix, subject.start..comp, comp..tokens.len())])
}

/// The subject before "quoted by OUTLET" when `found` (what a verb took for its subject) is
/// that outlet: "Survivors quoted by the Ardent Herald said".
fn quoted_subject_before(tokens: &[Token], found: Range<usize>, lex: &Lexicon) -> Option<Range<usize>> {
    let by = found.start.checked_sub(1)?;
    if !tokens[by].is("by") || by == 0 || !matches!(tokens[by - 1].norm.as_str(), "quoted" | "cited" | "interviewed") {
        return None;
    }
    let comma = by - 1 > 0 && tokens[by - 2].is_punct(",");
    let before = subject_before(tokens, by - 1 - usize::from(comma), 0, lex)?;
    looks_like_source(tokens, before.clone(), lex).then_some(before)
}

/// "The regional health directorate said on Sunday that ...", "the temple trust said 15
/// people had died": a noun phrase that says a clause is that clause's source, though the
/// lexicon lists no such noun. Only "say" itself, with the words it says a clause (after
/// "that", a colon, a quotation or a subject and its verb), and a subject headed by a
/// common noun: "say" has no other sense that takes a clause. The subject and where the
/// clause starts.
fn said_by_a_noun(
    tokens: &[Token],
    v: usize,
    ve: usize,
    subject: Range<usize>,
    lex: &Lexicon,
) -> Option<(Range<usize>, usize)> {
    if !matches!(tokens[v].norm.as_str(), "said" | "says" | "say") || subject.len() > 8 {
        return None;
    }
    let h = &tokens[head_of(tokens, subject.clone()).0];
    let common_noun = !h.is_capitalized()
        && !lex.grammar.stopwords.contains(h.norm.as_str())
        && !syntax::is_pronoun(&h.norm)
        && syntax::verb_form(h, lex).is_none()
        && !h.is("'s");
    let opens_as_np = tokens[subject.start].is_capitalized() || syntax::is_determiner(&tokens[subject.start].norm);
    if !common_noun || !opens_as_np {
        return None;
    }
    let comp = complement_start(tokens, ve, VerbClass::Say, lex)?;
    Some((subject, comp))
}

/// The range without quotation marks at its edges.
fn without_marks(tokens: &[Token], mut range: Range<usize>) -> Range<usize> {
    while range.start < range.end && tokens[range.start].kind == TokenKind::Quote {
        range.start += 1;
    }
    while range.end > range.start && tokens[range.end - 1].kind == TokenKind::Quote {
        range.end -= 1;
    }
    range
}

/// Token `k` is a quotation mark that opens a name right after "told" (at `ve`) or closes
/// one opened there: `told "Vecernji Glasnik" the deal was`.
fn quoted_name_edge(tokens: &[Token], ve: usize, k: usize) -> bool {
    let opens = k == ve || k == ve + 1 && tokens[ve].is("the");
    let closes = k > ve && tokens[ve..k].iter().filter(|t| t.kind == TokenKind::Quote).count() == 1;
    opens || closes
}

/// Who was told, between "told" and the reported words: "the daily E15" in "told the
/// daily E15 that", "CNN" in "told CNN on Monday that".
fn told_whom(tokens: &[Token], ve: usize) -> Option<Range<usize>> {
    // A name in quotation marks, as press reviews set papers' names: `told "Radio Mreza" on
    // Thursday that`.
    let end = (ve..tokens.len())
        .find(|&k| {
            !(tokens[k].is_word() || tokens[k].kind == TokenKind::Quote)
                || matches!(tokens[k].norm.as_str(), "that" | "on" | "in" | "at" | "late" | "early")
        })
        .unwrap_or(tokens.len());
    (end > ve && end - ve <= 6).then_some(ve..end)
}

/// `"...," the head of the agency, Antonio Ferraro, told`: the break before the title
/// that a name after the comma at `comma` stands in apposition to.
fn title_before_name(tokens: &[Token], quoted: &[bool], comma: usize, lex: &Lexicon) -> Option<usize> {
    let start = (comma.saturating_sub(14)..comma)
        .rev()
        .take_while(|&k| tokens[k].is_word() && !quoted[k] && !syntax::is_finite_verb(tokens, k, lex))
        .last()?;
    let brk = start.checked_sub(1)?;
    (tokens[brk].is_punct(",") || closes_quoted_speech(tokens, quoted, brk)).then_some(brk)
}

/// Where the reported words start after a verb: after "that", a colon, an opening quote,
/// or at a bare clause; skipping adverbials and the object of "told Y that".
/// Where the words quoted begin after "as saying" at `k` (lexicon `as-saying`): right after
/// it, or after whom they were told to and "that" ("as telling reporters outside the
/// cabinet office that ...").
fn as_saying_end(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<usize> {
    let (end, _) = lex.reporting.as_saying.match_at(tokens, k)?;
    // Whom they were told to is a noun phrase: no clause opens inside it ("telling aides
    // after the meeting that ..." is told after the meeting).
    let opens_clause = |j: usize| {
        matches!(
            tokens[j].norm.as_str(),
            "after" | "before" | "when" | "while" | "because" | "since" | "as" | "until" | "if"
        )
    };
    if tokens[end - 1].is("telling")
        && let Some(that) = (end..tokens.len().min(end + 10))
            .take_while(|&j| tokens[j].is_word() && !opens_clause(j))
            .find(|&j| tokens[j].is("that"))
    {
        return Some(that + 1);
    }
    Some(end)
}

/// The "that" after a noun phrase set off by commas at `k` (", a nonprofit news site, that"):
/// what a listener is, told in passing before the reported words.
fn that_after_apposition(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<usize> {
    if !tokens.get(k)?.is_punct(",") {
        return None;
    }
    if let Some(that) = that_after_connective(tokens, k) {
        return Some(that);
    }
    let np = np_after(tokens, k + 1, 10, lex)?;
    (tokens.get(np.end)?.is_punct(",") && tokens.get(np.end + 1)?.is("that")).then_some(np.end + 1)
}

/// The "that" after a connective set off by commas at `k` ("told reporters, however, that
/// ...", "said, though, that ..."): the words reported start after it.
fn that_after_connective(tokens: &[Token], k: usize) -> Option<usize> {
    const CONNECTIVES: &[&str] = &["however", "though", "meanwhile", "nevertheless", "instead", "too", "also", "again"];
    (tokens.get(k)?.is_punct(",")
        && CONNECTIVES.contains(&tokens.get(k + 1)?.norm.as_str())
        && tokens.get(k + 2)?.is_punct(",")
        && tokens.get(k + 3)?.is("that"))
    .then_some(k + 3)
}

/// The "that" after an aside ", citing X," (or ", quoting X,") opening at `k`: the words a
/// reporting verb before the aside reports start after it.
fn that_after_citing(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<usize> {
    if !tokens.get(k)?.is_punct(",") || !matches!(tokens.get(k + 1)?.norm.as_str(), "citing" | "quoting") {
        return None;
    }
    let np = np_after(tokens, k + 2, 14, lex)?;
    let comma = (np.end..tokens.len().min(np.end + 8)).find(|&j| tokens[j].is_punct(","))?;
    tokens.get(comma + 1).is_some_and(|t| t.is("that")).then_some(comma + 1)
}

fn complement_start(tokens: &[Token], ve: usize, class: VerbClass, lex: &Lexicon) -> Option<usize> {
    let n = tokens.len();
    let mut k = skip_adverbials(tokens, ve, lex);
    // "reported on Monday, citing two people familiar with the deliberations, that ...":
    // the words reported start after the aside.
    if let Some(that) = that_after_citing(tokens, k, lex).or_else(|| that_after_connective(tokens, k)) {
        return Some(that + 1);
    }
    let check = |k: usize| -> Option<usize> {
        let t = tokens.get(k)?;
        // "I never said that, and ...": "that" ending the clause is what was said, no
        // opening of the words said.
        if t.is("that") {
            let ends = tokens.get(k + 1).is_none_or(|x| matches!(x.text.as_str(), "," | "." | ";" | "!" | "?" | ")"));
            return (!ends).then_some(k + 1);
        }
        if t.is_punct(":") {
            return Some(k + 1);
        }
        if t.is_punct(",") && tokens.get(k + 1).is_some_and(|q| q.kind == TokenKind::Quote) {
            return Some(k + 1);
        }
        if t.kind == TokenKind::Quote {
            return Some(k);
        }
        None
    };
    if let Some(c) = check(k) {
        return Some(c);
    }
    if let Some(c) = that_after_place(tokens, k, lex) {
        return Some(c);
    }
    // "said in a statement carried by Reuters that": the outlet it came through, then the
    // words.
    if matches!(tokens.get(k).map(|t| t.norm.as_str()), Some("carried" | "cited" | "quoted" | "published" | "released"))
        && tokens.get(k + 1).is_some_and(|t| t.is("by"))
        && let Some(np) = outlet_name_at(tokens, k + 2, lex)
        && let Some(c) = check(skip_adverbials(tokens, np.end, lex))
    {
        return Some(c);
    }
    // "told White House officials that", "informed Rubio that", "assured him that": the
    // listener, then where the reported words start.
    let listener_then_that = |k: usize| {
        let obj = np_after(tokens, k, 8, lex)?;
        let k = skip_adverbials(tokens, obj.end, lex);
        // "told the Civic Ledger, a nonprofit news site, that": past who they are.
        let k = that_after_apposition(tokens, k, lex).unwrap_or(k);
        Some((obj, k, check(k).or_else(|| that_after_place(tokens, k, lex))))
    };
    // "told reporters on Wednesday night that": a verb that takes a listener takes it
    // before the clause, which "reporters ... did not fire" is not.
    let takes_listener = ve > 0 && LISTENER_VERBS.contains(&tokens[ve - 1].norm.as_str());
    if takes_listener && let Some((_, _, Some(c))) = listener_then_that(k) {
        return Some(c);
    }
    if clause_starts_at(tokens, k, lex) {
        return Some(k);
    }
    // "the agency says 34 dead and nine missing": a tally without a verb is what was said.
    // (Not after a participle: ", reporting at least 65 fatalities" names what the clause
    // before it did.)
    let participle = ve > 0 && tokens[ve - 1].norm.ends_with("ing");
    if matches!(class, VerbClass::Say | VerbClass::Confirm | VerbClass::Report)
        && !participle
        && tally_at(tokens, k, lex)
    {
        return Some(k);
    }
    if matches!(class, VerbClass::Say | VerbClass::Confirm | VerbClass::Report)
        && let Some((obj, after, comp)) = listener_then_that(k)
    {
        k = after;
        if let Some(c) = comp {
            return Some(c);
        }
        if matches!(tokens[obj.start].norm.as_str(), "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists")
            && clause_starts_at(tokens, k, lex)
        {
            return Some(k);
        }
    }
    let _ = n;
    None
}

/// A figure, with a bound before it or not, and right after it a word of what it counts
/// ("34 dead", "at least 12 killed", "nine missing"): a tally told in shorthand.
fn tally_at(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    let measures = &lex.measures;
    let k = measures.bounds.match_at(tokens, k).map_or(k, |(end, _)| end);
    let figure_end = match tokens.get(k) {
        Some(t) if t.kind == TokenKind::Number => k + 1,
        Some(_) => match measures.numbers.match_at(tokens, k) {
            Some((end, _)) => end,
            None => return false,
        },
        None => return false,
    };
    measures.measure_terms.match_at(tokens, figure_end).is_some()
}

/// Verbs whose object is who listened ("told the BBC"), not what was said.
const LISTENER_VERBS: &[&str] = &["told", "tell", "tells", "telling"];

/// "said on state television that", "told a news conference in Kyiv that", "said in a filing
/// to Euronext Dublin on Wednesday that": a short
/// phrase of place or occasion between the verb (or its object) and "that", which the
/// adverbial lexicon cannot list. Where the reported words start, after "that".
fn that_after_place(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<usize> {
    const PLACE: &[&str] = &["in", "on", "at", "during", "via", "through", "from", "before", "after", "to"];
    if !tokens.get(k).is_some_and(|t| PLACE.contains(&t.norm.as_str())) {
        return None;
    }
    // After a preposition a verb form is a noun ("on state television", "in a televised
    // address"): any word but a function word that would open a clause.
    let in_phrase = |t: &Token| {
        let w = t.norm.as_str();
        t.kind == TokenKind::Number
            || t.is_word()
                && !(lex.grammar.auxiliaries.contains(w)
                    || lex.grammar.coordinators.contains(w)
                    || syntax::is_relative(w)
                    || syntax::is_pronoun(w)
                    || lex.grammar.subordinators.contains_at(std::slice::from_ref(t), 0))
    };
    let end = (k + 1..tokens.len().min(k + 10)).find(|&j| !in_phrase(&tokens[j]))?;
    // "commented on a report that ...": the clause is the report's, not the speaker's. (One
    // "said in a note to clients on Wednesday that ..." is the speaker's own medium.)
    if !tokens[k].is("in") && tokens[k + 1..end].iter().any(|t| lex.reporting.report_nouns.contains(t.norm.as_str())) {
        return None;
    }
    let end = skip_adverbials(tokens, end, lex);
    (end > k + 1 && tokens.get(end).is_some_and(|t| t.is("that"))).then_some(end + 1)
}

fn skip_adverbials(tokens: &[Token], mut k: usize, lex: &Lexicon) -> usize {
    loop {
        if let Some((end, _)) = lex.reporting.adverbials.match_at(tokens, k) {
            // "on" alone is an adverbial only before a weekday or date.
            if end == k + 1 && tokens[k].is("on") {
                if tokens.get(k + 1).is_some_and(|t| t.is_capitalized()) {
                    k += 2;
                    continue;
                }
                return k;
            }
            // "late" or "early" alone is an adverbial of the saying only before when or
            // "that" ("said late on Tuesday that"), not before a noun ("said late voting
            // had ...").
            if end == k + 1
                && matches!(tokens[k].norm.as_str(), "late" | "early")
                && tokens.get(k + 1).is_some_and(|t| {
                    t.is_word()
                        && !matches!(
                            t.norm.as_str(),
                            "on" | "in" | "at" | "last" | "yesterday" | "today" | "this" | "that"
                        )
                        && crate::extract::time::weekday_of(&t.norm).is_none()
                })
            {
                return k;
            }
            k = end;
            continue;
        }
        if tokens.get(k).is_some_and(syntax::is_adverb) {
            k += 1;
            continue;
        }
        return k;
    }
}

/// After a figure verb at `ve`: a thing and the figure it is set at, "the cost at 250
/// million marks", "its own clean-up costs at 1.2 million korun". The figure is written in
/// digits within four words after "at" ("at no more than 8,000").
fn figure_set_at(tokens: &[Token], ve: usize) -> bool {
    let Some(at) = (ve..tokens.len().min(ve + 10))
        .take_while(|&k| (tokens[k].is_word() || tokens[k].is("'s") || tokens[k].is("-")) && !tokens[k].is("that"))
        .find(|&k| k > ve && tokens[k].is("at"))
    else {
        return false;
    };
    tokens[at + 1..tokens.len().min(at + 5)].iter().any(|t| t.kind == TokenKind::Number)
}

/// Skips a short trailing adverbial ("in the press review", "again in English", "on
/// Tuesday", "before meeting Zelensky on Friday") returning the index of the comma or full
/// stop after it (or the sentence length). An object after the verb ("rejected any
/// ceasefire") is no adverbial.
fn tail_end(tokens: &[Token], from: usize, lex: &Lexicon) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "in",
        "on",
        "at",
        "to",
        "before",
        "after",
        "during",
        "while",
        "again",
        "also",
        "later",
        "earlier",
        "then",
        "today",
        "yesterday",
        "last",
        "this",
        "from",
        "with",
        "via",
        "by",
        "when",
        "as",
        "repeatedly",
        "publicly",
        "privately",
        "recently",
        "previously",
        "too",
        "once",
        // "told reporters outside the police headquarters": where it was said.
        "outside",
        "inside",
        "near",
        "behind",
        "following",
        "ahead",
    ];
    if let Some(first) = tokens.get(from) {
        let opener = first.kind == TokenKind::Punct
            || OPENERS.contains(&first.norm.as_str())
            || syntax::is_adverb(first)
            || lex.reporting.adverbials.contains_at(tokens, from)
            || first.is_capitalized() && first.norm.ends_with("day");
        if !opener {
            return None;
        }
    }
    let mut k = from;
    while k < tokens.len() {
        let t = &tokens[k];
        if t.is_punct(",") {
            // ", again in English." : a last adverbial belongs to the frame.
            let rest = &tokens[k + 1..];
            let words = rest.iter().filter(|t| t.is_word()).count();
            let last =
                rest.iter().position(|t| t.is_punct(".") || t.is_punct("!") || t.is_punct("?")).unwrap_or(rest.len());
            let short = words <= 5 && last + 2 >= rest.len() && !(0..rest.len()).any(|j| is_finite_verb(rest, j, lex));
            let opener = rest.first().is_some_and(|f| OPENERS.contains(&f.norm.as_str()) || syntax::is_adverb(f));
            return Some(if short && opener { k + 1 + last } else { k });
        }
        if t.is_punct(".") || t.is_punct(";") || t.is_punct("!") || t.is_punct("?") {
            return Some(k);
        }
        // "said in a statement released before the market opened": a clause of when or why
        // it was said ends the frame and is a claim of its own.
        if k > from && lex.grammar.subordinators.contains_at(tokens, k) && !t.is("as") && k + 1 < tokens.len() {
            let clause_follows = (k + 1..(k + 7).min(tokens.len())).any(|j| is_finite_verb(tokens, j, lex));
            if clause_follows {
                return Some(k);
            }
        }
        // "a statement released ...": the participle of an adverbial, not a verb of its own.
        let participle = k > from && lex.reporting.adverbials.contains_at(tokens, k) && tokens[k - 1].is_word();
        if k - from >= 12 || t.is("that") || t.kind == TokenKind::Quote || is_finite_verb(tokens, k, lex) && !participle
        {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// The noun phrase is a plausible source: its head is a name, a pronoun, a title, a
/// source noun ("officials", "the ministry") or an outlet reference; not "a conversation on
/// Monday between ..." nor "Lavrov's comments".
fn looks_like_source(tokens: &[Token], range: Range<usize>, lex: &Lexicon) -> bool {
    let words = &tokens[range.clone()];
    if words.is_empty() || words.len() > 16 {
        return false;
    }
    if words.len() == 1 && syntax::is_pronoun(&words[0].norm) {
        return true;
    }
    // "..., Peter Ombati, said in a statement": what follows the verb is where it was said.
    if matches!(
        words[0].norm.as_str(),
        "in" | "on" | "at" | "during" | "after" | "before" | "to" | "by" | "for" | "with"
    ) {
        return false;
    }
    let (head, head_end) = head_of(tokens, range.clone());
    let h = &tokens[head];
    if h.is("'s") {
        return false;
    }
    if modified_outlet_reference(words) || outlet_part_owner(words).is_some() {
        return true;
    }
    if h.is_capitalized() && h.norm != "the" || h.norm == "i" {
        return true;
    }
    let lexical = |k: usize| {
        lex.entities.source_nouns.contains_at(tokens, k)
            || lex.entities.titles.contains_at(tokens, k)
            || lex.outlets.reference_nouns.contains_at(tokens, k)
    };
    (range.start..head_end).any(|k| {
        lexical(k)
            && [
                lex.entities.source_nouns.match_at(tokens, k),
                lex.entities.titles.match_at(tokens, k),
                lex.outlets.reference_nouns.match_at(tokens, k),
            ]
            .into_iter()
            .flatten()
            .any(|(end, _)| end > head)
    })
}

/// The head of a noun phrase: its last word before a preposition ("the health directorate
/// in Lima", "people familiar with the matter"), and where the words before it end.
fn head_of(tokens: &[Token], range: Range<usize>) -> (usize, usize) {
    const PREPOSITIONS: &[&str] =
        &["of", "in", "on", "at", "from", "with", "between", "for", "about", "close", "familiar"];
    let head_end = (range.start..range.end)
        .find(|&k| k > range.start && PREPOSITIONS.contains(&tokens[k].norm.as_str()))
        .unwrap_or(range.end);
    let mut head = head_end - 1;
    while head > range.start && tokens[head].kind != TokenKind::Word {
        head -= 1;
    }
    (head, head_end)
}

/// Head nouns that, with a word or two before them, still refer back to the last outlet
/// named ("the Milan daily", "the business daily", "the conservative tabloid"). Words such
/// as "agency" or "station" are left out: "the disaster agency" is no outlet.
const MODIFIED_REFERENCE_HEADS: &[&str] =
    &["daily", "newspaper", "weekly", "tabloid", "broadcaster", "magazine", "broadsheet"];

/// The phrase is "the" + one or two describing words + an outlet noun in lower case: a
/// reference back. ("The National Daily", its noun capitalised, is a paper's name.)
fn modified_outlet_reference(words: &[Token]) -> bool {
    (3..=4).contains(&words.len())
        && words[0].is("the")
        && words.last().is_some_and(|t| !t.is_capitalized() && MODIFIED_REFERENCE_HEADS.contains(&t.norm.as_str()))
        && words[1..words.len() - 1].iter().all(|t| t.is_word() && !t.is("'s"))
}

/// The phrase refers back to the last outlet named: "the paper", "the Milan daily".
fn refers_to_an_outlet(tokens: &[Token], range: Range<usize>, lex: &Lexicon) -> bool {
    lex.outlets.reference_nouns.match_at(tokens, range.start).is_some_and(|(end, _)| end == range.end)
        || modified_outlet_reference(&tokens[range])
}

/// Parts of a paper that speak for it: "La Repubblica's front page", "the paper's
/// editorial".
const OUTLET_PARTS: &[&str] =
    &["front page", "front-page", "editorial", "editorials", "headline", "lead story", "cover"];

/// The phrase is "NAME's" + a part of a paper: the name, if so.
fn outlet_part_owner(words: &[Token]) -> Option<usize> {
    let s = words.iter().position(|t| t.is("'s"))?;
    let rest: Vec<&str> = words[s + 1..].iter().map(|t| t.norm.as_str()).collect();
    (s > 0 && OUTLET_PARTS.contains(&rest.join(" ").as_str())).then_some(s)
}

/// Decides whether a source phrase names an outlet, refers back to one, is a pronoun, or
/// names a speaker.
pub(crate) fn classify_source(
    tokens: &[Token],
    range: Range<usize>,
    doc_text: &str,
    learned: &[String],
    class: VerbClass,
    lex: &Lexicon,
) -> Source {
    // A quotation mark at one edge only belongs to the sentence, not the name.
    let mut range = range;
    let marks = tokens[range.clone()].iter().filter(|t| t.kind == TokenKind::Quote).count();
    if marks % 2 == 1 {
        if tokens[range.start].kind == TokenKind::Quote {
            range.start += 1;
        } else if range.end > range.start && tokens[range.end - 1].kind == TokenKind::Quote {
            range.end -= 1;
        }
    }
    if range.is_empty() {
        return Source::Speaker(String::new());
    }
    let words = &tokens[range.clone()];
    let text = syntax::text_of(doc_text, tokens, range.clone()).to_string();
    if words.len() == 1 && syntax::is_pronoun(&words[0].norm) {
        return Source::Pronoun(words[0].norm.to_string());
    }
    if refers_to_an_outlet(tokens, range.clone(), lex) {
        return Source::OutletReference;
    }
    // "Ekspres, the tabloid, claims", "According to Severni Kurir, the regional paper
    // published in Kovren, ...": a name its apposition calls a paper is one.
    if let Some(name) = named_a_paper_after(tokens, range.clone(), doc_text) {
        return Source::Outlet(canonical_outlet(&outlet_key(&name), lex).unwrap_or(name));
    }
    // "La Repubblica's front page speaks of ...": the paper speaks.
    if let Some(s) = outlet_part_owner(words) {
        let owner = range.start..range.start + s;
        if refers_to_an_outlet(tokens, owner.clone(), lex) {
            return Source::OutletReference;
        }
        let capitalised = tokens[owner.clone()]
            .iter()
            .all(|t| t.is_word() && (t.is_capitalized() || t.kind == TokenKind::Number || t.is("the")));
        if capitalised {
            let name = outlet_key(syntax::text_of(doc_text, tokens, owner));
            return Source::Outlet(canonical_outlet(&name, lex).unwrap_or(name));
        }
    }
    let bare = outlet_key(&text);
    if let Some(name) = canonical_outlet(&bare, lex) {
        return Source::Outlet(name);
    }
    if learned.contains(&bare) {
        return Source::Outlet(bare);
    }
    // A paper named before by its whole name, now by part of it ("Corriere" after "Corriere
    // della Sera", "Repubblica" after "La Repubblica").
    if let Some(name) = learned_by_part(&bare, learned, lex) {
        return Source::Outlet(name.clone());
    }
    // A known outlet as the head of the phrase: "China's Xinhua News Agency".
    for k in range.clone() {
        if let Some((end, &idx)) = lex.outlets.names.match_at(tokens, k)
            && end <= range.end
            && case_matches(tokens, k..end, &lex.outlets.outlets[idx].name, &lex.outlets.outlets[idx].aliases)
        {
            let rest_is_suffix = tokens[end..range.end]
                .iter()
                .all(|t| lex.outlets.suffixes.contains(t.text.as_str()) || t.kind == TokenKind::Quote);
            let before_is_possessive =
                k == range.start || tokens[k - 1].is("'s") || matches!(tokens[k - 1].norm.as_str(), "the");
            if rest_is_suffix && before_is_possessive {
                return Source::Outlet(lex.outlets.outlets[idx].name.clone());
            }
        }
    }
    // A name after an outlet word: "The Morvanian daily Kurier Halden", "state
    // broadcaster MTV" (the name is the outlet; what comes before describes it).
    // The name may be quoted: `The Ostrovian daily "Ostrovski Vjesnik"`.
    // Particles inside a name are lower case: "The regional newspaper Diario del Norte".
    // The outlet word may itself end the name: "Regional broadcaster Ebron Valley Radio".
    // An ampersand joins two words of one name: "the farming weekly Grain & Field".
    let is_mark = |t: &Token| t.kind == TokenKind::Quote;
    let names_after = |p: usize| {
        p + 1 < words.len()
            && words[p + 1..].iter().filter(|t| !is_mark(t)).count() <= 4
            && words[p + 1..].iter().any(|t| t.is_word())
            // A number is part of a name: "Channel 9 Lumen" (after "Channel", itself an
            // outlet word).
            && (p + 1..words.len()).all(|k| {
                syntax::is_name_word(&words[p + 1..], k - p - 1)
                    || is_mark(&words[k])
                    || words[k].kind == TokenKind::Number
                    || words[k].text == "&" && k > p + 1 && k + 1 < words.len()
            })
    };
    // "the observer network Civic Watch", "the UN refugee agency": a word that names what
    // else a network or an agency does makes it no outlet ("the news agency DNA", "state
    // broadcaster MTV" and "the French agency AFP" are).
    const NOT_ONLY_MEDIA: &[&str] = &["agency", "network", "station", "site", "channel", "portal"];
    const MEDIA_QUALIFIERS: &[&str] = &[
        "news",
        "state",
        "wire",
        "television",
        "tv",
        "radio",
        "cable",
        "broadcast",
        "media",
        "online",
        "web",
        "internet",
        "satellite",
        "public",
        "private",
        "national",
        "regional",
        "local",
        "independent",
        "official",
        "the",
        "a",
        "an",
        "its",
        "their",
        "private-owned",
        "state-run",
        "state-owned",
        "government-run",
    ];
    let other_trade = |p: usize| {
        NOT_ONLY_MEDIA.contains(&words[p].norm.as_str())
            && p > 0
            && words[p - 1].is_word()
            && !words[p - 1].is_capitalized()
            && !MEDIA_QUALIFIERS.contains(&words[p - 1].norm.as_str())
    };
    if let Some(p) = (0..words.len())
        .rev()
        .find(|&p| lex.outlets.prefixes.contains(words[p].norm.as_str()) && names_after(p) && !other_trade(p))
    {
        // A known outlet's own station or paper: "BBC Radio Linfordshire" is the BBC's.
        if p > 0 && words[..p].iter().all(|t| t.is_word() && t.is_capitalized()) {
            let owner = outlet_key(syntax::text_of(doc_text, tokens, range.start..range.start + p));
            if let Some(name) = canonical_outlet(&owner, lex) {
                return Source::Outlet(name);
            }
        }
        // A capitalised outlet word is part of the name: "Radio Kiel", "Daily Mirror".
        let first = if words[p].is_capitalized() { p } else { p + 1 };
        let first = first + words[first..].iter().take_while(|t| is_mark(t)).count();
        let end = range.end - words.iter().rev().take_while(|t| is_mark(t)).count();
        let name = syntax::text_of(doc_text, tokens, range.start + first..end).to_string();
        return Source::Outlet(canonical_outlet(&outlet_key(&name), lex).unwrap_or(name));
    }
    // A name in quotation marks after words that describe it, that is an outlet's name by
    // itself: `The Vienna-based "Central European Business Review" reported`.
    if let Some(name) = quoted_outlet_after_description(tokens, range.clone(), doc_text, learned, class, lex) {
        return Source::Outlet(name);
    }
    // A quoted short name reporting: `"24 Chassa" leads with`.
    // A name: `"partners on the ground"` is a quoted description, no paper.
    let quoted_name = words.first().is_some_and(|t| t.kind == TokenKind::Quote)
        && words.last().is_some_and(|t| t.kind == TokenKind::Quote)
        && words.len() <= 6
        && words.len() >= 3
        && words[1..words.len() - 1].iter().any(|t| t.is_capitalized());
    if quoted_name && matches!(class, VerbClass::Report | VerbClass::Say) {
        return Source::Outlet(bare);
    }
    // A capitalised name with an outlet suffix: "Kyodo News", "Sofia Daily".
    let caps = words.iter().filter(|t| t.is_word()).all(|t| t.is_capitalized() || t.is("the"));
    if caps
        && words.len() >= 2
        && words.last().is_some_and(|t| lex.outlets.suffixes.contains(t.text.as_str()) && t.is_capitalized())
    {
        let last_two = words.len() >= 3
            && lex.outlets.suffixes.contains(&format!(
                "{} {}",
                words[words.len() - 2].text,
                words[words.len() - 1].text
            ));
        // Alone, these name bodies as often as papers ("the Environment Agency", "Kremlin
        // Press"); "Post" ends a paper's name ("The Ostrava Evening Post").
        if words.len() <= 5
            && (last_two
                || !matches!(words.last().map(|t| t.text.as_str()), Some("Press" | "Agency" | "News" | "Today")))
        {
            return Source::Outlet(bare);
        }
    }
    Source::Speaker(trim_speaker(&text))
}

/// The outlet named in quotation marks at the end of `range`, after words that describe it
/// (`The Vienna-based "Central European Business Review"`), if the quoted words name an
/// outlet by themselves.
fn quoted_outlet_after_description(
    tokens: &[Token],
    range: Range<usize>,
    doc_text: &str,
    learned: &[String],
    class: VerbClass,
    lex: &Lexicon,
) -> Option<String> {
    let is_mark = |t: &Token| t.kind == TokenKind::Quote;
    let words = &tokens[range.clone()];
    if words.len() < 4 || !words.last().is_some_and(is_mark) {
        return None;
    }
    let open = words[..words.len() - 1].iter().rposition(is_mark).filter(|&o| o > 0)?;
    let inner = range.start + open + 1..range.end - 1;
    let name_like = |t: &Token| t.is_word() && t.is_capitalized() || t.kind == TokenKind::Number;
    if inner.is_empty() || !tokens[inner.clone()].iter().all(name_like) {
        return None;
    }
    match classify_source(tokens, inner, doc_text, learned, class, lex) {
        Source::Outlet(name) => Some(name),
        _ => None,
    }
}

/// The outlet learned in this document that `part` names by some of its words: capitalised
/// words that stand together in the outlet's name, at its start or after its first word.
/// Not where the rest of the name ends on an outlet word ("Evening Post", "Daily"): the part
/// is then what the paper is named after, a place or a club ("Arvenna" of "The Arvenna
/// Evening Post"), not the paper. The outlet word the name ends on is the paper ("the
/// Ledger" of "The Carrow Ledger").
fn learned_by_part<'l>(part: &str, learned: &'l [String], lex: &Lexicon) -> Option<&'l String> {
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    learned.iter().find(|name| {
        let whole: Vec<&str> = name.split_whitespace().collect();
        let at =
            whole.windows(words.len()).enumerate().find(|(at, w)| *at <= 1 && *w == words.as_slice()).map(|(at, _)| at);
        let named_after = at.is_some_and(|at| {
            let rest = &whole[at + words.len()..];
            rest.last().is_some_and(|w| lex.outlets.suffixes.contains(*w))
        });
        // "the Ledger" after "The Carrow Ledger": the outlet word its name ends on.
        let by_its_outlet_word =
            whole.ends_with(&words) && words.last().is_some_and(|w| lex.outlets.suffixes.contains(*w));
        whole.len() > words.len() && (at.is_some() && !named_after || by_its_outlet_word)
    })
}

/// The canonical name of a known outlet written as `name`.
pub fn canonical_outlet(name: &str, lex: &Lexicon) -> Option<String> {
    let key = outlet_key(name);
    lex.outlets.names_exact.get(&key).map(|&i| lex.outlets.outlets[i].name.clone())
}

/// Outlet aliases match case-sensitively (a "fox" is not Fox News).
fn case_matches(tokens: &[Token], range: Range<usize>, name: &str, aliases: &[String]) -> bool {
    let surface: Vec<&str> = tokens[range].iter().map(|t| t.text.as_str()).collect();
    let joined = surface.join(" ");
    std::iter::once(name).chain(aliases.iter().map(String::as_str)).any(|n| {
        let n = outlet_key(n);
        joined == n || outlet_key(&joined) == n || joined.replace(" 's", "'s") == n
    })
}

/// Speaker text without trailing punctuation or wrapping quotes.
fn trim_speaker(text: &str) -> String {
    text.trim().trim_matches(|c: char| c == ',' || c == '"' || c == '“' || c == '”').trim().to_string()
}

/// Token `q` is the closing mark of quoted speech: `"...,"`, `"...!"` (not the end of a
/// quoted name such as `"Financial Times"`).
fn closes_quoted_speech(tokens: &[Token], quoted: &[bool], q: usize) -> bool {
    tokens[q].kind == TokenKind::Quote
        && q > 0
        && matches!(tokens[q - 1].text.as_str(), "," | "." | "!" | "?" | "…")
        && !quoted_open_at(quoted, tokens, q + 1)
}

/// A quotation opens at or before `k` and is still open there.
fn quoted_open_at(quoted: &[bool], tokens: &[Token], k: usize) -> bool {
    k < tokens.len() && quoted[k] && tokens[k].kind != TokenKind::Quote
}

/// "a report in The Wall Street Journal that C", "Trump's words that C", "news reports that C",
/// "a news report claiming C".
fn nominal_frame(
    tokens: &[Token],
    quoted: &[bool],
    i: usize,
    doc_text: &str,
    learned: &[String],
    lex: &Lexicon,
) -> Option<Frame> {
    let t = &tokens[i];
    if !lex.reporting.report_nouns.contains(t.norm.as_str()) || t.is_capitalized() && i > 0 {
        return None;
    }
    let n = tokens.len();
    let mut k = i + 1;
    let mut owner: Option<Range<usize>> = None;
    // "X's words"
    if i >= 2 && tokens[i - 1].is("'s") {
        let mut s = i - 1;
        while s > 0 && (tokens[s - 1].is_capitalized() || tokens[s - 1].kind == TokenKind::Quote) && i - s < 6 {
            s -= 1;
        }
        if s < i - 1 {
            owner = Some(s..i - 1);
        }
    }
    // "report in X", "statement of X", "report by X"
    if owner.is_none()
        && tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "in" | "by" | "of" | "from"))
        && let Some(np) = np_after(tokens, k + 1, 10, lex)
        && tokens.get(np.end).is_some_and(|t| t.is("that"))
    {
        owner = Some(np.clone());
        k = np.end;
    }
    let comp = match tokens.get(k) {
        Some(t) if t.is("that") => k + 1,
        Some(t) if matches!(t.norm.as_str(), "claiming" | "saying" | "suggesting" | "alleging" | "stating") => k + 1,
        _ => return None,
    };
    // "that" must open a clause, not a relative clause ("the report that he wrote").
    if !clause_starts_at(tokens, comp, lex) {
        return None;
    }
    // A quotation after "that" is attributed whole, however many sentences it holds.
    let end = if tokens[comp].kind == TokenKind::Quote && quoted[comp] {
        (comp + 1..tokens.len()).find(|&k| !quoted[k]).unwrap_or(tokens.len())
    } else {
        complement_end(tokens, comp, lex)
    };
    let (source, source_tokens) = match owner {
        Some(r) => (classify_source(tokens, r.clone(), doc_text, learned, VerbClass::Report, lex), r),
        None => {
            // The noun phrase itself: "news reports", "a false report".
            let mut s = i;
            while s > 0
                && !tokens[s - 1].is_punct(",")
                && (tokens[s - 1].is_word()
                    && !syntax::is_finite_verb(tokens, s - 1, lex)
                    && !matches!(
                        tokens[s - 1].norm.as_str(),
                        "that" | "for" | "about" | "on" | "of" | "to" | "with" | "by" | "in"
                    ))
                && i - s < 4
            {
                s -= 1;
                // The phrase starts at its article: "dismissed as baseless a newspaper report".
                if matches!(tokens[s].norm.as_str(), "a" | "an" | "the") {
                    break;
                }
            }
            // "X said in a statement that ...": the verb's frame tells who; the statement is
            // where it was said, no speaker of its own.
            if s >= 2
                && tokens[s - 1].is("in")
                && (s.saturating_sub(4)..s - 1).any(|v| lex.reporting.verbs.match_at(tokens, v).is_some())
            {
                return None;
            }
            // "The foreign ministry issued a two-line statement saying ...": who issued the
            // statement says what it says.
            let verb = match s.checked_sub(1) {
                Some(v) if tokens[v].is("out") && v > 0 && tokens[v - 1].is("put") => Some(v - 1),
                Some(v) => Some(v),
                None => None,
            };
            let issuer = verb
                .filter(|&v| {
                    matches!(
                        tokens[v].norm.as_str(),
                        "issued"
                            | "issues"
                            | "released"
                            | "releases"
                            | "published"
                            | "publishes"
                            | "posted"
                            | "posts"
                            | "sent"
                            | "sends"
                            | "made"
                            | "makes"
                            | "put"
                    )
                })
                .and_then(|v| subject_before(tokens, v, 0, lex))
                .filter(|np| looks_like_source(tokens, np.clone(), lex));
            match issuer {
                Some(np) => (classify_source(tokens, np.clone(), doc_text, learned, VerbClass::Say, lex), np),
                None => (Source::Speaker(syntax::text_of(doc_text, tokens, s..i + 1).to_string()), s..i + 1),
            }
        }
    };
    let _ = n;
    Some(Frame {
        kind: FrameKind::Nominal,
        cue: source_tokens.start..comp,
        source_tokens,
        source,
        covers: comp..end,
        class: VerbClass::Report,
        clausal: true,
    })
}

/// End of a clause embedded in a noun phrase: before the main verb that follows it
/// ("the news reports that the counsel had subpoenaed records [are false]").
pub fn complement_end(tokens: &[Token], start: usize, lex: &Lexicon) -> usize {
    let mut seen_verb = false;
    for k in start..tokens.len() {
        let t = &tokens[k];
        if t.is_punct(".") || t.is_punct(";") || t.is_punct(":") {
            return k;
        }
        // "denied a report that X paid Y, calling the story false": the judgement is the
        // denier's, not the report's.
        if k > start && syntax::appraises_at(tokens, k + 1, lex) {
            return k;
        }
        // "denied a report that it plans to cut 4,000 jobs, saying there was no truth in the
        // figure": what the denier adds is not the report's. (A paper that "corrected a report
        // that ..., saying the correct figure is 450" tells its correction as one: it stays.)
        let correcting = || {
            (start.saturating_sub(8)..start).any(|j| {
                lex.cues
                    .classes
                    .match_at(tokens, j)
                    .is_some_and(|(_, class)| class == "correction" || class == crate::extract::RETRACTION)
            })
        };
        if k > start
            && t.is_punct(",")
            && tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "saying" | "adding" | "insisting" | "stressing"))
            && !correcting()
        {
            return k;
        }
        if is_finite_verb(tokens, k, lex) {
            let prev = &tokens[k - 1];
            let joined =
                matches!(prev.norm.as_str(), "and" | "or" | "but" | "that" | "which" | "who" | "not" | "n't" | ",")
                    || lex.grammar.auxiliaries.contains(prev.norm.as_str())
                    || syntax::is_adverb(prev);
            if seen_verb && !joined && lex.grammar.auxiliaries.contains(t.norm.as_str()) {
                return k;
            }
            seen_verb = true;
        }
    }
    tokens.len()
}

/// Final coverage: suffix frames reach back to the start of their segment; prefix frames
/// reach forward to the next suffix frame or the end of their quotation.
fn settle_coverage(frames: &mut Vec<Frame>, tokens: &[Token], quoted: &[bool], lex: &Lexicon) {
    let mut suffix_cues: Vec<Range<usize>> = frames
        .iter()
        .filter(|f| {
            matches!(f.kind, FrameKind::Suffix)
                || f.kind == FrameKind::Cited && f.covers.start == 0 && f.covers.end <= f.cue.start
                || f.kind == FrameKind::According && f.covers.start == 0
        })
        .map(|f| f.cue.clone())
        .collect();
    suffix_cues.sort_by_key(|r| r.start);
    suffix_cues.dedup();
    // Segment start for each suffix cue: the end of the previous cue, unless only
    // punctuation lies between them (then they share a segment).
    let mut seg_starts = Vec::new();
    let mut seg = 0;
    let mut prev_end: Option<usize> = None;
    for cue in &suffix_cues {
        if let Some(pe) = prev_end {
            let between = &tokens[pe.min(cue.start)..cue.start];
            if between.iter().any(|t| t.is_word() || t.kind == TokenKind::Number) {
                seg = pe;
            }
        }
        seg_starts.push((cue.clone(), seg));
        prev_end = Some(cue.end);
    }
    for f in frames.iter_mut() {
        let is_suffix_like = suffix_cues.contains(&f.cue) && f.covers.end <= f.cue.start;
        if is_suffix_like {
            let start = seg_starts.iter().find(|(c, _)| *c == f.cue).map_or(0, |(_, s)| *s);
            f.covers = start..f.cue.start;
        } else if f.kind != FrameKind::Nominal {
            // Forward frames stop at the next suffix cue after them.
            if let Some(next) = suffix_cues.iter().find(|c| c.start >= f.covers.start) {
                f.covers.end = f.covers.end.min(next.start);
            }
            // A frame inside a quotation stops where the quotation closes (one whose cue is
            // the quoted words, a paper's name `told "Radio Mreza" that`, is in none).
            let verb_pos = f.cue.start;
            if verb_pos < quoted.len()
                && quoted[verb_pos]
                && let Some(close) = (verb_pos..tokens.len()).find(|&k| !quoted[k])
                && close > f.cue.end + 1
            {
                f.covers.end = f.covers.end.min(close);
            }
        }
        // A noun-phrase object ends with its clause.
        if !f.clausal && f.kind != FrameKind::Suffix {
            if let Some(stop) =
                (f.covers.start..f.covers.end).find(|&k| tokens[k].is_punct(",") || tokens[k].is_punct(";"))
            {
                f.covers.end = stop;
            }
        }
        if f.covers.start > f.covers.end {
            f.covers.start = f.covers.end;
        }
    }
    // A report's words end where the sentence's subject speaks again: "dismissed a newspaper
    // report that the club had agreed to sell X, and said the meeting ... never took place".
    let coordinated: Vec<usize> = frames
        .iter()
        .filter(|g| g.kind == FrameKind::Prefix && g.source == Source::ClauseSubject)
        .filter_map(|g| {
            // The cue may open on "and" or follow it.
            let and = if tokens.get(g.cue.start)?.is("and") { g.cue.start } else { g.cue.start.checked_sub(1)? };
            let comma = and.checked_sub(1)?;
            (tokens[and].is("and") && tokens[comma].is_punct(",")).then_some(comma)
        })
        .collect();
    for f in frames.iter_mut().filter(|f| f.kind == FrameKind::Nominal) {
        if let Some(&comma) = coordinated.iter().filter(|&&c| f.covers.start < c && c < f.covers.end).min() {
            f.covers.end = comma;
        }
    }
    // A quotation split by its attribution: `"We will not retreat," the minister said, "and
    // we will not negotiate."` The second part is the same speaker's.
    let mut continued = Vec::new();
    for f in frames.iter().filter(|f| f.kind == FrameKind::Suffix) {
        let mut k = f.cue.end;
        if tokens.get(k).is_some_and(|t| t.is_punct(",")) {
            k += 1;
        }
        let opens = tokens.get(k).is_some_and(|t| t.kind == TokenKind::Quote) && quoted.get(k) == Some(&true);
        let before_was_quoted = f.covers.end > 0 && quoted[f.covers.end - 1];
        if opens && before_was_quoted {
            let close = (k + 1..tokens.len()).find(|&j| !quoted[j]).unwrap_or(tokens.len());
            let mut copy = f.clone();
            copy.covers = k..close;
            continued.push(copy);
        }
        // "The toll, he said, had risen to 40": a subject before the attribution and its
        // verb after it are one clause, all the speaker's.
        let subject_only = f.covers.start < f.covers.end
            && !quoted[f.covers.start..f.covers.end].iter().any(|&q| q)
            && !f.covers.clone().any(|j| syntax::is_finite_verb(tokens, j, lex));
        let rest_is_unquoted = !opens && f.cue.end < tokens.len() && tokens[f.cue.end].is_punct(",");
        let verb_next = tokens.get(k).is_some_and(|t| !t.is_capitalized()) && syntax::is_finite_verb(tokens, k, lex);
        let end = (k..tokens.len()).find(|&j| quoted[j]).unwrap_or(tokens.len());
        // ("Aeroval, he said, was still telling reporters that ...": the words after are a
        // source's of their own.)
        let own_source_after = frames.iter().any(|g| g.covers.contains(&k) || (k..end).contains(&g.cue.start))
            || (k..(k + 4).min(end)).any(|j| lex.reporting.verbs.contains_at(tokens, j));
        if subject_only && rest_is_unquoted && verb_next && !own_source_after {
            let mut copy = f.clone();
            copy.covers = k..end;
            continued.push(copy);
        }
    }
    frames.extend(continued);
}

/// The noun phrase at `start` names nothing said ("the monitoring proposal", "the
/// manager"), where "rejected the accusations" or "dismissed the reports" name what was
/// said. A clause ("rejected that ...") or no words at all is left to the frame. The phrase
/// ends at a preposition or a mark: "rejected the report of a new plan" denies a report.
fn refuses_something_unsaid(tokens: &[Token], start: usize, lex: &Lexicon) -> bool {
    let phrase: Vec<&Token> = tokens[start..]
        .iter()
        .take(6)
        // A possessive belongs to the phrase: "the organisers' account", "the paper's story".
        .take_while(|t| {
            (t.is_word() || t.kind == crate::text::TokenKind::Quote && t.norm == "'")
                && !matches!(
                    t.norm.as_str(),
                    "of" | "in"
                        | "for"
                        | "from"
                        | "at"
                        | "with"
                        | "on"
                        | "to"
                        | "by"
                        | "about"
                        | "over"
                        | "as"
                        | "that"
                )
        })
        .collect();
    let reporting = &lex.reporting;
    let said = |t: &&Token| {
        let w = t.norm.as_str();
        reporting.report_nouns.contains(w)
            || reporting.deniable_nouns.contains(w)
            || reporting.denied_objects.contains(w)
    };
    // "dismisses the probe against her as \"a classic scheme\"": what is dismissed as
    // something is called false, whatever it is.
    let called_as = tokens[start + phrase.len()..].iter().take(4).any(|t| t.is("as"));
    if called_as {
        return false;
    }
    // "dismissed it as baseless": a pronoun stands for what was said before.
    let pronoun =
        phrase.first().is_some_and(|t| matches!(t.norm.as_str(), "it" | "this" | "them" | "these" | "those" | "such"));
    !phrase.is_empty() && !pronoun && !phrase.iter().any(said)
}
