//! extract: `AttributedSentence` -> `Vec<Claim>`.
//!
//! A sentence is cut into clauses where it carries several propositions (coordinated
//! clauses, "said X and that Y", a subordinate clause with its own subject, a clause
//! embedded in "a report that ..."); attribution frames at the end of a sentence ("...,
//! writes Politico") are left out of the claim's words. Each claim gets its polarity,
//! modality, quantities, resolved times, entities and a rough subject-predicate-object.

pub mod entity;
pub mod quantity;
pub mod time;

use crate::attribute::{AttributedSentence, FrameKind};
use crate::lexicon::{Lexicon, VerbClass};
use crate::model::{Claim, Cue, Document, Modality, Polarity, SentenceKind, Span};
use crate::syntax::{self, clause_starts_at, is_finite_verb};
use crate::text::{Token, TokenKind, stem};
use entity::EntityMemory;
use std::borrow::Cow;
use std::ops::Range;

/// One clause of a sentence, as token indices.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub range: Range<usize>,
    /// Where the clause's own content starts, after any attribution frame inside it.
    pub core: usize,
    /// Token ranges inside the clause that belong to an embedded claim.
    pub embedded: Vec<Range<usize>>,
    /// The clause is the complement of a nominal frame ("a report that ...").
    pub reported: bool,
}

/// Extracts the claims of a document. Claim ids are left empty; the pipeline numbers them.
pub fn extract(doc_index: usize, doc: &Document, sentences: &[AttributedSentence], lex: &Lexicon) -> Vec<Claim> {
    let all_tokens: Vec<&[Token]> = sentences.iter().map(|s| s.tokens.as_slice()).collect();
    let mut memory = EntityMemory::new(&all_tokens);
    let mut carried_measures = quantity::MeasureMemory::default();
    let mut anchor = None;
    let mut claims = Vec::new();
    // The paragraph of a correction note ("Correction 5 November 2025: An earlier version of
    // this article said 31 miners ... The agency's figure is 21."): all of it is about the
    // story's own text.
    let mut correction_paragraph = None;
    for s in sentences {
        if s.sentence.kind == SentenceKind::Label || s.tokens.iter().filter(|t| t.is_word()).count() < 2 {
            continue;
        }
        if opens_a_correction_note(&s.tokens) {
            correction_paragraph = Some(s.sentence.paragraph);
        }
        let in_correction_note = correction_paragraph == Some(s.sentence.paragraph);
        let sentence_text = s.sentence.span.slice(&doc.text);
        let mut sentence_anchor = None;
        for clause in split_clauses(s, lex) {
            let mut claim =
                build_claim(doc_index, doc, s, &clause, sentence_text, &mut memory, &carried_measures, anchor, lex);
            if in_correction_note {
                claim.cues.push(Cue { class: CORRECTION_NOTE.into(), span: claim.span });
            }
            carried_measures.remember(&claim.quantities);
            if let Some(t) =
                claim.times.iter().find(|t| t.start.is_some() && t.start == t.end && t.offset_days.is_none())
            {
                sentence_anchor = t.start;
            }
            claims.push(claim);
        }
        // "A day later", "the previous day" refer to the sentence just before.
        anchor = sentence_anchor;
    }
    entity::join_demonyms(&mut claims, &all_tokens);
    claims
}

/// The cue class of every claim in a correction note.
pub const CORRECTION_NOTE: &str = "correction-note";
/// The cue class of words a correction takes back (cues.toml `retraction`, among the words
/// of the claim's clause before its own): nobody's account or stance.
pub const RETRACTION: &str = "retraction";
/// The cue class of what a speaker retells as told to them (cues.toml `hearsay`: "we were
/// told ..."): the teller's words, dated when told.
pub const HEARSAY: &str = "hearsay";

/// The sentence opens a correction note: "Correction:", "Correction 5 November 2025:",
/// "Clarification:", "Editor's note:" (a colon within the first six tokens), or a wire
/// correction line, "(Corrects seventh paragraph to say ...)".
fn opens_a_correction_note(tokens: &[Token]) -> bool {
    // A wire correction line needs no colon: "(Corrects seventh paragraph to say ...)".
    let bracketed = tokens.first().is_some_and(|t| t.is_punct("(") || t.is_punct("["));
    let tokens = &tokens[usize::from(bracketed)..];
    if tokens.first().is_some_and(|t| t.is("corrects")) {
        return true;
    }
    let opener = tokens.first().is_some_and(|t| t.is("correction") || t.is("clarification"))
        || tokens.len() > 2 && tokens[0].is("editor") && tokens[1].is("'s") && tokens[2].is("note");
    opener && tokens.iter().take(6).any(|t| t.is_punct(":"))
}

/// Where the clause holding token `at` starts: at the last cut, or where the words of a
/// frame start ("Officials said [the meeting between Biden and Xi was tense]").
fn clause_start(s: &AttributedSentence, splits: &[usize], at: usize) -> usize {
    s.frames.iter().map(|f| f.covers.start).filter(|&c| c <= at).chain(splits.last().copied()).max().unwrap_or(0)
}

/// Cuts a sentence into clauses.
pub fn split_clauses(s: &AttributedSentence, lex: &Lexicon) -> Vec<Clause> {
    let tokens = &s.tokens;
    let n = tokens.len();
    // Words that only attribute ("..., writes Politico", `"Douma":`) are in no claim.
    let mut excluded = vec![false; n];
    for f in &s.frames {
        let trailing = f.covers.end <= f.cue.start;
        let attribution_only = matches!(f.kind, FrameKind::Suffix | FrameKind::Label)
            || (matches!(f.kind, FrameKind::Cited | FrameKind::According) && trailing);
        if attribution_only {
            excluded[f.cue.clone()].fill(true);
        }
        if f.kind == FrameKind::According && !trailing {
            excluded[f.cue.start..f.covers.start.min(n)].fill(true);
        }
    }
    // Clauses inside a noun phrase ("a report in the Journal that X"): when the sentence
    // goes on after them ("... that X are false") they are claims inside the outer one;
    // when they end it, the outer clause stops where they start.
    let mut inner: Vec<Range<usize>> = Vec::new();
    let mut tail: Vec<usize> = Vec::new();
    for f in s.frames.iter().filter(|f| f.kind == FrameKind::Nominal && !f.covers.is_empty()) {
        let r = f.covers.clone();
        // The subject's judgement after it (", calling the story false") is a claim of its
        // own, no part of the outer clause.
        let rest = (r.end..n).find(|&k| syntax::appraises_at(tokens, k, lex)).unwrap_or(n);
        let goes_on = (r.end..rest).any(|k| tokens[k].is_word() && !excluded[k]);
        if goes_on { inner.push(r) } else { tail.push(r.start) }
    }

    // "The toll, he said, had risen to 40": an attribution set in the middle of a clause
    // whose words go on after it unquoted. The clause runs across it; its words are no part
    // of the claim's own.
    let asides: Vec<Range<usize>> = s
        .frames
        .iter()
        .filter(|f| f.kind == FrameKind::Suffix && f.covers.end <= f.cue.start)
        .filter(|f| {
            s.frames.iter().any(|g| {
                g.kind == FrameKind::Suffix && g.cue == f.cue && g.covers.start > f.cue.end && !s.quoted[g.covers.start]
            })
        })
        .map(|f| f.cue.clone())
        .collect();
    let mut splits: Vec<usize> = tail.clone();
    for k in 1..n {
        let at_an_aside = asides.iter().any(|r| r.start == k || r.end == k);
        if excluded[k] != excluded[k - 1] && !at_an_aside {
            splits.push(k);
            continue;
        }
        if inner.iter().any(|r| r.start < k && k < r.end) {
            continue;
        }
        let t = &tokens[k];
        let prev = &tokens[k - 1];
        // ", saying it contradicted ...": what the participle introduces is a claim of its own.
        // ", calling the story fake news": the subject's judgement of what the clause told.
        if prev.is_punct(",")
            && t.norm.ends_with("ing")
            && (s.frames.iter().any(|f| f.cue.start == k && f.kind == FrameKind::Prefix && f.clausal)
                || syntax::appraises_at(tokens, k, lex))
        {
            splits.push(k);
            continue;
        }
        // "The paper said the next summit was planned for June 19, quoting an official as
        // saying the date had been agreed": the words quoted after the comma are the
        // official's, a claim of their own (the paper's clause before holds a verb, or is
        // what the paper's own verb says of a thing: "described the talks as warm").
        let described_before = || {
            s.frames
                .iter()
                .any(|f| f.kind == FrameKind::Prefix && !f.clausal && f.covers.end == k - 1 && f.covers.start < k - 1)
        };
        if prev.is_punct(",")
            && t.norm.ends_with("ing")
            && s.frames.iter().any(|f| f.cue.start == k && f.kind == FrameKind::Cited && f.covers.start == f.cue.end)
            && ((clause_start(s, &splits, k - 1)..k - 1).any(|j| syntax::is_finite_verb(tokens, j, lex))
                || described_before())
        {
            splits.push(k);
            continue;
        }
        // ", which rest on a misreading of our records": a clause set off by a comma that
        // tells more of the thing before it is a proposition of its own (not inside the words
        // that name a source: "The Monitor, which tracks casualties, said ...").
        if prev.is_punct(",")
            && t.is("which")
            && !s.frames.iter().any(|f| f.cue.start < k && k < f.cue.end)
            // "which" as the subject, its verb next ("which rest on"; not "which the army denied").
            && tokens.get(k + 1).is_some_and(|x| {
                x.is_word()
                    && !x.is_capitalized()
                    && !syntax::is_determiner(&x.norm)
                    && !syntax::is_pronoun(&x.norm)
                    && !matches!(x.norm.as_str(), "of" | "in" | "on" | "at" | "to" | "for" | "by" | "with" | "from")
            })
            // "The coalition, which called the march, is sticking to its figure": a clause
            // closed by a comma and followed by a verb is an aside between a subject and its
            // verb.
            && !(k + 1..n).find(|&j| tokens[j].is_punct(",")).is_some_and(|c| syntax::is_finite_verb(tokens, c + 1, lex))
        {
            splits.push(k);
            continue;
        }
        // "Toll rises to at least 14, operator disputes figures": a source speaking of words
        // of its own after a comma that closes a clause starts a claim of its own (not "On
        // Monday, Smith said" or "the official said that in his call last week, Putin
        // signaled", whose words before the comma hold no verb of their own, nor "Two workers
        // died, the company confirmed, naming them", whose verb takes the words before it).
        if prev.is_punct(",")
            && s.frames.iter().any(|f| {
                f.kind == FrameKind::Prefix
                    && f.source_tokens.start == k
                    && f.cue.start == k
                    && tokens.get(f.cue.end).is_some_and(|t| t.is_word() || t.kind == TokenKind::Number)
            })
            && (clause_start(s, &splits, k - 1)..k - 1).any(|j| syntax::is_finite_verb(tokens, j, lex))
        {
            splits.push(k);
            continue;
        }
        // "commission says turnout hit 61.3%, observers say far lower": in a headline's
        // shorthand a second source after a comma says words of its own, however short
        // (not "the toll is 40, officials say", whose source speaks the words before it).
        if s.sentence.kind == SentenceKind::Headline
            && syntax::headline_second_source_at(tokens, k, lex)
            && (clause_start(s, &splits, k - 1)..k - 1).any(|j| syntax::is_finite_verb(tokens, j, lex))
        {
            splits.push(k);
            continue;
        }
        // "..., a claim the energy ministry rejected as \"simply false\"": an appositive
        // naming what the clause before it told, and a source answering it, is a claim of
        // that source's own.
        if prev.is_punct(",")
            && syntax::names_a_report_at(tokens, k, lex)
            && s.frames.iter().any(|f| f.cue.start > k + 1 && f.cue.start <= k + 8 && f.class == VerbClass::Deny)
        {
            splits.push(k);
            continue;
        }
        // A name's initial ("Dario M. was arrested") ends no sentence.
        let initial = prev.is_punct(".")
            && k >= 3
            && tokens[k - 2].is_word()
            && tokens[k - 2].text.chars().count() == 1
            && tokens[k - 2].is_capitalized()
            && tokens[k - 3].is_capitalized()
            && !t.is_capitalized();
        // Sentences inside a quotation.
        if (prev.is_punct(".") || prev.is_punct("!") || prev.is_punct("?")) && t.is_word() && !initial {
            splits.push(k);
            continue;
        }
        if prev.is_punct(";") {
            splits.push(k);
            continue;
        }
        // "That part of the story was not disputed: the ministry confirmed that ...": a
        // source speaking after a colon starts a claim of its own.
        if prev.is_punct(":") && s.frames.iter().any(|f| f.cue.start == k && f.kind == FrameKind::Prefix && f.clausal) {
            splits.push(k);
            continue;
        }
        // "rights group says at least 19 killed as government insists toll is four": a
        // source speaking after a conjunction starts a claim of its own.
        // So does one putting out a figure ("and a rebel group put the toll well above 60").
        if crate::attribute::SECOND_SOURCE_CONJUNCTIONS.contains(&t.norm.as_str())
            && s.frames.iter().any(|f| {
                f.cue.start == k + 1 && f.kind == FrameKind::Prefix && (f.clausal || f.class == VerbClass::Figure)
            })
        {
            // The conjunction belongs to neither claim: the second starts with its source.
            splits.push(k);
            splits.push(k + 1);
            continue;
        }
        // "has not yet been signed": "yet" after a negation is an adverb, no coordinator.
        let adverb_yet = t.is("yet") && matches!(prev.norm.as_str(), "not" | "n't" | "never" | "as");
        let coordinator = matches!(t.norm.as_str(), "and" | "but" | "while" | "whereas" | "yet") && !adverb_yet;
        if coordinator {
            let next_is_that = tokens.get(k + 1).is_some_and(|x| x.is("that"));
            let frame_here = s.frames.iter().any(|f| f.cue.start == k);
            let comma = prev.is_punct(",");
            let clause_next = clause_starts_at(tokens, k + 1, lex) && !starts_noun_list(tokens, k + 1);
            // "... and has even considered sending ...", "... but declined to disclose ...":
            // a second predicate of the same subject is a proposition of its own.
            let predicate_next = tokens
                .get(k + 1)
                .is_some_and(|x| lex.grammar.auxiliaries.contains(x.norm.as_str()) && !x.is("'s"))
                && tokens[(k + 2).min(n)..(k + 4).min(n)].iter().any(|x| {
                    syntax::verb_form(x, lex).is_some()
                        || x.norm.ends_with("ed")
                        || x.norm.ends_with("ing") && x.norm.len() > 4
                        || matches!(x.norm.as_str(), "not" | "n't" | "never")
                })
                || t.is("but")
                    && tokens.get(k + 1).is_some_and(|x| {
                        matches!(syntax::verb_form(x, lex), Some(syntax::VerbForm::Past | syntax::VerbForm::Present))
                    });
            // "The girl is not swinging and the woman is not standing": two clauses, each with its
            // verb (but "Rubio and Lavrov spoke" is one).
            let since = clause_start(s, &splits, k);
            let verb_before = (since..k).any(|j| is_finite_verb(tokens, j, lex));
            // "between Biden and Xi": the two ends of a range, not two clauses.
            let between = (since..k).rev().take(6).any(|j| tokens[j].is("between"));
            // A conjunct with its own auxiliary ("and the woman is standing"), not a gapped one
            // ("45 were killed and 70 injured").
            let own_auxiliary = tokens[k + 1..(k + 8).min(n)]
                .iter()
                .take_while(|x| !x.is_punct(",") && !x.is("and"))
                .any(|x| lex.grammar.auxiliaries.contains(x.norm.as_str()) && !x.is("'s"));
            // "whether Renn and Dravec have met": two names before a plural verb are one
            // subject, not the end of a clause and a second one ("Renn resigned and Dravec
            // has left" agrees its verb with one name).
            let plural_subject = t.is("and")
                && tokens[k - 1].is_capitalized()
                && tokens.get(k + 1).is_some_and(|x| x.is_capitalized())
                && tokens[k + 1..n]
                    .iter()
                    .find(|x| !(x.is_word() && x.is_capitalized()))
                    .is_some_and(|x| matches!(x.norm.as_str(), "have" | "are" | "were" | "do"));
            let joined_clauses =
                t.is("and") && clause_next && verb_before && !between && own_auxiliary && !plural_subject;
            // "Prell did not resign but was dismissed": the second predicate says what
            // happened instead of what is denied, one statement with the first (the
            // negation's scope still ends at "but").
            let instead = t.is("but")
                && !comma
                && (since..k).any(|j| matches!(tokens[j].norm.as_str(), "not" | "n't" | "never"))
                && !clause_next;
            let predicate_next = predicate_next && !instead;
            if next_is_that
                || frame_here
                || (comma && clause_next)
                || (t.is("but") && clause_next)
                || predicate_next
                || joined_clauses
            {
                splits.push(k);
                continue;
            }
        }
        // A subordinate clause with its own subject: "... after Rubio spoke with Lavrov".
        // Not inside the words that name a source: "A nurse, who asked not to be named
        // because she was not authorised to speak, said ..." is one attribution.
        let in_source_words = s.frames.iter().any(|f| f.kind == FrameKind::Prefix && f.cue.start < k && k < f.cue.end);
        if let Some((end, _)) = lex.grammar.subordinators.match_at(tokens, k)
            && !in_source_words
            && k >= 3
            // "as" opens a clause of its own only after a comma and a main clause, and never
            // to name a source: "said at least 14 had died, as grieving families gathered
            // outside the morgue on Saturday" (not "as he said", "On Wednesday evening, as
            // crews were still at work, the fire service put ...").
            && (!t.is("as")
                || prev.is_punct(",")
                    && !saying_after(s, k, lex)
                    && (0..k).any(|j| is_finite_verb(tokens, j, lex)))
            && !matches!(
                prev.norm.as_str(),
                "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "hours"
                    | "hour"
                    | "minutes"
                    | "shortly"
                    | "soon"
                    | "just"
                    | "long"
                    | "right"
            )
            && clause_starts_at(tokens, end, lex)
            && !tokens[end].is("that")
        {
            splits.push(k);
            continue;
        }
        // The comma closing a sentence-initial subordinate clause: "A day after X raised
        // the toll, her office put out a statement".
        if prev.is_punct(",") && clause_starts_at(tokens, k, lex) && opens_with_subordinate_clause(tokens, k - 1, lex) {
            splits.push(k);
        }
    }
    splits.sort_unstable();
    splits.dedup();

    let mut clauses = Vec::new();
    let mut bounds = vec![0];
    bounds.extend(splits.iter().copied());
    bounds.push(n);
    for w in bounds.windows(2) {
        if let Some(clause) = make_clause(s, w[0], w[1], &excluded, &inner, &asides, tail.contains(&w[0])) {
            clauses.push(clause);
        }
    }
    for r in &inner {
        if let Some(mut clause) = make_clause(s, r.start, r.end, &excluded, &[], &[], true) {
            clause.core = clause.range.start;
            clauses.push(clause);
        }
    }
    clauses.sort_by_key(|c| (c.range.start, std::cmp::Reverse(c.range.end)));
    clauses.dedup_by(|a, b| a.range == b.range);
    clauses
}

/// The clause between two cut points, trimmed of joining words and edge punctuation;
/// `None` when nothing of a claim is left.
fn make_clause(
    s: &AttributedSentence,
    a: usize,
    b: usize,
    excluded: &[bool],
    inner: &[Range<usize>],
    asides: &[Range<usize>],
    reported: bool,
) -> Option<Clause> {
    let tokens = &s.tokens;
    let n = tokens.len();
    let (mut a, mut b) = (a, b);
    if a >= b || excluded[a] {
        return None;
    }
    while a < b
        && (matches!(tokens[a].norm.as_str(), "and" | "but" | "yet" | ";" | "-" | "—" | "–")
            || tokens[a].is("that") && !tokens[a].is_capitalized()
            || tokens[a].is_punct(","))
    {
        a += 1;
    }
    // A "that" opening the next clause is no part of this one; "I never said that," ends on
    // what was said.
    let opens_next =
        |b: usize| tokens.get(b).is_some_and(|x| !matches!(x.text.as_str(), "," | "." | ";" | "!" | "?" | ")"));
    // Trailing punctuation is no part of the clause, but a closing bracket or a per cent
    // sign is ("Turnout hit 61.3%, the commission said").
    let trailing = |t: &Token| t.kind == TokenKind::Punct && !t.is_punct(")") && !t.is_punct("%");
    while b > a && (trailing(&tokens[b - 1]) || tokens[b - 1].is("that") && opens_next(b)) {
        b -= 1;
    }
    let (a, mut b) = balance_quotes(tokens, a, b, n, excluded);
    while b > a && trailing(&tokens[b - 1]) {
        b -= 1;
    }
    if a >= b {
        return None;
    }
    let words = tokens[a..b].iter().filter(|t| t.is_word() || t.kind == TokenKind::Number).count();
    if words < 2 {
        return None;
    }
    let core = core_start(s, a..b);
    // A clause that is all attribution ("US officials confirm") carries no claim.
    if core >= b || !tokens[core..b].iter().any(|t| t.is_word() || t.kind == TokenKind::Number) {
        return None;
    }
    let embedded = inner
        .iter()
        .chain(asides)
        .filter(|r| r.start >= a && r.end <= b && (r.start, r.end) != (a, b))
        .cloned()
        .collect();
    Some(Clause { range: a..b, core, embedded, reported })
}

/// "the leaders of France, Britain and Italy": a list of nouns, not a clause.
fn starts_noun_list(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.is_capitalized())
        && tokens.get(k + 1).is_some_and(|t| t.is_punct(",") || t.is_punct("."))
}

/// The sentence (or the part before `comma`) opens with a subordinate clause.
fn opens_with_subordinate_clause(tokens: &[Token], comma: usize, lex: &Lexicon) -> bool {
    (0..comma.min(4)).any(|k| {
        lex.grammar.subordinators.contains_at(tokens, k) && !tokens[k].is("as") && clause_starts_at(tokens, k + 1, lex)
    }) && !(0..comma).any(|k| tokens[k].is_punct(","))
}

/// Keeps quotation marks balanced at the edges of a clause.
fn balance_quotes(tokens: &[Token], mut a: usize, mut b: usize, n: usize, excluded: &[bool]) -> (usize, usize) {
    let count = |a: usize, b: usize| {
        tokens[a..b]
            .iter()
            .filter(|t| t.kind == TokenKind::Quote && matches!(t.text.as_str(), "\"" | "“" | "”"))
            .count()
    };
    if count(a, b) % 2 == 1 {
        if b < n && tokens[b].kind == TokenKind::Quote && !excluded[b] {
            b += 1;
        } else if b < n
            && tokens[b].is_punct(",")
            && tokens.get(b + 1).is_some_and(|t| t.kind == TokenKind::Quote)
            && b + 2 <= n
        {
            // `"...,"` : keep the comma and the closing mark together.
            b += 2;
        } else if tokens[a].kind == TokenKind::Quote {
            a += 1;
        } else if b > a && tokens[b - 1].kind == TokenKind::Quote {
            b -= 1;
        }
    }
    (a, b)
}

/// After the innermost prefix frame that sits inside the clause: where its words begin.
fn core_start(s: &AttributedSentence, clause: Range<usize>) -> usize {
    let mut core = clause.start;
    for f in &s.frames {
        let prefix_like = matches!(f.kind, FrameKind::Prefix | FrameKind::Cited | FrameKind::According)
            && f.covers.start >= f.cue.start
            && f.clausal;
        // The cue may begin with the "and" the clause lost: "... and said he had ordered".
        let joined = f.cue.start + 1 == clause.start && matches!(s.tokens[f.cue.start].norm.as_str(), "and" | "but");
        if prefix_like
            && (f.cue.start >= clause.start || joined)
            && f.covers.start <= clause.end
            && f.covers.start > core
            && f.covers.start < clause.end
        {
            core = f.covers.start;
        }
    }
    core
}

#[allow(clippy::too_many_arguments)]
fn build_claim(
    doc_index: usize,
    doc: &Document,
    s: &AttributedSentence,
    clause: &Clause,
    sentence_text: &str,
    memory: &mut EntityMemory,
    carried_measures: &quantity::MeasureMemory,
    anchor: Option<jiff::civil::Date>,
    lex: &Lexicon,
) -> Claim {
    let tokens = &s.tokens;
    let range = clause.range.clone();
    let span = Span::new(tokens[range.start].span.start, tokens[range.end - 1].span.end);
    let attribution = s.attribution_for(range.clone(), clause.core, lex);
    let own_tokens = unembedded(tokens, clause.core..range.end, &clause.embedded);

    let polarity = polarity_of(&own_tokens, lex);
    let mut cues: Vec<Cue> = Vec::new();
    for m in lex.cues.classes.find_all(&own_tokens) {
        if m.value == "denial" && attributive_denial_word(&own_tokens, m.start, m.end, lex) {
            continue;
        }
        cues.push(Cue {
            class: m.value.clone(),
            span: Span::new(own_tokens[m.start].span.start, own_tokens[m.end - 1].span.end),
        });
    }
    // The frame's verb class counts too: "dismisses the probe", "denied that ...".
    let frame = s.frames.iter().rfind(|f| {
        f.cue.start >= range.start && f.cue.start < clause.core.max(range.start + 1) && f.covers.start <= range.end
    });
    let frame_class = frame.map(|f| f.class);
    let clausal_frame_class = frame.filter(|f| f.clausal).map(|f| f.class);
    if frame_class == Some(VerbClass::Deny) && !cues.iter().any(|c| c.class == "denial") {
        cues.push(Cue { class: "denial".into(), span });
    }
    if frame_class == Some(VerbClass::Confirm) {
        cues.push(Cue { class: "confirmation".into(), span });
    }
    // "An earlier version of this story said ...": words a correction takes back.
    let told_by_correction = frame.is_some_and(|f| {
        lex.cues
            .classes
            .find_all(&tokens[f.cue.clone()])
            .iter()
            .any(|m| m.value == "correction" || m.value == RETRACTION)
    });
    if told_by_correction && !cues.iter().any(|c| c.class == "correction") {
        cues.push(Cue { class: "correction".into(), span });
    }
    // What a story said before it was corrected is taken back: a retraction's words before
    // the claim's own, in its clause ("An earlier version of this article, published on
    // Wednesday, said the union had rejected ...", whichever frame the words end on).
    let before_own = &tokens[range.start..clause.core.max(range.start)];
    let told_as_retracted = lex.cues.classes.find_all(before_own).iter().any(|m| m.value == RETRACTION);
    if told_as_retracted && !cues.iter().any(|c| c.class == RETRACTION) {
        cues.push(Cue { class: RETRACTION.into(), span });
    }
    if cues.iter().any(|c| c.class == RETRACTION) && !cues.iter().any(|c| c.class == "correction") {
        cues.push(Cue { class: "correction".into(), span });
    }
    // A question the sentence names is open, and no position of anyone's to change.
    // So is one the clause asks with "whether" after a word that takes it ("the papers were
    // divided over whether Renn and Dravec have met").
    // So is one a source would not answer: "declined to say whether the government believed
    // the meeting had taken place", "could not confirm whether" (before the claim's words,
    // in its clause).
    const TAKE_WHETHER: &[&str] = &[
        "over",
        "about",
        "on",
        "of",
        "as",
        "to",
        "unclear",
        "clear",
        "asked",
        "say",
        "confirm",
        "know",
        "tell",
        "disclose",
        "specify",
        "reveal",
        "determine",
    ];
    let takes_whether = |w: &[Token]| w[1].is("whether") && TAKE_WHETHER.contains(&w[0].norm.as_str());
    let asks_whether = own_tokens.windows(2).any(takes_whether)
        || tokens.get(range.start..clause.core).is_some_and(|w| w.windows(2).any(takes_whether));
    let question = indirect_question(tokens, clause.core) || asks_whether;
    if question {
        cues.push(Cue { class: "question".into(), span });
    }
    // "If a leak is confirmed, the company would face fines": a condition states nothing,
    // and is no position to change either.
    let condition = own_tokens.iter().find(|t| t.is_word()).is_some_and(|t| t.is("if") || t.is("unless"));
    if condition {
        cues.push(Cue { class: "condition".into(), span });
    }
    // "The ministry expects it to grow to 6 billion euros": what a forecast frames is to come.
    let forecast =
        frame.is_some_and(|f| tokens[f.cue.clone()].iter().any(|t| lex.reporting.forecasts.contains(t.norm.as_str())));
    let modality = match modality_of(&own_tokens, clausal_frame_class, clause.reported, polarity, lex) {
        _ if question || condition => Modality::Possible,
        Modality::Asserted if forecast => Modality::Expected,
        m => m,
    };

    // "the next day" tells the day after a past one ("met on May 7 and toured the plant the
    // next day"); "next week" and "the next council meeting" look ahead.
    let future = own_tokens.iter().enumerate().any(|(k, t)| {
        matches!(t.norm.as_str(), "will" | "'ll" | "shall" | "upcoming" | "tomorrow")
            || t.is("next")
                && !(k > 0
                    && own_tokens[k - 1].is("the")
                    && own_tokens.get(k + 1).is_some_and(|n| {
                        matches!(n.norm.as_str(), "day" | "morning" | "afternoon" | "evening" | "night")
                    }))
    })
        || own_tokens.windows(2).any(|w| matches!((w[0].norm.as_str(), w[1].norm.as_str()), ("is" | "are", "to")))
        || own_tokens.windows(3).any(|w| {
            matches!(w[0].norm.as_str(), "is" | "are" | "was" | "were")
                && matches!(w[1].norm.as_str(), "due" | "set" | "expected" | "scheduled")
                && w[2].is("to")
        })
        // "the summit is set for December 10": a date fixed ahead.
        || own_tokens.windows(3).any(|w| {
            matches!(w[0].norm.as_str(), "is" | "are")
                && matches!(w[1].norm.as_str(), "due" | "set" | "scheduled" | "slated" | "planned")
                && matches!(w[2].norm.as_str(), "for" | "on" | "in")
        });
    let ctx = time::TimeContext { published: doc.published, future, anchor };
    let clause_tokens = unembedded(tokens, range.clone(), &clause.embedded);
    let mut times = time::find(&clause_tokens, &doc.text, &ctx);
    // "on Saturday, not Sunday": the day ruled out dates nothing, nor counts a figure ruled out.
    let ruled_out: Vec<Span> = (0..clause_tokens.len())
        .filter_map(|k| {
            let end = rejected_alternative(&clause_tokens, k, lex)?;
            Some(Span::new(clause_tokens[k].span.start, clause_tokens[end - 1].span.end))
        })
        .collect();
    times.retain(|t| !ruled_out.iter().any(|r| r.contains(t.span)));
    // Times inside the attribution ("said on Tuesday that") date the saying, as do those in
    // the words of a frame that introduces the clause ("The Journal, citing a person
    // familiar with the decision, reported on Tuesday evening that").
    let core_start = tokens.get(clause.core).map_or(span.end, |t| t.span.start);
    let frame_cues: Vec<Span> = s
        .frames
        .iter()
        .filter(|f| f.kind == FrameKind::Prefix && f.cue.start < range.end && f.cue.end > range.start)
        .filter_map(|f| {
            Some(Span::new(tokens.get(f.cue.start)?.span.start, tokens.get(f.cue.end.checked_sub(1)?)?.span.end))
        })
        .collect();
    // A dateline's date ("VASSELIN, June 22 (LPS) - At least 17 people were killed") is when
    // the story was filed, as a saying's is.
    let dateline_end = dateline_end(tokens).map_or(0, |k| tokens[k].span.start);
    for t in &mut times {
        t.statement = t.span.start < core_start
            || t.span.end <= dateline_end
            || frame_cues.iter().any(|c| c.start <= t.span.start && t.span.end <= c.end);
    }
    // "It was last hit on Monday, when a storm killed three people": the clause dates what it
    // tells by the time the words before it end on.
    if times.is_empty()
        && tokens.get(range.start).is_some_and(|t| t.is("when"))
        && range.start >= 2
        && tokens[range.start - 1].is_punct(",")
    {
        let before = &tokens[..range.start - 1];
        let end = before[before.len() - 1].span.end;
        // ("since March, when a bomb killed seven" tells of March, which the rules read
        // from the words before.)
        let since = |t: &crate::model::TimeRef| {
            t.text.to_ascii_lowercase().starts_with("since") || time::after_since(&doc.text, t)
        };
        times.extend(time::find(before, &doc.text, &ctx).into_iter().filter(|t| t.span.end == end && !since(t)));
    }
    // The saying is past, whatever the words said look to: "said on Wednesday that the
    // bridge will open next year" was said this week's Wednesday, not next.
    let said_ctx = time::TimeContext { published: doc.published, future: false, anchor };
    if future && times.iter().any(|t| t.statement) {
        let said = time::find(&clause_tokens, &doc.text, &said_ctx);
        for t in times.iter_mut().filter(|t| t.statement) {
            if let Some(p) = said.iter().find(|p| p.span == t.span) {
                *t = p.clone();
                t.statement = true;
            }
        }
    }
    // "..., he said before meeting Zelensky on Friday": the time of the saying.
    for f in &s.frames {
        if f.kind == FrameKind::Suffix && f.covers.contains(&clause.core) {
            let mut said = time::find(&tokens[f.cue.clone()], &doc.text, &said_ctx);
            for t in &mut said {
                t.statement = true;
            }
            times.extend(said);
        }
    }
    let time_spans: Vec<Span> = times.iter().map(|t| t.span).chain(ruled_out).collect();
    let quantities =
        quantity::find(&clause_tokens, 0..clause_tokens.len(), &doc.text, &time_spans, carried_measures, lex);
    let sentence_start = 0;
    let mut entities = entity::find(tokens, range.clone(), sentence_start, memory, lex);
    entities.retain(|e| !e.key.is_empty());
    let (subject, predicate, object) = svo(&own_tokens, lex);
    let mut terms: Vec<String> = own_tokens
        .iter()
        .filter(|t| {
            t.is_word()
                && !entities.iter().any(|e| e.span.contains(t.span))
                && !lex.grammar.stopwords.contains(t.norm.as_str())
                && !lex.cues.negation.contains_at(std::slice::from_ref(*t), 0)
                && t.norm.len() > 1
        })
        .map(|t| stem(&t.norm))
        .collect();
    terms.sort();
    terms.dedup();

    // Claims are kept to the end of a run: a vector grown by pushes holds room for four
    // quantities or entities where most claims have one, hundreds of megabytes in a corpus.
    let mut attribution = attribution;
    attribution.outlets.shrink_to_fit();
    let (mut quantities, mut times, mut entities, mut cues) = (quantities, times, entities, cues);
    quantities.shrink_to_fit();
    times.shrink_to_fit();
    entities.shrink_to_fit();
    cues.shrink_to_fit();
    terms.shrink_to_fit();
    Claim {
        id: String::new(),
        doc: doc_index,
        span,
        sentence_span: s.sentence.span,
        text: span.slice(&doc.text).to_string(),
        sentence: sentence_text.to_string(),
        attribution,
        subject,
        predicate,
        object,
        polarity,
        modality,
        quantities,
        times,
        entities,
        terms,
        own: Span::new(core_start.min(span.end), span.end),
        cues,
    }
}

/// A frame or a verb of saying comes within a few words after `k`: "as the ministry said",
/// "as officials confirmed".
fn saying_after(s: &AttributedSentence, k: usize, lex: &Lexicon) -> bool {
    const NEAR: usize = 6;
    s.frames.iter().any(|f| (k..=k + NEAR).contains(&f.cue.start))
        || (k + 1..(k + NEAR).min(s.tokens.len())).any(|j| lex.reporting.verbs.contains_at(&s.tokens, j))
}

/// The dash that ends a dateline opening the sentence: a place in capitals ("VASSELIN",
/// "PORT ANREC", "OSTREV/KELL"), then within a few words a dash with spaces round it.
fn dateline_end(tokens: &[Token]) -> Option<usize> {
    const DATELINE_WORDS: usize = 14;
    let in_capitals = |t: &Token| {
        t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !t.text.chars().any(char::is_lowercase)
    };
    if !tokens.first().is_some_and(in_capitals) {
        return None;
    }
    (1..tokens.len().min(DATELINE_WORDS)).find(|&k| {
        let t = &tokens[k];
        matches!(t.text.as_str(), "-" | "—" | "–" | "--")
            && tokens[k - 1].span.end < t.span.start
            && tokens.get(k + 1).is_some_and(|n| t.span.end < n.span.start)
    })
}

/// The tokens of `range` outside the embedded claims: the sentence's own slice when none
/// falls inside it (most clauses), copies only otherwise.
fn unembedded<'t>(tokens: &'t [Token], range: Range<usize>, embedded: &[Range<usize>]) -> Cow<'t, [Token]> {
    let inside = |k: &usize| embedded.iter().any(|e| e.contains(k));
    if !range.clone().any(|k| inside(&k)) {
        return Cow::Borrowed(&tokens[range]);
    }
    Cow::Owned(range.filter(|k| !inside(k)).map(|k| tokens[k].clone()).collect())
}

/// Negative when a stretch of the main clause between commas (or dashes, semicolons) holds
/// an odd number of negations: "the minister did not fail to appear" affirms, "There is no
/// weapons depot in Tarsin, there never was" denies twice. A stretch of nothing but a
/// negation is an interjection ("No, no, the official number is 210,000"). Negations inside
/// a relative clause ("something that hasn't been scheduled") do not count.
pub fn polarity_of(tokens: &[Token], lex: &Lexicon) -> Polarity {
    let mut count = 0;
    // Words of the stretch other than its negations.
    let mut words = 0;
    let mut odd_stretch = false;
    let mut k = 0;
    let mut in_relative = false;
    while k < tokens.len() {
        let t = &tokens[k];
        if t.is_punct(",")
            || t.is_punct("-")
            || t.is_punct("—")
            || t.is_punct("–")
            || t.is_punct(";")
            || t.is_punct(":")
            || t.is_punct(")")
        {
            in_relative = false;
            odd_stretch = odd_stretch || words > 0 && count % 2 == 1;
            count = 0;
            words = 0;
        }
        if k > 0 && matches!(t.norm.as_str(), "that" | "which" | "who" | "whom" | "whose") {
            let prev = &tokens[k - 1];
            let after_noun = prev.is_word()
                && !is_finite_verb(tokens, k - 1, lex)
                && !matches!(prev.norm.as_str(), "so" | "such" | "now" | "and" | "but" | "said" | "is" | "was");
            if after_noun {
                in_relative = true;
            }
        }
        if let Some((end, ())) = lex.cues.not_negation.match_at(tokens, k).map(|(e, v)| (e, *v)) {
            k = end;
            continue;
        }
        if let Some(end) = rejected_alternative(tokens, k, lex) {
            k = end;
            continue;
        }
        // "My answer is no": a "no" with no word after it answers; it denies nothing said.
        if t.is("no") && tokens.get(k + 1).is_none_or(|n| !n.is_word()) {
            k += 1;
            continue;
        }
        if instructed_not_to(tokens, k, lex) {
            k += 1;
            continue;
        }
        let negation = lex.cues.negation.match_at(tokens, k).map(|(e, _)| e).or_else(|| too_to_end(tokens, k, lex));
        if let Some(end) = negation {
            if !in_relative {
                count += 1;
            }
            k = end;
            continue;
        }
        words += usize::from(t.is_word());
        k += 1;
    }
    if odd_stretch || words > 0 && count % 2 == 1 { Polarity::Negative } else { Polarity::Positive }
}

/// Where a stretch ends that names the alternative a statement rules out: ", not Sunday"
/// in "the incident took place on Saturday, not Sunday", ", not 45". A few words after a
/// comma and "not", no verb among them: the statement before is affirmed, not denied.
fn rejected_alternative(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<usize> {
    const MAX_WORDS: usize = 4;
    if k == 0 || !tokens[k].is("not") || !tokens[k - 1].is_punct(",") {
        return None;
    }
    let word_or_figure = |t: &Token| t.is_word() || t.kind == TokenKind::Number;
    let end = (k + 1..tokens.len()).find(|&j| !word_or_figure(&tokens[j])).unwrap_or(tokens.len());
    let closes_stretch = tokens
        .get(end)
        .is_none_or(|t| t.is_punct(",") || t.is_punct(".") || t.is_punct(";") || t.is_punct(")") || t.is_punct("—"));
    let words = end - (k + 1);
    let plain = (k + 1..end).all(|j| {
        !is_finite_verb(tokens, j, lex)
            && !lex.cues.negation.contains_at(tokens, j)
            && !matches!(tokens[j].norm.as_str(), "to" | "only" | "just" | "yet")
    });
    (closes_stretch && (1..=MAX_WORDS).contains(&words) && plain).then_some(end)
}

/// Where a "too ... to" at `k` ends, when it bars what follows ("the margin is too wide to
/// trigger a recount" triggers none): "too", one word not of zeal (words.toml `zeal`: "too
/// quick to blame" blamed), then "to".
fn too_to_end(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<usize> {
    let [too, between, to] = tokens.get(k..k + 3)? else { return None };
    lex.words.too_bars(&too.norm, &between.norm, &to.norm).then_some(k + 3)
}

/// A "not to" (or "never to") that a directive verb governs, its object between ("asked him
/// not to publish", "was told never to return"): the instruction's negation, not the claim's.
fn instructed_not_to(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    if !(tokens[k].is("not") || tokens[k].is("never")) || !tokens.get(k + 1).is_some_and(|t| t.is("to")) {
        return false;
    }
    (k.saturating_sub(4)..k).any(|v| {
        lex.cues
            .directives
            .match_at(tokens, v)
            .is_some_and(|(end, _)| end <= k && tokens[end..k].iter().all(|t| t.is_word()))
    })
}

/// The clause at `start` is a question it names, not a statement: "gave conflicting accounts
/// of how many jobs will go, when the plant will close and what role a fine played". Only a
/// wh-word after a word that takes a question ("accounts of", "disagreed over"), or after a
/// comma or "and" in a list that such a word opens: "the council met on Monday, when it
/// approved the budget" states when.
fn indirect_question(tokens: &[Token], start: usize) -> bool {
    const WH: &[&str] = &["what", "when", "how", "whether", "why", "where", "who"];
    const TAKES_QUESTION: &[&str] = &["of", "about", "over", "on"];
    let asks = |k: usize| {
        tokens.get(k).is_some_and(|t| WH.contains(&t.norm.as_str()))
            && k > 0
            && TAKES_QUESTION.contains(&tokens[k - 1].norm.as_str())
    };
    if !tokens.get(start).is_some_and(|t| WH.contains(&t.norm.as_str())) || start == 0 {
        return false;
    }
    let before = &tokens[start - 1];
    asks(start) || (before.is_punct(",") || before.is("and") || before.is("or")) && (0..start).any(asks)
}

fn modality_of(
    tokens: &[Token],
    frame: Option<VerbClass>,
    reported: bool,
    polarity: Polarity,
    lex: &Lexicon,
) -> Modality {
    if frame == Some(VerbClass::Deny) {
        return Modality::Denied;
    }
    // "Holm met the minister on Sunday to sound out whether the government would fund a
    // settlement": the mode of a question the claim names is not the claim's own.
    let question = tokens.iter().skip(1).position(|t| t.is("whether")).map_or(tokens.len(), |k| k + 1);
    let found: Vec<Modality> = lex
        .cues
        .modality
        .find_all(tokens)
        .into_iter()
        .filter(|m| m.start < question)
        .filter(|m| !(m.end == m.start + 1 && modal_as_noun(tokens, m.start)))
        // "departed at 10pm, as scheduled": what was done as planned is done, no plan.
        .filter(|m| !(m.start > 0 && tokens[m.start - 1].is("as") && m.value == Modality::Planned))
        .map(|m| m.value)
        .collect();
    let has = |m: Modality| found.contains(&m);
    let _ = polarity;
    if has(Modality::Reported) || reported {
        Modality::Reported
    } else if has(Modality::Hedged) {
        Modality::Hedged
    } else if has(Modality::Possible) {
        Modality::Possible
    } else if has(Modality::Planned) {
        Modality::Planned
    } else if has(Modality::Expected) {
        Modality::Expected
    } else {
        Modality::Asserted
    }
}

/// A one-word denial cue used as an adjective of a thing, not of a report: "a fake nose",
/// "the wrong door" deny nothing, where "a fake report" and "a false alarm" do.
fn attributive_denial_word(tokens: &[Token], start: usize, end: usize, lex: &Lexicon) -> bool {
    const DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "its", "their", "some", "two", "this", "that"];
    if end != start + 1 || start == 0 || !DETERMINERS.contains(&tokens[start - 1].norm.as_str()) {
        return false;
    }
    tokens.get(end).is_some_and(|t| {
        t.is_word()
            && t.text.chars().all(|c| c.is_ascii_lowercase())
            && !lex.reporting.deniable_nouns.contains(t.norm.as_str())
    })
}

/// A modal word used as a noun: "a trash can by the door", "a can of soda", "in May", "the
/// will of the people". It says nothing about how sure the claim is.
fn modal_as_noun(tokens: &[Token], i: usize) -> bool {
    const NOUN_LIKE: &[&str] = &["can", "may", "will", "must", "might"];
    const BEFORE_NOUN: &[&str] = &[
        "a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "in", "of", "by", "since",
        "until", "last", "next", "early", "late", "mid",
    ];
    const PRONOUNS: &[&str] = &["i", "you", "he", "she", "it", "we", "they", "who", "which", "that", "this", "there"];
    // "the peace plan", "the Halden plan", "its schedule": a plan named is no plan made
    // ("Ukraine accepted the peace plan" is a fact; "the government plans to" is a plan).
    const PLAN_NOUNS: &[&str] = &["plan", "plans", "schedule", "intention"];
    // "management presented a restructuring plan to union representatives": a plan someone
    // presented is a thing handed over, whatever "to" follows it.
    const PRESENTING: &[&str] = &[
        "presented",
        "presents",
        "unveiled",
        "unveils",
        "outlined",
        "outlines",
        "submitted",
        "submits",
        "tabled",
        "tables",
        "handed",
    ];
    if PLAN_NOUNS.contains(&tokens[i].norm.as_str()) {
        let before = |k: usize| i.checked_sub(k).map(|j| &tokens[j]);
        let determiner = |t: &Token| BEFORE_NOUN.contains(&t.norm.as_str()) || t.is("'s") || t.norm == "whose";
        let presented = (i.saturating_sub(4)..i).any(|k| PRESENTING.contains(&tokens[k].norm.as_str()));
        return match (before(1), before(2)) {
            (Some(p), _) if determiner(p) => true,
            _ if tokens.get(i + 1).is_some_and(|t| t.is("to")) && !presented => false,
            (Some(p), Some(pp)) => determiner(pp) && p.is_word() || p.is_capitalized() && p.is_word(),
            _ => false,
        };
    }
    // "the planned stadium", "a scheduled flight": a participle before its noun names the
    // thing, and the claim it sits in plans nothing ("the developer of the planned stadium
    // gave conflicting dates").
    const PLAN_PARTICIPLES: &[&str] = &["planned", "scheduled", "intended"];
    if PLAN_PARTICIPLES.contains(&tokens[i].norm.as_str()) {
        const DETERMINERS: &[&str] = &["a", "an", "the", "this", "that", "his", "her", "its", "their", "our"];
        let after_determiner = i > 0 && DETERMINERS.contains(&tokens[i - 1].norm.as_str());
        return after_determiner && tokens.get(i + 1).is_some_and(|t| t.is_word() && !t.is("for") && !t.is("to"));
    }
    if !NOUN_LIKE.contains(&tokens[i].norm.as_str()) {
        return false;
    }
    // "on May 28", "May 2024", "on 12 May": the month.
    let number = |t: &Token| t.kind == crate::text::TokenKind::Number;
    if tokens[i].text == "May"
        && (tokens.get(i + 1).is_some_and(number)
            || i.checked_sub(1).is_some_and(|k| tokens[k].is("on") || number(&tokens[k])))
    {
        return true;
    }
    let Some(prev) = i.checked_sub(1).map(|k| &tokens[k]) else { return false };
    if BEFORE_NOUN.contains(&prev.norm.as_str()) {
        return true;
    }
    // "a trash can by a woman": a lowercase noun before, "by" or "of" after; "into a trash
    // can.": a preposition, a determiner and a lowercase noun before, nothing after (a modal
    // verb that ends its clause follows its subject: "as fast as he can", "said the team can").
    let next = tokens.get(i + 1).filter(|t| t.is_word()).map(|t| t.norm.as_str());
    let noun_before =
        prev.is_word() && prev.text.chars().all(|c| c.is_ascii_lowercase()) && !PRONOUNS.contains(&prev.norm.as_str());
    let determiner_before = i >= 3
        && matches!(tokens[i - 2].norm.as_str(), "a" | "an" | "the")
        && matches!(
            tokens[i - 3].norm.as_str(),
            "in" | "into"
                | "on"
                | "onto"
                | "from"
                | "with"
                | "near"
                | "by"
                | "beside"
                | "behind"
                | "under"
                | "inside"
                | "out"
                | "of"
                | "at"
                | "to"
                | "over"
                | "through"
        );
    noun_before && (matches!(next, Some("by" | "of")) || next.is_none() && determiner_before)
}

/// Subject, predicate and object of the main clause: the noun phrase before the first
/// finite verb, that verb (past auxiliaries), and the words after it.
pub fn svo(tokens: &[Token], lex: &Lexicon) -> (Option<String>, Option<String>, Option<String>) {
    let content = |ts: &[Token]| -> Option<String> {
        let words: Vec<&str> = ts
            .iter()
            .filter(|t| t.is_word() && !lex.grammar.stopwords.contains(t.norm.as_str()) && t.norm != "'s")
            .map(|t| t.norm.as_str())
            .collect();
        (!words.is_empty()).then(|| words.join(" "))
    };
    // "There is no man playing flute": existential, the noun is the subject.
    let mut start = 0;
    if tokens.first().is_some_and(|t| t.is("there"))
        && tokens.get(1).is_some_and(|t| matches!(t.norm.as_str(), "is" | "are" | "was" | "were"))
    {
        start = 2;
        let verb = (start..tokens.len()).find(|&k| tokens[k].norm.ends_with("ing") && tokens[k].norm.len() > 4);
        if let Some(v) = verb {
            return (content(&tokens[start..v]), Some(stem(&tokens[v].norm)), content(&tokens[v + 1..]));
        }
        return (content(&tokens[start..]), Some("be".into()), None);
    }
    let finite = |k: usize| is_finite_verb(tokens, k, lex) && !tokens[k].is_capitalized();
    // Past auxiliaries and negation to the main verb: "has not changed" -> change.
    let main_verb = |mut v: usize| {
        while v + 1 < tokens.len()
            && (lex.grammar.auxiliaries.contains(tokens[v].norm.as_str())
                || matches!(tokens[v].norm.as_str(), "not" | "n't" | "never" | "been" | "being" | "also" | "still"))
            && (tokens[v + 1].is_word() && !tokens[v + 1].is_capitalized())
        {
            v += 1;
        }
        v
    };
    let Some(mut first_verb) = (start..tokens.len()).find(|&k| finite(k)) else {
        return (content(tokens), None, None);
    };
    // A verb right after "who" or "which" is a relative clause's ("cousins of a man who died
    // in a crash were awarded ..."): the main clause's verb is the next one, if any.
    while first_verb > start
        && matches!(tokens[first_verb - 1].norm.as_str(), "who" | "which")
        && let Some(next) = (main_verb(first_verb) + 1..tokens.len()).find(|&k| finite(k))
    {
        first_verb = next;
    }
    let v = main_verb(first_verb);
    if lex.grammar.auxiliaries.contains(tokens[v].norm.as_str())
        || matches!(tokens[v].norm.as_str(), "not" | "n't" | "never" | "been")
    {
        return (content(&tokens[start..first_verb]), Some("be".into()), content(&tokens[v + 1..]));
    }
    (content(&tokens[start..first_verb]), Some(stem(&tokens[v].norm)), content(&tokens[v + 1..]))
}

/// Token ranges of the words of a clause, for tests and reports.
pub fn clause_text<'a>(doc_text: &'a str, s: &AttributedSentence, c: &Clause) -> &'a str {
    syntax::text_of(doc_text, &s.tokens, c.range.clone())
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::model::{Claim, Modality, Polarity};

    fn claims(text: &str) -> Vec<Claim> {
        let options = crate::ingest::IngestOptions {
            published: crate::ingest::parse_date("2025-10-22"),
            outlet: Some("BTA".into()),
            ..Default::default()
        };
        let doc = crate::ingest::document_from_text("t", text, &options, Lexicon::bundled());
        crate::claims_of(0, &doc, Lexicon::bundled())
    }

    /// The keys of the names in the claims, in order.
    fn keys(claims: &[Claim]) -> Vec<Vec<String>> {
        claims.iter().map(|c| c.entities.iter().map(|e| e.key.clone()).collect()).collect()
    }

    #[test]
    fn a_names_initial_ends_no_claim() {
        let c = claims("The Daily reported, citing a police source, that Dario M. was arrested on Friday in Solvara.");
        assert!(
            c.iter().any(|c| c.text.contains("Dario M. was arrested on Friday")),
            "{:?}",
            c.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_country_and_its_adjective_are_one_party() {
        let c = claims(
            "Korvel's envoy will meet his Bastran counterpart in Drava on Friday. \
             \"No meeting has been scheduled with the Korvelian side,\" Bastra's foreign ministry said.",
        );
        let keys = keys(&c);
        assert!(keys[0].contains(&"korvel".to_string()) && keys[0].contains(&"bastra".to_string()), "{keys:?}");
        assert_eq!(keys[1], vec!["korvel".to_string()]);
    }

    #[test]
    fn an_ending_alone_makes_no_adjective() {
        // No "Morga" or "Kovacia" is named: the names keep their own keys. A person's name is
        // never a country's adjective ("Marian Kovac" in a story that names Maria).
        let keys = keys(&claims("Morgan said the plant in Maria would close. Marian Kovac visited Maria on Friday."));
        let all: Vec<&String> = keys.iter().flatten().collect();
        assert!(all.contains(&&"morgan".to_string()) && all.contains(&&"kovac".to_string()), "{all:?}");
    }

    fn texts(c: &[Claim]) -> Vec<&str> {
        c.iter().map(|c| c.text.as_str()).collect()
    }

    #[test]
    fn coordinated_clauses_share_the_speaker() {
        let c = claims(
            "Zelensky said on Tuesday that Ukraine has accepted Trump's proposal to end fighting along the front line, but stressed that Russia has rejected it.",
        );
        assert_eq!(
            texts(&c),
            vec![
                "Zelensky said on Tuesday that Ukraine has accepted Trump's proposal to end fighting along the front line",
                "stressed that Russia has rejected it"
            ]
        );
        assert!(c.iter().all(|c| c.speaker() == Some("Zelensky")));
    }

    #[test]
    fn people_opens_a_second_clause() {
        let c = claims("There is no clown singing and people are not dancing.");
        assert_eq!(texts(&c), vec!["There is no clown singing", "people are not dancing"]);
        assert!(c.iter().all(|c| c.polarity == Polarity::Negative));
    }

    #[test]
    fn said_x_and_that_y() {
        let c = claims(
            "President Trump said on Tuesday that a meeting with Putin would be a waste of time and that he will reveal his new vision within two days, writes the \"Wall Street Journal\".",
        );
        assert_eq!(c.len(), 2, "{:?}", texts(&c));
        assert!(c[1].text.starts_with("he will reveal"));
        assert_eq!(c[1].outlet(), Some("Wall Street Journal"));
        assert_eq!(c[1].speaker(), Some("President Trump"));
    }

    #[test]
    fn a_report_inside_a_sentence_is_its_own_claim() {
        let c = claims(
            "Sanders was asked about a report in The Wall Street Journal that special counsel Robert Mueller's team has requested Trump's records from Deutsche Bank.",
        );
        let reported = c.iter().find(|c| c.text.starts_with("special counsel")).expect("embedded claim");
        assert_eq!(reported.outlet(), Some("Wall Street Journal"));
        assert_eq!(reported.modality, Modality::Reported);
        let c = claims(
            "They confirmed that the news reports that the special counsel had subpoenaed financial records are false.",
        );
        assert!(c.iter().any(|c| c.text == "the special counsel had subpoenaed financial records"), "{:?}", texts(&c));
        assert!(c.iter().any(|c| c.text.ends_with("are false") && c.text.contains("news reports")), "{:?}", texts(&c));
    }

    #[test]
    fn an_alternative_ruled_out_neither_negates_nor_dates_nor_counts() {
        let c = claims("According to the ministry spokesman, the incident took place on Saturday, not Sunday.");
        assert_eq!(c[0].polarity, Polarity::Positive);
        let days: Vec<&str> = c[0].times.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(days, ["on Saturday"]);
        let c = claims("The ministry said the toll was 12, not 17.");
        assert_eq!(c[0].polarity, Polarity::Positive);
        let values: Vec<f64> = c[0].quantities.iter().map(|q| q.value).collect();
        assert_eq!(values, [12.0]);
        // A clause of its own after "not" still negates.
        let c = claims("The spokesman said the convoy was hit, not that anyone died.");
        assert_eq!(c[0].polarity, Polarity::Negative, "{:?}", texts(&c));
    }

    #[test]
    fn polarity_of_the_main_clause() {
        let c = claims(
            "Lavrov said that Russia's position - that a peace agreement must precede a ceasefire - had not changed.",
        );
        assert_eq!(c[0].polarity, Polarity::Negative);
        let c = claims("The Kremlin said \"you can't postpone something that hasn't been scheduled.\"");
        assert_eq!(c[0].polarity, Polarity::Negative);
        let c =
            claims("A position that critics say allows the Kremlin to keep fighting without negotiating is unchanged.");
        assert_eq!(c[0].polarity, Polarity::Positive);
        let c = claims("There is no man playing a flute.");
        assert_eq!(c[0].polarity, Polarity::Negative);
        // "Too ... to" bars what follows, unless it tells zeal.
        let c = claims("Delgado said the margin is too wide to trigger an automatic recount.");
        assert_eq!(c[0].polarity, Polarity::Negative, "{:?}", texts(&c));
        let c = claims("The senator said the governor was too quick to blame the union for the delays.");
        assert_eq!(c[0].polarity, Polarity::Positive, "{:?}", texts(&c));
        // A "no" that answers denies nothing said.
        let c = claims("I have looked at the evidence, and my answer is no.");
        assert!(c.iter().all(|c| c.polarity == Polarity::Positive), "{:?}", texts(&c));
        let c = claims("Not only the army but also the police were deployed.");
        assert_eq!(c[0].polarity, Polarity::Positive);
        // The "not" of an instruction is the instruction's: the meeting took place.
        let c = claims("An aide met the editor on Monday and asked him not to publish the story.");
        assert_eq!(c[0].polarity, Polarity::Positive);
        let c = claims("The aide did not ask him to drop the story.");
        assert_eq!(c[0].polarity, Polarity::Negative);
    }

    #[test]
    fn a_question_a_sentence_names_is_no_statement() {
        let c = claims(
            "The company and the union gave conflicting accounts of how many jobs will go, when the plant will close and what role a recent fine played.",
        );
        let open = c.iter().find(|c| c.text.starts_with("when the plant")).expect("the listed questions are a claim");
        assert_eq!(open.modality, Modality::Possible);
        // A clause after a comma that says when is a statement.
        let c = claims("The council met on Monday, when it approved the budget for next year.");
        assert!(c.iter().all(|c| c.modality == Modality::Asserted), "{c:?}");
    }

    #[test]
    fn a_date_set_ahead_is_in_the_future() {
        // Published 2025-10-22: "December 10" in "is set for" is this year's, not last year's.
        let c = claims("The newspaper wrote that the summit is set for December 10.");
        assert_eq!(c[0].times[0].start.map(|d| d.to_string()).as_deref(), Some("2025-12-10"));
    }

    #[test]
    fn an_aside_about_some_of_the_subject_keeps_the_clause_whole() {
        let c = claims(
            "The health office, which governs the town, said at least 31 civilians, among them nine children, \
             were killed when bombs struck the market.",
        );
        let toll = c.iter().find(|c| c.text.contains("at least 31")).expect("the toll is a claim");
        assert_eq!(toll.speaker(), Some("The health office"));
        assert!(toll.text.contains("were killed"), "{:?}", texts(&c));
    }

    #[test]
    fn the_saying_is_past_when_the_words_look_ahead() {
        // Published Wednesday 2025-10-22: "said on Monday" is two days before, though the
        // bridge "will open" next year; what will be on Friday is still ahead.
        let day = |c: &Claim, text: &str| {
            c.times.iter().find(|t| t.text == text).and_then(|t| t.start).map(|d| d.to_string())
        };
        let c = claims("The bridge will open to traffic next year, the minister said on Monday.");
        assert_eq!(day(&c[0], "on Monday").as_deref(), Some("2025-10-20"));
        let c = claims("The minister said on Monday that the bridge will open to traffic next year.");
        assert_eq!(day(&c[0], "on Monday").as_deref(), Some("2025-10-20"));
        let c = claims("The leaders will meet on Friday, the minister said.");
        assert_eq!(day(&c[0], "on Friday").as_deref(), Some("2025-10-24"));
    }

    #[test]
    fn not_yet_is_a_negation_not_a_second_clause() {
        let c =
            claims("A spokesman said that the contract \"has not yet been signed\" and that the carrier is waiting.");
        let signed = c.iter().find(|c| c.text.contains("signed")).unwrap();
        assert!(signed.text.contains("has not yet been signed"), "{:?}", signed.text);
        assert_eq!(signed.polarity, Polarity::Negative);
    }

    #[test]
    fn the_next_day_of_a_past_day_looks_back_and_the_next_meeting_ahead() {
        // Published 2025-10-22.
        let start = |text: &str, phrase: &str| {
            let c = claims(text);
            let t = c.iter().flat_map(|c| &c.times).find(|t| t.text.contains(phrase)).unwrap().clone();
            t.start.map(|d| d.to_string())
        };
        let met = "The delegation met ministry officials on May 7 and toured the plant the next day.";
        assert_eq!(start(met, "May 7").as_deref(), Some("2025-05-07"));
        let motion = "Fenwick said she would table a motion at the next full council meeting in July.";
        assert_eq!(start(motion, "July").as_deref(), Some("2026-07-01"));
    }

    #[test]
    fn modality() {
        assert_eq!(claims("The minister will travel to Kyiv next week.")[0].modality, Modality::Expected);
        assert_eq!(claims("Trump has considered sending missiles to Ukraine.")[0].modality, Modality::Possible);
        assert_eq!(claims("The missile was reportedly launched from the coast.")[0].modality, Modality::Reported);
        assert_eq!(claims("A missile was believed to have landed in the sea.")[0].modality, Modality::Hedged);
        assert_eq!(claims("The Kremlin denied that Putin had agreed to the plan.")[0].modality, Modality::Denied);
        assert_eq!(claims("The army says 37 soldiers were killed.")[0].modality, Modality::Asserted);
        assert_eq!(claims("The baby is being put into a trash can by a woman.")[0].modality, Modality::Asserted);
        assert_eq!(claims("In May the ministry opened an inquiry.")[0].modality, Modality::Asserted);
        assert_eq!(claims("The ministry may open an inquiry.")[0].modality, Modality::Possible);
        assert_eq!(claims("The ferry departed at 10pm on Thursday, as scheduled.")[0].modality, Modality::Asserted);
        assert_eq!(claims("The ferry is scheduled to depart at 10pm.")[0].modality, Modality::Planned);
        assert_eq!(claims("Leaders hope to sign the deal at the summit.")[0].modality, Modality::Possible);
        // Coming close to an agreement is reaching none.
        assert_eq!(claims("The two sides came close to an agreement.")[0].polarity, Polarity::Negative);
        // A guess at what happened is a hedged account of it, not a possibility to come.
        let guess = claims("He acknowledged that between 8 and 10 civilians may have died.");
        assert_eq!(guess[0].modality, Modality::Hedged);
        assert_eq!(claims("The fire could have been avoided.")[0].modality, Modality::Possible);
        // What a forecast frames is to come; what an estimate frames is a figure of what is.
        let forecast = claims("The trade ministry expects exports to grow to 6 billion euros by 2030.");
        assert_eq!(forecast.iter().find(|c| c.text.contains("6 billion")).unwrap().modality, Modality::Expected);
        let estimate = claims("The trade ministry estimates that exports reached 4 billion euros last year.");
        assert_eq!(estimate.iter().find(|c| c.text.contains("4 billion")).unwrap().modality, Modality::Asserted);
        // The mode of a question asked is not the claim's: the meeting took place.
        let asked = claims("The envoy met the governor on Friday to find out whether the state would pay for the dam.");
        assert_eq!(asked[0].modality, Modality::Asserted);
        assert_eq!(claims("The board will decide whether to sell the mill.")[0].modality, Modality::Expected);
        // A question a source would not answer asserts nothing, however deep in the clause.
        let unanswered = claims("The spokesman declined to say whether the cabinet believed the vote had been rigged.");
        assert!(unanswered.iter().all(|c| c.modality == Modality::Possible), "{unanswered:#?}");
        // What an earlier version of a story said is taken back.
        let retracted = claims("An earlier version of this story said the talks had been mediated by the council.");
        assert!(retracted[0].has_cue("correction"), "{:?}", retracted[0].cues);
        assert!(retracted[0].has_cue(super::RETRACTION), "{:?}", retracted[0].cues);
        // ... whichever frame its words end on: here the union's rejection.
        let retracted = claims(
            "Correction: An earlier version of this article, published online on Wednesday night, said the union had rejected the mediator's proposal.",
        );
        assert!(retracted.iter().all(|c| c.has_cue(super::RETRACTION)), "{retracted:#?}");
        // A source's own correction is no retraction.
        let corrected = claims("The ministry corrected the figure to 16, citing a typing error.");
        assert!(corrected.iter().all(|c| !c.has_cue(super::RETRACTION)), "{corrected:#?}");
        // A plan named is no plan made.
        assert_eq!(claims("Ukraine accepted the peace plan.")[0].modality, Modality::Asserted);
        assert_eq!(claims("The president accepted the Halden plan in full.")[0].modality, Modality::Asserted);
        assert_eq!(claims("The government plans to raise the tax.")[0].modality, Modality::Planned);
        // A plan presented is handed over, whatever "to" follows it.
        let presented = claims("Management presented a restructuring plan to union representatives on Monday.");
        assert_eq!(presented[0].modality, Modality::Asserted);
        assert_eq!(claims("The board plans to close the plant.")[0].modality, Modality::Planned);
        let named = claims("City Hall and the developer of the planned stadium gave conflicting dates.");
        assert_eq!(named[0].modality, Modality::Asserted);
        assert_eq!(claims("The meeting was planned for Friday.")[0].modality, Modality::Planned);
        assert_eq!(claims("A woman is putting the baby into a trash can.")[0].modality, Modality::Asserted);
        assert_eq!(claims("The rescuers help as fast as they can.")[0].modality, Modality::Possible);
        assert_eq!(claims("He said the team can.")[0].modality, Modality::Possible);
    }

    #[test]
    fn denial_words_of_things_deny_nothing() {
        let denial = |s: &str| claims(s)[0].has_cue("denial");
        assert!(!denial("A little girl is wearing a fake nose and glasses."));
        assert!(!denial("The man knocked on the wrong door."));
        assert!(denial("The ministry said the report was fake."));
        assert!(denial("Officials said it was a false alarm."));
        assert!(denial("The ministry called it a fake story."));
    }

    #[test]
    fn subject_predicate_object() {
        let (s, p, o) = super::svo(&crate::text::tokenize("A man is playing a guitar", 0), Lexicon::bundled());
        assert_eq!((s.as_deref(), p.as_deref(), o.as_deref()), (Some("man"), Some("play"), Some("guitar")));
        let (s, p, o) = super::svo(&crate::text::tokenize("There is no man playing a flute", 0), Lexicon::bundled());
        assert_eq!((s.as_deref(), p.as_deref(), o.as_deref()), (Some("man"), Some("play"), Some("flute")));
        // The verb of a relative clause in the subject is not the claim's.
        let t = crate::text::tokenize("The cousins of a man who died in a crash were awarded damages", 0);
        let (s, p, o) = super::svo(&t, Lexicon::bundled());
        assert_eq!((s.as_deref(), p.as_deref()), (Some("cousins man died crash"), Some("award")));
        assert_eq!(o.as_deref(), Some("damages"));
        let t = crate::text::tokenize("A man who is wearing a hat is playing a guitar", 0);
        assert_eq!(super::svo(&t, Lexicon::bundled()).1.as_deref(), Some("play"));
    }

    #[test]
    fn a_clause_after_comma_which_is_a_claim_of_its_own() {
        let c = claims(
            "\"We reject the authority's conclusions, which rest on a misreading of our records,\" the airline said. \
             The Monitor, which tracks casualties, said 60 civilians had died. The report, which the army denied, \
             was published on Monday.",
        );
        let t = texts(&c);
        assert!(t.iter().any(|x| x.starts_with("which rest on a misreading")), "{t:?}");
        assert!(t.iter().any(|x| x.ends_with("the authority's conclusions")), "{t:?}");
        // Not inside the words that name a source, nor where "which" is the object.
        assert!(t.iter().any(|x| x.contains("The Monitor, which tracks casualties, said")), "{t:?}");
        assert!(!t.iter().any(|x| x.starts_with("which the army denied")), "{t:?}");
    }

    #[test]
    fn page_chrome_gives_no_claims() {
        let text = "Link to main version\n\n193\n\nСнимка: БГНЕС/ EPA\n\nThe army says 37 soldiers were killed.";
        let mut doc_claims = claims(text);
        doc_claims.retain(|c| !c.text.contains("army"));
        assert!(doc_claims.is_empty(), "{:?}", texts(&doc_claims));
    }

    #[test]
    fn a_relative_clause_between_a_subject_and_its_verb_is_an_aside() {
        let c =
            claims("The Coalition for Public Water, which called the march, is sticking to its own figure of 120,000.");
        let t = texts(&c);
        assert_eq!(
            t,
            vec!["The Coalition for Public Water, which called the march, is sticking to its own figure of 120,000"]
        );
        // After a clause with its verb, the relative clause tells more of its own.
        let c = claims("The airline said it rejected the conclusions, which rest on a misreading of our records.");
        let t = texts(&c);
        assert!(t.iter().any(|x| x.starts_with("which rest on a misreading")), "{t:?}");
        // A text that stops at the comma after the clause (a fragment, a cut feed) has no
        // verb after it to look at: the clause is still read, and nothing reads past the end.
        let c = claims("The airline said it rejected the conclusions, which rest on a misreading of our records,");
        let t = texts(&c);
        assert!(t.iter().any(|x| x.starts_with("which rest on a misreading")), "{t:?}");
    }

    #[test]
    fn the_month_may_is_no_modal() {
        let c = claims("The minister met his counterpart in the port city on May 28 to sign a letter of intent.");
        assert_eq!(c[0].modality, Modality::Asserted, "{c:#?}");
        assert_eq!(claims("The ministry may open an inquiry in May 2026.")[0].modality, Modality::Possible);
        // The day before the month, as British and agency copy write it.
        assert_eq!(claims("Mr Orel met the minister on 2 May.")[0].modality, Modality::Asserted);
        assert_eq!(claims("The talks ended on Wednesday 8 May.")[0].modality, Modality::Asserted);
        assert_eq!(claims("They said 12 may die.")[0].modality, Modality::Possible);
    }

    #[test]
    fn an_as_clause_after_a_main_clause_keeps_its_time_to_itself() {
        let c = claims(
            "Police said nine people were killed, but doctors said at least 14 people had died, as grieving families gathered outside the morgue on Saturday.",
        );
        let toll = c.iter().find(|c| c.text.contains("at least 14")).unwrap();
        assert!(toll.times.is_empty(), "{c:#?}");
        // "as" before a source opens no claim.
        let c = claims("At least 14 people died, as the ministry said on Saturday.");
        assert_eq!(texts(&c), vec!["At least 14 people died, as the ministry said on Saturday"]);
    }

    #[test]
    fn a_bare_figure_repeated_is_of_the_measure_it_was_told_with() {
        let c = claims(
            "The coast guard said 148 people were on board. The operator said 28 people were unaccounted for. The coast guard rejected that. \"The figure is 148,\" he said.",
        );
        let measure_of = |value: f64| {
            let q = c.iter().flat_map(|c| &c.quantities).rfind(|q| q.value == value);
            q.and_then(|q| q.measure.as_deref())
        };
        // The last 148 repeats the count of those on board, not the missing counted last.
        assert_eq!(measure_of(148.0), Some("aboard"), "{c:#?}");
        assert_eq!(measure_of(28.0), Some("missing"));
    }
}

#[cfg(test)]
mod polarity_probe {
    #[test]
    fn would_not_receive() {
        let lex = crate::lexicon::Lexicon::bundled();
        let t = crate::text::tokenize("Ukraine would not receive Tomahawk missiles in the near future", 0);
        assert_eq!(super::polarity_of(&t, lex), crate::model::Polarity::Negative);
    }

    #[test]
    fn negations_in_two_stretches_do_not_cancel() {
        let lex = crate::lexicon::Lexicon::bundled();
        let polarity = |s: &str| super::polarity_of(&crate::text::tokenize(s, 0), lex);
        use crate::model::Polarity::{Negative, Positive};
        assert_eq!(polarity("There is no weapons depot in Tarsin, there never was"), Negative);
        assert_eq!(polarity("He did not resign, and he will not resign"), Negative);
        // Within one stretch, two negations still affirm.
        assert_eq!(polarity("The minister did not fail to appear"), Positive);
        assert_eq!(polarity("Police put the number at no more than 80"), Positive);
        // A stretch of nothing but "no" is an interjection.
        assert_eq!(polarity("No, no, the official number is 210,000."), Positive);
        assert_eq!(
            polarity("giving a lower number: \u{201c}No, no, the official number is 210,000.\u{201d}"),
            Positive
        );
    }
}
