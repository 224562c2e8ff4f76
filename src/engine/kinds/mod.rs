//! The closed set of rule kinds: the matchers a rule file can name. A kind is code; what it
//! looks for (words, thresholds, which events) comes from the rule's parameters.

mod agreement;
mod denial;
mod event_status;
mod opposed_terms;
mod polarity;
mod quantity_mismatch;
mod quote_denial;
mod stance;
mod time_mismatch;

use crate::align::Alignment;
use crate::lexicon::Lexicon;
use crate::model::{Claim, Document, Modality, Polarity};
use crate::text::{Token, tokenize};
use crate::words::Content;
use serde::de::DeserializeOwned;

/// Everything a kind may look at.
pub struct Ctx<'a> {
    pub claims: &'a [Claim],
    pub docs: &'a [Document],
    pub alignment: &'a Alignment,
    pub lex: &'a Lexicon,
    /// Tokens of each claim's own words (after its attribution), computed on first use and
    /// kept until forgotten: the engine forgets them once a claim's screens are done, since
    /// few claims are asked again and a corpus's tokens would hold gigabytes.
    own: Vec<std::sync::Mutex<Option<std::sync::Arc<[Token]>>>>,
    /// Content words of each claim's own words, computed on first use.
    own_content: Vec<std::sync::OnceLock<Content>>,
    /// Content words of what a claim's sentence affirms: its own words and those of the
    /// other affirmative claims of its sentence, computed on first use.
    affirmed_content: Vec<std::sync::OnceLock<Content>>,
    /// The keys with strong opposites among what a claim's sentence affirms, computed on
    /// first use: every affirmative claim is asked, few have any, and keeping the whole
    /// content of each would hold hundreds of megabytes in a large corpus.
    affirmed_strong_keys: Vec<std::sync::OnceLock<Vec<String>>>,
    /// The keys with strong or weak opposites in a claim's whole text, its attribution
    /// included, computed on first use.
    text_opposable_keys: Vec<std::sync::OnceLock<Vec<String>>>,
    /// The claims of each claim's sentence (by index into `sentences`), so that looking at
    /// siblings does not scan the whole corpus.
    pub(crate) sentence_of: Vec<usize>,
    sentences: Vec<Vec<usize>>,
    /// Matches of each pattern set (by id) in each claim's own words: rules ask for them on
    /// every pair a claim is in, the answer depends on the claim alone.
    matches: Vec<std::sync::Mutex<MatchesOf>>,
    /// Per document, the one place its claims put things at, if they name exactly one
    /// ("clashes near the parliament" in a report whose other claims are all "in Tbilisi").
    doc_place: Vec<Option<&'a str>>,
    /// Per document, the dates of the event its opening tells ("An air strike on Ostrel on
    /// Saturday killed dozens"), if an event claim in its first sentences is dated.
    lead_dates: Vec<Vec<(jiff::civil::Date, jiff::civil::Date)>>,
    /// The start a claim counts from ("since 2007"), computed on first use.
    counted_since: Vec<std::sync::OnceLock<Option<String>>>,
    /// Whether a claim's sentence (or, second, its own words) tells a count since replaced,
    /// computed on first use: asked of every pair of differing figures.
    earlier_count: [Vec<std::sync::OnceLock<bool>>; 2],
    /// Whether a claim's sentence opens on another event ("Separately, ..."), computed on
    /// first use.
    told_separately: Vec<std::sync::OnceLock<bool>>,
    /// A claim's words by role (`agreement::clause_roles`), computed on first use.
    clause_roles: Vec<std::sync::OnceLock<Option<agreement::ClauseRoles>>>,
    /// Content words of a claim's subject, computed on first use: asked of every pair two
    /// unnamed subjects meet in.
    subject_content: Vec<std::sync::OnceLock<Option<Content>>>,
    /// The numbers a claim gives (`agreement::claim_numbers`), computed on first use: asked
    /// of every pair that may paraphrase.
    numbers: Vec<std::sync::OnceLock<Vec<String>>>,
    /// What each claim's words say of its figures, computed on first use: asked of every
    /// pair of figures a rule compares.
    figures: Vec<std::sync::OnceLock<quantity_mismatch::ClaimFigures>>,
    /// Per claim, the places its own words put things at (`places_of`), asked of every pair.
    places: Vec<Vec<&'a str>>,
    /// Per claim, the keys of the names in its own words, sorted and distinct.
    name_keys: Vec<Vec<&'a str>>,
    /// Per document, where each entry of a live blog opens and its place in time, earliest
    /// 0 ("11:15 - Toll rises to 11"); empty for a document of fewer than two entries.
    entries: Vec<Vec<(usize, u32)>>,
}

/// The entries of a live blog: lines that open on a time of day and a dash ("08:40 - At
/// least three dead", "17:05 GMT – Toll rises"), or that hold the time alone, by where they
/// start and their time in minutes. One such line is no live blog.
fn live_blog_entries(text: &str) -> Vec<(usize, u32)> {
    static ENTRY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?m)^[ \t]*([01]?\d|2[0-3])[:.]([0-5]\d)(?:[ \t]*(?:GMT|UTC|local time))?[ \t]*(?:[-\u{2013}\u{2014}|]|\r?$)",
        )
        .expect("a valid pattern")
    });
    let entries: Vec<(usize, u32)> = ENTRY
        .captures_iter(text)
        .filter_map(|c| {
            let minutes = c[1].parse::<u32>().ok()? * 60 + c[2].parse::<u32>().ok()?;
            Some((c.get(0)?.start(), minutes))
        })
        .collect();
    if entries.len() < 2 { Vec::new() } else { entries }
}

/// Live-blog entries by their place in time, earliest 0. A blog runs newest first when its
/// times fall more often than they rise from one entry to the next; its order on the page,
/// not the clock, says which came first, since a blog may run past midnight.
fn in_time_order(entries: Vec<(usize, u32)>) -> Vec<(usize, u32)> {
    let falls = entries.windows(2).filter(|w| w[1].1 < w[0].1).count();
    let newest_first = 2 * falls >= entries.len().saturating_sub(1);
    let n = entries.len() as u32;
    entries.into_iter().zip(0..n).map(|((at, _), k)| (at, if newest_first { n - 1 - k } else { k })).collect()
}

/// The names in a claim's own words, outlets left out.
fn own_names_of(c: &Claim) -> impl Iterator<Item = &crate::model::Entity> {
    c.entities.iter().filter(|e| e.kind != crate::model::EntityKind::Outlet && c.own.contains(e.span))
}

/// The names claim `i`'s own words place something at: a name right after "in", "near",
/// "at", "outside" ("the attack on the base near Lorovo").
fn places_of<'c>(claims: &'c [Claim], docs: &[Document], i: usize) -> Vec<&'c str> {
    const LOCATIVE: &[&str] = &["in", "near", "at", "outside", "around", "inside"];
    // "in the capital, Orsava", "in the village of Pesk": a place named after a noun of
    // places.
    const PLACE_NOUNS: &[&str] =
        &["capital", "city", "town", "village", "region", "province", "district", "state", "port", "county", "suburb"];
    let text = &docs[claims[i].doc].text;
    let locative = |word: &str| LOCATIVE.iter().any(|l| word.eq_ignore_ascii_case(l));
    own_names_of(&claims[i])
        .filter(|e| {
            let before = text[..e.span.start].trim_end();
            let before = before.strip_suffix("the").map_or(before, str::trim_end);
            let word = before.rsplit(|ch: char| !ch.is_alphabetic()).next().unwrap_or("");
            if locative(word) {
                return true;
            }
            let after_noun = before.strip_suffix(',').or_else(|| before.strip_suffix(" of")).map(str::trim_end);
            let words: Vec<&str> = after_noun
                .unwrap_or("")
                .rsplit(|ch: char| !ch.is_alphabetic())
                .filter(|w| !w.is_empty())
                .take(4)
                .collect();
            // Back from the noun over one describing word to "the" and a preposition.
            words.first().is_some_and(|n| PLACE_NOUNS.contains(&n.to_lowercase().as_str()))
                && (words.get(1).is_some_and(|w| w.eq_ignore_ascii_case("the"))
                    && words.get(2).is_some_and(|w| locative(w))
                    || words.get(2).is_some_and(|w| w.eq_ignore_ascii_case("the"))
                        && words.get(3).is_some_and(|w| locative(w)))
        })
        .map(|e| e.key.as_str())
        .collect()
}

/// The matches of the pattern sets asked of one claim so far. Most claims match no pattern
/// of most sets: an empty answer for a set whose id is below 64 is one bit.
#[derive(Default)]
struct MatchesOf {
    none_in: u64,
    found: Vec<(usize, std::sync::Arc<[Found]>)>,
}

impl MatchesOf {
    /// The bit of `none_in` that stands for pattern set `id`, if it has one.
    fn bit(id: usize) -> Option<u64> {
        (id < 64).then(|| 1 << id)
    }
}

/// How many sentences open a story: its headline and lede.
pub(super) const LEAD_SENTENCES: usize = 3;

impl<'a> Ctx<'a> {
    pub fn new(claims: &'a [Claim], docs: &'a [Document], alignment: &'a Alignment, lex: &'a Lexicon) -> Self {
        fn lazy<T>(n: usize) -> Vec<std::sync::OnceLock<T>> {
            (0..n).map(|_| std::sync::OnceLock::new()).collect()
        }
        let mut index: crate::fasthash::FastMap<(usize, crate::model::Span), usize> = Default::default();
        let mut sentences: Vec<Vec<usize>> = Vec::new();
        let sentence_of: Vec<usize> = claims
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let k = *index.entry((c.doc, c.sentence_span)).or_insert_with(|| {
                    sentences.push(Vec::new());
                    sentences.len() - 1
                });
                sentences[k].push(i);
                k
            })
            .collect();
        let matches = (0..claims.len()).map(|_| Default::default()).collect();
        use rayon::prelude::*;
        let places: Vec<Vec<&str>> = (0..claims.len()).into_par_iter().map(|i| places_of(claims, docs, i)).collect();
        let name_keys = claims
            .par_iter()
            .map(|c| {
                let mut keys: Vec<&str> = own_names_of(c).map(|e| e.key.as_str()).collect();
                keys.sort_unstable();
                keys.dedup();
                keys
            })
            .collect();
        let mut doc_places: Vec<std::collections::BTreeSet<&str>> = vec![Default::default(); docs.len()];
        for (c, p) in claims.iter().zip(&places) {
            doc_places[c.doc].extend(p.iter().copied());
        }
        let doc_place = doc_places.into_iter().map(|mut p| p.pop_first().filter(|_| p.is_empty())).collect();
        let mut lead_dates = vec![Vec::new(); docs.len()];
        let mut opening: Vec<Option<usize>> = vec![None; docs.len()];
        for (i, c) in claims.iter().enumerate() {
            let first = *opening[c.doc].get_or_insert(sentence_of[i]);
            let f = &alignment.features[i];
            // An event the lead names and dates, or one it counts the toll of.
            let counts_an_event = || {
                c.quantities.iter().any(|q| q.unit.is_none() && q.measure.as_deref().is_some_and(|m| m != "duration"))
            };
            // A toll is dated by the "when" clause after it: "At least 17 people were killed
            // | when security forces broke up protests on Tuesday".
            let when_after = || {
                claims
                    .get(i + 1)
                    .filter(|n| n.doc == c.doc && sentence_of[i + 1] == sentence_of[i])
                    .filter(|n| n.is_when_clause())
                    .map(|_| &alignment.features[i + 1].event_dates)
                    .filter(|d| !d.is_empty())
            };
            // (A count with a date of its own is dated by when it was counted: "By Tuesday
            // evening, the agency had raised its toll to 31".)
            // "Rescuers dug through a third day Thursday toward miners trapped by a collapse":
            // a day of an effort that goes on dates the effort, not the event it began with.
            let goes_on = || {
                const ORDINALS: &[&str] =
                    &["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
                let words: Vec<String> = c.text.split_whitespace().map(|w| w.to_lowercase()).collect();
                words.windows(2).any(|w| {
                    ORDINALS.contains(&w[0].as_str()) && matches!(w[1].as_str(), "day" | "straight" | "consecutive")
                })
            };
            if sentence_of[i] < first + LEAD_SENTENCES && lead_dates[c.doc].is_empty() && !goes_on() {
                if !f.events.is_empty() && !f.event_dates.is_empty() {
                    lead_dates[c.doc] = f.event_dates.clone();
                } else if f.event_dates.is_empty()
                    && counts_an_event()
                    && let Some(dates) = when_after()
                {
                    lead_dates[c.doc] = dates.clone();
                }
            }
        }
        Ctx {
            claims,
            docs,
            alignment,
            lex,
            own: (0..claims.len()).map(|_| Default::default()).collect(),
            own_content: lazy(claims.len()),
            affirmed_content: lazy(claims.len()),
            affirmed_strong_keys: lazy(claims.len()),
            text_opposable_keys: lazy(claims.len()),
            sentence_of,
            sentences,
            matches,
            doc_place,
            lead_dates,
            counted_since: lazy(claims.len()),
            earlier_count: [lazy(claims.len()), lazy(claims.len())],
            told_separately: lazy(claims.len()),
            clause_roles: lazy(claims.len()),
            subject_content: lazy(claims.len()),
            numbers: lazy(claims.len()),
            figures: lazy(claims.len()),
            places,
            name_keys,
            entries: docs.par_iter().map(|d| in_time_order(live_blog_entries(&d.text))).collect(),
        }
    }

    /// The place in time of the live-blog entry claim `i` is told in, earliest 0. What the
    /// blog tells above its first entry (its summary) is as it stands after the last one.
    pub fn entry_time(&self, i: usize) -> Option<u32> {
        let c = &self.claims[i];
        let entries = &self.entries[c.doc];
        let latest = entries.iter().map(|&(_, m)| m).max()?;
        let under = entries.iter().filter(|&&(at, _)| at <= c.span.start).max_by_key(|&&(at, _)| at);
        Some(under.map_or(latest + 1, |&(_, m)| m))
    }

    /// `patterns.find` on claim `i`'s own words, computed once per claim and pattern set.
    pub fn own_matches(&self, patterns: &Patterns, i: usize) -> std::sync::Arc<[Found]> {
        static NONE: std::sync::OnceLock<std::sync::Arc<[Found]>> = std::sync::OnceLock::new();
        // Claims that match no pattern of a set share one empty answer.
        let none = || NONE.get_or_init(|| Vec::new().into()).clone();
        let bit = MatchesOf::bit(patterns.id);
        let mut slot = self.matches[i].lock().unwrap_or_else(|e| e.into_inner());
        if bit.is_some_and(|bit| slot.none_in & bit != 0) {
            return none();
        }
        if let Some((_, found)) = slot.found.iter().find(|(id, _)| *id == patterns.id) {
            return found.clone();
        }
        let found = patterns.find(&self.own(i));
        match bit {
            Some(bit) if found.is_empty() => {
                slot.none_in |= bit;
                none()
            }
            _ => {
                let found: std::sync::Arc<[Found]> = if found.is_empty() { none() } else { found.into() };
                slot.found.push((patterns.id, found.clone()));
                found
            }
        }
    }

    /// The tokens of claim `i`'s own words (after its attribution).
    pub fn own(&self, i: usize) -> std::sync::Arc<[Token]> {
        let mut slot = self.own[i].lock().unwrap_or_else(|e| e.into_inner());
        slot.get_or_insert_with(|| {
            let c = &self.claims[i];
            tokenize(c.own.slice(&self.docs[c.doc].text), c.own.start).into()
        })
        .clone()
    }

    /// The claim is in its document's headline: the sentence of its first claim, a line
    /// without a full stop, with a story under it. A headline may end on a quotation ('...
    /// calls report "fake news"'), not on a full stop inside one.
    pub fn is_headline(&self, i: usize) -> bool {
        let c = &self.claims[i];
        let mut first = i;
        while first > 0 && self.claims[first - 1].doc == c.doc {
            first -= 1;
        }
        let story_under_it =
            self.claims[i..].iter().take_while(|o| o.doc == c.doc).any(|o| o.sentence_span != c.sentence_span);
        let line = c.sentence_span.slice(&self.docs[c.doc].text).trim_end();
        let line = line.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}']);
        self.claims[first].sentence_span == c.sentence_span && story_under_it && !line.ends_with(['.', '!', '?'])
    }

    /// The claim is a phrase set off from its clause, not a claim: a preposition and what it
    /// governs, with no verb and no figure ("By Monday afternoon, the governor said, ...",
    /// "treated 37 wounded people since the strike and ..."). It says nothing a source could
    /// be at odds or agree with.
    pub fn is_fragment(&self, i: usize) -> bool {
        const OPENERS: &[&str] = &["by", "since", "until", "till", "after", "before", "during", "in", "on", "at"];
        let c = &self.claims[i];
        let toks = tokenize(&c.text, 0);
        let mut words = toks.iter().filter(|t| t.is_word());
        words.next().is_some_and(|t| OPENERS.contains(&t.norm.as_str()))
            && c.quantities.is_empty()
            // A word after a determiner is a noun: "since the strike".
            && !(0..toks.len()).any(|k| {
                crate::syntax::verb_form(&toks[k], self.lex).is_some()
                    && !(k > 0 && crate::syntax::is_determiner(&toks[k - 1].norm))
            })
    }

    /// Lets go of claim `i`'s tokens (they are made again if asked for).
    pub fn forget_own(&self, i: usize) {
        *self.own[i].lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// The claims of claim `i`'s sentence, `i` among them, in claim order.
    pub fn sentence_claims(&self, i: usize) -> &[usize] {
        &self.sentences[self.sentence_of[i]]
    }

    /// The content words of a claim's own words.
    pub fn own_content(&self, i: usize) -> &Content {
        self.own_content[i].get_or_init(|| {
            let c = &self.claims[i];
            self.lex.words.content(c.own.slice(&self.docs[c.doc].text))
        })
    }

    /// The claims of `i`'s sentence that affirm something of a subject of their own ("a
    /// woman is dancing" beside "a man is not playing"): another scene, where "... and was
    /// being treated in hospital" goes on about the same subject, and so does a claim a
    /// pronoun of `i` points back to ("the contract was worth 1.1 billion dollars and that it
    /// has not yet been signed").
    pub fn affirmed_scenes(&self, i: usize) -> Vec<usize> {
        let c = &self.claims[i];
        let points_back = self
            .own(i)
            .iter()
            .find(|t| t.is_word() && !matches!(t.norm.as_str(), "that" | "and" | "but"))
            .is_some_and(|t| matches!(t.norm.as_str(), "it" | "he" | "she" | "they"));
        self.sentence_claims(i)
            .iter()
            .copied()
            .filter(|&j| j != i && self.affirmed_sibling(i, j))
            .filter(|&j| !(points_back && self.claims[j].span.start < c.span.start))
            .filter(|&j| {
                let c = &self.claims[j];
                let toks = crate::text::tokenize(c.own.slice(&self.docs[c.doc].text), 0);
                let first = toks.iter().position(|t| t.is_word());
                !first.is_some_and(|k| crate::syntax::is_finite_verb(&toks, k, self.lex))
            })
            .collect()
    }

    /// Claim `j` affirms something in the same sentence as claim `i`, with no full stop
    /// between them (a quotation of several sentences is one sentence of the document, but
    /// its sentences are no one scene).
    fn affirmed_sibling(&self, i: usize, j: usize) -> bool {
        let (c, o) = (&self.claims[i], &self.claims[j]);
        // A hope or a plan beside it affirms nothing: "she hoped to sign before they leave
        // Kaspen" tells of no signing.
        if o.doc != c.doc || o.sentence_span != c.sentence_span || o.polarity != Polarity::Positive || !commits(o) {
            return false;
        }
        let text = &self.docs[c.doc].text;
        let (from, to) =
            if o.span.start < c.span.start { (o.span.end, c.span.start) } else { (c.span.end, o.span.start) };
        let between = text.get(from.min(to)..to.max(from)).unwrap_or("");
        // A reason is a proposition of its own, not more of the scene: "workers were trapped
        // because the exits were kept locked".
        let reason = |x: &Claim| x.text.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("because"));
        !between.contains(". ") && !between.contains("? ") && !between.contains("! ") && !reason(c) && !reason(o)
    }

    /// The content words of everything affirmed in a claim's sentence ("A man is sitting
    /// near a bike and is writing a note" affirms both predicates).
    pub fn affirmed_content(&self, i: usize) -> &Content {
        self.affirmed_content[i].get_or_init(|| self.lex.words.content(&self.affirmed_text(i)))
    }

    /// `Words::strong_keys_of` the affirmed content, without keeping that content.
    pub fn affirmed_strong_keys(&self, i: usize) -> &[String] {
        self.affirmed_strong_keys[i].get_or_init(|| match self.affirmed_content[i].get() {
            Some(content) => self.lex.words.strong_keys_of(content),
            None => self.lex.words.strong_keys_in(&self.affirmed_text(i)),
        })
    }

    /// The claims' whole texts hold words that are opposites of each other, strong or weak,
    /// each missing from the other text ("the opposition accepted the results" / "...
    /// rejected the results", "prices rose" / "prices fell"): whatever their attribution left
    /// as their own words, they do not say the same thing.
    pub fn texts_oppose(&self, a: usize, b: usize) -> bool {
        self.texts_oppose_by(a, b, true)
    }

    /// `texts_oppose` by words, particles aside ("spoke with Lavrov" / "ended without an
    /// agreement" oppose no word).
    pub fn texts_oppose_in_words(&self, a: usize, b: usize) -> bool {
        self.texts_oppose_by(a, b, false)
    }

    fn texts_oppose_by(&self, a: usize, b: usize, particles: bool) -> bool {
        let words = &self.lex.words;
        let keys = |i: usize| self.text_opposable_keys[i].get_or_init(|| words.opposable_keys_in(&self.claims[i].text));
        let (ka, kb) = (keys(a), keys(b));
        fn only<'k>(words: &crate::words::Words, x: &'k [String], y: &[String], particles: bool) -> Vec<&'k String> {
            x.iter().filter(|k| !y.contains(k) && (particles || !words.is_particle_key(k))).collect()
        }
        !ka.is_empty()
            && !kb.is_empty()
            && words.may_oppose_at_all(&only(words, ka, kb, particles), &only(words, kb, ka, particles))
    }

    /// Both claims' own words name someone or something, and none of the names is shared
    /// ("the attack on the base near Lorovo" / "the attack in Braenza").
    pub fn names_apart(&self, a: usize, b: usize) -> bool {
        let (ka, kb) = (&self.name_keys[a], &self.name_keys[b]);
        !ka.is_empty() && !kb.is_empty() && !ka.iter().any(|x| kb.contains(x))
    }

    /// Both claims place what they tell at named places, and no place is the same ("near
    /// Lorovo" / "near Braenza"): two events, whatever else their words share. Across
    /// documents, a claim that names no place is placed where its document's other claims
    /// are, when they name one place only.
    pub fn places_apart(&self, a: usize, b: usize) -> bool {
        let (pa, pb) = (self.places[a].as_slice(), self.places[b].as_slice());
        let (pa, pb) = if self.claims[a].doc == self.claims[b].doc {
            (pa, pb)
        } else {
            (self.setting(a, pa), self.setting(b, pb))
        };
        !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|x| pb.contains(x))
    }

    /// Across documents, both claims name at least two parties and each names one the other
    /// does not ("the delegations of Germany and Mexico" / "of Germany and Italy"): talks,
    /// calls or clashes between other parties, however alike the words.
    pub fn parties_apart(&self, a: usize, b: usize) -> bool {
        if self.claims[a].doc == self.claims[b].doc {
            return false;
        }
        let (ka, kb) = (&self.name_keys[a], &self.name_keys[b]);
        let subset = |x: &[&str], y: &[&str]| x.iter().all(|k| y.binary_search(k).is_ok());
        ka.len() >= 2 && kb.len() >= 2 && !subset(ka, kb) && !subset(kb, ka)
    }

    /// Both claims count from a stated start and the starts differ ("detained since 2007" /
    /// "since 2019"): running totals over different periods, not two figures for one.
    /// Claim `i`'s sentence (or, `own_words_only`, its own words) tells a count since
    /// replaced (`quantity_mismatch::earlier_count`), asked once per claim.
    pub fn earlier_count(&self, i: usize, own_words_only: bool) -> bool {
        *self.earlier_count[usize::from(own_words_only)][i]
            .get_or_init(|| quantity_mismatch::earlier_count(self, i, own_words_only))
    }

    /// In one story, a claim dated to another day than the event its opening tells, against
    /// one with no date of its own: "A drone attack on a checkpoint on Thursday killed three
    /// people" is not the Saturday air strike whose toll the rest of the story gives.
    pub fn dated_apart_from_lead(&self, a: usize, b: usize) -> bool {
        let (ca, cb) = (&self.claims[a], &self.claims[b]);
        let lead = &self.lead_dates[ca.doc];
        let dates = |i: usize| &self.alignment.features[i].event_dates;
        let off_lead = |i: usize| !dates(i).iter().any(|(s1, e1)| lead.iter().any(|(s2, e2)| s1 <= e2 && s2 <= e1));
        // "At the previous strike day, on March 7, the unions said 80,000 had marched": said
        // before the past event the story opens on, it counts another.
        let published = self.docs[ca.doc].published;
        let said_before_lead = |i: usize| {
            let said: Vec<_> =
                self.claims[i].times.iter().filter(|t| t.statement).filter_map(|t| t.end.or(t.start)).collect();
            dates(i).is_empty()
                && !said.is_empty()
                && lead.iter().all(|(s, e)| published.is_some_and(|p| *e <= p) && said.iter().all(|d| d < s))
        };
        ca.doc == cb.doc
            && !lead.is_empty()
            && (match (dates(a).is_empty(), dates(b).is_empty()) {
                (false, true) => off_lead(a),
                (true, false) => off_lead(b),
                _ => false,
            } || said_before_lead(a)
                || said_before_lead(b))
    }

    /// Claim `i`'s words by role, read once per claim.
    pub fn clause_roles(&self, i: usize) -> Option<&agreement::ClauseRoles> {
        self.clause_roles[i].get_or_init(|| agreement::clause_roles(self, i)).as_ref()
    }

    /// The content words of claim `i`'s subject, if it has one, read once per claim.
    pub fn subject_content(&self, i: usize) -> Option<&Content> {
        self.subject_content[i]
            .get_or_init(|| self.claims[i].subject.as_deref().map(|s| self.lex.words.content(s)))
            .as_ref()
    }

    /// What claim `i`'s words say of its figures, read once per claim.
    pub fn figures(&self, i: usize) -> &quantity_mismatch::ClaimFigures {
        self.figures[i].get_or_init(|| quantity_mismatch::read_figures(self, i))
    }

    /// The numbers claim `i` gives, read once per claim.
    pub fn numbers(&self, i: usize) -> &[String] {
        self.numbers[i].get_or_init(|| agreement::claim_numbers(self, i))
    }

    /// One of the claims sits in a sentence that opens on another event than the story's
    /// ("Separately, four people died when a fire broke out in an apartment building") and
    /// the other is not in that sentence: they tell two events, whatever they share.
    pub fn told_apart(&self, a: usize, b: usize) -> bool {
        let separately = |i: usize| {
            *self.told_separately[i].get_or_init(|| {
                let c = &self.claims[i];
                let words = crate::text::tokenize(c.sentence_span.slice(&self.docs[c.doc].text), 0);
                let first = words.iter().position(|t| t.is_word()).unwrap_or(0);
                self.lex.events.separate.match_at(&words, first).is_some()
            })
        };
        let one_sentence = self.claims[a].doc == self.claims[b].doc && self.sentence_of[a] == self.sentence_of[b];
        !one_sentence && (separately(a) || separately(b))
    }

    pub fn counted_since_apart(&self, a: usize, b: usize) -> bool {
        let since = |i: usize| self.counted_since[i].get_or_init(|| self.counted_since(i)).as_deref();
        match (since(a), since(b)) {
            (Some(x), Some(y)) => x != y,
            _ => false,
        }
    }

    /// The start after "since" in claim `i`'s own words when it is a date or a named time
    /// ("since 2007", "since March 2019", "since Monday"), up to three words.
    fn counted_since(&self, i: usize) -> Option<String> {
        // Few claims say "since": the rest are not tokenised (nor their tokens kept).
        let c = &self.claims[i];
        let text = c.own.slice(&self.docs[c.doc].text);
        if !text.contains("since") && !text.contains("Since") {
            return None;
        }
        let own = tokenize(text, c.own.start);
        let at = own.iter().position(|t| t.is("since"))?;
        let first = own.get(at + 1)?;
        if first.kind != crate::text::TokenKind::Number && !first.is_capitalized() {
            return None;
        }
        let words: Vec<&str> = own[at + 1..]
            .iter()
            .take(3)
            .take_while(|t| t.kind == crate::text::TokenKind::Number || t.is_word())
            .map(|t| t.norm.as_str())
            .collect();
        Some(words.join(" "))
    }

    /// The places of claim `i` (`own`), or else its document's one place.
    fn setting<'s>(&'s self, i: usize, own: &'s [&'a str]) -> &'s [&'s str] {
        if !own.is_empty() {
            return own;
        }
        self.doc_place[self.claims[i].doc].as_slice()
    }

    fn affirmed_text(&self, i: usize) -> String {
        let c = &self.claims[i];
        let text = &self.docs[c.doc].text;
        let siblings: Vec<&str> = self
            .sentence_claims(i)
            .iter()
            .copied()
            .filter(|&j| j == i && c.polarity == Polarity::Positive || j != i && self.affirmed_sibling(i, j))
            .map(|j| before_whether(self.claims[j].own.slice(text)))
            .collect();
        if siblings.is_empty() { before_whether(c.own.slice(text)).to_string() } else { siblings.join(" , ") }
    }

    /// Two claims from one voice (one speaker, or one outlet speaking for itself) are never a
    /// conflict between sources; at most a change over time.
    /// A draft retells its sources and is never one voice with them.
    pub fn same_voice(&self, a: usize, b: usize) -> bool {
        let draft = |i: usize| self.docs[self.claims[i].doc].role == crate::model::Role::Draft;
        draft(a) == draft(b) && self.alignment.features[a].source.same_voice(&self.alignment.features[b].source)
    }

    /// How a finding names a claim's source: "Axios (the Kremlin)".
    pub fn source_label(&self, i: usize) -> String {
        let c = &self.claims[i];
        let draft = self.docs[c.doc].role == crate::model::Role::Draft;
        match (c.outlet(), c.speaker()) {
            (Some(o), Some(s)) => format!("{o} ({s})"),
            (Some(o), None) => o.to_string(),
            (None, Some(s)) if draft => format!("the draft ({s})"),
            (None, Some(s)) => s.to_string(),
            (None, None) if draft => "the draft".to_string(),
            (None, None) => self.docs[c.doc].id.clone(),
        }
    }
}

/// The words before an embedded question: "they give conflicting accounts of ... whether he
/// has been charged" affirms no charge.
fn before_whether(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    match lower.find(" whether ") {
        Some(at) => &text[..at],
        None => text,
    }
}

/// A match between two claims: what each side holds and why they clash (or agree).
#[derive(Debug, Clone, PartialEq)]
pub struct PairMatch {
    pub a: usize,
    pub b: usize,
    /// Keys that group claims into the two sides of a finding (a value, a status...).
    pub side_a: String,
    pub side_b: String,
    /// The words or values that decided, for the message.
    pub term_a: String,
    pub term_b: String,
    pub event: Option<String>,
}

/// A matcher. Conflict kinds implement `check`; the agreement kind implements `agrees`.
pub trait Kind: Send + Sync {
    /// `a` and `b` in this order conflict under the rule.
    fn check(&self, _ctx: &Ctx, _a: usize, _b: usize) -> Option<PairMatch> {
        None
    }
    /// Claim `i` can be side a of a match (or either side of an agreement): a necessary
    /// condition on the claim alone (a figure of the rule's measures, a denial word), asked
    /// once per claim so that the engine skips the pairs of claims that fail it. It must
    /// never be false where a pair could match.
    fn can_be_a(&self, _ctx: &Ctx, _i: usize) -> bool {
        true
    }
    /// Claim `i` can be side b of a match.
    fn can_be_b(&self, _ctx: &Ctx, _i: usize) -> bool {
        true
    }
    /// The kind groups agreeing claims rather than opposing pairs.
    fn groups(&self) -> bool {
        false
    }
    /// `a` and `b` say the same thing on this rule's ground.
    fn agrees(&self, _ctx: &Ctx, _a: usize, _b: usize) -> Option<PairMatch> {
        None
    }
}

/// A parameter problem, pointing at the key when it can.
#[derive(Debug)]
pub struct ParamError {
    pub key: Option<String>,
    pub message: String,
    pub help: String,
}

pub type Builder = fn(&toml::Table, &Lexicon) -> Result<Box<dyn Kind>, ParamError>;

pub const NAMES: &[&str] = &[
    "polarity",
    "opposed-terms",
    "stance",
    "denial",
    "event-status",
    "quantity-mismatch",
    "time-mismatch",
    "quote-denial",
    "agreement",
];

pub fn builder(name: &str) -> Option<Builder> {
    Some(match name {
        "polarity" => polarity::build,
        "opposed-terms" => opposed_terms::build,
        "stance" => stance::build,
        "denial" => denial::build,
        "event-status" => event_status::build,
        "quantity-mismatch" => quantity_mismatch::build,
        "time-mismatch" => time_mismatch::build,
        "quote-denial" => quote_denial::build,
        "agreement" => agreement::build,
        _ => return None,
    })
}

/// Deserialises a kind's parameters, naming the offending key on error.
pub fn params<T: DeserializeOwned>(table: &toml::Table, help: &str) -> Result<T, ParamError> {
    toml::Value::Table(table.clone()).try_into::<T>().map_err(|e| {
        let message = e.message().to_string();
        let key = message.split('`').nth(1).map(str::to_string);
        ParamError { key, message, help: help.to_string() }
    })
}

/// Phrases with `*` gaps (up to five words each), matched over normalised tokens.
#[derive(Debug, Clone, Default)]
pub struct Patterns {
    /// Tells pattern sets apart for `Ctx::own_matches` (clones share it, as they match alike).
    id: usize,
    items: Vec<(Vec<String>, String)>,
    /// Items by their first word (patterns never start with a gap), in item order: rules
    /// run this on every candidate pair, so it looks up each token instead of trying
    /// every pattern at every position.
    by_first: crate::fasthash::FastMap<String, Vec<usize>>,
}

/// A pattern found in a token slice: [start, end) and its class.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub class: String,
}

impl Patterns {
    pub fn new<'a>(classes: impl IntoIterator<Item = (&'a str, &'a [String])>) -> Result<Self, ParamError> {
        let mut items = Vec::new();
        for (class, phrases) in classes {
            for p in phrases {
                let words: Vec<String> = tokenize(p, 0)
                    .into_iter()
                    .map(|t| if t.text == "*" { "*".to_string() } else { t.norm.into() })
                    .collect();
                if words.is_empty() || words[0] == "*" || words.last().is_some_and(|w| w == "*") {
                    return Err(ParamError {
                        key: Some(class.to_string()),
                        message: format!("pattern `{p}` is empty or starts or ends with `*`"),
                        help: "a `*` stands for up to five words between two words".into(),
                    });
                }
                items.push((words, class.to_string()));
            }
        }
        // Longest first, so "no longer planned" wins over "planned".
        items.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let mut by_first: crate::fasthash::FastMap<String, Vec<usize>> = Default::default();
        for (i, (words, _)) in items.iter().enumerate() {
            by_first.entry(words[0].clone()).or_default().push(i);
        }
        static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(Patterns { id, items, by_first })
    }

    /// Every match, left to right, not overlapping (longest pattern at each position).
    pub fn find(&self, tokens: &[Token]) -> Vec<Found> {
        let mut all: Vec<Found> = Vec::new();
        for start in 0..tokens.len() {
            let Some(items) = self.by_first.get(tokens[start].norm.as_str()) else { continue };
            for &i in items {
                let (words, class) = &self.items[i];
                if let Some(end) = match_here(words, tokens, start) {
                    all.push(Found { start, end, class: class.clone() });
                }
            }
        }
        // Most claims match no pattern of a set: nothing to sort or mark.
        if all.is_empty() {
            return all;
        }
        let mut out: Vec<Found> = Vec::new();
        let mut taken = vec![false; tokens.len()];
        // Stable: equal starts and lengths stay in item order, as when every item was tried
        // in turn.
        all.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end - f.start)));
        for f in all {
            if taken[f.start..f.end].iter().any(|t| *t) {
                continue;
            }
            taken[f.start..f.end].fill(true);
            out.push(f);
        }
        out.sort_by_key(|f| f.start);
        out
    }

    pub fn classes_in(&self, tokens: &[Token]) -> Vec<String> {
        let mut c: Vec<String> = self.find(tokens).into_iter().map(|f| f.class).collect();
        c.dedup();
        c
    }
}

fn match_here(words: &[String], tokens: &[Token], start: usize) -> Option<usize> {
    let mut k = start;
    let mut w = 0;
    while w < words.len() {
        if words[w] == "*" {
            let next = &words[w + 1];
            let found = (k..(k + 6).min(tokens.len())).find(|&j| tokens[j].norm == *next)?;
            k = found + 1;
            w += 2;
            continue;
        }
        if tokens.get(k)?.norm != words[w] {
            return None;
        }
        k += 1;
        w += 1;
    }
    Some(k)
}

/// A negation or a denial within four words before token `i` (not across a comma): "had
/// not accepted", "denied any disagreement".
pub fn negated_at(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let from = i.saturating_sub(4);
    for k in (from..i).rev() {
        if tokens[k].is_punct(",") || tokens[k].is_punct(";") {
            return false;
        }
        if lex.cues.negation.contains_at(tokens, k) && !lex.cues.not_negation.contains_at(tokens, k) {
            return true;
        }
        let denies =
            lex.reporting.verbs.match_at(tokens, k).is_some_and(|(_, c)| *c == crate::lexicon::VerbClass::Deny);
        if denies
            && matches!(
                tokens[k].norm.as_str(),
                "denied" | "denies" | "deny" | "denying" | "dismissed" | "dismisses" | "refuted" | "refutes"
            )
        {
            return true;
        }
    }
    false
}

/// The claim commits to its words: not a possibility, a plan or an expectation.
/// Token `k` of `toks` is a number told as a time of day: "4pm", "10:30am" (one token), or a
/// number before one of `clock` ("3.40 a.m.", "6 o'clock").
pub fn clock_figure_at(toks: &[Token], k: usize, clock: &[String]) -> bool {
    let is_clock = |w: &str| clock.iter().any(|c| c.eq_ignore_ascii_case(w));
    let t = &toks[k];
    let joined = t.text.starts_with(|c: char| c.is_ascii_digit())
        && is_clock(t.text.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.'));
    // "at 15:00": hours and minutes on a 24-hour clock (read as "15", ":", "00").
    let hh_mm = t.kind == crate::text::TokenKind::Number
        && t.text.len() <= 2
        && t.text.parse::<u8>().is_ok_and(|h| h < 24)
        && toks.get(k + 1).is_some_and(|c| c.text == ":" && c.span.start == t.span.end)
        && toks.get(k + 2).is_some_and(|m| {
            m.text.len() == 2 && m.text.chars().all(|c| c.is_ascii_digit()) && m.span.start == t.span.end + 1
        });
    joined || hh_mm || t.kind == crate::text::TokenKind::Number && toks.get(k + 1).is_some_and(|n| is_clock(&n.text))
}

pub fn commits(c: &Claim) -> bool {
    matches!(c.modality, Modality::Asserted | Modality::Reported | Modality::Hedged | Modality::Denied)
}

/// Positive and committed: the claim says something happened or holds.
pub fn affirms(c: &Claim) -> bool {
    c.polarity == Polarity::Positive && commits(c) && c.modality != Modality::Denied
}

/// A negation cue ends within the `window` words before `start` ("not cancelled", "did not
/// deny the claims"): it falls on what starts there. Unlike `negated_at`, a denial verb is no
/// negation here, and a comma does not stop the look back.
pub fn negation_before(lex: &Lexicon, toks: &[Token], start: usize, window: usize) -> bool {
    (start.saturating_sub(window)..start)
        .any(|k| lex.cues.negation.match_at(toks, k).is_some_and(|(end, _)| end <= start))
}

/// The claim's dates are compatible with the other's (overlapping, or one has none).
pub fn dates_compatible(ctx: &Ctx, a: usize, b: usize) -> bool {
    let da = &ctx.alignment.features[a].event_dates;
    let db = &ctx.alignment.features[b].event_dates;
    if da.is_empty() || db.is_empty() {
        return true;
    }
    da.iter().any(|(s1, e1)| db.iter().any(|(s2, e2)| s1 <= e2 && s2 <= e1))
}

/// The two claims are about the same thing: they name the same event with overlapping
/// participants, or their words overlap enough.
pub fn aligned(ctx: &Ctx, a: usize, b: usize, min_similarity: f32) -> bool {
    !ctx.alignment.shared_events(a, b).is_empty() || ctx.alignment.similarity(a, b) >= min_similarity
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_with_gaps_and_longest_first() {
        let p = Patterns::new([
            ("never", &["never * set date".to_string(), "n't been scheduled".to_string()][..]),
            ("announced", &["announced".to_string()][..]),
        ])
        .unwrap();
        let t = tokenize("there was never a set date, and it hasn't been scheduled or announced", 0);
        let found: Vec<String> = p.find(&t).into_iter().map(|f| f.class).collect();
        assert_eq!(found, vec!["never", "never", "announced"]);
    }

    #[test]
    fn a_live_blog_is_two_entries_or_more_each_opening_on_a_time() {
        let blog = "Live: fire in Tarvik\n\n17:05 - Toll rises to 17\n\nText.\n\n08:40 \u{2013} At least three dead\n";
        let entries = live_blog_entries(blog);
        assert_eq!(entries.iter().map(|&(_, m)| m).collect::<Vec<_>>(), vec![17 * 60 + 5, 8 * 60 + 40]);
        assert_eq!(&blog[entries[0].0..entries[0].0 + 5], "17:05");
        // One time at a line's start is no blog; nor is a time inside a sentence.
        assert!(live_blog_entries("10:30 - Markets open.\nThe strike began at 11:15 - or so.").is_empty());
        // A time alone on its line opens an entry too.
        assert_eq!(live_blog_entries("17:05\nToll rises.\n\n22:40\nEvening update.\n").len(), 2);
    }

    #[test]
    fn a_blog_newest_first_runs_back_in_time_even_past_midnight() {
        // 08:10 and 06:05 of one day, above 22:40 of the evening before.
        let ranks = |e: Vec<(usize, u32)>| in_time_order(e).into_iter().map(|(_, r)| r).collect::<Vec<_>>();
        assert_eq!(ranks(vec![(0, 490), (10, 365), (20, 1360)]), vec![2, 1, 0]);
        assert_eq!(ranks(vec![(0, 365), (10, 490), (20, 600)]), vec![0, 1, 2]);
    }

    #[test]
    fn a_pattern_cannot_start_with_a_gap() {
        assert!(Patterns::new([("x", &["* date".to_string()][..])]).is_err());
    }
}
