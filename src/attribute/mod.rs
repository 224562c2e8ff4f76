//! attribute: `Sentence` -> `AttributedSentence` (tokens, quotation marks, attribution
//! frames), and for any words of it the `Attribution`: the chain of outlets (outermost
//! first) and the speaker.
//!
//! Within a sentence, frames say who stands behind which words. Across sentences, the
//! discourse carries on: in a press review everything after "Politico reports" belongs to
//! Politico until another outlet takes over, "the publication" is the last outlet named,
//! "he said" is the last person quoted, and a quotation without a frame continues the
//! previous speaker's.

pub mod frames;
pub mod quotes;

use crate::lexicon::{Lexicon, VerbClass};
use crate::model::{Attribution, Document, Role, Sentence, SentenceKind, Span};
use crate::syntax;
use crate::text::{Token, TokenKind, tokenize};
pub use frames::{Frame, FrameKind, Source};
use std::ops::Range;

/// A sentence with its tokens and resolved attribution frames.
#[derive(Debug, Clone)]
pub struct AttributedSentence {
    pub sentence: Sentence,
    pub tokens: Vec<Token>,
    /// Per token: inside quotation marks.
    pub quoted: Vec<bool>,
    /// Frames with every source resolved to `Source::Outlet` or `Source::Speaker`.
    pub frames: Vec<Frame>,
    /// What holds for the whole sentence before its own frames: the document's outlet, the
    /// outlet carried over from earlier sentences, a speaker whose quotation continues.
    pub base: Attribution,
}

impl AttributedSentence {
    /// The attribution of the words `range` (token indices): the frames that cover them,
    /// outermost first, on top of the sentence's base.
    pub fn attribution_for(&self, range: Range<usize>, core: usize, lex: &Lexicon) -> Attribution {
        let probe = first_content(&self.tokens, core..range.end);
        // Frames whose words hold the claim's own words, and frames with a noun-phrase
        // object whose source stands inside the claim ("the press office confirmed the
        // payment").
        // "denied a report that X met Y, calling the story false": the judgement after the
        // comma is the denier's, not the report's it follows.
        let appraises = syntax::appraises_at(&self.tokens, range.start, lex);
        let mut covering: Vec<&Frame> = self
            .frames
            .iter()
            .filter(|f| f.covers.contains(&probe) || !f.clausal && range.contains(&f.source_tokens.start))
            .filter(|f| !(appraises && f.kind == FrameKind::Nominal))
            .collect();
        // Outermost first: a frame covering more words encloses one covering fewer.
        covering.sort_by_key(|f| (std::cmp::Reverse(f.covers.len()), f.cue.start));
        let mut outlets = self.base.outlets.clone();
        let mut speaker: Option<String> = None;
        let mut cue = None;
        // Who denies a report is not who tells what the report says: "the miner dismissed a
        // report alleging that it paid ..." tells the report's words, the miner denies them,
        // and "rejected a report in the daily X that ..." tells X's.
        let voiced_inside = |i: usize| {
            covering[i + 1..]
                .iter()
                .any(|g| matches!(g.source, Source::Speaker(_) | Source::Outlet(_)) && g.covers.contains(&probe))
        };
        // "The U.N. office said in a report that at least 38 were killed, citing health
        // workers": the office says it, on the word of its sources. (An outlet citing
        // someone relays that person's words.)
        let said_by_a_speaker =
            covering.iter().any(|g| g.kind != FrameKind::Cited && matches!(g.source, Source::Speaker(_)));
        for (i, f) in covering.iter().enumerate() {
            let trailing_citation = f.kind == FrameKind::Cited && f.covers.end <= f.cue.start;
            if trailing_citation && said_by_a_speaker {
                continue;
            }
            if f.class == VerbClass::Deny
                && matches!(f.source, Source::Speaker(_))
                && f.covers.contains(&probe)
                && voiced_inside(i)
            {
                continue;
            }
            match &f.source {
                Source::Outlet(name) => {
                    if !outlets.iter().any(|o| o == name) {
                        outlets.push(name.clone());
                    } else if outlets.last() != Some(name) {
                        // Named again deeper in the chain: it becomes the nearest outlet.
                        outlets.retain(|o| o != name);
                        outlets.push(name.clone());
                    }
                }
                Source::Speaker(name) if speaker.is_none() => {
                    speaker = Some(name.clone());
                }
                _ => {}
            }
            if cue.is_none() {
                cue = Some(syntax_cue(&self.tokens, f));
            }
        }
        // An appositive answering what the clause before it told ("X told the paper that ...,
        // a claim the energy ministry rejected as false") is its own source's, whoever tells
        // the words around it.
        if syntax::names_a_report_at(&self.tokens, range.start, lex)
            && let Some(Source::Speaker(name)) = covering
                .iter()
                .rev()
                .find(|f| !f.clausal && f.class == VerbClass::Deny && range.contains(&f.source_tokens.start))
                .map(|f| &f.source)
        {
            speaker = Some(name.clone());
        }
        // A report named by whose it is, inside what someone says: "the family said he was
        // detained on Tuesday, contradicting a police account that he was arrested only on
        // Thursday". The account's words are the police's; the family only names them.
        if let Some(name) = covering.iter().skip(1).rev().find_map(|f| match &f.source {
            Source::Speaker(name)
                if f.kind == FrameKind::Nominal
                    && f.covers.contains(&probe)
                    && names_its_owner(&self.tokens[f.source_tokens.clone()], lex) =>
            {
                Some(name)
            }
            _ => None,
        }) {
            speaker = Some(name.clone());
        }
        let quoted = (range.start..range.end.min(self.quoted.len()))
            .filter(|&k| self.tokens[k].is_word())
            .any(|k| self.quoted[k]);
        Attribution {
            outlets,
            speaker: speaker.or_else(|| if covering.is_empty() || quoted { self.base.speaker.clone() } else { None }),
            quoted,
            cue,
        }
    }
}

/// A report's noun phrase names whose report it is: a source noun, a title, an outlet word or
/// a name before the report noun ("a police account", "a ministry statement", "a Reuters
/// report"); not "his claim" or "an earlier report".
fn names_its_owner(words: &[Token], lex: &Lexicon) -> bool {
    let Some(noun) = words.iter().rposition(|t| lex.reporting.report_nouns.contains(t.norm.as_str())) else {
        return false;
    };
    // A phrase that takes in the report noun itself ("the report" is an outlet reference)
    // names no owner.
    (0..noun).any(|k| {
        words[k].is_capitalized() && !syntax::is_determiner(&words[k].norm)
            || lex.entities.source_nouns.match_at(words, k).is_some_and(|(end, _)| end <= noun)
            || lex.entities.titles.match_at(words, k).is_some_and(|(end, _)| end <= noun)
            || lex.outlets.reference_nouns.match_at(words, k).is_some_and(|(end, _)| end <= noun)
    })
}

fn first_content(tokens: &[Token], range: Range<usize>) -> usize {
    (range.start..range.end)
        .find(|&k| tokens[k].is_word() || tokens[k].kind == TokenKind::Number)
        .unwrap_or(range.start)
}

fn syntax_cue(tokens: &[Token], f: &Frame) -> String {
    tokens[f.cue.clone()].iter().filter(|t| t.is_word()).map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ")
}

/// What the discourse remembers from sentence to sentence.
#[derive(Default)]
struct Discourse {
    /// The story's own outlet: named in the story ("he told Tallis Wire"), it is who
    /// listened, not an outlet "the agency" could point to.
    own_outlet: Option<String>,
    /// The outlet that took over last (press-review carry-over).
    current_outlet: Option<String>,
    /// Outlet names learned from labels and quoted names in this document.
    learned: Vec<String>,
    /// Recent speakers, newest last: (name, person?, plural?, sentence index, paragraph).
    speakers: Vec<Recent>,
    /// The speaker of the last quotation and its paragraph.
    quote_speaker: Option<(String, usize)>,
    /// Capitalised names mentioned recently (for "she" with no speaker yet), newest last.
    mentions: Vec<String>,
    /// Bodies named recently without speaking ("Kessling Agrochem and the Riverlands
    /// Environment Agency are at odds"), with the sentence they were named in, newest last.
    bodies: Vec<(String, usize)>,
    /// A titled person who was the subject of a sentence without speaking in it ("The
    /// director of the hospital, Dr. Amina Roselt, gave a very different account."), and
    /// that sentence's index.
    subject: Option<(String, usize)>,
    /// Sentences read so far.
    read: usize,
}

#[derive(Clone)]
struct Recent {
    name: String,
    person: bool,
    plural: bool,
    outlet: bool,
    /// The sentence it was named in.
    at: usize,
}

impl Discourse {
    fn note(&mut self, mut recent: Recent) {
        recent.at = self.read;
        self.speakers.retain(|r| r.name != recent.name);
        self.speakers.push(recent);
        if self.speakers.len() > 16 {
            self.speakers.remove(0);
        }
    }
}

/// Conjunctions after which a second source speaks for itself: "... as government insists".
pub const SECOND_SOURCE_CONJUNCTIONS: &[&str] = &["as", "while", "whereas", "but", "and"];

/// Words that open a sentence with a subordinate clause before its main one.
const OPENING_SUBORDINATORS: &[&str] = &["while", "whereas", "although", "though", "as", "whilst"];

/// "rights group says at least 19 killed as government insists toll is four": what the
/// first source says ends at the conjunction (or semicolon: "...; police say three died")
/// before the second source speaks. So it does before a source putting out a figure:
/// "doctors said 11 people had been wounded, and the mayor also put the number at 11".
fn end_at_a_second_source(frames: &mut [Frame], tokens: &[Token]) {
    // "While the ministry says the toll is 40, the coroner says it is 95": a sentence that
    // opens with a subordinate clause has its main clause after the comma.
    let opens_subordinate =
        tokens.iter().find(|t| t.is_word()).is_some_and(|t| OPENING_SUBORDINATORS.contains(&t.norm.as_str()));
    let second_starts: Vec<usize> = frames
        .iter()
        .filter(|g| g.kind == FrameKind::Prefix && (g.clausal || g.class == VerbClass::Figure) && g.cue.start > 0)
        .filter_map(|g| {
            let before = &tokens[g.cue.start - 1];
            if SECOND_SOURCE_CONJUNCTIONS.contains(&before.norm.as_str()) || before.is_punct(";") {
                return Some(g.cue.start - 1);
            }
            (opens_subordinate && before.is_punct(",")).then_some(g.cue.start - 1)
        })
        .collect();
    for f in frames.iter_mut() {
        if let Some(&at) = second_starts.iter().find(|&&at| f.covers.start < at && at < f.covers.end) {
            f.covers.end = at;
        }
    }
}

/// The body (not an outlet, not a person) last named with the phrase's head noun, if no
/// outlet was named after it: "the agency" after "The National Mining Agency (ANM) said".
fn body_named_by_head(phrase: &[Token], d: &Discourse, lex: &Lexicon) -> Option<String> {
    let head = phrase.last()?.norm.as_str();
    let last_word_is_head = |name: &str| name.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case(head));
    // A paper or a broadcaster named since is no agency ("The Ardent Herald, a regional
    // daily, put the toll at 38. ... The agency said"; "Radio Kessa").
    let no_agency = |name: &str| {
        head == "agency" && name.split_whitespace().any(|w| lex.outlets.not_agencies.contains(&w.to_lowercase()))
    };
    let mut outlet_named_at = None;
    for r in d.speakers.iter().rev().take(8) {
        if r.outlet && d.own_outlet.as_ref() != Some(&r.name) && !no_agency(&r.name) {
            outlet_named_at = Some(r.at);
            break;
        }
        if !r.outlet && !r.person && last_word_is_head(&r.name) {
            return Some(r.name.clone());
        }
    }
    // A body named in passing before it speaks: "the Riverlands Environment Agency are at
    // odds ... The agency said".
    d.bodies
        .iter()
        .rev()
        .find(|(name, at)| last_word_is_head(name) && outlet_named_at.is_none_or(|o| *at > o))
        .map(|(name, _)| name.clone())
}

/// The body a description as speaker ("the company", "the hospital") refers back to: the
/// body last named with its noun (`body_named_by_head`), or, for a noun a body's name need
/// not carry (lexicon `described-bodies`: "the company" for "Tessaline Maritime"), the
/// body last named whose name carries no noun of another kind ("Porto Veldi General
/// Hospital" is no company). Persons are passed over; an outlet named since ends the search.
fn body_described(name: &str, d: &Discourse, lex: &Lexicon) -> Option<String> {
    let toks = tokenize(name, 0);
    let [the, noun] = toks.as_slice() else { return None };
    if !the.is("the") || noun.is_capitalized() {
        return None;
    }
    if let Some(body) = body_named_by_head(&toks, d, lex) {
        // "The unions said ... the unions said": the same words, nothing to resolve.
        return (!body.eq_ignore_ascii_case(name)).then_some(body);
    }
    if !lex.entities.described_bodies.iter().any(|w| *w == noun.norm) {
        return None;
    }
    let kind_word = |w: &str| {
        ORG_WORDS.contains(&w)
            || lex.entities.described_bodies.iter().any(|x| x == w)
            || lex.entities.source_nouns.contains_at(&tokenize(w, 0), 0)
    };
    for r in d.speakers.iter().rev().take(8) {
        if r.outlet && d.own_outlet.as_ref() != Some(&r.name) {
            return None;
        }
        if r.outlet || r.person || r.name.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        let named_kind = r.name.split_whitespace().any(|w| kind_word(&w.to_lowercase()));
        if !named_kind {
            return Some(r.name.clone());
        }
    }
    None
}

/// The paper a sentence opens with as its subject, named with an outlet word ("The
/// Velmoran daily \"Dnevni Glas\" takes ..."): the words before the first finite verb.
fn introduced_paper(tokens: &[Token], text: &str, learned: &[String], review: bool, lex: &Lexicon) -> Option<String> {
    // A name in quotation marks opening the sentence, as press reviews set papers' names
    // ("\"Pravec\" has a different version", "\"The Evening Beacon\" also names Sever").
    if review && let Some(inner) = quoted_name(tokens) {
        let name = syntax::text_of(text, tokens, inner).to_string();
        if !is_organisation_name(&name, lex) {
            return Some(learned_or_known(&name, learned, lex));
        }
    }
    // In a press review, a name the lexicon knows as an outlet's after its country ("Italy's
    // Corriere della Sera went further"), or after an adverb set off by a comma ("Finally,
    // Germany's Süddeutsche Zeitung offers a reminder"), whatever word follows it.
    // So after a phrase set off by a comma that opens the sentence ("On the margin of
    // victory, El País goes further").
    let lead = if tokens.len() > 2 && tokens[0].is_word() && tokens[1].is_punct(",") {
        2
    } else {
        opening_phrase(tokens, lex).unwrap_or(0)
    };
    let after_country = (lead + 1..(lead + 3).min(tokens.len()))
        .find(|&k| tokens[k].is("'s") && tokens[lead..k].iter().all(|t| t.is_word() && t.is_capitalized()))
        .map_or(lead, |k| k + 1);
    if review && after_country > 0 {
        // The longest known name there, a word in lower case after it.
        let known_at = |end: usize| {
            // A word in lower case, or an aside ("Italy's Corriere della Sera, by contrast,
            // finds").
            let followed = tokens.get(end).is_some_and(|t| t.is_word() && !t.is_capitalized() || t.is_punct(","));
            followed.then(|| frames::canonical_outlet(syntax::text_of(text, tokens, after_country..end), lex)).flatten()
        };
        if let Some(name) = (after_country + 1..(after_country + 6).min(tokens.len())).rev().find_map(known_at) {
            return Some(name);
        }
    }
    let verb = (lead + 1..tokens.len().min(lead + 10)).find(|&k| syntax::is_finite_verb(tokens, k, lex))?;
    let subject = &tokens[lead..verb];
    // Named with an outlet word, or in a press review by a name the lexicon knows as an
    // outlet's ("Politico Europe has changed its reading of the situation"). Elsewhere an
    // outlet the story is about is no outlet reporting it ("NHK has apologized for ...").
    let known = review && frames::canonical_outlet(syntax::text_of(text, tokens, lead..verb), lex).is_some();
    // In a press review, so is a paper's own name, "The" and capitalised words, that names no
    // body and no one ("The Capital Ledger gave a different picture").
    let paper_name = review
        && subject.len() >= 2
        // A section's name in capitals ("THE MEETING THAT WASN'T") names no paper.
        && subject.iter().any(|t| t.text.chars().any(char::is_lowercase))
        && subject[0].is("the")
        // "The Times of London": "of" inside a name.
        && (0..subject.len()).all(|k| {
            let t = &subject[k];
            t.is_word() && t.is_capitalized()
                || t.is("of") && k > 0 && subject.get(k + 1).is_some_and(|n| n.is_word() && n.is_capitalized())
        })
        && !is_organisation_name(syntax::text_of(text, tokens, lead..verb), lex);
    if paper_name {
        let name = syntax::text_of(text, tokens, lead + 1..verb).to_string();
        return Some(learned_or_known(&name, learned, lex));
    }
    // So is a name in quotation marks, as press reviews set papers' names ("\"Pravec\" has
    // a different version", "\"The Evening Beacon\" also names Sever").

    if !known && !subject.iter().any(|t| lex.outlets.prefixes.contains(t.norm.as_str())) {
        return None;
    }
    match frames::classify_source(tokens, lead..verb, text, learned, VerbClass::Report, lex) {
        Source::Outlet(name) => Some(name),
        _ => None,
    }
}

/// Where the subject starts after a phrase of where, when or what about that opens the
/// sentence and is set off by a comma ("On the margin of victory, ", "Across the Atlantic, ").
fn opening_phrase(tokens: &[Token], lex: &Lexicon) -> Option<usize> {
    const OPENERS: &[&str] = &["on", "in", "across", "for", "at", "by", "of", "as", "from", "after", "over"];
    let first = tokens.first()?;
    if !first.is_capitalized() || !OPENERS.contains(&first.norm.as_str()) {
        return None;
    }
    let comma = (1..tokens.len().min(8)).find(|&k| tokens[k].is_punct(","))?;
    // The phrase holds no verb of its own: "In a statement it issued, the paper said" is
    // left to the frames.
    let verbless = (1..comma).all(|k| !syntax::is_finite_verb(tokens, k, lex));
    (verbless && comma + 2 < tokens.len()).then_some(comma + 1)
}

/// The capitalised words a sentence opens with in quotation marks, a word in lower case
/// right after them (its verb, or "also"): "\"Pravec\" has ...", not a quotation ("\"We
/// Will Win\", he said") or a title set off by a comma.
fn quoted_name(tokens: &[Token]) -> Option<Range<usize>> {
    let is_mark = |t: &Token| t.kind == TokenKind::Quote;
    if !tokens.first().is_some_and(is_mark) {
        return None;
    }
    let close = (1..tokens.len().min(8)).find(|&k| is_mark(&tokens[k]))?;
    let words = &tokens[1..close];
    // A number may be part of the name ("Ekspres 24", "24 Chassa").
    let name_word = |t: &Token| t.is_word() && t.is_capitalized() || t.kind == TokenKind::Number;
    // The verb may follow an aside: "\"Kapital Sedmica\", in its online edition, analyses".
    let mut after = close + 1;
    if tokens.get(after).is_some_and(|t| t.is_punct(",")) {
        after = (after + 1..tokens.len().min(after + 10)).find(|&k| tokens[k].is_punct(","))? + 1;
    }
    let next = tokens.get(after)?;
    (words.iter().any(|t| t.is_word() && t.is_capitalized())
        && words.iter().all(name_word)
        && next.is_word()
        && !next.is_capitalized())
    .then_some(1..close)
}

/// The outlet a paper's name stands for: one learned or known by that name, or the name.
fn learned_or_known(name: &str, learned: &[String], lex: &Lexicon) -> String {
    learned
        .iter()
        .find(|l| l.eq_ignore_ascii_case(name))
        .cloned()
        .or_else(|| frames::canonical_outlet(name, lex))
        .unwrap_or_else(|| name.to_string())
}

/// A name with a title ("Mr Smith", "Interior Minister Orsic") or one of a body (ministry,
/// police, an alias the lexicon knows): no outlet, whatever medium phrase it follows.
pub(crate) fn is_titled_or_a_body(name: &str, lex: &Lexicon) -> bool {
    let toks = tokenize(name, 0);
    (0..toks.len()).any(|i| lex.entities.titles.contains_at(&toks, i)) || is_organisation_name(name, lex)
}

/// A body's name, not a paper's: organisation words ("The European Commission", "The White
/// House") or a name the lexicon knows as not an outlet.
fn is_organisation_name(name: &str, lex: &Lexicon) -> bool {
    !is_person(name, lex) && {
        let toks = tokenize(name, 0);
        let lower = name.to_lowercase();
        lower.split(|c: char| !c.is_alphanumeric()).any(|w| ORG_WORDS.contains(&w))
            || (0..toks.len()).any(|k| lex.entities.aliases.match_at(&toks, k).is_some())
            || (0..toks.len()).any(|k| lex.entities.source_nouns.contains_at(&toks, k))
    }
}

/// The capitalised words between "the" and an outlet noun ("The Nation newspaper" -> "The
/// Nation"), if every word there is capitalised.
fn name_before_outlet_noun(tokens: &[Token], range: Range<usize>, text: &str) -> Option<String> {
    let words = &tokens[range.clone()];
    if words.len() < 3 || !words[0].is("the") {
        return None;
    }
    let middle = &words[1..words.len() - 1];
    middle.iter().all(|t| t.is_word() && t.is_capitalized()).then(|| {
        let name = syntax::text_of(text, tokens, range.start..range.end - 1);
        let mut chars = name.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    })
}

/// Attributes every sentence of a document.
pub fn attribute(doc: &Document, sentences: &[Sentence], lex: &Lexicon) -> Vec<AttributedSentence> {
    let mut out = Vec::with_capacity(sentences.len());
    let doc_outlet = doc.outlet.as_ref().map(|o| frames::canonical_outlet(o, lex).unwrap_or_else(|| o.clone()));
    // The story's own paper is known by part of its name too ("told the Ledger", in The
    // Carrow Ledger).
    let mut discourse = Discourse {
        own_outlet: doc_outlet.clone(),
        learned: doc_outlet.iter().cloned().collect(),
        ..Discourse::default()
    };
    // Outlets that took over the reporting, and the sentences an outlet reached only by
    // being carried over from an earlier paragraph.
    let mut takers: Vec<String> = Vec::new();
    let mut taken_in_paragraph = 0;
    let mut carried_across: Vec<usize> = Vec::new();
    let mut named_a_review = false;
    // In a press review, an untitled name that opens a paragraph speaking, kept until "the
    // paper" shows it was a paper: (name, its sentence, its paragraph).
    let mut paper_candidate: Option<(String, usize, usize)> = None;
    let mut last_paragraph = usize::MAX;
    // Paragraphs, and those an outlet opens by reporting: in a press review most are.
    let (mut paragraphs, mut opened_by_outlet) = (0usize, 0usize);
    for sentence in sentences {
        let opens_paragraph = sentence.paragraph != last_paragraph;
        // A section's label ("THE SCOOP.") leaves the paragraph to the sentence after it.
        if sentence.kind != SentenceKind::Label {
            last_paragraph = sentence.paragraph;
        }
        paragraphs += usize::from(opens_paragraph && sentence.kind == SentenceKind::Body);
        let text = sentence.span.slice(&doc.text);
        let tokens = tokenize(text, sentence.span.start);
        let quoted = syntax::quoted(&tokens);
        let mut frames = frames::find(&tokens, &quoted, &doc.text, &discourse.learned, lex);
        // Once named, a review stays one: the words are not looked for again.
        named_a_review = named_a_review || (0..tokens.len()).any(|k| lex.outlets.press_review.contains_at(&tokens, k));
        // In a press review, the name that "writes" is a paper, known to the lexicon or not.
        // Elsewhere, so is one that "the paper" refers back to in the same sentence ("The
        // Standard reported that ..., a copy of which the paper said it had seen").
        let refers_back_at = frames.iter().filter(|f| f.source == Source::OutletReference).map(|f| f.cue.start).max();
        for f in &mut frames {
            if let Source::Speaker(name) = &f.source
                && (named_a_review || refers_back_at.is_some_and(|at| at > f.cue.start))
                && writes_as_a_paper(&tokens, f, lex)
            {
                f.source = Source::Outlet(name.clone());
            }
        }

        // Resolve pronouns and references in reading order, so "Lavrov said he had ..."
        // finds Lavrov; learn outlets named by labels or quoted names.
        frames.sort_by_key(|f| f.cue.start);
        end_at_a_second_source(&mut frames, &tokens);
        if sentence.kind == SentenceKind::Headline {
            for f in &mut frames {
                if let Some(k) =
                    (f.covers.start + 1..f.covers.end).find(|&k| syntax::headline_second_source_at(&tokens, k, lex))
                {
                    f.covers.end = k - 1;
                }
            }
        }
        for f in &mut frames {
            let resolved = match &f.source {
                Source::Pronoun(p) => resolve_pronoun(p, &quoted, f, &tokens, &discourse),
                // "In a statement, the army spokesman said ... 'No civilians were harmed,' the
                // statement said": who spoke in this sentence or the one before issued it.
                Source::Speaker(name) if matches!(name.to_lowercase().as_str(), "the statement" | "its statement") => {
                    discourse
                        .speakers
                        .iter()
                        .rev()
                        // Not the report a speaker answered ("no truth to the claim that ...").
                        .find(|r| {
                            let last = r.name.split_whitespace().last().unwrap_or("").to_lowercase();
                            !r.outlet
                                && r.at + 1 >= discourse.read
                                && !lex.reporting.report_nouns.contains(last.as_str())
                        })
                        .map(|r| Source::Speaker(r.name.clone()))
                }
                // "Gazeta Wyborcza says ... The daily reported ...": the name that opened
                // the paragraph was the paper.
                Source::OutletReference
                    if paper_candidate.as_ref().is_some_and(|(_, _, para)| *para == sentence.paragraph) =>
                {
                    let (name, at, _) = paper_candidate.take().expect("checked above");
                    let earlier: &mut AttributedSentence = &mut out[at];
                    for g in &mut earlier.frames {
                        if g.source == Source::Speaker(name.clone()) {
                            g.source = Source::Outlet(name.clone());
                        }
                    }
                    if !discourse.learned.contains(&name) {
                        discourse.learned.push(name.clone());
                    }
                    Some(Source::Outlet(name))
                }
                // "Tessaline Maritime, which runs the route, said ... By evening the company
                // had raised its count": "the company" is the body told last by that noun,
                // or, for a noun any firm's name may stand for, by a name of no other kind.
                Source::Speaker(name) if let Some(body) = body_described(name, &discourse, lex) => {
                    Some(Source::Speaker(body))
                }
                // "The National Mining Agency said ... the agency had reported": "the agency"
                // is the body last named by that noun, unless an outlet was named since.
                Source::OutletReference
                    if let Some(name) = body_named_by_head(&tokens[f.source_tokens.clone()], &discourse, lex) =>
                {
                    Some(Source::Speaker(name))
                }
                // "The Nation newspaper reported" with no other outlet named before: there is
                // nothing to refer back to, so the capitalised words name the paper.
                Source::OutletReference
                    if discourse.current_outlet.is_none()
                        && let Some(name) = name_before_outlet_noun(&tokens, f.source_tokens.clone(), &doc.text) =>
                {
                    Some(Source::Outlet(name))
                }
                // "The agency denied ..." with no outlet named before: an agency of the
                // story, speaking for itself.
                Source::OutletReference => Some(
                    discourse.current_outlet.clone().or_else(|| doc_outlet.clone()).map(Source::Outlet).unwrap_or_else(
                        || Source::Speaker(syntax::text_of(&doc.text, &tokens, f.source_tokens.clone()).to_string()),
                    ),
                ),
                _ => None,
            };
            if let Some(r) = resolved {
                f.source = r;
            }
            match &f.source {
                Source::Outlet(name) => {
                    if !discourse.learned.contains(name) {
                        discourse.learned.push(name.clone());
                    }
                    // An outlet reporting (not one named inside "a report in X that")
                    // takes over from here on; in a draft, the editor's next sentence is
                    // the editor's again ("..., AP reported. The attack took place ...").
                    if !matches!(f.kind, FrameKind::Nominal | FrameKind::Medium)
                        && Some(name) != doc_outlet.as_ref()
                        && doc.role != Role::Draft
                    {
                        discourse.current_outlet = Some(name.clone());
                        if opens_paragraph && taken_in_paragraph != sentence.paragraph {
                            opened_by_outlet += 1;
                        }
                        taken_in_paragraph = sentence.paragraph;
                        if !takers.contains(name) {
                            takers.push(name.clone());
                        }
                    }
                    // An outlet a source was quoted by is named in passing: "the operator"
                    // or "the agency" said next still points back past it.
                    if f.kind != FrameKind::Medium {
                        discourse.note(Recent {
                            name: name.clone(),
                            person: false,
                            plural: false,
                            outlet: true,
                            at: 0,
                        });
                    }
                }
                Source::Speaker(name) => {
                    // "Tessaline Maritime, which runs the route, said": "which" tells a body.
                    let which = tokens
                        .get(f.source_tokens.end..f.source_tokens.end + 2)
                        .is_some_and(|t| t[0].text == "," && t[1].is("which"));
                    let told_as_body = discourse.speakers.iter().any(|r| r.name == *name && !r.person);
                    discourse.note(Recent {
                        name: name.clone(),
                        person: is_person(name, lex) && !which && !told_as_body,
                        plural: is_plural(name),
                        outlet: false,
                        at: 0,
                    });
                }
                _ => {}
            }
        }
        // An untitled name opening a paragraph in a review, or reporting anywhere, may be a
        // paper: "The Standard reported on Tuesday that ... According to the paper, ...".
        // Only the sentence's first source: in "The Velmor Times writes that Fenn rejected
        // the joint commission" the paper is named, and Fenn is who it writes of.
        let opener = frames.iter().min_by_key(|f| f.cue.start).and_then(|f| match &f.source {
            Source::Speaker(name)
                if opens_paragraph
                    && matches!(f.kind, FrameKind::Prefix | FrameKind::Suffix)
                    && untitled_name(&tokens, f, lex)
                    && (named_a_review || writes_as_a_paper(&tokens, f, lex)) =>
            {
                Some(name.clone())
            }
            _ => None,
        });
        if let Some(name) = opener {
            paper_candidate = Some((name, out.len(), sentence.paragraph));
        } else if frames.iter().any(|f| matches!(f.source, Source::Outlet(_))) {
            paper_candidate = None;
        }
        // `The Velmoran daily "Dnevni Glas" takes a more sceptical view.` A paper named with
        // an outlet word as the subject of a paragraph's first sentence takes over the
        // reporting whatever its verb: "the paper writes" next is that paper.
        if opens_paragraph
            && !frames.iter().any(|f| matches!(f.source, Source::Outlet(_)))
            && let Some(name) = introduced_paper(&tokens, &doc.text, &discourse.learned, named_a_review, lex)
            && Some(&name) != doc_outlet.as_ref()
            && doc.role != Role::Draft
        {
            if !discourse.learned.contains(&name) {
                discourse.learned.push(name.clone());
            }
            discourse.current_outlet = Some(name.clone());
            taken_in_paragraph = sentence.paragraph;
            if !takers.contains(&name) {
                takers.push(name.clone());
            }
            discourse.note(Recent { name, person: false, plural: false, outlet: true, at: 0 });
        }
        end_cited_words_at_coordinated_verbs(&mut frames, &tokens);
        judgement_after_a_suffix(&mut frames, &tokens, lex);
        let clause_subjects: Vec<usize> =
            (0..frames.len()).filter(|&k| frames[k].source == Source::ClauseSubject).collect();
        resolve_clause_subjects(&mut frames, &tokens, &doc.text, lex);
        end_words_at_a_participle(&mut frames, &clause_subjects, &tokens, lex);
        // "The bank called the report false and said ... It noted that ...": who says the
        // second verb is as recent as any source named.
        for k in clause_subjects {
            if let Source::Speaker(name) = &frames[k].source {
                let (person, plural) = (is_person(name, lex), is_plural(name));
                discourse.note(Recent { name: name.clone(), person, plural, outlet: false, at: 0 });
            }
        }
        frames.retain(|f| matches!(f.source, Source::Outlet(_) | Source::Speaker(_)));
        // Words told to the story's own reporters (or to its outlet by name) end the
        // carry-over of an outlet cited before: from here the story reports for itself.
        let names_outlet = frames.iter().any(|f| matches!(f.source, Source::Outlet(_)));
        if !names_outlet
            && (told_the_story(&tokens, doc_outlet.as_deref(), lex) || answers_a_report(&frames, &tokens, lex))
        {
            discourse.current_outlet = None;
        }

        let mut base_outlets: Vec<String> = doc_outlet.iter().cloned().collect();
        if let Some(cur) = &discourse.current_outlet
            && Some(cur) != doc_outlet.as_ref()
        {
            base_outlets.push(cur.clone());
            if sentence.paragraph != taken_in_paragraph {
                carried_across.push(out.len());
            }
        }
        // A quotation with no frame of its own continues the last quoted speaker's words.
        let mostly_quoted = is_quotation(&tokens, &quoted);
        let base_speaker = if mostly_quoted && frames.is_empty() {
            discourse.quote_speaker.as_ref().filter(|(_, p)| sentence.paragraph <= p + 1).map(|(s, _)| s.clone())
        } else {
            None
        };
        let attributed = AttributedSentence {
            sentence: sentence.clone(),
            tokens,
            quoted,
            frames,
            base: Attribution { outlets: base_outlets, speaker: base_speaker, quoted: false, cue: None },
        };
        remember(&mut discourse, &attributed, &doc.text, lex);
        out.push(attributed);
    }
    // A story that cites other outlets speaks for itself again in its next paragraph; only
    // a press review, where outlet after outlet takes over, paragraph after paragraph,
    // carries one across. A story citing three outlets in twelve paragraphs is no review.
    let reads_as_review = takers.len() >= PRESS_REVIEW_OUTLETS && opened_by_outlet * 2 >= paragraphs;
    if !reads_as_review && !named_a_review {
        for i in carried_across {
            out[i].base.outlets.truncate(usize::from(doc_outlet.is_some()));
        }
    }
    out
}

/// How many outlets must take over the reporting before a document reads as a press
/// review, whose paragraphs carry the last outlet named.
const PRESS_REVIEW_OUTLETS: usize = 3;

/// The frame's source is a capitalised name of one to five words with no title.
fn untitled_name(tokens: &[Token], f: &Frame, lex: &Lexicon) -> bool {
    let name = &tokens[f.source_tokens.clone()];
    let capitalised =
        name.first().is_some_and(|t| t.is_capitalized()) && name.last().is_some_and(|t| t.is_capitalized());
    // A title set off by a comma before the name is the name's: "its leader, Ilse Varga,
    // said" is a person.
    let start = f.source_tokens.start;
    let title_before = start >= 2
        && tokens[start - 1].is_punct(",")
        && (start.saturating_sub(4)..start - 1)
            .any(|k| lex.entities.titles.match_at(tokens, k).is_some_and(|(end, _)| end == start - 1));
    let titled = title_before || (0..name.len()).any(|k| lex.entities.titles.contains_at(name, k));
    capitalised && !titled && (1..=5).contains(&name.len()) && name.iter().all(|t| t.is_word())
}

/// The frame is a capitalised name that writes ("Mlada fronta Dnes writes that"), with no
/// title ("Minister Dostal writes" is a person).
fn writes_as_a_paper(tokens: &[Token], f: &Frame, lex: &Lexicon) -> bool {
    // Papers write and report; a name that cites another source ("X, citing Y, says") relays
    // it as papers do.
    let writes = f.class == VerbClass::Report && matches!(f.kind, FrameKind::Prefix | FrameKind::Suffix)
        || tokens[f.cue.clone()]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "writes" | "wrote" | "write" | "citing" | "cites" | "cited"));
    writes && untitled_name(tokens, f, lex)
}

/// The sentence gives words said to the story's own reporters: "told reporters", "told
/// Reuters" in a Reuters story.
fn told_the_story(tokens: &[Token], doc_outlet: Option<&str>, lex: &Lexicon) -> bool {
    let names_the_story = |k: usize| {
        // "told AFP" in an Agence France-Presse story: the outlet by any of its names.
        lex.outlets
            .names
            .match_at(tokens, k)
            .is_some_and(|(_, &i)| Some(lex.outlets.outlets[i].name.as_str()) == doc_outlet)
    };
    (0..tokens.len()).any(|k| {
        lex.reporting.direct.contains_at(tokens, k)
            || tokens[k].is("told") && k + 1 < tokens.len() && names_the_story(k + 1)
    })
}

/// Someone denies a report: "The presidential office dismissed that report as baseless."
/// The story tells the answer itself; it is not the paper's report going on.
fn answers_a_report(frames: &[Frame], tokens: &[Token], lex: &Lexicon) -> bool {
    frames.iter().any(|f| {
        f.class == VerbClass::Deny
            && matches!(f.source, Source::Speaker(_))
            && (f.cue.end..f.cue.end + 3)
                .take_while(|&k| k < tokens.len())
                .any(|k| lex.reporting.report_nouns.contains(tokens[k].norm.as_str()))
    }) || confirms_part_of_a_report(frames, tokens, lex)
}

/// "That part of the story was not disputed: the ministry confirmed that the visit had
/// taken place": someone the story names confirms what "the story" told, in a sentence
/// that speaks of the story itself.
fn confirms_part_of_a_report(frames: &[Frame], tokens: &[Token], lex: &Lexicon) -> bool {
    let names_the_report = (1..tokens.len()).any(|k| {
        matches!(tokens[k - 1].norm.as_str(), "the" | "that" | "this" | "its")
            && lex.reporting.report_nouns.contains(tokens[k].norm.as_str())
    });
    names_the_report && frames.iter().any(|f| f.class == VerbClass::Confirm && matches!(f.source, Source::Speaker(_)))
}

/// The sentence is a quotation: it opens with a quotation mark and most words are quoted.
fn is_quotation(tokens: &[Token], quoted: &[bool]) -> bool {
    let words = tokens.iter().filter(|t| t.is_word()).count();
    let inside = tokens.iter().zip(quoted).filter(|(t, q)| t.is_word() && **q).count();
    tokens.first().is_some_and(|t| t.kind == TokenKind::Quote) && inside * 10 >= words * 7
}

/// "The paper quotes X as saying A and adds that B": X's words end where the paper's next
/// reporting verb, joined by "and" or "but", starts.
fn end_cited_words_at_coordinated_verbs(frames: &mut [Frame], tokens: &[Token]) {
    let joins: Vec<usize> = frames
        .iter()
        .filter(|g| g.kind == FrameKind::Prefix && matches!(tokens[g.cue.start].norm.as_str(), "and" | "but"))
        .map(|g| g.cue.start)
        .collect();
    for f in frames.iter_mut().filter(|f| f.kind == FrameKind::Cited) {
        if let Some(&at) = joins.iter().filter(|&&at| f.covers.start < at && at < f.covers.end).min() {
            f.covers.end = at;
        }
    }
}

/// `"Kessen is our coach," the club said on Monday, calling the story "completely false"`:
/// the judgement after a source named behind its words is that source's, as the words before
/// are. (After a source named first, its frame covers the judgement already.)
fn judgement_after_a_suffix(frames: &mut Vec<Frame>, tokens: &[Token], lex: &Lexicon) {
    let judged: Vec<usize> = frames
        .iter()
        .filter(|f| f.kind == FrameKind::Suffix && matches!(f.source, Source::Speaker(_) | Source::Outlet(_)))
        .map(|f| f.cue.end + 1)
        .filter(|&k| k < tokens.len() && syntax::appraises_at(tokens, k, lex))
        .filter(|&k| !frames.iter().any(|f| f.cue.start <= k && k < f.covers.end.max(f.cue.end)))
        .collect();
    for k in judged {
        // After the frames before it: a clause's subject is looked for among those.
        let at = frames.iter().rposition(|f| f.cue.start <= k).map_or(0, |p| p + 1);
        frames.insert(
            at,
            Frame {
                kind: FrameKind::Prefix,
                cue: k..k,
                source_tokens: k..k,
                source: Source::ClauseSubject,
                covers: k..tokens.len(),
                class: VerbClass::Say,
                clausal: false,
            },
        );
    }
}

/// ", saying that ..." belongs to the subject of the clause it hangs on: the source of the
/// nearest frame before it, or the sentence's first noun phrase.
fn resolve_clause_subjects(frames: &mut [Frame], tokens: &[Token], doc_text: &str, lex: &Lexicon) {
    for k in 0..frames.len() {
        if frames[k].source != Source::ClauseSubject {
            continue;
        }
        let at = frames[k].cue.start;
        let before = frames[..k]
            .iter()
            .rev()
            // "The paper quotes X as saying A and adds that B": the paper adds, not X.
            // "... denied a newspaper report that ..., calling the story false": the report
            // named inside the clause calls nothing; who denied it does.
            // Nor is an outlet named inside a speaker's words of attribution: "Babic told
            // \"Vecernji Glasnik\" the deal was ... and said": it was told, Babic says.
            .find(|f| {
                let told = frames.iter().any(|g| {
                    matches!(g.source, Source::Speaker(_)) && g.cue.start < f.cue.start && f.cue.start < g.cue.end
                });
                // "rejected a news agency report that it plans to cut 1,800 jobs, saying ...":
                // a report inside what is denied says nothing after it; the denier does.
                // (A report a paper corrects is its own: "corrected a report that ..., saying
                // the correct figure is 450" goes on with the report's words.)
                !inside_a_denial(frames, f, tokens, lex)
                    && f.cue.start < at
                    && !matches!(f.kind, FrameKind::Cited | FrameKind::Nominal)
                    && matches!(f.source, Source::Speaker(_) | Source::Outlet(_))
                    && !(told && matches!(f.source, Source::Outlet(_)))
            })
            .map(|f| f.source.clone());
        let source = before.or_else(|| {
            let first_verb = (0..at).find(|&i| syntax::is_finite_verb(tokens, i, lex))?;
            let np = syntax::subject_before(tokens, first_verb, 0, lex)?;
            let words = &tokens[np.clone()];
            let named = words.iter().any(|t| t.is_capitalized())
                || (np.start..np.end).any(|i| lex.entities.source_nouns.contains_at(tokens, i));
            let text = syntax::text_of(doc_text, tokens, np).to_string();
            // "Reuters was first with the story, reporting that ...": a known outlet reports.
            if let Some(outlet) = frames::canonical_outlet(&text, lex) {
                return Some(Source::Outlet(outlet));
            }
            named.then_some(Source::Speaker(text))
        });
        frames[k].source = source.unwrap_or(Source::ClauseSubject);
    }
}

/// The frame names a report inside the words of a denial ("rejected a news agency report
/// that ..."), not of a correction ("corrected a report that ...", which is the paper's own).
fn inside_a_denial(frames: &[Frame], f: &Frame, tokens: &[Token], lex: &Lexicon) -> bool {
    frames.iter().any(|g| {
        g.class == VerbClass::Deny
            && g.covers.contains(&f.cue.start)
            && !lex.cues.classes.find_all(&tokens[g.cue.clone()]).iter().any(|m| m.value == "correction")
    })
}

/// The words of a report a denial names end where a participle starts when it is another's
/// (not a correction's, which goes on with its own report): in "rejected a news agency report that it plans to cut 1,800 jobs,
/// saying a restructuring would affect about 400 positions", the agency's report ends at
/// the comma and the company says the rest.
fn end_words_at_a_participle(frames: &mut [Frame], participles: &[usize], tokens: &[Token], lex: &Lexicon) {
    for &k in participles {
        let (at, source) = (frames[k].cue.start, frames[k].source.clone());
        if !matches!(source, Source::Speaker(_) | Source::Outlet(_)) {
            continue;
        }
        let end = if at > 0 && tokens[at - 1].is_punct(",") { at - 1 } else { at };
        let cut: Vec<usize> = (0..frames.len())
            .filter(|&j| {
                let f = &frames[j];
                j != k
                    && f.cue.start < at
                    && f.covers.start < end
                    && f.covers.contains(&at)
                    && f.source != source
                    && inside_a_denial(frames, f, tokens, lex)
            })
            .collect();
        for j in cut {
            frames[j].covers.end = end;
        }
    }
}

/// A name the words before it make a place, so no "she": "in Kandor", "near Kandor",
/// "the provincial capital, Kandor", "the village of Mirpani".
fn named_as_place(tokens: &[Token], start: usize) -> bool {
    const PLACE_NOUNS: &[&str] = &["capital", "city", "town", "village", "province", "region", "district", "port"];
    let before = |k: usize| start.checked_sub(k).map(|i| &tokens[i]);
    // The place noun must be a common noun's head ("the provincial capital, Kandor"), not
    // the end of a name ("the governor of Wadi Kerem province, Issa Belkadi").
    before(1).is_some_and(|t| matches!(t.norm.as_str(), "in" | "at" | "near" | "from" | "outside"))
        || before(1).is_some_and(|t| t.is_punct(",") || t.is("of"))
            && before(2).is_some_and(|t| PLACE_NOUNS.contains(&t.norm.as_str()))
            && before(3).is_some_and(|t| t.is_word() && !t.is_capitalized())
}

fn resolve_pronoun(p: &str, quoted: &[bool], frame: &Frame, tokens: &[Token], d: &Discourse) -> Option<Source> {
    let recent = d.speakers.iter().rev().take(8);
    match p {
        "i" | "we" => {
            // Inside a quotation, the quoted speaker (resolved by the enclosing frame).
            if frame.cue.start < quoted.len() && quoted[frame.cue.start] {
                return None;
            }
            d.speakers.iter().rev().find(|r| !r.outlet).map(|r| Source::Speaker(r.name.clone()))
        }
        "he" | "she" => {
            let speaker = recent.clone().find(|r| r.person && !r.plural && !r.outlet);
            // "The director of the hospital, Dr. Roselt, gave a very different account. ...
            // she told Reuters": the person the story turned to since the last speaker.
            let turned_to = d.subject.as_ref().filter(|(_, at)| speaker.is_none_or(|r| r.at < *at));
            turned_to
                .map(|(name, _)| name.clone())
                .or_else(|| speaker.map(|r| r.name.clone()))
                .or_else(|| mention_before(tokens, frame.cue.start).or_else(|| d.mentions.last().cloned()))
                .map(Source::Speaker)
        }
        "they" => {
            recent.clone().find(|r| !r.outlet && (r.plural || !r.person)).map(|r| Source::Speaker(r.name.clone()))
        }
        "it" => recent
            .clone()
            .find(|r| !r.person && !r.plural)
            .map(|r| if r.outlet { Source::Outlet(r.name.clone()) } else { Source::Speaker(r.name.clone()) }),
        // "By its count, 96 people died": the body the sentence before told of ("The Relief
        // Society has compiled its own register"), else the last body that spoke.
        "its" | "their" => d
            .bodies
            .iter()
            .rev()
            .find(|(_, at)| at + 1 >= d.read)
            .map(|(name, _)| Source::Speaker(name.clone()))
            .or_else(|| resolve_pronoun(if p == "its" { "it" } else { "they" }, quoted, frame, tokens, d)),
        _ => None,
    }
}

/// The last capitalised name before token `at` in this sentence ("an interview with
/// Yoncheva where she dismisses ..."). A day or a month alone is no one ("met on Thursday,
/// she said").
fn mention_before(tokens: &[Token], at: usize) -> Option<String> {
    let mut k = at;
    while k > 1 {
        k -= 1;
        let t = &tokens[k];
        // A capital after a full stop or an opening quote may only start a sentence.
        let starts = tokens[k - 1].is_punct(".") || tokens[k - 1].kind == TokenKind::Quote;
        if t.is_capitalized() && t.is_word() && !starts && t.norm != "i" {
            let mut s = k;
            while s > 1 && tokens[s - 1].is_capitalized() && tokens[s - 1].is_word() {
                s -= 1;
            }
            let calendar = crate::extract::time::weekday_of(&t.norm).is_some()
                || crate::extract::time::month_in(&t.text).is_some();
            if s == k && calendar {
                continue;
            }
            return Some(tokens[s..=k].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" "));
        }
    }
    None
}

/// Updates the discourse state after a sentence.
fn remember(d: &mut Discourse, s: &AttributedSentence, doc_text: &str, lex: &Lexicon) {
    for f in &s.frames {
        if let Source::Speaker(name) = &f.source {
            // A quotation that makes up most of the words the frame covers (not a scare
            // quote such as "for achieved results").
            let covered = f.covers.start..f.covers.end.min(s.quoted.len());
            let words = covered.clone().filter(|&k| s.tokens[k].is_word()).count();
            let quoted_words = covered.filter(|&k| s.tokens[k].is_word() && s.quoted[k]).count();
            if words > 0 && quoted_words * 2 >= words {
                d.quote_speaker = Some((name.clone(), s.sentence.paragraph));
            }
        }
    }
    if s.sentence.kind == SentenceKind::Body {
        if s.frames.is_empty()
            && let Some(name) =
                titled_subject(&s.tokens, doc_text, lex).or_else(|| speaker_as_subject(&s.tokens, d, lex))
        {
            d.subject = Some((name, d.read));
        }
        // "The ministry's morning bulletin is out. It puts the death toll at 19": whose
        // report the sentence opens on is what "it" points to next.
        if s.frames.is_empty()
            && let Some(owner) = report_owner(&s.tokens, lex)
        {
            let name = syntax::text_of(doc_text, &s.tokens, owner).to_string();
            d.note(Recent { name, person: false, plural: false, outlet: false, at: 0 });
        }
        let mut k = 1;
        while k < s.tokens.len() {
            let t = &s.tokens[k];
            if t.is_capitalized() && t.is_word() && !s.quoted[k] {
                let start = k;
                while k < s.tokens.len() && s.tokens[k].is_capitalized() && s.tokens[k].is_word() {
                    k += 1;
                }
                let name = syntax::text_of(doc_text, &s.tokens, start..k).to_string();
                // "late on Sunday": a day or a month is no one a later "she" is.
                let day_or_month =
                    k == start + 1 && crate::extract::entity::CALENDAR.contains(&s.tokens[start].norm.as_str());
                if is_person(&name, lex) && !named_as_place(&s.tokens, start) && !day_or_month {
                    d.mentions.push(name);
                } else if k - start >= 2 && frames::canonical_outlet(&name, lex).is_none() && !d.learned.contains(&name)
                {
                    d.bodies.push((name, d.read));
                }
            }
            k += 1;
        }
        if d.mentions.len() > 16 {
            let drop = d.mentions.len() - 16;
            d.mentions.drain(..drop);
        }
        if d.bodies.len() > 16 {
            let drop = d.bodies.len() - 16;
            d.bodies.drain(..drop);
        }
    }
    d.read += 1;
}

/// A person who spoke before, named by the sentence's first words as its subject, its verb
/// right after ("Achterberg stood by the count."): whom a "he said" that follows points to.
/// The body whose report a sentence opens on: "The ministry's morning bulletin", "The
/// agency's latest report". Only a source noun ("ministry", "agency") owns one here.
fn report_owner(tokens: &[Token], lex: &Lexicon) -> Option<std::ops::Range<usize>> {
    let apostrophe = tokens.iter().take(5).position(|t| t.is("'s"))?;
    let owner_is_a_body = (0..apostrophe).any(|k| lex.entities.source_nouns.contains_at(tokens, k));
    let report_follows =
        tokens.iter().skip(apostrophe + 1).take(3).any(|t| lex.reporting.report_nouns.contains(t.norm.as_str()));
    (apostrophe > 0 && owner_is_a_body && report_follows).then_some(0..apostrophe)
}

fn speaker_as_subject(tokens: &[Token], d: &Discourse, lex: &Lexicon) -> Option<String> {
    let end = tokens.iter().take(4).position(|t| !(t.is_word() && t.is_capitalized()))?;
    if end == 0 || !syntax::is_finite_verb(tokens, end, lex) {
        return None;
    }
    let last = &tokens[end - 1].text;
    d.speakers
        .iter()
        .rev()
        .find(|r| r.person && !r.plural && !r.outlet && r.name.split_whitespace().last() == Some(last.as_str()))
        .map(|r| r.name.clone())
}

/// The named person with a title the sentence opens with as its subject ("The director of
/// Hesra District Hospital, Dr. Amina Roselt, gave ..."): the last capitalised name before
/// the first verb, when a title comes before it.
fn titled_subject(tokens: &[Token], doc_text: &str, lex: &Lexicon) -> Option<String> {
    let verb = (1..tokens.len().min(24)).find(|&k| syntax::is_finite_verb(tokens, k, lex))?;
    let titled = match (0..verb).find(|&k| lex.entities.titles.contains_at(tokens, k)) {
        Some(t) => t,
        // "The harbour master at Veshna Port, Drita Kolani, disputed ...": a full name set
        // off by commas right before the verb names who the subject is.
        None => {
            if verb < 4 || !tokens[verb - 1].is_punct(",") {
                return None;
            }
            let mut s = verb - 1;
            while s > 0 && tokens[s - 1].is_word() && tokens[s - 1].is_capitalized() {
                s -= 1;
            }
            if verb - 1 - s < 2 || s == 0 || !tokens[s - 1].is_punct(",") {
                return None;
            }
            s - 1
        }
    };
    let mut end = verb;
    while end > titled + 1 && !(tokens[end - 1].is_word() && tokens[end - 1].is_capitalized()) {
        end -= 1;
    }
    let mut start = end;
    while start > titled + 1 && tokens[start - 1].is_word() && tokens[start - 1].is_capitalized() {
        start -= 1;
    }
    if start == end || named_as_place(tokens, start) {
        return None;
    }
    let calendar = |t: &Token| {
        crate::extract::time::weekday_of(&t.norm).is_some() || crate::extract::time::month_in(&t.text).is_some()
    };
    if tokens[start..end].iter().any(calendar) {
        return None;
    }
    if !is_person(syntax::text_of(doc_text, tokens, start..end), lex) {
        return None;
    }
    // With the title and the body it speaks for, when they come right before the name
    // ("NDMA spokesperson Leila Farahani"): whose voice the person is.
    let mut from = start;
    if titled + 3 >= start {
        from = titled;
        while from > 0 && tokens[from - 1].is_word() && tokens[from - 1].is_capitalized() {
            from -= 1;
        }
        if from == 0 && tokens[0].is("the") || tokens[from..start].iter().any(|t| !t.is_word() && !t.is_punct(".")) {
            from = start;
        }
    }
    Some(syntax::text_of(doc_text, tokens, from..end).to_string())
}

/// Words of organisations' and groups' names, never of a person's.
const ORG_WORDS: &[&str] = &[
    "ministry",
    "house",
    "office",
    "kremlin",
    "department",
    "agency",
    "council",
    "government",
    "committee",
    "commission",
    "party",
    "army",
    "police",
    "military",
    "court",
    "bank",
    "company",
    "administration",
    "embassy",
    "statement",
    "report",
    "reports",
    "story",
    "union",
    "nations",
    "group",
    "foundation",
    "institute",
    "university",
    "service",
    "forces",
    "command",
    "press",
    "media",
    "team",
    "campaign",
    "sources",
    "officials",
    "people",
    // Bodies whose names no person bears: "The Tarquenian Relief Society", "the Coastal
    // Surveillance Authority".
    "society",
    "association",
    "federation",
    "alliance",
    "coalition",
    "authority",
    "directorate",
    "inspectorate",
    "observatory",
    "network",
    "organisation",
    "organization",
    "league",
    "syndicate",
    "corporation",
];

/// A person rather than an organisation or a group: no organisation words, and a name or
/// a title.
pub fn is_person(name: &str, lex: &Lexicon) -> bool {
    let lower = name.to_lowercase();
    let toks = tokenize(name, 0);
    let has_title = (0..toks.len()).any(|i| lex.entities.titles.contains_at(&toks, i));
    let alias_of_place = lex
        .entities
        .aliases
        .match_at(&toks, 0)
        .is_some_and(|(end, (_, kind))| end == toks.len() && *kind != crate::model::EntityKind::Person);
    if alias_of_place {
        return false;
    }
    // A title makes a person, whatever body it is of: "Government spokesman Joseph Tandu".
    if has_title {
        return true;
    }
    if lower.split(|c: char| !c.is_alphanumeric()).any(|w| ORG_WORDS.contains(&w)) {
        return false;
    }
    // "Korvane Coal gave a lower toll": a firm's name, not a person's.
    let firm = toks.len() >= 2
        && toks.last().is_some_and(|t| t.is_capitalized() && lex.entities.firm_name_ends.contains(t.norm.as_str()));
    if firm {
        return false;
    }
    // A name with "the" and no title is a body, not a person: "The Karesia Rights Monitor".
    if toks.first().is_some_and(|t| t.is("the")) {
        return false;
    }
    toks.iter().any(|t| t.is_capitalized()) || matches!(lower.as_str(), "he" | "she")
}

fn is_plural(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
    last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && name.chars().next().is_some_and(char::is_lowercase)
        || matches!(
            last.as_str(),
            "officials"
                | "sources"
                | "people"
                | "reports"
                | "diplomats"
                | "analysts"
                | "critics"
                | "witnesses"
                | "residents"
                | "authorities"
                | "police"
        )
}

/// Span of a token range in document coordinates.
pub fn span_of(tokens: &[Token], range: Range<usize>) -> Option<Span> {
    crate::text::span_of(&tokens[range])
}

#[doc(hidden)]
pub fn verb_class_name(c: VerbClass) -> &'static str {
    match c {
        VerbClass::Say => "say",
        VerbClass::Report => "report",
        VerbClass::Confirm => "confirm",
        VerbClass::Deny => "deny",
        VerbClass::Figure => "figure",
    }
}

/// A readable dump of a document's sentences and frames, for rule authors and debugging
/// (`contra debug FILE`).
pub fn explain(doc: &Document, lex: &Lexicon) -> String {
    use std::fmt::Write;
    let sentences = crate::segment::segment(doc);
    let mut out = String::new();
    for s in attribute(doc, &sentences, lex) {
        let _ = writeln!(out, "## {:?} {}", s.sentence.kind, s.sentence.span.slice(&doc.text).replace('\n', " "));
        let marked: Vec<String> = s
            .tokens
            .iter()
            .zip(&s.quoted)
            .map(|(t, q)| if *q { format!("«{}»", t.text) } else { t.text.to_string() })
            .collect();
        let _ = writeln!(out, "   tokens: {}", marked.join(" "));
        let _ = writeln!(out, "   base: {:?} / {:?}", s.base.outlets, s.base.speaker);
        for f in &s.frames {
            let _ = writeln!(
                out,
                "   {:?} {:?} cue=[{}] covers=[{}]{}",
                f.kind,
                f.source,
                syntax::text_of(&doc.text, &s.tokens, f.cue.clone()),
                syntax::text_of(&doc.text, &s.tokens, f.covers.clone()),
                if f.clausal { "" } else { " (noun phrase)" }
            );
        }
        for c in crate::extract::split_clauses(&s, lex) {
            let _ = writeln!(out, "   clause: {}", crate::extract::clause_text(&doc.text, &s, &c).replace('\n', " "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::model::{Claim, Document};

    fn doc(outlet: Option<&str>, text: &str) -> Document {
        Document {
            id: "t".into(),
            origin: "t.txt".into(),
            outlet: outlet.map(String::from),
            published: Some("2025-10-22".parse().unwrap()),
            title: None,
            url: None,
            language: None,
            role: Default::default(),
            chrome: vec![],
            text: text.into(),
            body_line: 1,
            metadata: Default::default(),
            lines: Default::default(),
            truncated_from: None,
        }
    }

    fn claims(outlet: Option<&str>, text: &str) -> Vec<Claim> {
        crate::claims_of(0, &doc(outlet, text), Lexicon::bundled())
    }

    /// The claim whose words contain `needle`.
    fn find<'a>(claims: &'a [Claim], needle: &str) -> &'a Claim {
        claims
            .iter()
            .find(|c| c.text.contains(needle))
            .unwrap_or_else(|| panic!("no claim holds {needle:?}: {claims:#?}"))
    }

    #[test]
    fn press_review_chain_and_carry_over() {
        let text = "The White House announced that the meeting is no longer planned, writes \"Politico\", BTA reported in the press review.\n\nAt a press conference in Moscow, Lavrov said he had informed Rubio that Russia's position had not changed.\n\nThe publication recalls that the talks ended without an agreement.";
        let c = claims(Some("BTA"), text);
        let first = find(&c, "is no longer planned");
        assert_eq!(first.attribution.outlets, vec!["BTA", "Politico"]);
        assert_eq!(first.speaker(), Some("The White House"));
        let lavrov = find(&c, "had not changed");
        assert_eq!((lavrov.outlet(), lavrov.speaker()), (Some("Politico"), Some("Lavrov")));
        let recalled = find(&c, "ended without an agreement");
        assert_eq!(recalled.outlet(), Some("Politico"));
        assert_eq!(recalled.speaker(), None);
    }

    #[test]
    fn a_review_paper_takes_over_whatever_opens_its_sentence() {
        // A name with "of" in it and a verb the review uses of papers; a phrase set off by a
        // comma before the name; an aside between the name and its verb.
        let text = "Press review: foreign papers split over the election.\n\n\
            The Times of London sticks closely to the provisional results. The paper notes that turnout was 61.4 percent.\n\n\
            On the margin of victory, El País goes further than anyone. The Madrid daily describes a margin of almost 12 points.\n\n\
            Italy's Corriere della Sera, by contrast, finds no reason to doubt the official turnout. The Milan paper says turnout was just over 61 percent.";
        let c = claims(Some("France 24"), text);
        assert_eq!(find(&c, "turnout was 61.4 percent").outlet(), Some("The Times"));
        assert_eq!(find(&c, "a margin of almost 12 points").outlet(), Some("El País"));
        assert_eq!(find(&c, "just over 61 percent").outlet(), Some("Corriere della Sera"));
    }

    #[test]
    fn a_network_of_observers_is_no_outlet() {
        let text = "Press review.\n\nLe Monde takes a much more sceptical line. Citing the independent observer network Civic Watch, the Paris daily reports that barely 54 percent of voters went to the polls.";
        let c = claims(Some("France 24"), text);
        let turnout = find(&c, "barely 54 percent");
        assert_eq!(turnout.outlet(), Some("Le Monde"));
        // A news agency still is one.
        let c = claims(Some("France 24"), "The state news agency KNA said 12 people died.");
        assert_eq!(find(&c, "12 people died").outlet(), Some("KNA"));
    }

    #[test]
    fn who_rejects_an_account_with_its_owner_named_speaks() {
        for text in [
            "Commander Varro has flatly rejected the organisers' account of what happened at the square.",
            "Commander Varro has flatly rejected the organisers\u{2019} account of what happened at the square.",
        ] {
            let c = claims(None, text);
            assert_eq!(find(&c, "rejected").speaker(), Some("Commander Varro"), "{text}");
        }
    }

    #[test]
    fn who_was_quoted_as_saying_after_the_words_speaks_them() {
        let c = claims(
            Some("VNA"),
            "\"The alarms worked and sounded within seconds, and I have the logs to prove it,\" Hollan was quoted as saying.",
        );
        assert_eq!(find(&c, "The alarms worked").speaker(), Some("Hollan"));
        assert_eq!(find(&c, "I have the logs").speaker(), Some("Hollan"));
        assert_eq!(find(&c, "I have the logs").outlet(), Some("VNA"));
    }

    #[test]
    fn a_name_its_apposition_calls_a_paper_is_an_outlet() {
        let text = "PRESS REVIEW: Papers split over the fire.\n\nEkspres, the tabloid, claims the real toll is far higher.\n\n\
            According to Severni Kurir, the regional paper published in Kovren, the alarm system had been switched off.";
        let c = claims(Some("VNA"), text);
        assert_eq!(find(&c, "the real toll is far higher").outlet(), Some("Ekspres"));
        assert_eq!(find(&c, "the alarm system had been switched off").outlet(), Some("Severni Kurir"));
        // A person's apposition is no paper's.
        let c = claims(Some("VNA"), "Marek Hollan, the director, said the alarms worked.");
        assert_eq!(find(&c, "the alarms worked").speaker(), Some("Marek Hollan"));
    }

    #[test]
    fn a_statement_read_on_television_is_its_speakers() {
        let c = claims(
            None,
            "Colonel Ruvan Aster, a military spokesman, said in a statement read on state television that artillery units had struck a command post.",
        );
        assert_eq!(find(&c, "artillery units had struck").speaker(), Some("Colonel Ruvan Aster"));
    }

    #[test]
    fn an_observatory_speaks_as_a_body() {
        let text = "The Kivalo Rights Observatory (KRO) told a different story. In a first count on Wednesday, the \
            observatory put the civilian death toll at 28. On Thursday it raised its toll to 34 civilians.";
        let c = claims(None, text);
        assert_eq!(find(&c, "death toll at 28").speaker(), Some("Kivalo Rights Observatory"));
        assert_eq!(find(&c, "raised its toll to 34").speaker(), Some("Kivalo Rights Observatory"));
    }

    #[test]
    fn a_judgement_after_a_source_named_behind_its_words_is_that_sources() {
        let c = claims(
            None,
            "\"Kessen is our head coach,\" the club said in a post on social media on Monday, calling the story \"completely false\".",
        );
        assert_eq!(find(&c, "calling the story").speaker(), Some("the club"));
    }

    #[test]
    fn a_second_source_measuring_a_figure_after_while_speaks() {
        let c = claims(
            None,
            "The institute put its magnitude at 6.4, while the Nordhavn Seismic Observatory, which monitors earthquakes worldwide, measured it at 6.9.",
        );
        assert_eq!(find(&c, "measured it at 6.9").speaker(), Some("the Nordhavn Seismic Observatory"));
        assert_eq!(find(&c, "put its magnitude at 6.4").speaker(), Some("The institute"));
        // A thing that measures a figure is no source.
        let c = claims(None, "The tremor measured 6.1 on the Richter scale, the institute said.");
        assert_eq!(find(&c, "The tremor measured 6.1").speaker(), Some("the institute"));
    }

    #[test]
    fn a_live_blog_time_stamp_is_no_part_of_who_speaks() {
        let c = claims(None, "19:40 Police revise their estimate\n\nThe prefecture now puts the march at 31,000.");
        assert_eq!(find(&c, "revise their estimate").speaker(), Some("Police"));
    }

    #[test]
    fn who_dismisses_a_report_denies_it_and_the_report_tells_its_words() {
        let text = "The central bank on Monday dismissed as baseless a newspaper report that the government \
                    planned to devalue the krona.\n\n\
                    In a statement, the bank called the report \"irresponsible\" and said the peg would stay. \
                    It noted that reserves had risen since March.\n\n\
                    The finance ministry rejected a report in the daily Vecer that the state had taken a secret loan.";
        let c = claims(Some("Reuters"), text);
        assert_eq!(find(&c, "dismissed as baseless").speaker(), Some("The central bank"));
        assert_eq!(find(&c, "planned to devalue").speaker(), Some("a newspaper report"));
        // "the bank" is the central bank named before.
        assert_eq!(find(&c, "called the report").speaker(), Some("The central bank"));
        // "It" is the bank that said the second verb, not the report it called irresponsible.
        assert_eq!(find(&c, "reserves had risen").speaker(), Some("The central bank"));
        // The paper's words, not the ministry's that rejects them.
        let loan = find(&c, "a secret loan");
        assert_eq!((loan.outlet(), loan.speaker()), (Some("Vecer"), None));
    }

    #[test]
    fn she_is_the_titled_person_the_story_turned_to_since_the_last_speaker() {
        let text = "In a statement, army spokesman Colonel Davor Ilkany said the strike had killed 11 militants.\n\n\
                    The director of the district hospital, Dr. Amina Roselt, gave a very different account. \
                    \"We received 34 bodies,\" she told Reuters by telephone. \
                    She said the hospital had also treated 52 wounded people.\n\n\
                    The U.N. office said in a report on Tuesday that at least 38 civilians were killed, citing \
                    local health workers.";
        let c = claims(Some("Reuters"), text);
        assert_eq!(find(&c, "We received 34 bodies").speaker(), Some("Dr. Amina Roselt"));
        assert_eq!(find(&c, "treated 52 wounded").speaker(), Some("Dr. Amina Roselt"));
        // The office says it, on the word of its sources.
        assert_eq!(find(&c, "at least 38 civilians").speaker(), Some("The U.N. office"));
    }

    #[test]
    fn she_is_the_person_named_between_commas_before_the_verb() {
        let c = claims(
            Some("AFP"),
            "Brasko Lines said the ferry was carrying 84 passengers.\n\n\
             The harbour master at Veshna Port, Drita Kolani, took a different view. \"More than 150 people boarded \
             at my port,\" she told AFP.",
        );
        assert_eq!(find(&c, "More than 150 people").speaker(), Some("Drita Kolani"));
    }

    #[test]
    fn an_account_named_by_its_owner_tells_its_own_words_inside_what_another_says() {
        let c = claims(
            Some("Reuters"),
            "The reporter's colleagues said on Monday she had been held since Friday, disputing a police \
             statement that she was detained only on Sunday.\n\n\
             Her editor said on Monday that she was well, repeating his claim that the charges were invented.\n\n\
             The ministry said the report that she had been beaten was false.",
        );
        assert_eq!(find(&c, "held since Friday").speaker(), Some("The reporter's colleagues"));
        assert_eq!(find(&c, "detained only on Sunday").speaker(), Some("a police statement"));
        // "his claim" names no other owner: the editor's own words.
        assert_eq!(find(&c, "the charges were invented").speaker(), Some("Her editor"));
        // "the report" is the story's report, not an owner's.
        let beaten = c.iter().find(|x| x.text.starts_with("she had been beaten")).expect("the report's words");
        assert_eq!(beaten.speaker(), Some("The ministry"));
    }

    #[test]
    fn an_outlet_described_before_its_name_even_when_the_name_ends_on_an_outlet_word() {
        let c = claims(
            Some("Reuters"),
            "Regional broadcaster Lakeside Valley Radio reported that two hikers were missing.\n\n\
             The trade weekly Steel & Rail reported in its latest issue that the plant would close.",
        );
        let hikers = find(&c, "two hikers were missing");
        assert_eq!((hikers.outlet(), hikers.speaker()), (Some("Lakeside Valley Radio"), None));
        let plant = find(&c, "the plant would close");
        assert_eq!((plant.outlet(), plant.speaker()), (Some("Steel & Rail"), None));
    }

    #[test]
    fn what_the_denier_adds_after_a_comma_is_not_the_reports() {
        let c = claims(
            Some("Reuters"),
            "Velta Motors on Thursday denied a newspaper report that it plans to close its paint shop, saying there \
             was no truth in the story.",
        );
        let report = c.iter().find(|x| x.text.starts_with("it plans")).expect("the report's words are a claim");
        assert_eq!(report.text, "it plans to close its paint shop");
        assert_eq!(report.speaker(), Some("a newspaper report"));
        assert_eq!(find(&c, "no truth in the story").speaker(), Some("Velta Motors"));
    }

    #[test]
    fn who_is_accused_after_a_long_aside_is_no_speaker() {
        let c = claims(
            Some("Reuters"),
            "The Green Valley Coalition, an environmental group that has campaigned for years over the condition \
             of the region's ageing dams, accused the authorities of understating the toll. At least 45 people had \
             died, it said.",
        );
        assert_eq!(find(&c, "At least 45 people").speaker(), Some("The Green Valley Coalition"));
    }

    #[test]
    fn a_source_cited_first_and_the_statement_that_said_it() {
        let c = claims(
            Some("KNA"),
            "Citing a diplomatic source, Le Monde adds that the commissioner will attend the signing. Citing two \
             people who were present, the newspaper said the meeting lasted nearly three hours.\n\n\
             In a statement, army spokesman Colonel Davor Ilkany said the strike had killed 11 militants. \"No \
             civilians were harmed in this operation,\" the statement said.",
        );
        let attend = find(&c, "will attend the signing");
        assert_eq!((attend.outlet(), attend.speaker()), (Some("Le Monde"), Some("a diplomatic source")));
        assert_eq!(find(&c, "lasted nearly three hours").speaker(), Some("two people"));
        assert_eq!(find(&c, "No civilians were harmed").speaker(), Some("army spokesman Colonel Davor Ilkany"));
    }

    #[test]
    fn a_source_after_a_comma_speaks_its_own_words_not_the_clause_before() {
        let c = claims(Some("AP"), "Toll from plant blast rises to at least 14, operator disputes figures");
        assert_eq!(find(&c, "rises to at least 14").speaker(), None);
        assert_eq!(find(&c, "disputes figures").speaker(), Some("operator"));
        // A verb with no words of its own after it takes the clause before it.
        let c =
            claims(Some("AP"), "Two workers died, the company confirmed, naming them as Ivan Brekalo and Marin Tesic.");
        assert_eq!(find(&c, "Two workers died").speaker(), Some("the company"));
    }

    #[test]
    fn an_appositive_claim_a_source_rejects_is_that_sources() {
        let c = claims(
            Some("AP"),
            "The opposition said the government had already signed the contracts, \
             a claim the energy ministry rejected on Wednesday as \"simply false\".",
        );
        assert_eq!(find(&c, "had already signed").speaker(), Some("The opposition"));
        let answer = find(&c, "a claim the energy ministry");
        assert_eq!(answer.speaker(), Some("the energy ministry"));
        assert!(!answer.text.contains("signed"), "{}", answer.text);
    }

    #[test]
    fn that_ending_a_clause_is_what_was_said() {
        let c = claims(
            Some("AP"),
            "Falk denied making the remark. \"I never said that, and I would never say anything so irresponsible,\" \
             he told reporters.",
        );
        assert_eq!(find(&c, "I never said").text, "I never said that");
        // A "that" opening the words said still opens them.
        let c = claims(Some("AP"), "Feld told jurors that $48,000 was wired to an account.");
        assert_eq!(find(&c, "was wired").speaker(), Some("Feld"));
    }

    #[test]
    fn an_emergency_service_puts_out_a_toll() {
        let c = claims(Some("Reuters"), "The regional emergency service put the death toll at 17.");
        assert_eq!(find(&c, "death toll at 17").speaker(), Some("The regional emergency service"));
    }

    #[test]
    fn who_puts_a_thing_at_a_figure_gives_the_figure() {
        let text = "The company puts its own clean-up costs at 1.2 million korun. \
                    Police estimated the crowd at no more than 8,000 at its peak. \
                    The report by Auditor General Rosalind Vey puts the original contract value at 48.2 million crowns. \
                    Local broadcaster Radio Tarnell, citing a council source, put the cost at 250 million marks.";
        let c = claims(Some("AP"), text);
        assert_eq!(find(&c, "clean-up costs").speaker(), Some("The company"));
        assert_eq!(find(&c, "no more than 8,000").speaker(), Some("Police"));
        assert_eq!(find(&c, "original contract value").speaker(), Some("Auditor General Rosalind Vey"));
        let cost = find(&c, "250 million marks");
        assert_eq!((cost.outlet(), cost.speaker()), (Some("Radio Tarnell"), Some("a council source")));
        // A thing set at no figure, or a figure told by a clause, is no such frame.
        let c = claims(Some("AP"), "The storm put the harbour at risk. Analysts estimated that 300 jobs would go.");
        assert_eq!(find(&c, "harbour at risk").speaker(), None);
        assert_eq!(find(&c, "300 jobs would go").speaker(), Some("Analysts"));
    }

    #[test]
    fn a_paper_named_post_reports_and_a_reason_cited_is_no_source() {
        let text = "The Brennick Evening Post reported on Monday that 52 people had died in the floods. \
                    The paper later corrected the figure to 25, citing an editing error. \
                    The mayor cancelled the fair, citing security concerns.";
        let c = claims(Some("AP"), text);
        let first = find(&c, "52 people had died");
        assert_eq!((first.outlet(), first.speaker()), (Some("Brennick Evening Post"), None));
        // The paper speaks in its correction: an error it cites does not.
        let fixed = find(&c, "corrected the figure to 25");
        assert_eq!((fixed.outlet(), fixed.speaker()), (Some("Brennick Evening Post"), None));
        assert_eq!(find(&c, "cancelled the fair").speaker(), None);
    }

    #[test]
    fn a_firm_named_in_apposition_speaks_and_is_the_company() {
        let text = "The roof of a haulage tunnel gave way shortly before 11 p.m., at a depth of about 640 metres, \
                    according to the operator, Korvane Coal. Korvane Coal gave a lower toll. In a statement issued \
                    an hour after the briefing, the company said 11 workers were killed.";
        let c = claims(Some("AP"), text);
        assert_eq!(find(&c, "640 metres").speaker(), Some("Korvane Coal"));
        assert_eq!(find(&c, "11 workers were killed").speaker(), Some("Korvane Coal"));
        // The name is the frame's, no claim of its own.
        assert!(c.iter().all(|c| c.text != "Korvane Coal"));
        // A person's name is still a person's: "the company" does not point back to her.
        let c = claims(Some("AP"), "Maria Kessler gave a lower toll. Later the company said 11 workers were killed.");
        assert_eq!(find(&c, "11 workers were killed").speaker(), Some("the company"));
    }

    #[test]
    fn the_story_told_by_its_own_outlet_leaves_the_agency_named_before() {
        let text = "The provincial civil protection agency said the confirmed death toll stood at 23. \
                    The director of the hospital, Dr. Osric Penhale, gave a higher figure. \
                    He told Tallis Wire that the morgue had received 34 bodies. \
                    The agency said 62 people were being treated for injuries.";
        let c = claims(Some("Tallis Wire"), text);
        assert_eq!(find(&c, "62 people").speaker(), Some("The provincial civil protection agency"));
        // Another outlet named since may be the agency meant.
        let c = claims(Some("AP"), text);
        assert_eq!(find(&c, "62 people").speaker(), None);
    }

    #[test]
    fn a_body_named_in_passing_is_the_one_its_noun_points_back_to() {
        let text = "The chemicals maker Kessling Agrochem and the Riverlands Environment Agency are at odds over the \
                    spill. Its area manager, Priya Lindgren, told the Ledger that the plant had released 3,000 litres. \
                    About 2,000 dead fish have been recovered, the agency said.";
        // "the Ledger" is the story's own paper, so "the agency" still points back.
        let c = claims(Some("The Carrow Ledger"), text);
        assert_eq!(find(&c, "3,000 litres").outlet(), Some("The Carrow Ledger"));
        assert_eq!(find(&c, "2,000 dead fish").speaker(), Some("Riverlands Environment Agency"));
        // Another outlet named since may be the agency meant.
        let c = claims(Some("AP"), &text.replace("the Ledger", "the Dravnik Wire"));
        assert_eq!(find(&c, "2,000 dead fish").speaker(), None);
        // A paper is not: "the agency" still points back past "the Dravnik Herald".
        let c = claims(Some("AP"), &text.replace("the Ledger", "the Dravnik Herald"));
        assert_eq!(find(&c, "2,000 dead fish").speaker(), Some("Riverlands Environment Agency"));
    }

    #[test]
    fn a_subject_described_before_its_verb_is_who_speaks() {
        let text = "The Orvane Lifeboat Volunteers, a charity whose boats were first on the scene, said its crews \
                    and fishermen pulled 54 survivors from the water on Monday night. \
                    The talks will resume on Monday, when the envoy arrives, said Lavrov.";
        let c = claims(Some("AP"), text);
        assert_eq!(find(&c, "54 survivors").speaker(), Some("The Orvane Lifeboat Volunteers"));
        // Words before a comma that are no subject and its description still end on who said them.
        assert_eq!(find(&c, "talks will resume").speaker(), Some("Lavrov"));
    }

    #[test]
    fn what_little_was_said_is_said_by_who_said_it() {
        let c = claims(
            Some("AP"),
            "A member of his exiled movement, speaking on condition of anonymity, said only that \
             \"contacts with people inside the government are nothing new.\"",
        );
        assert_eq!(find(&c, "contacts with people").speaker(), Some("A member of his exiled movement"));
    }

    #[test]
    fn a_tally_in_shorthand_and_an_adverb_before_the_verb() {
        let c = claims(
            Some("The Guardian"),
            "A reminder of the figures as they stand: the NDMA says 34 dead and nine missing. \
             The NDMA has just updated its figures: 34 people are now confirmed dead. \
             The ministry has already said that 20 died.",
        );
        assert_eq!(find(&c, "34 dead and nine missing").speaker(), Some("the NDMA"));
        assert_eq!(find(&c, "now confirmed dead").speaker(), Some("The NDMA"));
        assert_eq!(find(&c, "20 died").speaker(), Some("The ministry"));
    }

    #[test]
    fn an_attribution_inside_a_clause_speaks_the_whole_clause() {
        let c = claims(
            Some("AP"),
            "Health Minister Irena Dahlvik spoke to parliament on Tuesday. The ministry's own review, she said, had \
             found that the infection contributed to three deaths. Aeroval, he said, was still telling reporters that \
             only four passengers were hurt.",
        );
        let review = find(&c, "contributed to three deaths");
        assert!(review.text.starts_with("The ministry's own review, she said, had found"), "{}", review.text);
        assert_eq!(review.speaker(), Some("Health Minister Irena Dahlvik"));
        // Words after the aside that a source of their own tells are not the aside's.
        assert_ne!(find(&c, "only four passengers").speaker(), Some("Health Minister Irena Dahlvik"));
    }

    #[test]
    fn where_it_was_said_between_subject_and_verb_is_no_part_of_who() {
        let c = claims(
            Some("AP"),
            "The city police, in a statement issued on Saturday evening, said about 4,000 people attended. \
             Opposition leader Runa Falk calls it \"a surrender of our waters\" and demands a vote.",
        );
        assert_eq!(find(&c, "4,000 people attended").speaker(), Some("The city police"));
        assert_eq!(find(&c, "a surrender of our waters").speaker(), Some("Opposition leader Runa Falk"));
        // So is the piece or edition a paper said it in.
        let c = claims(
            Some("The Halvard Courier"),
            "Le Monde, in a front-page piece on Wednesday, wrote that eleven heads of government attended. \
             The Times, in its Thursday edition, reported that the deal was dead.",
        );
        assert_eq!(find(&c, "eleven heads of government").outlet(), Some("Le Monde"));
        assert_eq!(find(&c, "the deal was dead").outlet(), Some("The Times"));
    }

    #[test]
    fn a_participle_after_a_quote_says_more_of_the_speakers_words() {
        let text = "Transport Minister Elin Dahlqvist spoke on Wednesday. \"The hardest part is behind us,\" she said, \
                    adding that the budget of 241 million crowns would hold. \
                    Kestrel's two counts differed widely, adding to confusion about how many had died and to suspicion \
                    that nobody really knows.";
        let c = claims(Some("AP"), text);
        assert_eq!(find(&c, "budget of 241 million").speaker(), Some("Transport Minister Elin Dahlqvist"));
        assert_eq!(find(&c, "nobody really knows").speaker(), None);
    }

    #[test]
    fn a_works_council_is_who_speaks() {
        let c = claims(
            Some("AP"),
            "The company rejected a report that it plans to close the plant, \
             but the plant's works council said managers had confirmed the plan.",
        );
        assert_eq!(find(&c, "managers had confirmed").speaker(), Some("the plant's works council"));
    }

    #[test]
    fn who_answers_a_report_speaks_in_the_storys_own_voice() {
        let text = "The ministry on Wednesday denied a newspaper report that the minister had met the bidders, \
                    calling the story \"completely false\".\n\n\
                    The dispute deepened when private broadcaster Sorvia24 reported that the minister was preparing \
                    to resign. The presidential office dismissed that report as baseless.";
        let c = claims(Some("AP"), text);
        assert_eq!(find(&c, "calling the story").speaker(), Some("The ministry"));
        // The judgement is the denier's even when the sentence goes on after it.
        let c2 = claims(
            Some("AP"),
            "The minister on Wednesday denied a newspaper report that a mining company had paid his brother, \
             calling the story \"false\", though the anti-graft agency said it was examining transfers.",
        );
        let judged = find(&c2, "calling the story");
        assert_eq!(judged.speaker(), Some("The minister"));
        assert!(!judged.text.contains("had paid"), "{}", judged.text);
        let answer = find(&c, "dismissed that report");
        assert_eq!((answer.outlet(), answer.speaker()), (Some("Associated Press"), Some("The presidential office")));
    }

    #[test]
    fn a_known_outlet_opening_a_paragraph_takes_over_whatever_its_verb() {
        let text = "Foreign press review: summit date still unclear\n\n\
                    Le Monde writes that the two leaders will meet on October 2.\n\n\
                    The Guardian says the meeting is set for October 9.\n\n\
                    Bloomberg values the agreement at about 3 billion euros.\n\n\
                    Politico Europe has changed its reading of the situation within two days. On Monday the outlet \
                    wrote that the summit had been postponed indefinitely.";
        let c = claims(Some("KNA"), text);
        assert_eq!(find(&c, "postponed indefinitely").outlet(), Some("Politico"));
        // A paper's own name opening a paragraph of a review takes over too, though the
        // lexicon does not know it; a body's name does not.
        let c = claims(
            Some("KNA"),
            "Press review: steelworks sale in doubt\n\n\
             The Meridian Post reported that the negotiations had collapsed on Monday.\n\n\
             The Capital Ledger gave a different picture. Talks have not broken down and will resume next week, the \
             paper wrote.\n\n\
             The European Commission has called for calm, according to the paper.",
        );
        assert_eq!(find(&c, "Talks have not broken down").outlet(), Some("Capital Ledger"));
        assert_eq!(find(&c, "called for calm").outlet(), Some("Capital Ledger"));
        // So does a paper's name in quotation marks, as reviews set them, whatever its verb.
        let c = claims(
            Some("SNA"),
            "Press Review\n\n\
             \"Vecernje Novine\" writes that the minister resigned of his own accord.\n\n\
             \"Pravec\" has a different version. Citing two cabinet sources, the paper says the minister was \
             dismissed.\n\n\
             \"The Evening Beacon\" also names Sever as the new finance minister. It describes him as a cautious \
             technocrat.",
        );
        assert_eq!(find(&c, "was dismissed").outlet(), Some("Pravec"));
        assert_eq!(find(&c, "cautious technocrat").outlet(), Some("The Evening Beacon"));
        // Outside a press review, an outlet the story is about reports nothing.
        let c = claims(
            Some("KBS"),
            "NHK has apologized for a false report of a missile launch. The broadcaster said it was looking into \
             what happened.",
        );
        assert_eq!(find(&c, "has apologized").outlet(), Some("KBS"));
    }

    #[test]
    fn words_told_to_the_storys_own_reporters_end_the_carry_over() {
        let text = "The Valdorian Herald reported on Monday that the arms maker shipped shells abroad. \
                    The Herald said it stood by its reporting.\n\n\
                    Ministry spokesman Emil Rausch told reporters the report was false. \
                    The ministry has denied such sales before.\n\n\
                    Its editor told AFP the paper had seen shipping documents.";
        let c = claims(Some("Reuters"), text);
        // "The Herald" is the paper named in full before.
        assert_eq!(find(&c, "stood by its reporting").outlet(), Some("Valdorian Herald"));
        let told = find(&c, "the report was false");
        assert_eq!((told.outlet(), told.speaker()), (Some("Reuters"), Some("Ministry spokesman Emil Rausch")));
        assert_eq!(find(&c, "denied such sales before").outlet(), Some("Reuters"));
        // "told AFP" in an AFP story: the story's own words, by any of the outlet's names.
        let c = claims(Some("Agence France-Presse"), text);
        assert_eq!(find(&c, "shipping documents").outlet(), Some("Agence France-Presse"));
    }

    #[test]
    fn a_story_citing_one_outlet_speaks_for_itself_in_its_next_paragraph() {
        let text = "Radio Kiel, however, quoted a senior official as saying that fuel taxes would rise in April.\n\n\
                    The opposition accused the police of beating protesters.";
        let c = claims(Some("Reuters"), text);
        let quoted = find(&c, "fuel taxes would rise");
        assert_eq!((quoted.outlet(), quoted.speaker()), (Some("Radio Kiel"), Some("a senior official")));
        assert_eq!(find(&c, "beating protesters").outlet(), Some("Reuters"));
        // In a document that names itself a press review, the outlet carries on.
        let review = format!("In its press review, BTA notes the following.\n\n{text}");
        assert_eq!(find(&claims(Some("BTA"), &review), "beating protesters").outlet(), Some("Radio Kiel"));
    }

    #[test]
    fn she_is_the_person_named_not_the_place_she_was_in() {
        let c = claims(
            Some("Al Jazeera"),
            "On Thursday, NDMA spokesperson Leila Farahani briefed reporters in the provincial capital, Kandor. \
             \"We have now recovered 57 bodies,\" she said.",
        );
        // With her title and the agency she speaks for.
        assert_eq!(find(&c, "recovered 57 bodies").speaker(), Some("NDMA spokesperson Leila Farahani"));
        // A name after a province that ends another name is a person: "the governor of Wadi
        // Kerem province, Issa Belkadi".
        let c = claims(
            Some("Reuters"),
            "The governor of Wadi Kerem province, Issa Belkadi, gave a very different account. \"These were women \
             buying vegetables,\" she said.",
        );
        assert_eq!(find(&c, "women buying vegetables").speaker(), Some("Issa Belkadi"));
    }

    #[test]
    fn who_levels_a_charge_is_the_speaker() {
        let c = claims(
            Some("Reuters"),
            "Opposition leader Tomas Vrana accused the government of negotiating in secret and said it was ready to \
             concede grazing rights. The minister was accused of lying to parliament.",
        );
        assert_eq!(find(&c, "negotiating in secret").speaker(), Some("Opposition leader Tomas Vrana"));
        assert_eq!(find(&c, "ready to concede").speaker(), Some("Opposition leader Tomas Vrana"));
        // The accused is no speaker.
        assert_eq!(find(&c, "lying to parliament").speaker(), None);
    }

    #[test]
    fn a_quote_said_in_a_statement_released_before_an_event_has_its_speaker() {
        let c = claims(
            Some("Reuters"),
            "\"There is no truth to this story. Brakka has never discussed a merger,\" the company said in a \
             statement released before the market opened.",
        );
        assert_eq!(find(&c, "no truth to this story").speaker(), Some("the company"));
        assert_eq!(find(&c, "never discussed a merger").speaker(), Some("the company"));
    }

    #[test]
    fn a_judgement_after_a_comma_is_not_part_of_the_report_it_judges() {
        let c = claims(
            Some("Reuters"),
            "The ministry denied a newspaper report that the minister had met the envoy, calling the story fake news. \
             Trump told Zelensky his priority was to end the war, calling for a freeze on the front lines.",
        );
        assert!(!find(&c, "had met the envoy").text.contains("fake news"));
        assert!(find(&c, "calling the story").text.contains("fake news"));
        // "calling for" demands; it judges nothing.
        assert!(find(&c, "end the war").text.contains("calling for a freeze"));
    }

    #[test]
    fn a_paper_named_after_its_description_keeps_the_particles_of_its_name() {
        let c = claims(
            Some("Reuters"),
            "The regional newspaper Diario del Norte reported that buses carrying replacement workers had been \
             blocked. The Italian daily Corriere della Sera said the talks had failed.",
        );
        assert_eq!(find(&c, "buses carrying").outlet(), Some("Diario del Norte"));
        assert_eq!(find(&c, "buses carrying").speaker(), None);
        assert_eq!(find(&c, "talks had failed").outlet(), Some("Corriere della Sera"));
    }

    #[test]
    fn said_in_a_note_to_clients_on_a_day_that_is_the_speakers_own_medium() {
        let c = claims(
            Some("Reuters"),
            "Orbit Analytics said in a note to clients on Wednesday that satellite pictures showed at least \
             60 tracked vehicles near the border. The minister commented on a report in the daily Vecer that \
             the plant would close.",
        );
        assert_eq!(find(&c, "satellite pictures showed").speaker(), Some("Orbit Analytics"));
        assert_eq!(find(&c, "the plant would close").outlet(), Some("Vecer"));
    }

    #[test]
    fn who_told_a_station_in_person_is_heard_through_it() {
        let c = claims(
            Some("Reuters"),
            "Mayor Ana Lind herself told BBC Radio Vellmoor: \"I have not resigned.\" The company itself said \
             the plant would close. Lind later told Radio Osterby: \"I am going nowhere.\"",
        );
        let resigned = find(&c, "I have not resigned");
        assert_eq!((resigned.outlet(), resigned.speaker()), (Some("BBC"), Some("Mayor Ana Lind")));
        assert_eq!(find(&c, "the plant would close").speaker(), Some("The company"));
        let nowhere = find(&c, "I am going nowhere");
        assert_eq!((nowhere.outlet(), nowhere.speaker()), (Some("Radio Osterby"), Some("Lind")));
    }

    #[test]
    fn who_told_state_radio_is_the_speaker() {
        let c = claims(
            Some("Reuters"),
            "Government spokesman Abdoulaye Sankara told state radio on Wednesday that 15 civilians were killed. \
             The governor, Pavel Dorn, told local television that a section of the dam wall had collapsed.",
        );
        let killed = find(&c, "15 civilians were killed");
        assert_eq!(
            (killed.outlet(), killed.speaker()),
            (Some("Reuters"), Some("Government spokesman Abdoulaye Sankara"))
        );
        assert_eq!(find(&c, "dam wall had collapsed").speaker(), Some("Pavel Dorn"));
    }

    #[test]
    fn a_source_putting_out_a_figure_after_and_speaks_for_itself() {
        let c = claims(
            Some("Reuters"),
            "Doctors at the Varn district hospital said 11 people had been wounded, and Mayor Tomas Brenner \
             also put the number of injured at 11.",
        );
        assert_eq!(find(&c, "had been wounded").speaker(), Some("Doctors at the Varn district hospital"));
        assert_eq!(find(&c, "number of injured at 11").speaker(), Some("Mayor Tomas Brenner"));
    }

    #[test]
    fn a_source_estimating_a_figure_after_while_speaks_for_itself() {
        let c = claims(
            Some("Industry Weekly"),
            "The Metalworkers' Union said 4,000 workers took part, while police estimated the crowd at 1,800.",
        );
        assert_eq!(find(&c, "4,000 workers").speaker(), Some("The Metalworkers' Union"));
        assert_eq!(find(&c, "the crowd at 1,800").speaker(), Some("police"));
    }

    #[test]
    fn a_title_after_state_speaks_the_quotation() {
        let c = claims(
            Some("AP"),
            "\"The report is false: no lockdown has been ordered,\" state Health Minister Rekha Sundaran told reporters.",
        );
        assert_eq!(find(&c, "The report is false").speaker(), Some("state Health Minister Rekha Sundaran"));
    }

    #[test]
    fn a_confirmation_after_the_words_speaks_them() {
        let c = claims(
            Some("The Drummond Examiner"),
            "A district court has ordered Norvale Chemicals to pay a fine of $2.4 million, the company confirmed.",
        );
        assert_eq!(find(&c, "pay a fine").speaker(), Some("the company"));
    }

    #[test]
    fn two_names_before_a_plural_verb_are_one_subject_and_whether_asks() {
        let c = claims(
            Some("Meridian Press Agency"),
            "The papers were divided over whether Renn and Dravec have met. Renn resigned and Dravec has left.",
        );
        let asked = find(&c, "Dravec have met");
        assert!(asked.text.contains("whether Renn and Dravec"));
        assert_eq!(asked.modality, crate::model::Modality::Possible);
        assert!(c.iter().any(|x| x.text == "Dravec has left"));
    }

    #[test]
    fn a_headline_second_source_speaks_its_own_shorthand() {
        let c = claims(
            Some("Lirania Today"),
            "Lirania election: commission says turnout hit 61.3%, observers say far lower\n\n\
             The electoral commission said on Monday that turnout reached 61.3 percent.",
        );
        let commission = find(&c, "turnout hit 61.3%");
        assert_eq!(commission.speaker(), Some("commission"));
        assert!(!commission.text.contains("observers"));
        assert_ne!(find(&c, "observers say far lower").speaker(), Some("commission"));
    }

    #[test]
    fn an_ing_subject_before_a_perfect_and_late_before_a_noun_are_the_words_said() {
        let c = claims(
            Some("Lirania Today"),
            "Commission chair Elena Dorsch said late voting in the cities had \"pushed participation to 61.3 percent\". \
             Elena Dorsch said voting had been calm.",
        );
        assert_eq!(find(&c, "pushed participation").speaker(), Some("Commission chair Elena Dorsch"));
        assert_eq!(find(&c, "voting had been calm").speaker(), Some("Elena Dorsch"));
    }

    #[test]
    fn a_court_clerk_told_by_phone_speaks_both_clauses() {
        let c = claims(
            Some("The Drummond Examiner"),
            "A clerk at the Lower Ashby District Court told the Examiner by phone that the judgment was read \
             in open court on March 15 and that the fine was set at $2.4 million.",
        );
        let clerk = Some("A clerk at the Lower Ashby District Court");
        assert_eq!(find(&c, "judgment was read").speaker(), clerk);
        assert_eq!(find(&c, "fine was set at").speaker(), clerk);
    }

    #[test]
    fn a_reason_cited_in_quotation_marks_is_no_source_and_an_aside_may_name_the_report() {
        let c = claims(
            Some("Velmora Public Television"),
            "The International Health Agency (IHA), in a situation report published on Thursday, put the number \
             of deaths at 14, citing \"community deaths not yet captured in official figures\".",
        );
        assert_eq!(find(&c, "number of deaths at 14").speaker(), Some("The International Health Agency"));
    }

    #[test]
    fn a_source_putting_out_a_figure_after_a_bare_and_speaks_for_itself() {
        let c = claims(
            Some("Reuters"),
            "An airstrike killed at least 40 people, the hospital director said, while the army insisted that \
             only a handful of people had died and a rebel group put the toll well above 60.",
        );
        assert_eq!(find(&c, "only a handful").speaker(), Some("the army"));
        assert!(!find(&c, "only a handful").text.contains("60"));
        assert_eq!(find(&c, "the toll well above 60").speaker(), Some("a rebel group"));
    }

    #[test]
    fn a_pronoun_after_an_opening_phrase_is_the_whole_subject() {
        let c = claims(
            Some("Reuters"),
            "Governor Karim Obeidat first said on Wednesday that between 30 and 40 people had died. In a televised \
             address late on Wednesday night he raised the figure to 52.",
        );
        assert_eq!(find(&c, "raised the figure to 52").speaker(), Some("Governor Karim Obeidat"));
    }

    #[test]
    fn papers_of_a_press_review_report_through_asides_and_second_verbs() {
        let text = "In its press review, BTA notes the following.\n\n\
                    \"Ekonomik\" leads with the rate cut. The paper quotes Governor Mirela Kostova as saying the \
                    decision was unanimous and adds that the council will next meet on July 18.\n\n\
                    \"Rivna Daily\" likewise reports that the key rate now stands at 4.25 percent.\n\n\
                    \"Glas Naroda\" also gives the new rate as 4.25 percent, but writes that the next meeting is \
                    scheduled for July 25.";
        let c = claims(Some("BTA"), text);
        let unanimous = find(&c, "was unanimous");
        assert_eq!((unanimous.outlet(), unanimous.speaker()), (Some("Ekonomik"), Some("Governor Mirela Kostova")));
        // The paper adds; the governor's quoted words end at "and adds".
        let adds = find(&c, "next meet on July 18");
        assert_eq!((adds.outlet(), adds.speaker()), (Some("Ekonomik"), None));
        assert_eq!(find(&c, "now stands at 4.25").outlet(), Some("Rivna Daily"));
        assert_eq!(find(&c, "scheduled for July 25").outlet(), Some("Glas Naroda"));
        // A known outlet that opens the sentence reports what its participle says.
        let c = claims(
            Some("EuroBrief"),
            "Reuters was first with the story on Monday, reporting that Koster had offered about 4.2 billion euros.",
        );
        let offered = find(&c, "offered about 4.2 billion");
        assert_eq!((offered.outlet(), offered.speaker()), (Some("Reuters"), None));
    }

    #[test]
    fn a_second_verb_that_says_shares_the_subject_of_a_first_that_does_not() {
        let c = claims(
            Some("AP"),
            "Interior Minister Pavol Dubec called the incident \"an unacceptable error\" and said he had ordered an \
             inquiry. \"The dam is intact,\" regional police chief Martin Kovalik told reporters outside the Brezno \
             police headquarters on Sunday morning.",
        );
        assert_eq!(find(&c, "ordered an inquiry").speaker(), Some("Interior Minister Pavol Dubec"));
        // Where it was told is no part of what was told.
        assert_eq!(find(&c, "The dam is intact").speaker(), Some("regional police chief Martin Kovalik"));
    }

    #[test]
    fn who_issued_a_statement_says_what_it_says() {
        let c = claims(
            Some("CNS"),
            "On Tuesday, the Kalvanian foreign ministry issued a two-line statement saying the summit had been \
             postponed. Sekulow has put out a statement saying no subpoena was received.",
        );
        assert_eq!(find(&c, "had been postponed").speaker(), Some("the Kalvanian foreign ministry"));
        assert_eq!(find(&c, "no subpoena was received").speaker(), Some("Sekulow"));
        // Said in a statement: the statement is where, not who; it speaks for no later "it".
        let c = claims(
            Some("AFP"),
            "The General Staff said in a statement that its aircraft had struck a depot. It said three soldiers \
             guarding the site were killed.",
        );
        assert_eq!(find(&c, "had struck a depot").speaker(), Some("The General Staff"));
        assert_ne!(find(&c, "three soldiers").speaker(), Some("a statement"));
    }

    #[test]
    fn who_declined_to_confirm_is_the_speaker() {
        let c = claims(Some("Reuters"), "A spokesman for the foreign ministry declined to confirm or deny the report.");
        assert_eq!(find(&c, "deny the report").speaker(), Some("A spokesman for the foreign ministry"));
    }

    #[test]
    fn a_toll_said_without_that_has_its_speaker() {
        // "died" is a verb too short for the "-ed" guess: the clause after "said" was missed.
        let c = claims(
            Some("Reuters"),
            "Police said three people died in the unrest. The rights group said 14 protesters died.",
        );
        assert_eq!(find(&c, "three people died").speaker(), Some("Police"));
        assert_eq!(find(&c, "14 protesters died").speaker(), Some("The rights group"));
    }

    #[test]
    fn whoever_says_a_clause_is_its_source() {
        let c = claims(
            Some("Reuters"),
            "The regional health directorate in Huancavelica said on Sunday that 15 people had died. \
             The temple trust said six pilgrims had died in the stampede. \
             The decision said nothing about the talks.",
        );
        assert_eq!(find(&c, "15 people had died").speaker(), Some("The regional health directorate in Huancavelica"));
        assert_eq!(find(&c, "six pilgrims had died").speaker(), Some("The temple trust"));
        // "said nothing" says no clause: no one speaks there but the outlet.
        assert_eq!(find(&c, "said nothing").speaker(), None);
    }

    #[test]
    fn a_main_clause_after_a_subordinate_one_has_its_own_source() {
        let c = claims(
            Some("The Guardian"),
            "While the ministry says the toll is 40, the coroner says it is 95. \
             Although the army said the strike hit a depot, residents said it struck a school. \
             As Valmera's government insists the death toll is under 40, doctors describe a very different week.",
        );
        assert_eq!(find(&c, "the toll is 40").speaker(), Some("the ministry"));
        assert_eq!(find(&c, "it is 95").speaker(), Some("the coroner"));
        assert_eq!(find(&c, "it struck a school").speaker(), Some("residents"));
        // The subordinator is no part of who spoke.
        assert_eq!(find(&c, "under 40").speaker(), Some("Valmera's government"));
    }

    #[test]
    fn a_transcripts_speaker_label_names_who_speaks() {
        let c = claims(
            Some("Marovia One Television"),
            "The commission's chairwoman, Irina Volkan, was confident when she spoke to reporters late on Sunday. \
             She put preliminary turnout at 61.4 per cent.\n\n\
             IRINA VOLKAN (clip): \"No serious violations were recorded at any polling station.\"\n\n\
             PRESS REVIEW: Papers split on the vote",
        );
        assert_eq!(find(&c, "No serious violations").speaker(), Some("Irina Volkan"));
        // A day is no one a later "she" is.
        assert_eq!(find(&c, "preliminary turnout").speaker(), Some("Irina Volkan"));
        // A heading in capitals is no speaker, nor a country's name over its papers.
        assert_eq!(find(&c, "Papers split").speaker(), None);
        let c = claims(
            Some("BBC Monitoring"),
            "MOLLUND: \"Nothing is signed\"\n\nThe daily Mollunds Dagblad said no deal was signed.",
        );
        assert_eq!(find(&c, "Nothing is signed").speaker(), None);
    }

    #[test]
    fn it_after_a_bodys_report_is_that_body() {
        let c = claims(
            Some("Euronews"),
            "Helicopters cannot land safely in the valley, according to the air force.\n\n\
             The ministry's morning bulletin is out. It puts the death toll at 19.",
        );
        assert_eq!(find(&c, "death toll at 19").speaker(), Some("The ministry"));
    }

    #[test]
    fn a_quotation_before_a_colon_is_no_paper() {
        let c = claims(
            Some("The Guardian"),
            "\"We stand by every line\": the small paper taking on Kordavia over a ship full of rockets\n\n\
             It alleged that a cargo ship unloaded 40 containers at the port of Olvik.",
        );
        assert_eq!(find(&c, "40 containers").outlet(), Some("The Guardian"));
        let c = claims(Some("BBC Monitoring"), "\"Douma\": the talks are off, the paper says.");
        assert_eq!(find(&c, "the talks are off").outlet(), Some("Douma"));
    }

    #[test]
    fn a_participle_after_a_denied_report_is_the_deniers() {
        let c = claims(
            Some("The Brenmark Ledger"),
            "Arvell Industries on Wednesday rejected a news agency report that it plans to cut 1,800 jobs, \
             saying a restructuring would affect about 400 positions.",
        );
        assert_eq!(find(&c, "plans to cut 1,800 jobs").speaker(), Some("a news agency"));
        assert_eq!(find(&c, "about 400 positions").speaker(), Some("Arvell Industries"));
    }

    #[test]
    fn a_clause_whose_subject_is_counted_as_none_is_said() {
        let c = claims(
            Some("AFP"),
            "The interior ministry said not a single journalist had been monitored. \
             The union said not one member had been consulted. \
             He said not a word about the talks.",
        );
        assert_eq!(find(&c, "not a single journalist").speaker(), Some("The interior ministry"));
        assert_eq!(find(&c, "not one member").speaker(), Some("The union"));
        // "not a word" with no verb after it is what he did not say, no clause.
        assert_eq!(find(&c, "not a word").speaker(), None);
    }

    #[test]
    fn an_aside_between_speaker_and_verb_is_skipped() {
        let c = claims(
            Some("Reuters"),
            "A government spokesman, asked about the report on Saturday, said the minister had full confidence. \
             The National Search and Rescue Agency (Basarnas), which is coordinating the search, said 33 people remained missing.",
        );
        assert_eq!(find(&c, "full confidence").speaker(), Some("A government spokesman"));
        assert_eq!(find(&c, "33 people remained missing").speaker(), Some("The National Search and Rescue Agency"));
        // A "because" inside the aside opens no claim of its own.
        let c = claims(
            Some("Reuters"),
            "A nurse at a health centre, who asked not to be named because she was not authorised to speak, \
             said her facility sent back its vials.",
        );
        assert_eq!(find(&c, "sent back its vials").speaker(), Some("A nurse at a health centre"));
    }

    #[test]
    fn a_story_citing_three_outlets_is_no_press_review() {
        let text = "La Gazzetta dello Sport reported on Thursday that the climber failed a doping test.\n\n\
                    \"He has never failed a test,\" team manager Pieter Claessens said in a statement.\n\n\
                    His lawyer, Giulia Marchetti, told the Italian news agency ANSA that he had not been suspended.\n\n\
                    The testing agency declined to comment.\n\n\
                    Spanish sports daily Marca reported that the B sample had not yet been analysed.\n\n\
                    Trimetazidine has been on the prohibited list since 2014.\n\n\
                    The rider is due to lead the team in October.";
        let c = claims(Some("DW"), text);
        // Three outlets open three of seven paragraphs: the story's own paragraphs are its own.
        let quoted = find(&c, "never failed a test");
        assert_eq!(
            (quoted.outlet(), quoted.speaker()),
            (Some("Deutsche Welle"), Some("team manager Pieter Claessens"))
        );
        assert_eq!(find(&c, "prohibited list since 2014").outlet(), Some("Deutsche Welle"));
        assert_eq!(find(&c, "B sample had not yet been analysed").outlet(), Some("Marca"));
    }

    #[test]
    fn a_paper_opening_a_review_paragraph_after_its_country_is_the_outlet() {
        let text = "THE WEEK IN THE FOREIGN PRESS\n\n\
                    Our weekly look at the foreign press.\n\n\
                    Italy's Corriere della Sera went further on the length of the call. \
                    Its Brussels correspondent writes that the two leaders spoke for more than an hour and a half.\n\n\
                    Finally, Germany's Süddeutsche Zeitung offers a reminder. \
                    The paper writes that no leader can come back empty-handed.";
        let c = claims(Some("Belmora Daily Courier"), text);
        assert_eq!(find(&c, "spoke for more than an hour").outlet(), Some("Corriere della Sera"));
        assert_eq!(find(&c, "no leader can come back").outlet(), Some("Süddeutsche Zeitung"));
    }

    #[test]
    fn a_count_is_its_owners_words() {
        let text = "Flood toll disputed\n\n\
                    The ministry said 57 people died in the floods. \
                    The Tarquenian Relief Society, an independent charity, has compiled its own register. \
                    By its count, 96 people died in the floods. \
                    According to the defence ministry's figures, 40 soldiers were deployed.";
        let c = claims(Some("Reuters"), text);
        // "its": the body the sentence before told of, not the last one that spoke.
        assert_eq!(find(&c, "96 people").speaker(), Some("Tarquenian Relief Society"));
        assert_eq!(find(&c, "40 soldiers").speaker(), Some("the defence ministry"));
    }

    #[test]
    fn a_qualified_title_in_apposition_leaves_the_name_the_speaker() {
        let text = "The union is not buying it. Dana Roos, regional chair of the Metalworkers' Federation, says \
                    management told the works council that 2,200 posts would go. \
                    \"They told us 2,200, in a room, with slides,\" she said.";
        let c = claims(Some("Reuters"), text);
        assert_eq!(find(&c, "2,200 posts would go").speaker(), Some("Dana Roos"));
        assert_eq!(find(&c, "They told us").speaker(), Some("Dana Roos"));
    }

    #[test]
    fn a_name_in_apposition_speaks_and_the_day_is_no_part_of_the_speaker() {
        let text = "An opposition regional councillor, Luca Scarpelli, said the alert was the result of a hacker attack. \
                    \"There is no risk of collapse,\" the head of the civil protection agency, Antonio Ferraro, told a press conference in Catanzaro on Saturday. \
                    \"No such meeting took place,\" Carvalhal told reporters at the club's training ground in Oeiras. \
                    The defence ministry on Monday said the border was calm.";
        let c = claims(Some("AFP"), text);
        assert_eq!(find(&c, "hacker attack").speaker(), Some("Luca Scarpelli"));
        let collapse = find(&c, "no risk of collapse");
        assert_eq!(collapse.speaker(), Some("Antonio Ferraro"));
        assert!(!collapse.text.contains("civil protection"), "the title belongs to the frame: {:?}", collapse.text);
        assert_eq!(find(&c, "No such meeting").speaker(), Some("Carvalhal"));
        assert_eq!(find(&c, "border was calm").speaker(), Some("The defence ministry"));
        // A description opening with a possessive is an aside too.
        let herald = claims(
            Some("Reuters"),
            "The Coastal Herald, Marendi's biggest private daily, reported on Tuesday that the minister held talks.",
        );
        let talks = find(&herald, "the minister held talks");
        assert_eq!(talks.outlet(), Some("Coastal Herald"));
        // One of a group of sources speaks too: "a doctor said".
        let doctor = claims(Some("Reuters"), "A doctor said the morgue had received 23 bodies.");
        assert_eq!(find(&doctor, "received 23 bodies").speaker(), Some("A doctor"));
    }

    #[test]
    fn a_second_source_after_a_semicolon_speaks_for_itself() {
        let c = claims(Some("AP"), "The army said 12 were killed; rebels say the toll is 40.");
        assert_eq!(find(&c, "12 were killed").speaker(), Some("The army"));
        assert_eq!(find(&c, "the toll is 40").speaker(), Some("rebels"));
        let c = claims(
            Some("AP"),
            "Rights group says police killed at least 14 in protest crackdown; police say three were killed",
        );
        assert_eq!(find(&c, "police killed at least 14").speaker(), Some("Rights group"));
        assert_eq!(find(&c, "three were killed").speaker(), Some("police"));
    }

    #[test]
    fn a_date_between_two_dashes_belongs_to_the_dateline() {
        let c = claims(
            Some("Associated Press"),
            "RAVNO, Kasvenia (AP) - April 9, 2026 - Kasvenia's defence ministry on Thursday flatly denied a \
             newspaper report that the minister met the opposition leader.",
        );
        let denial = find(&c, "flatly denied");
        assert_eq!(denial.speaker(), Some("Kasvenia's defence ministry"));
        assert!(!denial.text.contains("2026"), "{:?}", denial.text);
        // A hyphen inside a name stays in it.
        let c = claims(Some("AFP"), "Al-Shabaab spokesman Abdiasis Abu Musab said the fighters had withdrawn.");
        assert_eq!(find(&c, "fighters had withdrawn").speaker(), Some("Al-Shabaab spokesman Abdiasis Abu Musab"));
    }

    #[test]
    fn the_outlet_told_reports_what_it_was_told() {
        let c = claims(
            Some("CTK"),
            "Minister Dostal told the daily E15 that the state will not pay more. \
             Hanzl told CNN on Monday that the contract has not been signed. \
             The minister told reporters that the contract was fair.",
        );
        let e15 = find(&c, "will not pay more");
        assert_eq!((e15.outlet(), e15.speaker()), (Some("E15"), Some("Minister Dostal")));
        assert_eq!(find(&c, "has not been signed").outlet(), Some("CNN"));
        assert_eq!(find(&c, "contract was fair").outlet(), Some("CTK"));
    }

    #[test]
    fn a_described_report_speaks_for_its_figures() {
        let text = "The company's own half-year report said production at Harbury was down 18 percent. \
                    Later the paper admitted that the report was written in haste.";
        let c = claims(Some("Valley Business Journal"), text);
        assert_eq!(find(&c, "down 18 percent").speaker(), Some("The company's own half-year report"));
    }

    #[test]
    fn a_named_speaker_is_who_speaks_past_the_body_they_are_of() {
        let text = "Councillor Nadia Fenwick, of the opposition Green-Independent group, told a council meeting on \
                    Tuesday that the contract was signed on 2 February.";
        let c = claims(Some("Lowmoor Times"), text);
        assert_eq!(find(&c, "signed on 2 February").speaker(), Some("Councillor Nadia Fenwick"));
    }

    #[test]
    fn papers_named_star_or_guardian_are_outlets() {
        let c = claims(
            Some("BBC"),
            "The Dunmore Evening Star reported on Friday that 14,200 patients had been waiting more than a year. \
             The Kelvale Guardian wrote that the ward would close. The Standard reported that the clinic had \
             shut. The Arlow Mirror wrote that nurses had walked out. Bayside FM reported that the ward had \
             reopened. The Tarn Echo wrote that two doctors had resigned.",
        );
        assert_eq!(find(&c, "the ward had reopened").outlet(), Some("Bayside FM"));
        assert_eq!(find(&c, "two doctors had resigned").outlet(), Some("Tarn Echo"));
        assert_eq!(find(&c, "14,200 patients").outlet(), Some("Dunmore Evening Star"));
        assert_eq!(find(&c, "the ward would close").outlet(), Some("Kelvale Guardian"));
        assert_eq!(find(&c, "the clinic had shut").outlet(), Some("Standard"));
        assert_eq!(find(&c, "nurses had walked out").outlet(), Some("Arlow Mirror"));
    }

    #[test]
    fn a_conjunction_opening_the_sentence_is_no_part_of_who_spoke() {
        let c = claims(
            Some("Tarrant Wire"),
            "But Ana Lopes said on Thursday that no vote had been scheduled. Yet Maria Costa said the vote \
             was cancelled. And Pedro Alves said it was postponed.",
        );
        assert_eq!(find(&c, "no vote had been scheduled").speaker(), Some("Ana Lopes"));
        assert_eq!(find(&c, "the vote was cancelled").speaker(), Some("Maria Costa"));
        assert_eq!(find(&c, "it was postponed").speaker(), Some("Pedro Alves"));
    }

    #[test]
    fn an_organiser_or_campaigner_after_a_quote_is_who_spoke() {
        let c = claims(
            Some("Tarrant Wire"),
            "\"We will not resign,\" said the minister. \"We will take the second answer, but we want it in \
             writing,\" said the campaign organiser.",
        );
        assert_eq!(find(&c, "we want it in writing").speaker(), Some("the campaign organiser"));
    }

    #[test]
    fn the_outlet_a_source_was_quoted_by_is_the_nearest() {
        let c = claims(
            Some("Tarrant Wire"),
            "\"Nine of our members died underground,\" the union's chairman, Ivo Brand, told the broadcaster \
             Kessa 4. \"They kept sending people down,\" he said in an interview with Radio Orvel on Monday. \
             Mayor Lina Hoff, quoted by the state news agency Velpress, said the road would reopen next week. \
             The hospital has treated at least 35 people, its director, Dr. Anton Roos, was quoted by the \
             Marrow Herald as saying. Survivors quoted by the Marrow Herald said nearly 300 people were aboard. \
             The operator said in a statement carried by Velpress that the ferry was not overloaded.",
        );
        let pair = |needle: &str| {
            let claim = find(&c, needle);
            (claim.outlet(), claim.speaker())
        };
        assert_eq!(pair("Nine of our members died"), (Some("Kessa 4"), Some("Ivo Brand")));
        assert_eq!(pair("They kept sending people down"), (Some("Radio Orvel"), Some("Ivo Brand")));
        assert_eq!(pair("road would reopen"), (Some("Velpress"), Some("Mayor Lina Hoff")));
        assert_eq!(pair("treated at least 35 people"), (Some("Marrow Herald"), Some("Dr. Anton Roos")));
        assert_eq!(pair("nearly 300 people were aboard"), (Some("Marrow Herald"), Some("Survivors")));
        assert_eq!(pair("ferry was not overloaded"), (Some("Velpress"), Some("The operator")));
    }

    #[test]
    fn a_paper_told_by_its_quoted_name_or_described_before_it_is_the_outlet() {
        let c = claims(
            Some("Adriatic Wire"),
            "The finance minister, Ivo Marek, told \"Radio Sova\" on Thursday evening that the buyer has \
             committed to keep all 900 jobs. Opposition leader Ana Belic told \"Vjesnik Dana\" the deal was a \
             sale at a clearance price and said her party would ask parliament to publish the contract. The \
             Vienna-based \"Danube Business Review\" reported that the cabinet approved the sale. The magazine \
             noted that the airline lost 31 million euros last year.",
        );
        let pair = |needle: &str| {
            let claim = find(&c, needle);
            (claim.outlet(), claim.speaker())
        };
        assert_eq!(pair("keep all 900 jobs"), (Some("Radio Sova"), Some("Ivo Marek")));
        assert_eq!(pair("sale at a clearance price"), (Some("Vjesnik Dana"), Some("Opposition leader Ana Belic")));
        // Who said the second thing is who told the paper the first, not the paper.
        assert_eq!(find(&c, "ask parliament").speaker(), Some("Opposition leader Ana Belic"));
        assert_eq!(pair("cabinet approved the sale"), (Some("Danube Business Review"), None));
        assert_eq!(pair("lost 31 million euros"), (Some("Danube Business Review"), None));
    }

    #[test]
    fn a_person_told_or_quoted_without_an_outlet_is_no_outlet() {
        let c = claims(
            Some("Tarrant Wire"),
            "\"The vessel was overloaded,\" Ivo Brand told Anna Kellner. Orvana Lines said the ferry had \
             passed its inspection. Mayor Lina Hoff, quoted by the state news agency Velpress, said the road \
             would reopen. The operator said the crew had been trained.",
        );
        let overloaded = find(&c, "The vessel was overloaded");
        assert_eq!((overloaded.outlet(), overloaded.speaker()), (Some("Tarrant Wire"), Some("Ivo Brand")));
        // The agency the mayor was quoted by is named in passing: "the operator" still
        // points back to the ferry line, and the story speaks for itself again.
        let trained = find(&c, "crew had been trained");
        assert_eq!((trained.outlet(), trained.speaker()), (Some("Tarrant Wire"), Some("Orvana Lines")));
    }

    #[test]
    fn the_outlet_told_reports_words_told_without_that_or_after_its_description() {
        let c = claims(
            Some("Tarrant Wire"),
            "Marrow told Radio Kessa the vessel sank some 400 metres from shore. \
             Whitlow told the Civic Ledger, a nonprofit news site, that his company signed the agreement on Monday. \
             The minister told reporters the contract was fair.",
        );
        let kessa = find(&c, "vessel sank");
        assert_eq!((kessa.outlet(), kessa.speaker()), (Some("Radio Kessa"), Some("Marrow")));
        let ledger = find(&c, "signed the agreement");
        assert_eq!((ledger.outlet(), ledger.speaker()), (Some("Civic Ledger"), Some("Whitlow")));
        assert_eq!(find(&c, "contract was fair").outlet(), Some("Tarrant Wire"));
    }

    #[test]
    fn in_a_press_review_the_name_that_writes_is_a_paper() {
        let review = "Czech dailies and news servers write on Wednesday about the train contract.\n\n\
                      Mlada fronta Dnes writes that the contract was signed on Monday. \
                      Minister Dostal writes that he supports the purchase.";
        let c = claims(Some("CTK"), review);
        assert_eq!(find(&c, "signed on Monday").outlet(), Some("Mlada fronta Dnes"));
        assert_eq!(find(&c, "supports the purchase").speaker(), Some("Minister Dostal"));
        // Outside a press review, a name that writes is a person.
        let story = "Jan Novak writes that the contract was signed on Monday.";
        assert_eq!(find(&claims(Some("CTK"), story), "signed on Monday").outlet(), Some("CTK"));
    }

    #[test]
    fn in_a_press_review_papers_are_told_by_their_parts_and_descriptions() {
        let review = "Press review: papers split on the strike.\n\n\
                      Corriere della Sera writes that the walkout did not paralyse the country. \
                      Corriere notes that the rail strike ran for the full 24 hours.\n\n\
                      La Repubblica's front page speaks of an Italy that stopped. \
                      According to the Milan daily, adherence stood at 68 percent.\n\n\
                      Il Fatto Quotidiano, citing Il Messaggero, says the meeting was tense.";
        let c = claims(Some("ANSA"), review);
        assert_eq!(find(&c, "ran for the full 24 hours").outlet(), Some("Corriere della Sera"));
        assert_eq!(find(&c, "an Italy that stopped").outlet(), Some("La Repubblica"));
        assert_eq!(find(&c, "adherence stood at 68 percent").outlet(), Some("La Repubblica"));
        // The paper that cites another relays it: the nearest outlet is the one cited.
        let tense = find(&c, "the meeting was tense");
        assert_eq!(tense.outlet(), Some("Il Messaggero"));
        assert_eq!(tense.speaker(), None, "the paper that cites is no speaker");
        // "the disaster agency" is no outlet, and a name that is said of is no paper.
        let story = "The disaster agency said 40 people had died. Minister Rossi notes that aid is on its way.";
        let c = claims(Some("ANSA"), story);
        assert_eq!(find(&c, "40 people had died").speaker(), Some("The disaster agency"));
        assert_eq!(find(&c, "aid is on its way").speaker(), Some("Minister Rossi"));
    }

    #[test]
    fn in_a_press_review_the_name_the_paper_refers_back_to_was_a_paper() {
        let review = "Press review: papers divided over the budget.\n\n\
                      Rzeczpospolita writes that the Sejm adopted the budget on Thursday.\n\n\
                      Gazeta Wyborcza says the coalition pushed the budget through. \
                      The daily reported that 243 deputies backed the bill.\n\n\
                      Donald Tusk says the budget is safe. The tabloid Fakt describes the vote as a triumph.";
        let c = claims(Some("PAP"), review);
        assert_eq!(find(&c, "pushed the budget through").outlet(), Some("Gazeta Wyborcza"));
        assert_eq!(find(&c, "243 deputies backed the bill").outlet(), Some("Gazeta Wyborcza"));
        // No paper refers back to him: a name that speaks stays a speaker.
        assert_eq!(find(&c, "the budget is safe").speaker(), Some("Donald Tusk"));
        // "describes ... as" attributes like "says".
        assert_eq!(find(&c, "as a triumph").outlet(), Some("Fakt"));
    }

    #[test]
    fn in_a_press_review_a_name_after_its_title_is_a_person() {
        let review = "Press review\n\nAll papers lead with the budget.\n\n\
                      \"The Harbour Courier\": The Farmers' Union left the coalition after its chairman, Olek Brandt, \
                      said the party could not back the bill. The paper writes that the premier offered to resign.";
        let c = claims(Some("NPA"), review);
        assert_eq!(find(&c, "could not back the bill").speaker(), Some("Olek Brandt"));
        assert_eq!(find(&c, "could not back the bill").outlet(), Some("The Harbour Courier"));
        assert_eq!(find(&c, "offered to resign").outlet(), Some("The Harbour Courier"));
    }

    #[test]
    fn institutions_speak_as_one() {
        let c = claims(
            Some("Reuters"),
            "In a statement issued on Tuesday, however, the air force said its aircraft had struck a camp. \
             The fire service put the death toll at 23.",
        );
        assert_eq!(find(&c, "had struck a camp").speaker(), Some("the air force"));
        assert_eq!(find(&c, "death toll at 23").speaker(), Some("The fire service"));
    }

    #[test]
    fn where_a_statement_was_made_is_not_who_made_it() {
        let c = claims(
            Some("AFP"),
            "\"No expired vaccine has been given to any child,\" the ministry's director of public health, \
             Peter Ombati, said in a statement.",
        );
        assert_eq!(find(&c, "No expired vaccine").speaker(), Some("Peter Ombati"));
    }

    #[test]
    fn a_paper_named_before_its_outlet_word_when_nothing_came_before() {
        let text = "The Nation newspaper reported on Sunday that expired doses had been sent to clinics. \
                    The Lusara Courier, an independent daily, published the names of 19 victims.";
        let c = claims(Some("AFP"), text);
        assert_eq!(find(&c, "expired doses").outlet(), Some("The Nation"));
        // With a paper named before it, "the Milan daily" still refers back to that paper.
        let text = "Corriere della Sera reports that the coalition is split. The Milan daily adds that a vote is due.";
        let c = claims(Some("ANSA"), text);
        assert_eq!(find(&c, "a vote is due").outlet(), Some("Corriere della Sera"));
        // "The National Daily", its outlet word capitalised, is a paper of its own.
        let text = "The Courier wrote that the party accepted the offer. \
                    The National Daily reported the opposite. It said the party leader rejected the offer.";
        let c = claims(Some("BPA"), text);
        assert_eq!(find(&c, "rejected the offer").outlet(), Some("National Daily"));
        // A paper named in apposition to its description is who reports.
        let text = "A second newspaper, the Daily Sentinel, reported that some 1,200 soldiers had arrived. \
                    Another paper, the Evening Star, said that 900 soldiers had arrived.";
        let c = claims(Some("MPA"), text);
        assert_eq!(find(&c, "1,200 soldiers").outlet(), Some("Daily Sentinel"));
        assert_eq!(find(&c, "900 soldiers").outlet(), Some("Evening Star"));
    }

    #[test]
    fn a_source_that_declined_to_comment_is_its_speaker() {
        let text = "KEMSA declined to comment, referring questions to the health ministry. \
                    A spokesman for the Defence Headquarters declined to comment on why the account had changed.";
        let c = claims(Some("Reuters"), text);
        assert_eq!(find(&c, "declined to comment").speaker(), Some("KEMSA"));
        assert_eq!(find(&c, "why the account had changed").speaker(), Some("A spokesman for the Defence Headquarters"));
    }

    #[test]
    fn a_body_named_with_the_is_it_and_a_titled_official_is_he() {
        let text = "The Karesia Rights Monitor, an independent group, said on Monday that at least 19 protesters \
                    had been killed. It said more than 200 people had been wounded. \
                    Government spokesman Joseph Tandu dismissed the figures as propaganda. \
                    \"There were four deaths,\" he told state radio on Monday.";
        let c = claims(Some("The Guardian"), text);
        assert_eq!(find(&c, "200 people had been wounded").speaker(), Some("The Karesia Rights Monitor"));
        assert_eq!(find(&c, "There were four deaths").speaker(), Some("Government spokesman Joseph Tandu"));
    }

    #[test]
    fn a_name_that_reports_is_a_paper_once_the_paper_refers_back_to_it() {
        let text = "The Standard reported on Tuesday that officials had included a tax on bread, \
                    a copy of which the paper said it had seen.";
        // "Standard" ends a paper's name, as "Guardian" does: the name is told without "The".
        let c = claims(Some("Capital FM"), text);
        assert_eq!(find(&c, "included a tax on bread").outlet(), Some("Standard"));
        let text = "The Standard reported on Tuesday that officials had included a tax on bread. \
                    According to the paper, the draft was approved by the Cabinet last week.";
        let c = claims(Some("Capital FM"), text);
        assert_eq!(find(&c, "approved by the Cabinet").outlet(), Some("Standard"));
        // Nothing refers back to the Monitor: it stays a source the story cites.
        let c = claims(Some("Capital FM"), "The Rights Monitor reported that 19 people had died.");
        assert_eq!(find(&c, "19 people had died").outlet(), Some("Capital FM"));
        assert_eq!(find(&c, "19 people had died").speaker(), Some("The Rights Monitor"));
    }

    #[test]
    fn the_agency_is_the_body_last_named_so_and_a_name_may_hold_particles() {
        let text = "The National Mining Agency (ANM) said in a statement released at midday on Saturday that \
                    13 bodies had been brought to the surface. \
                    On Tuesday the agency had reported seven deaths. \
                    But the mine's operator, Carbones del Altiplano SAS, said on Wednesday that nine people had died.";
        let c = claims(Some("BBC"), text);
        assert_eq!(find(&c, "13 bodies").speaker(), Some("The National Mining Agency"));
        assert_eq!(find(&c, "seven deaths").speaker(), Some("The National Mining Agency"));
        assert_eq!(find(&c, "seven deaths").outlet(), Some("BBC"));
        assert_eq!(find(&c, "nine people had died").speaker(), Some("Carbones del Altiplano SAS"));
        // After a wire agency reports, "the agency" is that agency.
        let text = "The ministry said nine miners had died. Reuters reported that rescuers had found a tenth body. \
                    The agency said the search would go on.";
        let c = claims(Some("BBC"), text);
        assert_eq!(find(&c, "the search would go on").outlet(), Some("Reuters"));
    }

    #[test]
    fn a_second_source_after_a_conjunction_speaks_for_itself() {
        let c = claims(Some("BBC"), "Rights group says at least 19 killed as government insists toll is four");
        assert_eq!(find(&c, "at least 19 killed").speaker(), Some("Rights group"));
        assert!(!find(&c, "at least 19 killed").text.contains("four"));
        assert_eq!(find(&c, "toll is four").speaker(), Some("government"));
        // A capitalised article is part of a paper's name.
        let c = claims(Some("AFP"), "Sports daily A Bola reported on Sunday that the clubs had reached an agreement.");
        assert_eq!(find(&c, "reached an agreement").outlet(), Some("A Bola"));
    }

    #[test]
    fn a_short_name_in_brackets_after_the_source() {
        let c = claims(Some("CTK"), "The Wall Street Journal (WSJ) reported that the contract was signed on Monday.");
        assert_eq!(find(&c, "was signed on Monday").outlet(), Some("Wall Street Journal"));
    }

    #[test]
    fn a_name_after_an_outlet_word_is_the_outlet() {
        let text = "The Morvanian daily Kurier Halden reported on Monday that the leaders would meet on June 12. \
                    Morvanian state broadcaster MTV reported that the opposition had accepted the results.";
        let c = claims(Some("AFP"), text);
        assert_eq!(find(&c, "would meet on June 12").outlet(), Some("Kurier Halden"));
        assert_eq!(find(&c, "accepted the results").outlet(), Some("MTV"));
    }

    #[test]
    fn a_new_outlet_takes_over_but_a_mentioned_one_does_not() {
        let text = "Axios notes that the summit is off. He said he was surprised by CNN's report of a disagreement. The Wall Street Journal reported that talks stalled. The newspaper adds that aides were told.";
        let c = claims(Some("BTA"), text);
        assert_eq!(find(&c, "surprised by CNN").outlet(), Some("Axios"));
        assert_eq!(find(&c, "aides were told").outlet(), Some("Wall Street Journal"));
    }

    #[test]
    fn reports_before_of_is_a_noun_opening_what_was_said() {
        let c = claims(Some("BTA"), "Police spokesman Kemal Arat said reports of looting in Bekran were false.");
        assert_eq!(c[0].speaker(), Some("Police spokesman Kemal Arat"));
        let c = claims(Some("BTA"), "Arat said claims of looting were false.");
        assert_eq!(c[0].speaker(), Some("Arat"));
    }

    #[test]
    fn rejecting_a_proposal_or_dismissing_a_person_says_nothing() {
        use crate::model::Modality;
        // A refusal of a proposal is the paper's report of a stance, not Malik's denial.
        let c = claims(
            Some("BTA"),
            "The paper reported that Malik rejected the monitoring proposal and asked for it to be redrafted.",
        );
        assert_eq!(find(&c, "rejected the monitoring proposal").speaker(), None);
        assert_ne!(find(&c, "rejected the monitoring proposal").modality, Modality::Denied);
        // "Dismissed her" fires her.
        let c = claims(Some("BTA"), "Preval dismissed her.");
        assert_eq!(c[0].speaker(), None);
        // What was said, or anything dismissed as something, is denied.
        let c = claims(Some("BTA"), "The ministry rejected the accusations of the opposition.");
        assert_eq!(c[0].speaker(), Some("The ministry"));
        let c = claims(Some("BTA"), "Yoncheva dismisses the probe against her as a political scheme.");
        assert_eq!(c[0].speaker(), Some("Yoncheva"));
    }

    #[test]
    fn the_agency_with_no_outlet_before_it_speaks_for_itself() {
        let c = claims(None, "The agency denied that bonuses were paid to the staff.");
        assert_eq!(c[0].speaker(), Some("The agency"));
        assert_eq!(c[0].modality, crate::model::Modality::Denied);
        // With an outlet named before, it still refers back to it.
        let c = claims(Some("BTA"), "Reuters reported that talks stalled. The agency added that aides were told.");
        assert_eq!(find(&c, "aides were told").outlet(), Some("Reuters"));
    }

    #[test]
    fn a_place_or_occasion_between_the_verb_and_that() {
        let text = "The spokesman stressed on state television that the army had withdrawn. \
                    The minister told a news conference in Kyiv that talks would resume. \
                    Jansen commented on a report that the army had withdrawn.";
        let c = claims(Some("Reuters"), text);
        assert_eq!(find(&c, "the army had withdrawn").speaker(), Some("The spokesman"));
        assert_eq!(find(&c, "talks would resume").speaker(), Some("The minister"));
        // "on a report that ...": the clause is what the report said, not Jansen's words.
        assert_ne!(c.iter().rev().find(|x| x.text.contains("army")).unwrap().speaker(), Some("Jansen"));
    }

    #[test]
    fn told_with_its_listener_closes_a_quotation() {
        let c = claims(Some("AFP"), "\"Twelve people were injured in the blast,\" Tanaka told journalists.");
        let quote = find(&c, "were injured");
        assert_eq!(quote.speaker(), Some("Tanaka"));
        assert!(!quote.text.contains("told"), "{}", quote.text);
    }

    #[test]
    fn a_reporting_verb_without_a_clause_is_no_attribution() {
        let c = claims(Some("AP"), "The report said nothing new about the talks.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].speaker(), None);
        assert_eq!(c[0].attribution.outlets, vec!["Associated Press"]);
    }

    #[test]
    fn cited_and_quoted_sources() {
        let c = claims(
            Some("Newsmax"),
            "Reuters reported on the existence of the statement, and cited a source close to Deutsche Bank as saying it ran some checks.",
        );
        let checks = find(&c, "ran some checks");
        assert_eq!((checks.outlet(), checks.speaker()), (Some("Reuters"), Some("a source close to Deutsche Bank")));
        let c = claims(
            Some("BTA"),
            "The meeting was tense, with the president \"swearing the whole time,\" the \"Financial Times\" quoted people familiar with the matter as saying.",
        );
        let tense = find(&c, "swearing the whole time");
        assert_eq!(
            (tense.outlet(), tense.speaker()),
            (Some("Financial Times"), Some("people familiar with the matter"))
        );
        let c =
            claims(Some("RT"), "AFP cited a deputy head of the provincial council, reporting at least 65 fatalities.");
        let toll = find(&c, "65 fatalities");
        assert_eq!(
            (toll.outlet(), toll.speaker()),
            (Some("Agence France-Presse"), Some("a deputy head of the provincial council"))
        );
    }

    #[test]
    fn according_to_per_and_told() {
        let c = claims(
            Some("KBS"),
            "According to China’s Xinhua News Agency, the U.S. Defense Department confirmed that there was no new missile launch by the North.",
        );
        let launch = find(&c, "no new missile launch");
        assert_eq!((launch.outlet(), launch.speaker()), (Some("Xinhua"), Some("the U.S. Defense Department")));
        let c = claims(None, "Twelve people were hurt in the blast, per Reuters.");
        assert_eq!(find(&c, "were hurt").outlet(), Some("Reuters"));
        let c =
            claims(Some("BTA"), "During that meeting, Trump told Zelensky that his top priority was to end the war.");
        assert_eq!(find(&c, "top priority").speaker(), Some("Trump"));
    }

    #[test]
    fn nested_chain_relayed_by_an_agency() {
        let c = claims(None, "BTA reports that Politico writes that the Kremlin said the summit was never scheduled.");
        let claim = find(&c, "never scheduled");
        assert_eq!(claim.attribution.outlets, vec!["BTA", "Politico"]);
        assert_eq!(claim.speaker(), Some("the Kremlin"));
    }

    #[test]
    fn pronouns_and_split_quotations() {
        let text = "\"Russia has not changed its positions,\" Lavrov said. \"We will not retreat,\" he added, \"and we will not negotiate under pressure.\"";
        let c = claims(Some("TASS"), text);
        assert_eq!(find(&c, "We will not retreat").speaker(), Some("Lavrov"));
        assert_eq!(find(&c, "negotiate under pressure").speaker(), Some("Lavrov"));
    }

    #[test]
    fn a_connective_between_the_verb_and_that_keeps_the_speaker() {
        let c = claims(Some("Reuters"), "Vess told reporters, however, that the captain had survived.");
        assert_eq!(find(&c, "the captain had survived").speaker(), Some("Vess"));
        let c = claims(Some("Reuters"), "Vess said, though, that the captain had survived.");
        assert_eq!(find(&c, "the captain had survived").speaker(), Some("Vess"));
    }

    #[test]
    fn he_said_after_a_speaker_named_as_the_subject_is_that_speaker() {
        // The story turns back to a speaker by name before the quotation ("Pell stood by the
        // count"): "he said" is Pell, not the mayor quoted last.
        let text = "A hospital spokesman, Jonas Pell, said the morgue had received 15 bodies.\n\n\
                    Mayor Tobias Renn dismissed the figure. \"Fifteen is not a confirmed number,\" Renn said.\n\n\
                    Pell stood by the count. \"We received 15 bodies,\" he said.";
        let c = claims(Some("Reuters"), text);
        assert_eq!(find(&c, "We received 15 bodies").speaker(), Some("Jonas Pell"));
    }

    #[test]
    fn a_reviewed_paper_may_carry_a_number_or_an_aside_before_its_verb() {
        let text = "In its press review, BTA notes the following.\n\n\
                    \"Dnevni Vestnik\": The coalition lost its majority, the paper writes.\n\n\
                    \"Ekspres 24\" has a different account. Citing two participants, the tabloid says early \
                    elections would be held in June.\n\n\
                    \"Kapital Sedmica\", in its online edition, analyses the fallout. Bond yields rose by 0.4 \
                    percentage points, the weekly says.";
        let c = claims(Some("BTA"), text);
        let june = find(&c, "held in June");
        assert_eq!((june.outlet(), june.speaker()), (Some("Ekspres 24"), Some("two participants")));
        assert_eq!(find(&c, "Bond yields rose").outlet(), Some("Kapital Sedmica"));
    }

    #[test]
    fn words_told_to_someone_begin_after_that() {
        let c = claims(
            Some("KNA"),
            "The daily quotes Dobrev as telling reporters outside the cabinet office that \"there will be no \
             early elections\". The website quoted Arvell as telling aides after the meeting that \"the posts \
             will be handed over\".",
        );
        let elections = find(&c, "no early elections");
        assert_eq!(elections.speaker(), Some("Dobrev"));
        // Whom he told is no part of what he said: the words say there will be none.
        assert_eq!(elections.polarity, crate::model::Polarity::Negative);
        // "after the meeting" opens a clause: the words are still Arvell's.
        assert_eq!(find(&c, "handed over").speaker(), Some("Arvell"));
    }

    #[test]
    fn a_confirmation_of_part_of_the_story_is_the_storys_own() {
        let c = claims(
            Some("NPA"),
            "The daily Novi Polet also reported that a ministry delegation had visited the assembly plant in mid-August. \
             That part of the story was not disputed: the ministry confirmed that the visit had taken place.",
        );
        let visited = find(&c, "had visited");
        assert_eq!((visited.outlet(), visited.speaker()), (Some("Novi Polet"), None));
        // The ministry confirms to the story's own outlet, in a claim of its own after the colon.
        let confirmed = find(&c, "the visit had taken place");
        assert_eq!((confirmed.outlet(), confirmed.speaker()), (Some("NPA"), Some("the ministry")));
        assert!(confirmed.text.starts_with("the ministry confirmed"), "{}", confirmed.text);
    }

    #[test]
    fn words_said_may_open_on_a_word_in_ing() {
        let c = claims(Some("Gazette"), "The museum's director, Ruth Ambery, said cleaning staff discovered the loss.");
        assert_eq!(find(&c, "discovered the loss").speaker(), Some("Ruth Ambery"));
    }

    #[test]
    fn a_participle_phrase_after_a_noun_is_part_of_the_speaker() {
        let c = claims(
            Some("Wire"),
            "Detectives investigating the theft say the break-in took place last Tuesday. People living near \
             the plant said the smell was unbearable. By Tuesday morning the service said 31 had died.",
        );
        assert_eq!(find(&c, "break-in took place").speaker(), Some("Detectives investigating the theft"));
        assert_eq!(find(&c, "smell was unbearable").speaker(), Some("People living near the plant"));
        // A morning is no participle, and the day is no part of who spoke.
        assert_eq!(find(&c, "31 had died").speaker(), Some("the service"));
    }

    #[test]
    fn a_paper_named_by_its_outlet_word_is_the_paper() {
        let text = "The Lowfield Courier reported on Tuesday, citing internal documents, that the board had approved \
                    the closure. Its area manager told the Courier that the plant would stay open.";
        let c = claims(Some("Lowmoor Business Journal"), text);
        let closure = find(&c, "approved the closure");
        assert_eq!((closure.outlet(), closure.speaker()), (Some("Lowfield Courier"), Some("internal documents")));
        // The story's own paper, told by the word its name ends on, is that paper.
        let text = "The agency confirmed the leak had stopped, its manager told the Ledger.";
        let c = claims(Some("The Carrow Ledger"), text);
        assert_eq!(find(&c, "leak had stopped").outlet(), Some("The Carrow Ledger"));
    }

    #[test]
    fn citing_between_a_subject_and_its_verb_is_an_aside() {
        // The subject is no claim of its own.
        let no_claim_of = |c: &[Claim], subject: &str| {
            assert!(!c.iter().any(|x| x.text == subject), "{:?}", c.iter().map(|x| &x.text).collect::<Vec<_>>());
        };
        let text = "The Daily Chronicle, citing two council officials, reported that the bridge would cost 250 million marks. Reuters, citing three people familiar with the talks, said the deal was worth 2 billion dollars.";
        let c = claims(Some("Wire"), text);
        let cost = find(&c, "would cost 250 million marks");
        assert_eq!((cost.outlet(), cost.speaker()), (Some("Daily Chronicle"), Some("two council officials")));
        let deal = find(&c, "was worth 2 billion");
        assert_eq!((deal.outlet(), deal.speaker()), (Some("Reuters"), Some("three people familiar with the talks")));
        no_claim_of(&c, "The Daily Chronicle");
        // Nor where an adverb comes before the verb.
        let text = "The Harbour Herald, citing three witnesses, also reported that the aircraft struck the market a second time.";
        let c = claims(Some("Wire"), text);
        let struck = find(&c, "struck the market a second time");
        assert_eq!((struck.outlet(), struck.speaker()), (Some("Harbour Herald"), Some("three witnesses")));
        no_claim_of(&c, "The Harbour Herald");
    }

    #[test]
    fn citing_between_a_verb_and_what_it_reports_is_an_aside() {
        let text = "Orion Newswire reported on Monday, citing two people familiar with the deliberations, that the bank would cut the peg by 12 percent.";
        let c = claims(Some("Wire"), text);
        let cut = find(&c, "would cut the peg");
        assert_eq!(
            (cut.outlet(), cut.speaker()),
            (Some("Orion Newswire"), Some("two people familiar with the deliberations"))
        );
    }

    #[test]
    fn the_statement_is_the_speakers_not_the_claim_it_answered() {
        let text = "In a statement, the central bank said there was no truth to the claim that the bank is preparing an adjustment of the exchange rate. \"A devaluation of the mark is not on the table,\" the statement said.";
        let c = claims(Some("Wire"), text);
        assert_eq!(find(&c, "not on the table").speaker(), Some("the central bank"));
    }

    #[test]
    fn a_date_before_the_subject_is_no_part_of_the_speaker() {
        let text = "On Aug. 6 Kovander told parliament that the peg was not up for discussion. On September 5 the minister said a change was possible.";
        let c = claims(Some("Wire"), text);
        assert_eq!(find(&c, "not up for discussion").speaker(), Some("Kovander"));
        assert_eq!(find(&c, "a change was possible").speaker(), Some("the minister"));
    }

    #[test]
    fn a_place_a_paper_is_named_after_is_not_the_paper() {
        let text = "The Arvenna Evening Post reported on Monday that Arvenna had accepted an offer for the forward. \"The story is fabricated from beginning to end,\" Arvenna said in a statement.";
        let c = claims(Some("Wire"), text);
        let fabricated = find(&c, "fabricated from beginning");
        assert_eq!((fabricated.outlet(), fabricated.speaker()), (Some("Wire"), Some("Arvenna")));
        // A part that is the paper's own name still is the paper ("Corriere" for "Corriere
        // della Sera", tested with press reviews above).
    }

    #[test]
    fn a_number_is_part_of_a_broadcasters_name() {
        let text = "Private broadcaster Channel 9 Lumen said on Monday that the hospital lost power late on Saturday night. According to the channel, seven patients on ventilators died over the following hours.";
        let c = claims(Some("Wire"), text);
        assert_eq!(find(&c, "lost power").outlet(), Some("Channel 9 Lumen"));
        assert_eq!(find(&c, "seven patients").outlet(), Some("Channel 9 Lumen"));
    }

    #[test]
    fn a_sentence_opening_on_and_said_is_read_without_a_comma_before_it() {
        // The words of a report end at ", and said": here there is no comma before "and".
        let c = claims(Some("Wire"), "And said the report that the talks had failed was wrong.");
        assert!(!c.is_empty());
    }

    #[test]
    fn a_report_dismissed_ends_where_its_dismisser_speaks_again() {
        let text = "FC Arvenna on Tuesday dismissed as fabricated a newspaper report that the club had agreed to sell striker Milo Banescu to Dorrington United, and said the meeting at which the deal was supposedly struck never took place.";
        let c = claims(Some("Wire"), text);
        assert_eq!(find(&c, "dismissed as fabricated").speaker(), Some("FC Arvenna"));
        let sale = c.iter().find(|x| x.text.starts_with("the club had agreed")).expect("the report's words");
        assert_eq!(sale.speaker(), Some("a newspaper report"));
        assert!(!sale.text.contains("and said"), "{}", sale.text);
        assert_eq!(find(&c, "never took place").speaker(), Some("FC Arvenna"));
    }

    #[test]
    fn the_company_is_the_body_named_before_whose_name_names_no_other_kind() {
        let text = "Velora Shipping, which runs the route, said at dawn that 14 passengers had died. By evening the company had raised its count of the dead to 19. It said 11 people were missing.\n\nGovernor Ana Brisk put the toll at 23. Kestrel General Hospital said 21 bodies had been brought in. Its director, Dr. Ivo Marn, said 38 survivors were being treated.\n\nThe company said 226 people had been on board.";
        let c = claims(Some("Wire"), text);
        for words in ["raised its count", "11 people were missing", "226 people had been on board"] {
            assert_eq!(find(&c, words).speaker(), Some("Velora Shipping"), "{words}");
        }
        // A person, or a body named with another kind's noun, is no company.
        let text = "Governor Ana Brisk put the toll at 23. Kestrel General Hospital said 21 bodies had been brought in. The company said 226 people had been on board.";
        let c = claims(Some("Wire"), text);
        assert_eq!(find(&c, "226 people").speaker(), Some("The company"));
        // A name told without "which" may be a person's: "the company" does not take it.
        let text = "Velora Marn said 14 passengers had died. The company said 226 people had been on board.";
        let c = claims(Some("Wire"), text);
        assert_eq!(find(&c, "226 people").speaker(), Some("The company"));
    }

    #[test]
    fn an_aside_between_subject_and_verb_is_no_part_of_the_speaker() {
        let text = "\"No such meeting took place,\" ministry spokeswoman Jana Brezik told a briefing. She did, however, acknowledge that the deputy minister was in the town on Saturday. The company, for its part, said nothing.";
        let c = claims(Some("PPA"), text);
        let acknowledged = find(&c, "was in the town on Saturday");
        assert_eq!(acknowledged.speaker(), Some("ministry spokeswoman Jana Brezik"));
    }

    #[test]
    fn a_paper_named_with_an_outlet_word_and_quotes_is_the_outlet() {
        let text = "\"Al Jazeera\" focuses on the humanitarian side.\n\nThe Velmoran daily \"Dnevni Glas\" takes a more sceptical view. Citing a member of the delegation, the paper writes that no agreement was reached on detainees.\n\nThe Ostrovian daily \"Ostrovski Vjesnik\" writes that the minister returned late on Thursday.\n\nThe newspaper has two million readers. The minister said the talks failed.";
        let c = claims(Some("VNA"), text);
        assert_eq!(find(&c, "no agreement was reached").outlet(), Some("Dnevni Glas"));
        let returned = find(&c, "returned late on Thursday");
        assert_eq!((returned.outlet(), returned.speaker()), (Some("Ostrovski Vjesnik"), None));
        // "The newspaper" names no paper: the story reports for itself again.
        assert_eq!(find(&c, "the talks failed").speaker(), Some("The minister"));
    }

    #[test]
    fn who_was_told_is_no_speaker_and_a_quoted_description_is_no_paper() {
        let text = "\"A huge explosion shook our windows,\" Vesna Kos, who lives about 300 metres from the site, told the BBC.\n\nThe agency said on Thursday that 20 civilians were killed, citing \"partners on the ground\".\n\n\"24 Chassa\" leads with a story about compensations.";
        let c = claims(Some("Wire"), text);
        assert_eq!(find(&c, "A huge explosion").speaker(), Some("Vesna Kos"));
        let killed = find(&c, "20 civilians were killed");
        assert_eq!(killed.outlet(), Some("Wire"));
        assert_eq!(find(&c, "leads with a story").outlet(), Some("24 Chassa"));
    }

    #[test]
    fn a_day_before_a_pronoun_is_no_one() {
        let text = "Opposition leader Mirela Dovan met the minister at a villa on Thursday, she said.";
        let c = claims(Some("AP"), text);
        assert_eq!(find(&c, "met the minister").speaker(), Some("Mirela Dovan"));
    }

    #[test]
    fn a_quotation_without_a_frame_continues_the_last_speaker() {
        let text = "\"I'm not going to get into hypothetical situations,\" Sanders replied.\n\"We know that it hasn't happened up until this point.\"";
        let c = claims(Some("Newsmax"), text);
        assert_eq!(find(&c, "it hasn't happened").speaker(), Some("Sanders"));
    }

    #[test]
    fn unknown_outlets_by_label_and_quoted_name() {
        let text = "\"Douma\": The paper says that prosecutors are pressing charges.\n\n\"24 Chassa\" leads with a story about compensations awarded by the court. Kyodo News said that the report was inaccurate.";
        let c = claims(Some("BTA"), text);
        assert_eq!(find(&c, "prosecutors are pressing").outlet(), Some("Douma"));
        assert_eq!(find(&c, "compensations awarded").outlet(), Some("24 Chassa"));
        assert_eq!(find(&c, "was inaccurate").outlet(), Some("Kyodo"));
    }

    #[test]
    fn a_participle_joined_by_and_speaks_for_who_denied() {
        let c = claims(
            Some("Test Wire"),
            "Halden Telecom on Wednesday denied a newspaper report that it was in merger talks with a rival, \
             calling the story pure speculation and saying a merger has never been discussed by the board.",
        );
        let saying = find(&c, "a merger has never been discussed");
        assert_eq!(saying.speaker(), Some("Halden Telecom"), "{c:#?}");
        assert!(!saying.text.contains("it was in merger talks"), "{c:#?}");
        let report = c.iter().find(|x| x.speaker() == Some("a newspaper report")).expect("the report's claim");
        assert!(report.text.starts_with("it was in merger talks"), "{c:#?}");
        assert!(!report.text.contains("never been discussed"), "{c:#?}");
    }
}
