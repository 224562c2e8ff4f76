//! Shallow syntax over tokens, shared by attribution and extraction: which tokens are
//! quoted, which look like verbs, where a noun phrase starts and ends. No tagger, no
//! parser: closed-class lexicons and a few morphological cues, enough to find clause
//! boundaries and the subject of a reporting verb in news prose.

use crate::lexicon::Lexicon;
use crate::text::{Token, TokenKind};
use std::ops::Range;

/// Which tokens lie inside quotation marks (the marks themselves count as inside).
/// Straight quotes open or close by their spacing (`␣"word` opens, `word"␣` closes), so a
/// quotation nested with the same mark (`"This could mean escalation. "Tomahawks" are a
/// big deal,"`) is read right.
pub fn quoted(tokens: &[Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut stack: Vec<bool> = Vec::new(); // true = single-quote level
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Quote {
            out[i] = !stack.is_empty();
            continue;
        }
        let gap_before = i == 0
            || tokens[i - 1].span.end < t.span.start
            || tokens[i - 1].kind == TokenKind::Punct && tokens[i - 1].text != ",";
        let gap_after = tokens.get(i + 1).is_none_or(|n| n.span.start > t.span.end || n.kind == TokenKind::Punct);
        let single = matches!(t.text.as_str(), "'" | "’" | "‘" | "›" | "‹" | "`");
        let opener_look = gap_before && !gap_after;
        let closer_look = !gap_before && gap_after || i > 0 && tokens[i - 1].is_punct(",") && gap_after;
        let role = match t.text.as_str() {
            "“" | "«" | "„" | "‹" | "‘" if opener_look || !single => Role::Open,
            "”" | "»" | "›" => Role::Close,
            "’" if closer_look => Role::Close,
            "\"" => {
                if opener_look {
                    Role::Open
                } else if closer_look || stack.last() == Some(&false) {
                    Role::Close
                } else {
                    Role::Open
                }
            }
            _ => {
                if opener_look {
                    Role::Open
                } else if closer_look {
                    Role::Close
                } else {
                    Role::Neither
                }
            }
        };
        match role {
            Role::Open => {
                out[i] = true;
                stack.push(single);
            }
            Role::Close => {
                out[i] = !stack.is_empty();
                if let Some(pos) = stack.iter().rposition(|&s| s == single) {
                    stack.truncate(pos);
                }
            }
            Role::Neither => out[i] = !stack.is_empty(),
        }
    }
    out
}

enum Role {
    Open,
    Close,
    Neither,
}

/// The grammatical form of a verb-like token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Auxiliary,
    Past,
    Present,
    Base,
    Participle,
}

pub fn verb_form(t: &Token, lex: &Lexicon) -> Option<VerbForm> {
    if !t.is_word() {
        return None;
    }
    let w = t.norm.as_str();
    let g = &lex.grammar;
    if g.auxiliaries.contains(w) {
        return Some(VerbForm::Auxiliary);
    }
    if t.is_capitalized() {
        return None;
    }
    if g.verbs_past.contains(w) || (w.len() > 4 && w.ends_with("ed") && !NOT_VERBS_ED.contains(&w)) {
        return Some(VerbForm::Past);
    }
    if g.verbs_present.contains(w) {
        return Some(VerbForm::Present);
    }
    if g.verbs_base.contains(w) {
        return Some(VerbForm::Base);
    }
    if lex.reporting.verbs.contains_at(std::slice::from_ref(t), 0) {
        return Some(if w.ends_with("ing") {
            VerbForm::Participle
        } else if w.ends_with('s') {
            VerbForm::Present
        } else {
            VerbForm::Base
        });
    }
    None
}

/// Words ending in -ed that are not verbs.
const NOT_VERBS_ED: &[&str] = &[
    "hundred", "indeed", "united", "speed", "seed", "need", "feed", "red", "bed", "shed", "deed", "greed", "breed",
    "bred", "sacred", "naked", "wicked", "rugged", "kindred", "ragged",
];

const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "our",
    "my",
    "your",
    "so-called",
    "'s",
    "no",
    "every",
    "each",
    "any",
    "some",
];

/// Auxiliaries, modals and finite verbs that mark a clause (not participles after "the",
/// nor base forms used as nouns: "a phone call", "CNN's report").
pub fn is_finite_verb(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    // Past the last token (a text that ends on a comma) there is no verb.
    let Some(t) = tokens.get(i) else { return false };
    let Some(form) = verb_form(t, lex) else { return false };
    let prev = i.checked_sub(1).map(|p| tokens[p].norm.as_str());
    match form {
        VerbForm::Auxiliary => {
            // "'s" is a possessive after a name or noun, a verb after a pronoun.
            if t.norm == "'s" {
                return matches!(prev, Some("it" | "that" | "there" | "he" | "she" | "what" | "who" | "here"));
            }
            true
        }
        // "the plant's works council": a present form after a possessive is a noun.
        VerbForm::Present if prev == Some("'s") => false,
        VerbForm::Past | VerbForm::Present => !prev.is_some_and(|p| DETERMINERS.contains(&p)),
        VerbForm::Base => matches!(
            prev,
            Some(
                "i" | "you"
                    | "we"
                    | "they"
                    | "to"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
                    | "do"
                    | "does"
                    | "did"
                    | "not"
                    | "n't"
                    | "who"
                    | "people"
                    | "officials"
            )
        ),
        VerbForm::Participle => matches!(prev, Some("is" | "are" | "was" | "were" | "be" | "been" | "am")),
    }
}

/// Looks like a verb of any form.
pub fn is_verbish(t: &Token, lex: &Lexicon) -> bool {
    verb_form(t, lex).is_some()
}

/// Ends with -ly: an adverb that may sit between a subject and its verb.
pub fn is_adverb(t: &Token) -> bool {
    t.is_word()
        && !t.is_capitalized()
        && t.norm.len() > 4
        && t.norm.ends_with("ly")
        && !matches!(
            t.norm.as_str(),
            "family"
                | "italy"
                | "rally"
                | "ally"
                | "early"
                | "only"
                | "daily"
                | "weekly"
                | "monthly"
                | "likely"
                | "unlikely"
                | "july"
                | "supply"
                | "reply"
                | "apply"
                | "holy"
                | "belly"
        )
}

/// Words that can sit inside a noun phrase.
pub fn is_np_word(t: &Token, lex: &Lexicon) -> bool {
    const INSIDE: &[&str] = &[
        "'s", "of", "the", "a", "an", "and", "in", "for", "from", "at", "with", "on", "to", "familiar", "close",
        "behind",
    ];
    const NEVER: &[&str] = &[
        "not",
        "n't",
        "also",
        "however",
        "then",
        "there",
        "said",
        "says",
        "to",
        "by",
        "if",
        "than",
        "so",
        "yet",
        "just",
        "even",
        "still",
        "only",
        "according",
    ];
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Quote => true,
        TokenKind::Punct => matches!(t.text.as_str(), "&" | "-"),
        TokenKind::Word => {
            let w = t.norm.as_str();
            if t.is_capitalized() || INSIDE.contains(&w) {
                return true;
            }
            if NEVER.contains(&w) {
                return false;
            }
            // "Initial reports", "their statements": plural nouns that are also verb forms.
            if lex.reporting.report_nouns.contains(w) && w.ends_with('s') {
                return true;
            }
            !(lex.grammar.auxiliaries.contains(w)
                || lex.grammar.verbs.contains(w)
                || lex.grammar.coordinators.contains(w)
                || is_relative(w)
                || lex.grammar.subordinators.contains_at(std::slice::from_ref(t), 0)
                || lex.reporting.verbs.contains_at(std::slice::from_ref(t), 0)
                || is_adverb(t))
        }
    }
}

pub fn is_relative(w: &str) -> bool {
    matches!(w, "who" | "which" | "that" | "whom" | "whose" | "where" | "what" | "when" | "why" | "how")
}

pub fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

/// Determiners and quantifiers that may open a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "no"
            | "some"
            | "any"
            | "all"
            | "both"
            | "each"
            | "every"
            | "several"
            | "many"
            | "few"
            | "most"
            | "another"
            | "other"
    )
}

/// A bracketed short name ending right before token `j` ("(MfD)", "(GERB)"): where its
/// opening bracket stands.
fn acronym_before(tokens: &[Token], j: usize, floor: usize) -> Option<usize> {
    if j < floor + 3 || !tokens[j - 1].is_punct(")") {
        return None;
    }
    let open = (j.saturating_sub(5).max(floor)..j - 1).rev().find(|&k| tokens[k].is_punct("("))?;
    let inside = &tokens[open + 1..j - 1];
    (!inside.is_empty() && open > floor && inside.iter().all(|t| t.is_word() && t.is_capitalized())).then_some(open)
}

/// A day adverbial ending right before token `j`: "on Monday", "late on Friday",
/// "yesterday". Its length in tokens.
fn time_adverbial_before(tokens: &[Token], j: usize, floor: usize) -> Option<usize> {
    let w = tokens.get(j.checked_sub(1)?)?.norm.as_str();
    if matches!(w, "yesterday" | "today" | "tonight") {
        return Some(1);
    }
    if crate::extract::time::weekday_of(w).is_none() || j < floor + 2 || !tokens[j - 2].is("on") {
        return None;
    }
    let early_late = j >= floor + 3 && matches!(tokens[j - 3].norm.as_str(), "late" | "early");
    Some(if early_late { 3 } else { 2 })
}

/// Lowercase words inside names: "Carbones del Altiplano", "Ursula von der Leyen", "Corriere
/// della Sera".
const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "di", "da", "do", "dos", "das", "des", "du", "la", "le", "van", "von", "der", "den", "bin",
    "al", "el", "y", "e",
];

/// Word `k` of a name: capitalised, or a lowercase particle inside it (not at either end).
pub fn is_name_word(name: &[Token], k: usize) -> bool {
    let t = &name[k];
    t.is_word() && (t.is_capitalized() || k > 0 && k + 1 < name.len() && NAME_PARTICLES.contains(&t.norm.as_str()))
}

/// The subject noun phrase that ends just before token `verb` (skipping auxiliaries,
/// adverbs and an appositive between commas), as a token range.
pub fn subject_before(tokens: &[Token], verb: usize, floor: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut j = verb;
    // Auxiliaries, negation and adverbs between subject and verb: "has long", "had already".
    while j > floor {
        let t = &tokens[j - 1];
        let w = t.norm.as_str();
        if lex.grammar.auxiliaries.contains(w) && w != "'s"
            || is_adverb(t)
            || matches!(
                w,
                "also"
                    | "again"
                    | "once"
                    | "not"
                    | "n't"
                    | "never"
                    | "still"
                    | "long"
                    | "repeatedly"
                    | "previously"
                    | "later"
                    | "first"
                    | "then"
                    | "now"
                    | "further"
                    | "reportedly"
                    | "initially"
                    | "just"
                    | "already"
                    | "likewise"
                    | "too"
                    | "meanwhile"
                    | "instead"
                    // "Castellano herself told the BBC": the one who spoke, stressed.
                    | "himself"
                    | "herself"
                    | "itself"
                    | "themselves"
            )
        {
            j -= 1;
        } else if w == "to"
            && j >= floor + 2
            && lex.cues.negation.match_at(tokens, j - 2).is_some_and(|(end, _)| end == j)
        {
            // "A spokesman declined to confirm" (the lexicon's "declined to", "refused to",
            // "failed to"): who declined is who (did not) speak.
            j -= 2;
        } else if j >= floor + 3
            && tokens[j - 1].is_punct(",")
            && tokens[j - 3].is_punct(",")
            && matches!(
                tokens[j - 2].norm.as_str(),
                "however" | "though" | "nonetheless" | "nevertheless" | "moreover" | "meanwhile" | "indeed" | "too"
            )
        {
            // "She did, however, acknowledge that": the aside is no part of who spoke.
            j -= 3;
        } else if let Some(open) = acronym_before(tokens, j, floor) {
            // "Mlada fronta Dnes (MfD) writes": the short name in brackets is the same source.
            j = open;
        } else if let Some(len) = time_adverbial_before(tokens, j, floor) {
            // "The ministry on Monday denied": the day is no part of who spoke.
            j -= len;
        } else {
            break;
        }
    }
    // A coordinated verb ("... and made it clear that") has its subject further back.
    if j > floor && matches!(tokens[j - 1].norm.as_str(), "and" | "but" | "or") {
        return None;
    }
    // An appositive or participial aside: "Rubio, who is also Trump's adviser, told".
    if j > floor + 1 && tokens[j - 1].is_punct(",") {
        let close = j - 1;
        let open = (floor..close).rev().take(25).find(|&k| tokens[k].is_punct(","))?;
        let first = tokens.get(open + 1)?;
        // "The head of the agency, Antonio Ferraro, told": a name in apposition is who
        // speaks (and "On Monday, Smith said" has its subject there too).
        // A name may hold a lowercase particle inside it: "Carbones del Altiplano SAS".
        let name = &tokens[open + 1..close];
        // A number inside a name after its first word: "Channel 9 Varanth".
        let name_word = |n: &[Token], k: usize| is_name_word(n, k) || k > 0 && n[k].kind == TokenKind::Number;
        if (1..=5).contains(&name.len()) && (0..name.len()).all(|k| name_word(name, k)) && open > floor {
            return Some(open + 1..close);
        }
        // "Another paper, the Evening Star, said": a paper named after its description.
        let describes_an_outlet = (floor..open).any(|k| lex.outlets.prefixes.contains(tokens[k].norm.as_str()));
        let paper = tokens.get(open + 2..close).unwrap_or_default();
        if describes_an_outlet
            && first.is("the")
            && (1..=5).contains(&paper.len())
            && (0..paper.len()).all(|k| name_word(paper, k))
        {
            return Some(open + 2..close);
        }
        // "X, however, said": the whole aside is a stock parenthetical.
        let stock = lex.grammar.parentheticals.match_at(tokens, open + 1).is_some_and(|(end, _)| end == close);
        // "The Coastal Herald, Marendi's biggest private daily, reported": a possessive opens
        // a description of the subject.
        let possessive = close > open + 3 && tokens[open + 2].is("'s") && first.is_capitalized();
        // "A government spokesman, asked about the report, said": a past participle opens
        // a description of the subject too.
        let participle = verb_form(first, lex) == Some(VerbForm::Past)
            && tokens.get(open + 2).is_some_and(|t| {
                matches!(t.norm.as_str(), "about" | "by" | "on" | "for" | "in" | "at" | "if" | "whether" | "to")
            });
        // "The city police, in a statement issued on Saturday evening, estimated": where it
        // was said (the lexicon's adverbials of two words or more).
        // So is an aside that names the report it was said in ("in a situation report
        // published on Thursday").
        let where_said = matches!(first.norm.as_str(), "in" | "at" | "during")
            && (lex.reporting.adverbials.match_at(tokens, open + 1).is_some_and(|(end, _)| end >= open + 3)
                || tokens
                    .get(open + 2..close.min(open + 5))
                    .unwrap_or_default()
                    .iter()
                    .any(|t| lex.reporting.report_nouns.contains(t.norm.as_str())));
        // "Councillor Nadia Fenwick, of the opposition group, told": who a named person is with.
        let of_a_body = first.is("of") && open > 0 && tokens[open - 1].is_capitalized();
        let aside = stock
            || possessive
            || participle
            || where_said
            || of_a_body
            || is_relative(&first.norm)
            || first.norm.ends_with("ing")
            || matches!(
                first.norm.as_str(),
                "a" | "an" | "the" | "also" | "who" | "which" | "speaking" | "himself" | "herself" | "its" | "their"
            )
            // A title, after a word or two that qualify it: "Dana Roos, regional chair of the
            // federation, says".
            || (open + 1..(open + 4).min(close)).any(|k| {
                lex.entities.titles.contains_at(tokens, k)
                    && tokens[open + 1..k].iter().all(|t| t.is_word() && !t.is_capitalized())
            });
        if !aside || open == floor {
            return None;
        }
        j = open;
        // "The rescue agency (Basarnas), which is coordinating the search, said".
        if let Some(open) = acronym_before(tokens, j, floor) {
            j = open;
        }
    }
    let end = j;
    // A personal pronoun is a whole subject: "In a televised address late on Wednesday night
    // he raised the figure" is said by "he", not by the address.
    if end > floor && matches!(tokens[end - 1].norm.as_str(), "he" | "she" | "they" | "we" | "i" | "it") {
        return Some(end - 1..end);
    }
    let mut start = end;
    while start > floor {
        if end - start >= 14 {
            // Longer than a subject we can read with confidence.
            return None;
        }
        let t = &tokens[start - 1];
        // A dash with spaces round it ends a dateline ("April 9, 2026 - Kasvenia's defence
        // ministry denied"); a hyphen inside a name does not.
        let spaced_dash = t.is_punct("-")
            && start >= 2
            && tokens[start - 2].span.end < t.span.start
            && tokens.get(start).is_some_and(|n| t.span.end < n.span.start);
        // "the plant's works council said": a verb form between a determiner and a noun of
        // the phrase modifies the noun.
        let modifier = start < end
            && start >= floor + 2
            && lex.grammar.verbs.contains(t.norm.as_str())
            && matches!(tokens[start - 2].norm.as_str(), "the" | "a" | "an" | "'s" | "its" | "their");
        // "The annual report said": a report noun right before the verb, after a word that
        // describes it, is its subject's head, not a verb of its own. ("the report was
        // written" is left to the verb's own frames.)
        let report_head = start == end
            && start >= floor + 2
            && tokens[start - 2].is_word()
            && !is_determiner(&tokens[start - 2].norm)
            && lex.reporting.report_nouns.contains(t.norm.as_str());
        // "19:40 Police revise their estimate": a live blog's time stamps an entry and is
        // no part of who spoke.
        let clock = t.kind == TokenKind::Number && start >= 2 && tokens[start - 2].is_punct(":");
        if !is_np_word(t, lex) && !modifier && !report_head || spaced_dash || clock {
            break;
        }
        // A quotation ending right before the subject belongs to the sentence, not the NP.
        if t.kind == TokenKind::Quote && start >= 2 && tokens[start - 2].is_punct(",") {
            break;
        }
        start -= 1;
        // A determiner opens the phrase unless a preposition or "and" joins it to more:
        // "On Friday morning the agency reported" is "the agency"; "the head of the agency"
        // and "the army and the police" go on.
        // (A capitalised one is part of a name: "Sports daily A Bola reported".)
        if matches!(t.norm.as_str(), "the" | "a" | "an")
            && !t.is_capitalized()
            && start > floor
            && tokens[start - 1].is_word()
            && !matches!(
                tokens[start - 1].norm.as_str(),
                "of" | "and"
                    | "for"
                    | "to"
                    | "at"
                    | "in"
                    | "from"
                    | "with"
                    | "on"
                    | "'s"
                    | "by"
                    | "or"
                    | "all"
                    | "both"
            )
        {
            break;
        }
    }
    // The phrase must open like a noun phrase, not with a preposition or conjunction.
    while start < end {
        let w = tokens[start].norm.as_str();
        // "But Ana Lopes said", "Yet the ministry said": a conjunction opening the sentence
        // is no part of who spoke.
        // Nor is a subordinator: "As the government insists the toll is under 40, ...".
        if matches!(w, "and" | "but" | "yet" | "'s" | "-" | ".")
            || start + 1 < end && matches!(w, "as" | "while" | "whereas" | "although" | "though" | "whilst")
        {
            start += 1;
        } else if matches!(
            w,
            "of" | "in"
                | "for"
                | "from"
                | "at"
                | "with"
                | "on"
                | "to"
                | "between"
                | "about"
                | "after"
                | "before"
                | "during"
                | "against"
                | "over"
                | "under"
                | "by"
        ) && start > floor
            && !tokens[start - 1].is_punct(",")
        {
            // The real subject starts further left than we could read.
            return None;
        } else if matches!(
            w,
            "of" | "in"
                | "for"
                | "from"
                | "at"
                | "with"
                | "on"
                | "to"
                | "between"
                | "about"
                | "after"
                | "before"
                | "during"
                | "against"
                | "over"
                | "under"
                | "by"
        ) {
            start += 1;
        } else {
            break;
        }
    }
    // "Detectives investigating the theft say", "People living near the plant said": a
    // plural or named noun and the participle phrase after it are the subject.
    if let Some(noun_end) = participle_modifier_before(tokens, start, floor, lex) {
        let mut s = noun_end;
        while s > floor && end - s < 14 && {
            let t = &tokens[s - 1];
            t.is_word() && is_np_word(t, lex) && !t.norm.ends_with("ing") && verb_form(t, lex).is_none()
        } {
            s -= 1;
        }
        start = s;
    }
    // A time expression before the subject: "last week Trump said", "on Tuesday Lavrov said".
    loop {
        let w = |k: usize| tokens.get(k).map(|t| t.norm.as_str());
        let skip = match (w(start), w(start + 1)) {
            (
                Some("last" | "this" | "next" | "earlier" | "later"),
                Some("week" | "month" | "year" | "night" | "weekend"),
            ) => 2,
            // "By Tuesday evening her office had revised", "On Monday night the agency said".
            (Some("on" | "by" | "late" | "early" | "until"), Some(d))
                if d.ends_with("day")
                    && matches!(w(start + 2), Some("morning" | "afternoon" | "evening" | "night"))
                    && start + 3 < end =>
            {
                3
            }
            (Some("on"), Some(d)) if d.ends_with("day") => 2,
            (Some("by"), Some(d)) if d.ends_with("day") && tokens[start + 1].is_capitalized() => 2,
            (Some("yesterday" | "today" | "earlier" | "later" | "then" | "now"), _) => 1,
            // "On Aug. 6 Kovander told parliament": a date is no part of who spoke.
            (Some(_), Some(_))
                if crate::extract::time::month_in(&tokens[start].text).is_some()
                    && tokens[start + 1].kind == TokenKind::Number =>
            {
                2
            }
            (Some(d), next)
                if d.ends_with("day") && tokens[start].is_capitalized() && d.len() > 5 && end - start > 1 =>
            {
                // "Tuesday evening her office": the part of the day too.
                let part_of_day = matches!(next, Some("morning" | "afternoon" | "evening" | "night"));
                if part_of_day && end - start > 2 { 2 } else { 1 }
            }
            _ => 0,
        };
        if skip == 0 || start + skip >= end {
            break;
        }
        start += skip;
    }
    if start >= end {
        return None;
    }
    if tokens[start..end].iter().all(|t| t.kind == TokenKind::Quote || t.kind == TokenKind::Punct) {
        return None;
    }
    Some(start..end)
}

/// The noun a participle phrase ending a subject modifies, when the phrase starting at
/// `start` is that participle's object: "Detectives investigating | the theft", "People
/// living near | the plant". Returns the noun's index.
fn participle_modifier_before(tokens: &[Token], start: usize, floor: usize, lex: &Lexicon) -> Option<usize> {
    const PLACE: &[&str] = &["near", "in", "at", "on", "around", "outside", "inside"];
    let ing_end =
        if start >= floor + 3 && PLACE.contains(&tokens[start - 1].norm.as_str()) { start - 1 } else { start };
    // Words in -ing that are no participle ("By Tuesday morning the service", "including").
    const NOT_PARTICIPLES: &[&str] = &[
        "morning",
        "evening",
        "during",
        "building",
        "meeting",
        "ceiling",
        "wedding",
        "nothing",
        "something",
        "anything",
        "everything",
        "spring",
        "string",
        "sibling",
        "offspring",
        "according",
        "including",
        "following",
        "regarding",
        "concerning",
        "pending",
        "notwithstanding",
        "beginning",
        "funding",
    ];
    let ing = tokens.get(ing_end.checked_sub(1)?)?;
    if ing_end < floor + 2
        || !ing.is_word()
        || ing.is_capitalized()
        || !ing.norm.ends_with("ing")
        || ing.norm.len() <= 5
        || NOT_PARTICIPLES.contains(&ing.norm.as_str())
    {
        return None;
    }
    let noun = &tokens[ing_end - 2];
    // A day or month is a time: "By Tuesday ... the service".
    let time =
        crate::extract::time::weekday_of(&noun.norm).is_some() || crate::extract::time::month_in(&noun.text).is_some();
    let noun_like = noun.is_word()
        && !time
        && (noun.is_capitalized() || noun.norm.ends_with('s'))
        && (noun.is("people") || !lex.grammar.stopwords.contains(noun.norm.as_str()))
        && !is_pronoun(&noun.norm)
        && verb_form(noun, lex).is_none();
    noun_like.then_some(ing_end - 2)
}

/// A noun phrase starting at `start` (object of "told", speaker after "according to"):
/// up to the first token that cannot be in one.
pub fn np_after(tokens: &[Token], start: usize, limit: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut end = start;
    let mut in_quote = false;
    while end < tokens.len() && end - start < limit {
        let t = &tokens[end];
        if t.kind == TokenKind::Quote {
            in_quote = !in_quote;
            end += 1;
            continue;
        }
        let close_to = t.is("to") && end > start && tokens[end - 1].is("close");
        // After a possessive comes its noun, whatever else the word may be: "the company's
        // plans", "the minister's statement".
        let owned = end > start && tokens[end - 1].is("'s") && t.is_word() && t.kind != TokenKind::Number;
        if in_quote || close_to || owned || is_np_word(t, lex) && !(t.is("that") || t.is("to")) {
            end += 1;
        } else {
            break;
        }
    }
    // Do not end on a preposition or conjunction.
    while end > start
        && matches!(
            tokens[end - 1].norm.as_str(),
            "of" | "and" | "in" | "for" | "from" | "at" | "with" | "on" | "the" | "a" | "an"
        )
    {
        end -= 1;
    }
    (end > start).then_some(start..end)
}

/// Token `k` opens ", calling the story fake news": a participle after a comma by which
/// the subject judges what it answers (not "calling for a freeze", "calling on both sides",
/// which demand rather than judge).
pub fn appraises_at(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    k > 0
        && tokens.get(k - 1).is_some_and(|t| t.is_punct(","))
        && tokens.get(k).is_some_and(|t| lex.grammar.appraising_participles.contains(t.norm.as_str()))
        && !tokens
            .get(k + 1)
            .is_some_and(|x| matches!(x.norm.as_str(), "for" | "on" | "in" | "off" | "up" | "out" | "to" | "upon"))
}

/// Tokens `k` and on name a report with an indefinite article: "a claim", "an allegation".
pub fn names_a_report_at(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    tokens.get(k).is_some_and(|t| t.is("a") || t.is("an"))
        && tokens.get(k + 1).is_some_and(|t| lex.reporting.report_nouns.contains(t.norm.as_str()))
}

/// Words that open an aside about some of a subject: ", among them nine children,",
/// ", including two journalists,", ", most of them traders,"; or about where a source has
/// it from: "the Ashcombe Times, citing company filings, put its workforce at 9,000".
const SUBJECT_ASIDES: &[&str] =
    &["among", "including", "most", "many", "all", "some", "both", "mostly", "mainly", "citing", "quoting"];

/// A clause starts at `i`: a subject-like word followed by a finite verb soon after,
/// before any comma (but an appositive or an aside about some of the subject).
/// A perfect tense opens at `k`, maybe after a short phrase of place ("in the cities had
/// pushed", "had been"), a quotation mark aside: what an "-ing" subject before it does.
fn perfect_after(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    let perfect = |j: usize| tokens.get(j).is_some_and(|t| matches!(t.norm.as_str(), "had" | "has" | "have"));
    let place = tokens.get(k).is_some_and(|t| matches!(t.norm.as_str(), "in" | "at" | "across" | "outside"));
    let aux = if place { (k + 1..k + 5).find(|&j| perfect(j)) } else { Some(k).filter(|&j| perfect(j)) };
    let Some(aux) = aux else { return false };
    let mut next = aux + 1;
    if tokens.get(next).is_some_and(|t| t.kind == TokenKind::Quote) {
        next += 1;
    }
    tokens.get(next).is_some_and(|n| n.is("been") || verb_form(n, lex) == Some(VerbForm::Past))
}

/// In a headline, token `k` opens a second source's words after a comma: "commission says
/// turnout hit 61.3%, observers say far lower" (not "toll is 40, officials say", whose
/// source speaks the words before it).
pub fn headline_second_source_at(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    k > 0
        && tokens[k - 1].is_punct(",")
        && tokens[k].is_word()
        && !lex.grammar.stopwords.contains(tokens[k].norm.as_str())
        && tokens.get(k + 1).is_some_and(|v| matches!(v.norm.as_str(), "say" | "says"))
        && tokens.get(k + 2).is_some_and(|w| w.is_word())
}

pub fn clause_starts_at(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let Some(first) = tokens.get(i) else { return false };
    if first.kind == TokenKind::Quote {
        return true;
    }
    if first.is_punct(",") || first.is_punct(".") || first.is_punct(";") {
        return false;
    }
    // "said reports of looting were false": a report noun before "of" is a noun, though
    // "reports" is a verb too.
    let noun_of =
        lex.reporting.deniable_nouns.contains(first.norm.as_str()) && tokens.get(i + 1).is_some_and(|n| n.is("of"));
    if is_finite_verb(tokens, i, lex) && !first.is_capitalized() && !noun_of {
        return false;
    }
    // A clause opens with a subject: a name, a pronoun, a determiner, a number or a noun;
    // not an adverb ("once again doing"), a preposition or a participle.
    let w = first.norm.as_str();
    let subject_like = first.is_capitalized()
        || first.kind == TokenKind::Number
        || is_pronoun(w)
        || is_determiner(w)
        || matches!(
            w,
            "there"
                | "people"
                | "nobody"
                | "none"
                | "everyone"
                | "someone"
                | "nothing"
                | "something"
                | "everything"
                | "what"
                | "who"
        )
        || lex.measures.bounds.contains_at(tokens, i)
        || (first.is_word()
            && !is_adverb(first)
            && !lex.grammar.stopwords.contains(w)
            && !w.ends_with("ing")
            && verb_form(first, lex).is_none())
        // "said cleaning staff discovered the loss": an "-ing" word before a noun modifies it.
        || w.ends_with("ing")
            && tokens.get(i + 1).is_some_and(|n| {
                n.is_word()
                    && !n.is_capitalized()
                    && !lex.grammar.stopwords.contains(n.norm.as_str())
                    && !is_determiner(&n.norm)
                    && verb_form(n, lex).is_none()
            })
        // "said voting had been calm": an "-ing" word before a perfect ("had been", "has
        // ended") is its subject (not "said adding", "was saying").
        || w.ends_with("ing") && w.len() > 5 && perfect_after(tokens, i + 1, lex)
        // "said not a single journalist had been monitored": a subject counted as none.
        || w == "not"
            && tokens
                .get(i + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "a" | "one" | "all" | "every" | "many" | "enough" | "everyone"))
        || noun_of;
    if !subject_like {
        return false;
    }
    if matches!(first.norm.as_str(), "nothing" | "anything" | "something" | "everything") {
        // "the report said nothing new": an object, unless a verb follows ("nothing has changed").
        return tokens.get(i + 1).is_some_and(|t| lex.grammar.auxiliaries.contains(t.norm.as_str()));
    }
    let mut k = i;
    let mut end = tokens.len().min(i + 14);
    while k + 1 < end {
        k += 1;
        let t = &tokens[k];
        // "said at least 31 civilians, among them nine children, were killed": an aside
        // naming some of the subject sits between it and its verb.
        if t.is_punct(",")
            && k > i + 1
            && tokens.get(k + 1).is_some_and(|n| SUBJECT_ASIDES.contains(&n.norm.as_str()))
            && let Some(close) = (k + 2..tokens.len().min(k + 10)).find(|&j| tokens[j].is_punct(","))
        {
            end = tokens.len().min(end + (close - k) + 1);
            k = close;
            continue;
        }
        if t.is_punct(",") || t.is_punct(";") || t.is_punct(".") {
            // An appositive may sit between subject and verb.
            if k == i + 1 || !tokens.get(k + 1).is_some_and(|n| is_relative(&n.norm)) {
                return false;
            }
        }
        if is_finite_verb(tokens, k, lex) {
            return true;
        }
        // "told Zelensky that ...": an object and a complement, not a clause.
        if t.is("that") && k == i + 1 || t.is(":") {
            return false;
        }
        // "confirmed a date for the summit before it was called off": the verb belongs to a
        // subordinate clause, so what precedes it is an object, not a subject.
        if matches!(
            t.norm.as_str(),
            "before" | "after" | "when" | "while" | "because" | "since" | "until" | "unless" | "although" | "whereas"
        ) {
            return false;
        }
    }
    false
}

/// Text of a token range as it appears in the document (`text` is the whole document).
pub fn text_of<'a>(doc_text: &'a str, tokens: &[Token], range: Range<usize>) -> &'a str {
    if range.start >= range.end || range.end > tokens.len() {
        return "";
    }
    &doc_text[tokens[range.start].span.start..tokens[range.end - 1].span.end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn subject(sentence: &str, verb: &str) -> Option<String> {
        let lex = Lexicon::bundled();
        let toks = tokenize(sentence, 0);
        let v = toks.iter().position(|t| t.norm == verb).unwrap();
        subject_before(&toks, v, 0, lex).map(|r| text_of(sentence, &toks, r).to_string())
    }

    #[test]
    fn finds_subjects_of_reporting_verbs() {
        assert_eq!(
            subject("At a press conference in Moscow, Lavrov said he had informed Rubio", "said").as_deref(),
            Some("Lavrov")
        );
        assert_eq!(subject("After the conversation, Rubio, who is also Trump's national security adviser, told White House officials that", "told").as_deref(), Some("Rubio"));
        assert_eq!(
            subject("Preval, speaking English, told journalists that the number was 170,000", "told").as_deref(),
            Some("Preval")
        );
        assert_eq!(
            subject("The Kremlin and the Russian Foreign Ministry have played down the prospect", "played").as_deref(),
            Some("The Kremlin and the Russian Foreign Ministry")
        );
        assert_eq!(
            subject("but senior administration officials said no meetings are planned", "said").as_deref(),
            Some("senior administration officials")
        );
        assert_eq!(
            subject("The press office of the Registry Agency confirmed the payment", "confirmed").as_deref(),
            Some("The press office of the Registry Agency")
        );
        assert_eq!(
            subject("hours after the White House announced that there were no plans", "announced").as_deref(),
            Some("the White House")
        );
    }

    #[test]
    fn quotes_are_marked_including_nested_single_quotes() {
        let s = "\"It is false. 'No subpoena has been issued,'\" Sanders said.";
        let toks = tokenize(s, 0);
        let q = quoted(&toks);
        let sanders = toks.iter().position(|t| t.text == "Sanders").unwrap();
        let subpoena = toks.iter().position(|t| t.text == "subpoena").unwrap();
        assert!(q[subpoena]);
        assert!(!q[sanders]);
    }

    #[test]
    fn clause_detection() {
        let lex = Lexicon::bundled();
        let t = tokenize("said nothing new", 0);
        assert!(!clause_starts_at(&t, 1, lex));
        let t = tokenize("said he had informed Rubio", 0);
        assert!(clause_starts_at(&t, 1, lex));
        let t = tokenize("said the death toll was at least 70", 0);
        assert!(clause_starts_at(&t, 1, lex));
    }
}
