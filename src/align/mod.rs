//! align: `Vec<Claim>` -> `Alignment` (features per claim, candidate pairs with their
//! similarity, topics).
//!
//! Claims are compared only when they share a blocking key (an entity, an event type, a
//! content word that is not everywhere), found through an inverted index, so the number of
//! compared pairs grows near-linearly with the corpus. Each claim's features say who stands
//! behind it (its source key, for telling independent sources from one relayed twice) and
//! which events it names with which participants, a definite "the conversation" inheriting
//! the participants of the last conversation named before it.

use crate::fasthash::FastMap as HashMap;
use crate::lexicon::Lexicon;
use crate::model::{Claim, Document, EntityKind, Modality, Span};
use crate::text::{Token, tokenize};
use jiff::civil::Date;
use rayon::prelude::*;
mod names;

pub use names::NameSet;
use std::collections::{BTreeMap, BTreeSet};

/// Who stands behind a claim, for telling sources apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceKey {
    pub doc: usize,
    /// The nearest outlet, or the document itself when none is named.
    pub outlet: String,
    /// Canonical keys of the speaker's names ("zelensky", "russia"), empty without one.
    pub speaker: NameSet,
    /// The speaker is named ("Zelensky", "the Kremlin"), not only described ("officials").
    pub named: bool,
}

impl SourceKey {
    /// One speaker, however many outlets relay them.
    pub fn same_speaker(&self, other: &SourceKey) -> bool {
        !self.speaker.is_empty() && !self.speaker.is_disjoint(&other.speaker)
    }
    /// The same voice: the same speaker, or the same outlet speaking for itself. A speaker
    /// only described ("officials", "a spokesman") is one voice within a document; the
    /// officials of two reports may be different people.
    pub fn same_voice(&self, other: &SourceKey) -> bool {
        self.same_speaker(other) && (self.named || self.doc == other.doc)
            || self.speaker.is_empty() && other.speaker.is_empty() && self.outlet == other.outlet
    }
}

/// An event a claim names, with the participants it names or inherits.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    pub kind: String,
    /// Names next to the event word ("the call between Rubio and Lavrov").
    pub participants: NameSet,
    /// Every name of the claim (weaker evidence: it may name other events too).
    pub context: NameSet,
    /// "the conversation": participants came from an earlier mention.
    pub inherited: bool,
    /// Names of its own other than places ("his call with Putin" has; "the conversation about
    /// Russia's demands" has not), which keep it from taking an earlier event's participants.
    pub own_names: bool,
    /// Between parties (a meeting), not one actor's (a launch).
    pub multi_party: bool,
    /// Told with a definite word before it ("the call"), so it may be an earlier mention's.
    pub definite: bool,
}

#[derive(Debug, Clone)]
pub struct ClaimFeatures {
    pub source: SourceKey,
    /// Weighted key terms: content stems, `e:` entity keys, `v:` event types.
    pub terms: Terms,
    pub total_weight: f32,
    /// Entity keys the claim names (outlets left out).
    pub entities: NameSet,
    pub events: Vec<EventMention>,
    /// Resolved dates of the claim's own words (not of the saying), at most 31 days wide.
    pub event_dates: Vec<(Date, Date)>,
    /// Keys that make two claims candidates whatever their words: within a document, the
    /// reports it tells of and the claims that deny reports.
    pub links: Vec<String>,
    /// Names in the subject of the claim's own words (taken from the clause before when the
    /// subject is left out: "... held a meeting and made it clear that ...").
    pub subject: NameSet,
    /// The subject is a pronoun not resolved to a name.
    pub subject_pronoun: bool,
    /// The claim's own words open with a verb or "also", "then" ("... and made it clear
    /// that ..."): its subject is the claim's before it.
    pub opens_with_verb: bool,
    /// The people whose words the claim tells ("Koszel told the executives that ..."), by
    /// the last word of their names (`attribute::quotes`).
    pub quoted: Vec<String>,
    /// The person the claim says never said what they are quoted as saying.
    pub misquoted: Option<String>,
}

/// A term's id: its rank in the alignment's `Vocabulary`.
pub type TermId = u32;

/// A claim's weighted key terms, in id order. Ids are ranks in the sorted vocabulary, so id
/// order is string order: sums of weights are taken in the same order on every run (a
/// HashMap's order would change from run to run, and so would the last bits of a
/// similarity, and with them which of two near-equal source claims ranks first). An id and
/// a weight take 8 bytes where a string key took ten times that, for every claim of a corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Terms(Vec<(TermId, f32)>);

impl Terms {
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn contains(&self, id: TermId) -> bool {
        self.0.binary_search_by_key(&id, |&(t, _)| t).is_ok()
    }
    /// Terms and weights, in id (and so string) order.
    pub fn iter(&self) -> impl Iterator<Item = (TermId, f32)> + '_ {
        self.0.iter().copied()
    }
    pub fn ids(&self) -> impl Iterator<Item = TermId> + '_ {
        self.0.iter().map(|&(t, _)| t)
    }
}

/// Every key term of an alignment, sorted and distinct: a term's id is its index.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary(Vec<String>);

impl Vocabulary {
    /// Gives ids to the terms of each claim: the vocabulary and each claim's `Terms`.
    fn intern(claims: Vec<BTreeMap<String, f32>>) -> (Vocabulary, Vec<Terms>) {
        let distinct: crate::fasthash::FastSet<&str> =
            claims.iter().flat_map(|m| m.keys().map(String::as_str)).collect();
        let mut words: Vec<String> = distinct.into_iter().map(str::to_string).collect();
        words.sort_unstable();
        let vocabulary = Vocabulary(words);
        let terms = claims
            .into_par_iter()
            .map(|m| {
                // A claim's map is in string order, so its ids come out ascending.
                Terms(m.into_iter().filter_map(|(t, w)| Some((vocabulary.id(&t)?, w))).collect())
            })
            .collect();
        (vocabulary, terms)
    }
    pub fn id(&self, term: &str) -> Option<TermId> {
        self.0.binary_search_by(|t| t.as_str().cmp(term)).ok().map(|i| i as TermId)
    }
    pub fn term(&self, id: TermId) -> &str {
        &self.0[id as usize]
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A candidate pair: `a < b`, with their similarity in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub similarity: f32,
}

#[derive(Debug, Default)]
pub struct Alignment {
    pub features: Vec<ClaimFeatures>,
    /// The key terms the features' ids stand for.
    pub vocabulary: Vocabulary,
    pub pairs: Vec<Pair>,
    /// Where each claim's pairs as `a` begin in `pairs`.
    pairs_from: Vec<usize>,
    /// How many pairs were scored (the cost that blocking keeps near-linear).
    pub compared: usize,
}

impl Alignment {
    /// The similarity of two claims: looked up for a candidate pair (the pairs are sorted),
    /// computed for any other.
    pub fn similarity(&self, a: usize, b: usize) -> f32 {
        match self.pair_index(a, b) {
            Some(k) => self.pairs[k].similarity,
            None => similarity(&self.features[a], &self.features[b]),
        }
    }
    /// Where the pair of claims `a` and `b` (in either order) is among the candidate pairs.
    pub fn pair_index(&self, a: usize, b: usize) -> Option<usize> {
        let (a, b) = (a.min(b), a.max(b));
        let from = *self.pairs_from.get(a)?;
        let to = self.pairs_from.get(a + 1).copied().unwrap_or(self.pairs.len());
        self.pairs[from..to].binary_search_by_key(&b, |p| p.b).ok().map(|k| from + k)
    }
    /// The event kinds both claims name with overlapping participants (or inherited ones).
    pub fn shared_events(&self, a: usize, b: usize) -> Vec<&str> {
        shared_events(&self.features[a], &self.features[b])
    }
}

/// Options that bound the cost of alignment.
#[derive(Debug, Clone, Copy)]
pub struct AlignOptions {
    /// A blocking key shared by more claims than this is too common to block on alone: its
    /// claims are compared through rarer keys they share, or through two common keys they
    /// both name (see `blocking_lists`). This bounds the pairs each claim is compared with,
    /// so the cost grows linearly with the corpus. At 400 with single keys only, an event
    /// word or a protagonist's name in a day of wire copy let every claim of a few hundred
    /// meet every other (6.7 million compared pairs for 1,000 generated articles); at 64
    /// with composite keys 0.8 million, with more findings. No single real article comes
    /// near 64 claims for one key (the seed and dev reports are the same at 32).
    pub max_postings: usize,
    /// Pairs below this similarity are not kept.
    pub min_similarity: f32,
    /// The most candidate pairs one claim takes part in (its linked pairs first, then the
    /// most similar). The rules run on every pair, so this bounds their work per claim: a
    /// document that repeats one paragraph a thousand times would otherwise give a million
    /// pairs of the same claims. Claims of real articles have far fewer (58 at most in the
    /// founding example), so the cap changes nothing there.
    pub max_partners: usize,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions { max_postings: 64, min_similarity: 0.1, max_partners: 64 }
    }
}

pub fn align(claims: &[Claim], docs: &[Document], lex: &Lexicon, options: AlignOptions) -> Alignment {
    // Per claim, so in parallel (rayon); collected in claim order.
    let (mut features, term_maps): (Vec<ClaimFeatures>, Vec<BTreeMap<String, f32>>) =
        claims.par_iter().map(|c| raw_features(c, docs, lex)).unzip();
    let (vocabulary, terms) = Vocabulary::intern(term_maps);
    for (f, t) in features.iter_mut().zip(terms) {
        f.terms = t;
    }
    // Events and subjects carry over within a document only: documents in parallel.
    let runs = document_runs(claims);
    let mut rest: &mut [ClaimFeatures] = &mut features;
    let mut chunks = Vec::with_capacity(runs.len());
    for run in runs {
        let (head, tail) = std::mem::take(&mut rest).split_at_mut(run.len());
        chunks.push((run, head));
        rest = tail;
    }
    chunks.into_par_iter().for_each(|(run, features)| {
        inherit_event_participants(&claims[run.clone()], features);
        inherit_subjects(&claims[run.clone()], features);
        inherit_quotations(&claims[run.clone()], features);
        link_retorts(&claims[run.clone()], docs, features);
        inherit_shortened_bodies(&claims[run.clone()], features, lex);
        inherit_speaking_for(&claims[run], docs, features, lex);
    });
    weight_terms(&mut features, vocabulary.len());

    let blocks = blocking_lists(&features, vocabulary.len(), options.max_postings);
    // Each claim with the later claims it shares a block with, claims in parallel; `seen`
    // (per worker) keeps a pair from being scored once per shared block.
    let scored: Vec<(usize, Vec<Pair>)> = features
        .par_iter()
        .enumerate()
        .map_init(
            || vec![usize::MAX; claims.len()],
            |seen, (a, f)| {
                let mut compared = 0;
                let mut found = Vec::new();
                for postings in blocks.of(a) {
                    for &b in postings {
                        let b = b as usize;
                        if b <= a || seen[b] == a {
                            continue;
                        }
                        seen[b] = a;
                        compared += 1;
                        let s = similarity(f, &features[b]);
                        if s >= options.min_similarity {
                            found.push(Pair { a, b, similarity: s });
                        }
                    }
                }
                (compared, found)
            },
        )
        .collect();
    let mut compared: usize = scored.iter().map(|(c, _)| c).sum();
    let mut pairs: Vec<Pair> = Vec::with_capacity(scored.iter().map(|(_, p)| p.len()).sum());
    pairs.extend(scored.into_iter().flat_map(|(_, p)| p));
    // The scored pairs come by claim `a`, in claim order: a claim's are found by bisection.
    let scored_pairs = pairs.len();
    let scored_pair = |pairs: &[Pair], a: usize, b: usize| {
        let pairs = &pairs[..scored_pairs];
        pairs[pairs.partition_point(|p| p.a < a)..].iter().take_while(|p| p.a == a).any(|p| p.b == b)
    };
    // Linked claims are candidates even with no words in common.
    let mut linked: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, f) in features.iter().enumerate() {
        for l in &f.links {
            linked.entry(l.as_str()).or_default().push(i);
        }
    }
    let mut linked_pairs = crate::fasthash::FastSet::default();
    for (key, members) in &linked {
        // Quotations of one person meet only where a claim says the person never said them.
        if key.starts_with("quote:") && !members.iter().any(|&i| claims[i].has_cue("misquote")) {
            continue;
        }
        // Cited reports meet the claims that deny, not each other.
        let one_denies = |a: usize, b: usize| denies_a_report(&claims[a]) != denies_a_report(&claims[b]);
        for (x, &a) in members.iter().enumerate() {
            // Each claim is linked to the next ones in document order, never to more than
            // `max_partners` of them (all of them in any real article).
            let partners = members[x + 1..].iter().filter(|&&b| !key.starts_with("cited:") || one_denies(a, b));
            for &b in partners.take(options.max_partners) {
                linked_pairs.insert((a, b));
                if !scored_pair(&pairs, a, b) {
                    compared += 1;
                    pairs.push(Pair { a, b, similarity: similarity(&features[a], &features[b]) });
                }
            }
        }
    }
    let mut pairs = cap_partners(pairs, &linked_pairs, claims.len(), options.max_partners);
    // Pairs are distinct, so an unstable (parallel) sort gives one order.
    pairs.par_sort_unstable_by_key(|p| (p.a, p.b));
    let pairs_from = (0..claims.len()).map(|a| pairs.partition_point(|p| p.a < a)).collect();
    Alignment { features, vocabulary, pairs, pairs_from, compared }
}

/// The blocks of an alignment: lists of claims (in claim order) that share a blocking key,
/// and for each claim the blocks it is in.
struct Blocks {
    lists: Vec<Vec<u32>>,
    of_claim: Vec<Vec<u32>>,
}

impl Blocks {
    fn of(&self, claim: usize) -> impl Iterator<Item = &[u32]> {
        self.of_claim[claim].iter().map(|&l| self.lists[l as usize].as_slice())
    }
}

/// How many of a claim's common keys are paired into composite keys: its rarest ones,
/// which say most about which event it is (a person's name before a country's).
const COMPOSITE_KEYS: usize = 5;

/// Blocking: a key shared by at most `max` claims is a block. A key shared by more (a
/// country, a protagonist, an event word in a day of wire copy) is too common to compare
/// all its claims; such keys block in twos instead: the claims that name both Wojcik and
/// Yilmaz, or a death toll and a province, are few even when each key alone is everywhere.
/// A composite key still shared by more than `max` claims blocks nothing.
fn blocking_lists(features: &[ClaimFeatures], vocabulary: usize, max: usize) -> Blocks {
    let claim_id = |i: usize| u32::try_from(i).expect("fewer than 2^32 claims");
    let mut single: Vec<Vec<u32>> = vec![Vec::new(); vocabulary];
    for (i, f) in features.iter().enumerate() {
        for t in f.terms.ids() {
            single[t as usize].push(claim_id(i));
        }
    }
    let mut composite: HashMap<(TermId, TermId), Vec<u32>> = HashMap::default();
    for (i, f) in features.iter().enumerate() {
        let mut common: Vec<(usize, TermId)> =
            f.terms.ids().map(|t| (single[t as usize].len(), t)).filter(|&(df, _)| df > max).collect();
        common.sort_unstable();
        common.truncate(COMPOSITE_KEYS);
        for (x, &(_, k1)) in common.iter().enumerate() {
            for &(_, k2) in &common[x + 1..] {
                composite.entry((k1.min(k2), k1.max(k2))).or_default().push(claim_id(i));
            }
        }
    }
    let mut blocks = Blocks { lists: Vec::new(), of_claim: vec![Vec::new(); features.len()] };
    // Keys in a fixed order, so that block numbers do not depend on hashing.
    let mut kept: Vec<Vec<u32>> = single
        .into_iter()
        .chain(composite.into_values())
        .filter(|members| members.len() > 1 && members.len() <= max)
        .collect();
    // Two keys with the same claims are one block.
    kept.sort_unstable();
    kept.dedup();
    for members in kept {
        let l = blocks.lists.len() as u32;
        for &i in &members {
            blocks.of_claim[i as usize].push(l);
        }
        blocks.lists.push(members);
    }
    blocks
}

/// The ranges of claims of each document (claims come in document order).
fn document_runs(claims: &[Claim]) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        match runs.last_mut() {
            Some(run) if claims[run.start].doc == c.doc => run.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    debug_assert!(
        runs.windows(2).all(|w| claims[w[0].start].doc < claims[w[1].start].doc),
        "claims come grouped by document, in document order"
    );
    runs
}

/// Keeps each claim in at most `max` pairs: linked pairs first, then by falling similarity
/// (ties by claim order, so the result does not depend on how the pairs were found).
fn cap_partners(
    mut pairs: Vec<Pair>,
    linked: &crate::fasthash::FastSet<(usize, usize)>,
    claims: usize,
    max: usize,
) -> Vec<Pair> {
    let mut degree = vec![0usize; claims];
    for p in &pairs {
        degree[p.a] += 1;
        degree[p.b] += 1;
    }
    if degree.iter().all(|&d| d <= max) {
        return pairs;
    }
    // Linked pairs first, then by falling similarity, then by claims: sorted in place and
    // read in two passes, since a large corpus has millions of pairs. Positive floats order
    // as their bits do; zero (which a sum of nothing gives as -0.0) and below rank last.
    let similarity = |p: &Pair| if p.similarity > 0.0 { p.similarity.to_bits() } else { 0 };
    pairs.par_sort_unstable_by_key(|p| (std::cmp::Reverse(similarity(p)), p.a, p.b));
    degree.fill(0);
    let mut keep = vec![false; pairs.len()];
    for linked_pass in [true, false] {
        for (p, keep) in pairs.iter().zip(keep.iter_mut()) {
            if linked.contains(&(p.a, p.b)) == linked_pass && degree[p.a] < max && degree[p.b] < max {
                degree[p.a] += 1;
                degree[p.b] += 1;
                *keep = true;
            }
        }
    }
    let mut keep = keep.into_iter();
    pairs.retain(|_| keep.next().unwrap_or(false));
    pairs.shrink_to_fit();
    pairs
}

/// Weighted overlap of key terms, normalised by the smaller claim.
pub fn similarity(a: &ClaimFeatures, b: &ClaimFeatures) -> f32 {
    let (small, large) = if a.terms.len() <= b.terms.len() { (a, b) } else { (b, a) };
    let shared: f32 = small.terms.iter().filter(|&(t, _)| large.terms.contains(t)).map(|(_, w)| w).sum();
    let denom = a.total_weight.min(b.total_weight);
    if denom <= 0.0 { 0.0 } else { (shared / denom).min(1.0) }
}

/// The event kinds both claims name as one event: two shared participants next to the
/// event words, or one there and two in the claims at large.
pub fn shared_events<'a>(a: &'a ClaimFeatures, b: &ClaimFeatures) -> Vec<&'a str> {
    let mut out = Vec::new();
    for ea in &a.events {
        for eb in &b.events {
            if ea.kind != eb.kind || out.contains(&ea.kind.as_str()) {
                continue;
            }
            if same_event(ea, eb) {
                out.push(ea.kind.as_str());
            }
        }
    }
    out
}

fn same_event(ea: &EventMention, eb: &EventMention) -> bool {
    let core = ea.participants.intersection(&eb.participants).count();
    // Names of the claims at large, with the participants each mention took from the
    // document ("the Budapest summit" and "a summit between Trump and Putin" once the
    // document has placed their summit in Budapest).
    let known_a = ea.context.iter().chain(ea.participants.iter().filter(|k| !ea.context.contains(k)));
    let context = known_a.filter(|k| eb.context.contains(k) || eb.participants.contains(k)).count();
    let one_actor = !ea.multi_party && ea.participants.len().min(eb.participants.len()) == 1;
    core >= 2 || core >= 1 && (context >= 2 || one_actor) || (ea.inherited || eb.inherited) && core >= 1
}

/// A claim's features, and its key terms by name (ids are given once all claims have theirs).
fn raw_features(c: &Claim, docs: &[Document], lex: &Lexicon) -> (ClaimFeatures, BTreeMap<String, f32>) {
    let events = event_lexicon(lex);
    let doc = &docs[c.doc];
    let outlet = c.outlet().map(str::to_string).unwrap_or_else(|| format!("doc:{}", doc.id));
    let (speaker, speaker_named) = c.speaker().map(|s| named_speaker_keys(s, lex)).unwrap_or_default();
    let entities: NameSet = c.entities.iter().filter(|e| e.kind != EntityKind::Outlet).map(|e| e.key.clone()).collect();
    let mut terms: BTreeMap<String, f32> = BTreeMap::new();
    for t in c.terms.iter().filter(|t| !title_stems(lex).contains(t.as_str())) {
        // Hyphenated words count by their parts too ("test-launch" -> "launch").
        terms.insert(t.clone(), 1.0);
        if t.contains('-') {
            for part in t.split('-').filter(|p| p.len() > 2) {
                terms.insert(crate::text::stem(part), 1.0);
            }
        }
    }
    // Names in the claim's own words (not the attribution's "Lavrov said") say what it is about.
    for e in c.entities.iter().filter(|e| e.kind != EntityKind::Outlet && c.own.contains(e.span)) {
        terms.insert(format!("e:{}", e.key), 1.5);
    }
    // Claims giving a figure of the same measure are compared even without shared words.
    for q in &c.quantities {
        if let Some(m) = &q.measure {
            terms.insert(format!("m:{m}"), 1.0);
        }
    }
    let toks = tokenize(&c.text, c.span.start);
    let named: Vec<&crate::model::Entity> = c
        .entities
        .iter()
        .filter(|e| {
            e.kind != EntityKind::Outlet && !(lex.entities.demonyms.contains_key(&e.text) && before_a_name(doc, e.span))
        })
        .collect();
    let context: NameSet = named.iter().map(|e| e.key.clone()).collect();
    let mut events_found: Vec<EventMention> = Vec::new();
    for m in events.words.find_all(&toks) {
        let window = event_window(&toks, m.start, m.end, lex);
        // "The two leaders met ... at the Hofburg palace": the parties are those told before,
        // and the names near the event word are where or who else, not its parties.
        // So are "the leaders" a meeting is "between" ("No meeting between the leaders has
        // been scheduled").
        let parties_back =
            parties_told_before(&toks, m.start, events, lex) || parties_between_told_before(&toks, m.end, events);
        let definite = m.start > 0 && events.definite.iter().any(|d| *d == toks[m.start - 1].norm) || parties_back;
        // An arrest befalls a person: the city, country or body it happened in does not make
        // two arrests one ("19 protesters were detained in Kyiv" / "Olsen was detained in
        // Kyiv"). A name is a place by its kind, or by the preposition before it; a
        // departure's is where from ("the Aurelia Star departed Dural").
        let personal = events.personal.contains(&m.value);
        let word_before = |e: &crate::model::Entity| toks.iter().rfind(|t| t.span.end <= e.span.start);
        let placed = |e: &&crate::model::Entity| {
            matches!(e.kind, EntityKind::Place | EntityKind::Organisation)
                || word_before(e).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "in" | "at" | "near" | "outside" | "across" | "from" | "of" | "to" | "departed" | "departs"
                    )
                })
        };
        let inside: Vec<&&crate::model::Entity> =
            named.iter().filter(|e| window.contains(e.span) && !(personal && placed(e))).collect();
        let mut participants: NameSet = inside.iter().map(|e| e.key.clone()).collect();
        // "The family of Mara Olsen said she had been detained on Tuesday": a "he" or "she"
        // the event's verb is told of is the person the sentence named last before it.
        if participants.is_empty()
            && let Some(p) = pronoun_subject_before(&toks, m.start, lex)
            && let Some(person) =
                named.iter().rfind(|e| e.kind == EntityKind::Person && e.span.end <= toks[p].span.start)
        {
            participants.insert(person.key.clone());
            // The name is the claim's own, as if written in place of the pronoun.
            terms.insert(format!("e:{}", person.key), 1.5);
        }
        // Names of where ("would open in Lissander") name none of its parties.
        let venue = |e: &&&crate::model::Entity| {
            e.kind == EntityKind::Place
                || word_before(e).is_some_and(|t| matches!(t.norm.as_str(), "in" | "at" | "near"))
        };
        let own_names = !parties_back && inside.iter().any(|e| !venue(e));
        // "The rebels said no talks took place": who denies a meeting of no named parties
        // speaks as one of its parties.
        // So does who denies one with a party it names ("No meeting has been scheduled with
        // the Namorian side," Suldan's foreign ministry said): it is the other party.
        let denied = c.polarity == crate::model::Polarity::Negative
            && events.multi_party.contains(&m.value)
            && !speaker.is_empty();
        let denied_by_party = denied && participants.is_empty();
        if denied && participants.len() <= 1 && speaker.is_disjoint(&participants) {
            participants.extend(speaker.iter().cloned());
        }
        match events_found.iter_mut().find(|e| e.kind == m.value) {
            Some(e) => {
                e.participants.extend(participants);
                e.own_names |= own_names;
                e.definite |= definite;
                e.inherited |= denied_by_party;
            }
            None => events_found.push(EventMention {
                kind: m.value.clone(),
                participants,
                context: context.clone(),
                inherited: denied_by_party,
                own_names,
                multi_party: events.multi_party.contains(&m.value),
                definite,
            }),
        }
    }
    for e in &events_found {
        terms.insert(format!("v:{}", e.kind), 1.0);
    }
    let event_dates = event_dates_of(&c.times);
    // The claim's own words are a stretch of its text: their tokens are a slice of `toks`.
    let own_start = toks.iter().position(|t| t.span.start >= c.own.start).unwrap_or(toks.len());
    let own_end = toks[own_start..].iter().position(|t| t.span.end > c.own.end).map_or(toks.len(), |k| own_start + k);
    let own = &toks[own_start..own_end];
    let (subject, subject_pronoun) = subject_of(c, own, lex);
    let opens_with_verb = own.first().is_some_and(|t| {
        crate::syntax::verb_form(t, lex).is_some() || matches!(t.norm.as_str(), "also" | "then" | "later")
    });
    let mut links = Vec::new();
    // A plan another outlet reports ("Moneycontrol reported that X plans to cut 4,000 jobs")
    // is what a denial of "the report" answers, as a reported fact is.
    let reported_plan = c.modality == Modality::Planned
        && c.polarity == crate::model::Polarity::Positive
        && c.outlet().is_some_and(|o| doc.outlet.as_deref() != Some(o));
    if c.modality == Modality::Reported || reported_plan || c.has_cue("denial") || levels_a_charge(c, lex) {
        links.push(format!("report:{}", c.doc));
    }
    // What an outlet the story cites reported ("The Daily Ledger reported that the carmaker
    // closed its plant") is what "the report was fabricated" may answer. It meets the claims
    // that deny, not each other claim of a press review.
    if reported_by_cited_outlet(c, doc) || denies_a_report(c) {
        links.push(format!("cited:{}", c.doc));
    }
    // A quotation and its denial share no words but the name ("the paper wrote that Koszel
    // told the executives that ..." / "\"I never said those words,\" he wrote"): they meet
    // by the person quoted.
    let quoted = crate::attribute::quotes::quoted_people(&toks, lex);
    let misquoted = crate::attribute::quotes::misquoted_in(&toks, c.speaker(), lex);
    links.extend(quoted.iter().chain(&misquoted).map(|p| format!("quote:{}:{p}", c.doc)));
    // Tolls in one document are candidates however little else their claims share: "The
    // number of victims confirmed so far is 31" / "the union said at least 54 workers had
    // died, citing lists compiled by shift supervisors ..." (lexicon
    // `compared-in-document`).
    let mut measures: Vec<&str> = c
        .quantities
        .iter()
        .filter(|q| !q.distributive)
        .filter_map(|q| q.measure.as_deref())
        .filter(|m| lex.measures.compared_in_document.iter().any(|x| x == m))
        .collect();
    measures.sort_unstable();
    measures.dedup();
    links.extend(measures.into_iter().map(|m| format!("figure:{}:{m}", c.doc)));
    let features = ClaimFeatures {
        subject,
        subject_pronoun,
        opens_with_verb,
        quoted,
        misquoted,
        links,
        source: SourceKey { doc: c.doc, outlet, speaker, named: speaker_named },
        terms: Terms::default(),
        total_weight: 0.0,
        entities,
        events: events_found,
        event_dates,
    };
    (features, terms)
}

/// A nationality right before a capitalised word ("Russian President Vladimir Putin")
/// qualifies a name and takes no part in events itself; before a noun ("a North Korean
/// missile") it names the actor.
fn before_a_name(doc: &Document, span: Span) -> bool {
    doc.text[span.end.min(doc.text.len())..].trim_start().chars().next().is_some_and(char::is_uppercase)
}

/// Names before the first verb of the claim's own words, and whether a pronoun stands there.
fn subject_of(c: &Claim, toks: &[Token], lex: &Lexicon) -> (NameSet, bool) {
    let Some(v) = (0..toks.len()).find(|&k| crate::syntax::is_finite_verb(toks, k, lex)) else {
        return (NameSet::new(), false);
    };
    let end = toks[v].span.start;
    let names = c
        .entities
        .iter()
        .filter(|e| c.own.contains(e.span) && e.span.end <= end && e.kind != EntityKind::Outlet)
        .map(|e| e.key.clone())
        .collect();
    let pronoun = v > 0 && crate::syntax::is_pronoun(&toks[v - 1].norm);
    (names, pronoun)
}

/// The resolved dates of what is told (not of the saying), at most 31 days wide.
pub fn event_dates_of<'t>(times: impl IntoIterator<Item = &'t crate::model::TimeRef>) -> Vec<(Date, Date)> {
    times
        .into_iter()
        .filter(|t| !t.statement)
        .filter_map(|t| Some((t.start?, t.end?)))
        .filter(|(s, e)| e.since(*s).map(|d| d.get_days()).unwrap_or(0) <= 31)
        .collect()
}

/// The claim calls something false or denies it: a denial cue, or a denying frame.
fn denies_a_report(c: &Claim) -> bool {
    c.has_cue("denial") || c.modality == Modality::Denied
}

/// An outlet other than the story's own tells the claim with a verb that does nothing but
/// report ("The Daily Ledger reported that ...", "published"), as an affirmation. Not
/// "citing" or "quoting": those name who the outlet heard, in any of its claims. Only the
/// claim that holds the verb: what the report adds ("..., and that the board had approved
/// the sale") is no second report for a denial to answer.
fn reported_by_cited_outlet(c: &Claim, doc: &crate::model::Document) -> bool {
    let cited = c.outlet().is_some_and(|o| doc.outlet.as_deref() != Some(o));
    let affirms = c.polarity == crate::model::Polarity::Positive && matches!(c.modality, Modality::Asserted);
    let reporting = |w: &str| only_reports(&w.to_lowercase());
    cited
        && affirms
        && c.attribution.cue.as_deref().is_some_and(|cue| cue.split_whitespace().any(reporting))
        && c.text.split_whitespace().any(reporting)
}

/// A lowercase word of a verb that does nothing but report ("reported", "published",
/// "aired"): "carried out a test", "ran a story" and "led with" have other senses.
pub fn only_reports(word: &str) -> bool {
    word.starts_with("report") || word.starts_with("publish") || matches!(word, "broadcast" | "broadcasts" | "aired")
}

/// "its chief, Anton Brezic, told reporters": a speaker introduced by "its" or "their" and a
/// title speaks for the body whose words the story told last before (the rescue service);
/// the two are one voice, and so are the speaker's later claims ("Brezic said"). A count
/// the chief gives later then updates the service's own, not rivals it.
fn inherit_speaking_for(claims: &[Claim], docs: &[Document], features: &mut [ClaimFeatures], lex: &Lexicon) {
    // Each speaker introduced so, with the body they speak for.
    let mut bodies: Vec<(NameSet, NameSet)> = Vec::new();
    for i in 1..claims.len() {
        let c = &claims[i];
        let Some(speaker) = c.speaker() else { continue };
        let text = &docs[c.doc].text[c.span.start..c.span.end];
        // "..., its chief, Anton Brezic, told": "its" or "their", one to three words of title,
        // a comma right before the name.
        let introduced = text.find(speaker).is_some_and(|at| {
            let words: Vec<&str> = text[..at].split_whitespace().collect();
            let n = words.len();
            n >= 2
                && words[n - 1].ends_with(',')
                && (2..=4).any(|k| n >= k && matches!(words[n - k].to_lowercase().as_str(), "its" | "their"))
        });
        // "Spokeswoman Mirela Tanc said", right after a body spoke: a spokesperson named with
        // no body of their own speaks for it, as "its spokeswoman" would (not for a person:
        // after "the deputy minister said", "the spokesman" may be anyone's).
        let bare = bare_spokesperson(speaker);
        let introduced = introduced || bare;
        let own = features[i].source.speaker.clone();
        let body = if let Some(body) = spokesperson_of(claims, features, i, speaker) {
            bodies.push((own, body.clone()));
            body
        } else if introduced {
            // "its" is a body the story has just spoken of: a speaker of this sentence or the
            // one before. After "The union ... gave a different account. Its chairman, X,
            // said", the company's spokeswoman two paragraphs up is not whose chairman.
            let sentence_before = (0..i).rev().map(|j| claims[j].sentence_span).find(|s| *s != c.sentence_span);
            let near = |j: usize| {
                claims[j].sentence_span == c.sentence_span || Some(claims[j].sentence_span) == sentence_before
            };
            let told_before = (0..i).rev().take_while(|&j| near(j)).find(|&j| {
                claims[j].speaker().is_some_and(|s| !bare || !crate::attribute::is_person(s, lex))
                    && !features[j].source.speaker.is_empty()
                    && features[j].source.speaker.is_disjoint(&own)
            });
            let Some(j) = told_before else { continue };
            let body = features[j].source.speaker.clone();
            bodies.push((own, body.clone()));
            body
        } else {
            // A later claim of one who speaks for a body ("Brezic said").
            let Some((_, body)) = bodies.iter().find(|(person, _)| !person.is_disjoint(&own)) else { continue };
            body.clone()
        };
        for key in body.iter() {
            features[i].source.speaker.insert(key.clone());
        }
    }
}

/// "The ministry" after "the interior ministry": a body the story named in full before, and
/// now names by its head alone (lexicon `shortened-bodies`), is the same voice.
fn inherit_shortened_bodies(claims: &[Claim], features: &mut [ClaimFeatures], lex: &Lexicon) {
    for i in 1..claims.len() {
        let source = &features[i].source;
        if source.named || source.speaker.len() != 1 {
            continue;
        }
        let Some(short) = source.speaker.iter().next().cloned() else { continue };
        let head = short.strip_prefix("the ").unwrap_or(&short);
        if !lex.entities.shortened_bodies.iter().any(|b| b == head) {
            continue;
        }
        let suffix = format!(" {head}");
        let longer =
            (0..i).rev().find_map(|j| features[j].source.speaker.iter().find(|k| k.ends_with(&suffix)).cloned());
        if let Some(key) = longer {
            features[i].source.speaker.insert(key);
        }
    }
}

/// A word that makes a source an unnamed insider of a body, not its voice: "sources in the
/// ministry", "people familiar with the company's plans", "officials briefed on the talks".
fn is_insider_word(word: &str) -> bool {
    matches!(word, "source" | "sources" | "familiar" | "briefed" | "knowledge")
}

/// The titles of those who speak for a body.
const SPOKESPEOPLE: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];

/// A spokesperson's title with no body before or after it: "Spokeswoman Mirela Tanc", "a
/// spokesman" (not "a spokesman for the rebels", not "ministry spokeswoman Petra Ilunga").
fn bare_spokesperson(speaker: &str) -> bool {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let article = words.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"));
    let rest = &words[usize::from(article)..];
    rest.first().is_some_and(|w| SPOKESPEOPLE.contains(&w.to_lowercase().as_str()))
        && rest[1..].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "ministry spokeswoman Petra Ilunga" speaks for the body the story names with the words
/// before the title ("The Ministry of Water and Infrastructure"), as "Police spokeswoman
/// Nadia Korvel" does for "police": the speaker keys of the nearest claim before that body
/// spoke in.
fn spokesperson_of(claims: &[Claim], features: &[ClaimFeatures], i: usize, speaker: &str) -> Option<NameSet> {
    let words: Vec<String> =
        speaker.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    let title = words.iter().position(|w| SPOKESPEOPLE.contains(&w.as_str()))?;
    let body_words: Vec<&str> = words[..title]
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "the" | "a" | "an" | "its" | "their"))
        .collect();
    if body_words.is_empty() || title + 1 >= words.len() {
        return None;
    }
    let doc = claims[i].doc;
    (0..i).rev().take_while(|&j| claims[j].doc == doc).find_map(|j| {
        let other = claims[j].speaker()?.to_lowercase();
        // "people familiar with the company's plans" are not the company.
        let insiders = other.split(|c: char| !c.is_alphanumeric()).any(is_insider_word);
        let names_body = !SPOKESPEOPLE.iter().any(|t| other.contains(t))
            && !insiders
            && body_words.iter().all(|w| other.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w));
        (names_body && !features[j].source.speaker.is_empty()).then(|| features[j].source.speaker.clone())
    })
}

/// The words of a quotation told in a claim of their own, after the claim that introduces
/// them ("The website quoted Arvell as telling aides" | "after the meeting that \"the border
/// posts will be handed over by spring\""), quote whom that claim quotes: a denial of saying
/// them answers the quotation.
fn inherit_quotations(claims: &[Claim], features: &mut [ClaimFeatures]) {
    for i in 1..claims.len() {
        let (c, prev) = (&claims[i], &claims[i - 1]);
        if c.sentence_span != prev.sentence_span || !features[i].quoted.is_empty() || features[i - 1].quoted.is_empty()
        {
            continue;
        }
        if !c.attribution.quoted {
            continue;
        }
        let quoted = features[i - 1].quoted.clone();
        features[i].links.extend(quoted.iter().map(|p| format!("quote:{}:{p}", c.doc)));
        features[i].quoted = quoted;
    }
}

/// A retort ("\"That is simply untrue,\" the editor said") answers the last claim of the
/// sentence before it: the two meet though they share no word.
fn link_retorts(claims: &[Claim], docs: &[Document], features: &mut [ClaimFeatures]) {
    for i in 1..claims.len() {
        let c = &claims[i];
        if !c.has_cue("denial") {
            continue;
        }
        let own = crate::text::tokenize(c.own.slice(&docs[c.doc].text), c.own.start);
        let words: Vec<&str> = own.iter().filter(|t| t.is_word()).map(|t| t.norm.as_str()).collect();
        let retort = words.len() <= 6
            && matches!(words.first(), Some(&("that" | "this" | "it")))
            && matches!(words.get(1), Some(&("is" | "was" | "'s")));
        let answered = (0..i).rev().find(|&j| claims[j].sentence_span != c.sentence_span);
        if let Some(j) = answered.filter(|_| retort) {
            let key = format!("retort:{}:{}", c.doc, c.own.start);
            features[j].links.push(key.clone());
            features[i].links.push(key);
        }
    }
}

/// A claim that opens with its verb ("made it clear that ...") shares the subject of the
/// claim before it in the same sentence.
fn inherit_subjects(claims: &[Claim], features: &mut [ClaimFeatures]) {
    // "he", "she" as subject: the last named subject before it in the document.
    for i in 1..claims.len() {
        if !features[i].subject_pronoun || !features[i].subject.is_empty() {
            continue;
        }
        let earlier = (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&j| claims[j].doc == claims[i].doc)
            .find(|&j| !features[j].subject.is_empty());
        if let Some(j) = earlier {
            features[i].subject = features[j].subject.clone();
            features[i].subject_pronoun = false;
        }
    }
    for i in 1..claims.len() {
        let (c, prev) = (&claims[i], &claims[i - 1]);
        if c.doc != prev.doc || c.sentence_span != prev.sentence_span || !features[i].subject.is_empty() {
            continue;
        }
        if features[i].opens_with_verb {
            features[i].subject = features[i - 1].subject.clone();
            features[i].subject_pronoun = features[i - 1].subject_pronoun;
        }
    }
}

/// The stretch of text around an event word where its participants are named: the noun
/// phrase around a noun ("the phone call between Rubio and Lavrov on Monday"), the clause
/// around a verb ("Rubio spoke on Monday with Lavrov").
fn event_window(toks: &[Token], start: usize, end: usize, lex: &Lexicon) -> Span {
    let is_verb = crate::syntax::verb_form(&toks[start], lex).is_some() && !toks[start].is("call");
    let stop = |t: &Token| t.is_punct(";") || t.is_punct(":") || t.is_punct("—") || t.is_punct("–");
    let mut left = start;
    let mut through_verb = is_verb;
    while left > 0 && start - left < if through_verb { 12 } else { 6 } {
        let t = &toks[left - 1];
        // "Rubio and Lavrov had a productive conversation": whoever has or holds the event
        // takes part in it.
        let holder = matches!(
            t.norm.as_str(),
            "had"
                | "has"
                | "have"
                | "held"
                | "hold"
                | "holds"
                | "attended"
                | "attend"
                | "conducted"
                | "conduct"
                | "carried"
                | "carry"
                | "staged"
                | "stage"
                | "performed"
                | "fired"
                | "launched"
                | "made"
                | "out"
        );
        if holder && !through_verb {
            through_verb = true;
            left -= 1;
            continue;
        }
        if stop(t)
            || t.is_punct(",")
            || !through_verb && crate::syntax::is_finite_verb(toks, left - 1, lex)
            || t.is("that")
        {
            break;
        }
        left -= 1;
    }
    let mut right = end;
    while right < toks.len() && right - end < 9 {
        let t = &toks[right];
        if stop(t) || t.is_punct(",") || crate::syntax::is_finite_verb(toks, right, lex) {
            break;
        }
        right += 1;
    }
    // The window does not end inside a name: "the call between Valdorian President Tomas
    // Rellin and Osterland Chancellor Katya Brunow" takes in Brunow.
    const NAME_RUN: usize = 4;
    let name_word = |t: &Token| t.is_word() && t.is_capitalized();
    let mut run = 0;
    while right > end && right < toks.len() && run < NAME_RUN && name_word(&toks[right - 1]) && name_word(&toks[right])
    {
        right += 1;
        run += 1;
    }
    let last = right.max(end) - 1;
    Span::new(toks[left].span.start, toks[last].span.end)
}

/// Stems of title words ("president", "minister"): names carry them, propositions do not.
fn title_stems(lex: &Lexicon) -> &std::collections::HashSet<String> {
    static CACHE: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    let _ = lex;
    CACHE.get_or_init(|| {
        [
            "presid",
            "minist",
            "secretari",
            "state",
            "spokesman",
            "spokeswoman",
            "offici",
            "foreign",
            "prime",
            "chancellor",
            "ambassador",
            "senat",
            "governor",
            "mayor",
            "general",
            "deputi",
            "head",
            "chief",
            "leader",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    })
}

/// Canonical keys of the names in a speaker phrase: "Ukrainian President Volodymyr
/// Zelensky" -> {zelensky}; "The Kremlin" -> {russia}; "a senior official" -> {senior official}.
pub fn speaker_keys(speaker: &str, lex: &Lexicon) -> NameSet {
    named_speaker_keys(speaker, lex).0
}

/// The keys of `speaker_keys`, and whether they name someone (true) or only describe them.
fn named_speaker_keys(speaker: &str, lex: &Lexicon) -> (NameSet, bool) {
    let toks = tokenize(speaker, 0);
    let mut memory = crate::extract::entity::EntityMemory::default();
    let found = crate::extract::entity::find(&toks, 0..toks.len(), usize::MAX, &mut memory, lex);
    // "Sources in the Foreign Ministry" are not the ministry's voice: its spokesman may deny
    // what they told a paper. Nor are "people familiar with the company's plans" the
    // company's. They are known by the whole phrase.
    let first_name = found.first().map_or(usize::MAX, |e| e.span.start);
    if toks.iter().any(|t| t.span.start < first_name && is_insider_word(&t.norm)) {
        let phrase: Vec<&str> = toks.iter().filter(|t| t.is_word()).map(|t| t.norm.as_str()).collect();
        return ([phrase.join(" ")].into_iter().collect(), false);
    }
    let mut keys: NameSet =
        found.iter().filter(|e| e.kind != EntityKind::Place || found.len() == 1).map(|e| e.key.clone()).collect();
    // "The National Disaster Management Agency" is "NDMA" too: a body of three capitalised
    // words or more is also known by their initials.
    for e in found.iter().filter(|e| e.kind == EntityKind::Organisation) {
        let initials: String = e
            .text
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.eq_ignore_ascii_case("the"))
            .filter_map(|w| w.chars().next())
            .collect();
        if initials.len() >= 3
            && initials.len() == e.text.split_whitespace().filter(|w| !w.eq_ignore_ascii_case("the")).count()
        {
            keys.insert(initials.to_lowercase());
        }
    }
    let described = |toks: &[crate::text::Token]| {
        let words: Vec<String> = toks
            .iter()
            .filter(|t| t.is_word() && !matches!(t.norm.as_str(), "a" | "an" | "the" | "senior" | "top" | "local"))
            .map(|t| t.norm.to_string())
            .collect();
        Some(words.join(" ")).filter(|s| !s.is_empty())
    };
    // "Morvenia's civil protection agency" is "the civil protection agency" further on: a
    // country's body is known by what it is, too, and so is "the Tarvik fire service". (Not
    // a person's: "Putin's spokesman" is no other spokesman.)
    if let [place] = &found[..]
        && place.kind != EntityKind::Person
    {
        let after_name = toks.iter().position(|t| t.span.start >= place.span.end).unwrap_or(toks.len());
        let possessive = toks.get(after_name).is_some_and(|t| t.is("'s"));
        let body_from = if possessive { after_name + 1 } else { after_name };
        // The name comes first ("the" aside) and the words after it are all the body's.
        let name_first = toks[..after_name].iter().all(|t| place.span.contains(t.span) || t.is("the"));
        let body_words = possessive || toks[body_from..].iter().all(|t| t.is_word() && !t.is_capitalized());
        if name_first
            && body_words
            && let Some(body) = described(&toks[body_from..])
        {
            keys.insert(body);
        }
    }
    if !keys.is_empty() {
        return (keys, true);
    }
    (described(&toks).into_iter().collect(), false)
}

/// IDF weights: a term in many claims says little about which ones belong together.
fn weight_terms(features: &mut [ClaimFeatures], vocabulary: usize) {
    let n = features.len().max(1) as f32;
    let mut df: Vec<u32> = vec![0; vocabulary];
    for f in features.iter() {
        for t in f.terms.ids() {
            df[t as usize] += 1;
        }
    }
    for f in features.iter_mut() {
        for (t, w) in f.terms.0.iter_mut() {
            *w *= 1.0 + (n / df[*t as usize] as f32).ln().max(0.0) * 0.5;
        }
        f.total_weight = f.terms.iter().map(|(_, w)| w).sum();
    }
}

/// The "he" or "she" an event verb at `start` is told of: right before it, or before its
/// auxiliaries and an adverb ("he had been detained", "she was reportedly arrested").
fn pronoun_subject_before(toks: &[Token], start: usize, lex: &Lexicon) -> Option<usize> {
    crate::syntax::verb_form(&toks[start], lex)?;
    let mut k = start;
    while k > 0 && start - k < 4 {
        k -= 1;
        let t = &toks[k];
        if matches!(t.norm.as_str(), "he" | "she") {
            return Some(k);
        }
        if !lex.grammar.auxiliaries.contains(t.norm.as_str()) && !crate::syntax::is_adverb(t) {
            return None;
        }
    }
    None
}

/// Events across a document: "the conversation" without participants of its own takes
/// those of the last conversation named; a claim naming no event continues the event of
/// the claim before it in its sentence ("... never a set date for a summit, and that 'you
/// can't postpone something that hasn't been scheduled'"); and mentions of one event type
/// that share two participants pool them ("the meeting in Budapest" and "a summit between
/// Trump and Putin" once the document has named a Budapest meeting of Trump and Putin).
fn inherit_event_participants(claims: &[Claim], features: &mut [ClaimFeatures]) {
    let mut last: HashMap<(usize, String), NameSet> = HashMap::default();
    // The parties of the last event between parties in each document: "the two leaders
    // spoke by telephone" after "talks with Lanmark's Prime Minister Maren Odell" in
    // Halvik's visit are Halvik and Odell, though no call was told before.
    let mut last_parties: HashMap<usize, NameSet> = HashMap::default();
    for i in 0..claims.len() {
        let c = &claims[i];
        if features[i].events.is_empty()
            && i > 0
            && claims[i - 1].doc == c.doc
            && claims[i - 1].sentence_span == c.sentence_span
        {
            let inherited: Vec<EventMention> =
                features[i - 1].events.iter().map(|e| EventMention { inherited: true, ..e.clone() }).collect();
            features[i].events = inherited;
            continue;
        }
        if features[i].events.is_empty() {
            continue;
        }
        for ev in features[i].events.iter_mut() {
            let key = (c.doc, ev.kind.clone());
            let before = last.get(&key).or_else(|| last_parties.get(&c.doc).filter(|_| ev.multi_party));
            if ev.definite
                && !ev.own_names
                && let Some(prev) = before
            {
                ev.participants.extend(prev.iter().cloned());
                ev.inherited = true;
            }
            // One actor is enough to name an attack or a launch; a meeting needs two.
            if ev.participants.len() >= 2 || !ev.multi_party && !ev.participants.is_empty() {
                last.insert(key, ev.participants.clone());
            }
            if ev.multi_party && ev.participants.len() >= 2 {
                last_parties.insert(c.doc, ev.participants.clone());
            }
        }
    }
    pool_participants(claims, features);
}

/// The words right before an event word at `start` are a subject that refers back to the
/// parties of an event told before ("the two leaders met", "both sides had held talks").
fn parties_told_before(toks: &[crate::text::Token], start: usize, events: &EventLexicon, lex: &Lexicon) -> bool {
    let ends_at = |end: usize| {
        events
            .definite_parties
            .iter()
            .any(|p| end >= p.len() && toks[end - p.len()..end].iter().zip(p).all(|(t, w)| t.norm == *w))
    };
    let auxiliary = |k: usize| lex.grammar.auxiliaries.contains(toks[k].norm.as_str());
    ends_at(start) || start > 0 && auxiliary(start - 1) && ends_at(start - 1)
}

/// The words right after an event word that ends at `end` are "between" the parties of an
/// event told before ("a meeting between the leaders", "talks between the two sides").
fn parties_between_told_before(toks: &[crate::text::Token], end: usize, events: &EventLexicon) -> bool {
    toks.get(end).is_some_and(|t| t.is("between"))
        && events.definite_parties.iter().any(|p| {
            toks.len() >= end + 1 + p.len() && toks[end + 1..end + 1 + p.len()].iter().zip(p).all(|(t, w)| t.norm == *w)
        })
}

/// Mentions of one event: the first mention, the pooled participants, (claim, mention) indices.
type Cluster = (EventMention, NameSet, Vec<(usize, usize)>);

/// Within a document and event type, mentions sharing two participants are one event.
fn pool_participants(claims: &[Claim], features: &mut [ClaimFeatures]) {
    let mut by_key: HashMap<(usize, String), Vec<(usize, usize)>> = HashMap::default();
    for (i, f) in features.iter().enumerate() {
        for (k, e) in f.events.iter().enumerate() {
            by_key.entry((claims[i].doc, e.kind.clone())).or_default().push((i, k));
        }
    }
    for mentions in by_key.values() {
        // Clusters of mentions that are one event with the cluster's first mention (not
        // with the growing pool, so clusters do not chain into one).
        let mut clusters: Vec<Cluster> = Vec::new();
        for &(i, k) in mentions {
            let mention = features[i].events[k].clone();
            match clusters.iter_mut().find(|(seed, _, _)| same_event(seed, &mention)) {
                Some((_, pool, members)) => {
                    pool.extend(mention.participants.iter().cloned());
                    members.push((i, k));
                }
                None => {
                    let pool = mention.participants.clone();
                    clusters.push((mention, pool, vec![(i, k)]));
                }
            }
        }
        for (_, pool, members) in clusters {
            if members.len() < 2 {
                continue;
            }
            for (i, k) in members {
                features[i].events[k].participants = pool.clone();
            }
        }
    }
}

pub use crate::lexicon::EventLexicon;

fn event_lexicon(lex: &Lexicon) -> &EventLexicon {
    &lex.events
}

/// Claims of a modality that commits to the proposition (not a possibility or a plan).
pub fn commits(m: Modality) -> bool {
    matches!(m, Modality::Asserted | Modality::Reported | Modality::Hedged | Modality::Denied)
}

/// Byte span helper for reports.
pub fn span_text(doc: &Document, span: Span) -> &str {
    span.slice(&doc.text)
}

/// A point the claims make: claims joined by findings (contested or consistent) or by
/// strong alignment, with a short label.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Topic {
    pub id: String,
    pub label: String,
    /// Claim indices.
    #[serde(skip)]
    pub members: Vec<usize>,
    /// Indices of the findings (the `links` it was built from) that touch the topic, in
    /// order: reports look a topic's standing up here instead of scanning every finding.
    #[serde(skip)]
    pub findings: Vec<usize>,
}

/// Groups claims into topics: `links` are claims a finding joins; strong pairs (a shared
/// event, or most words shared) join too. Claims joined to nothing are topics of their own.
pub fn topics(claims: &[Claim], alignment: &Alignment, links: &[Vec<usize>]) -> Vec<Topic> {
    let n = claims.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut y = x;
        while p[y] != r {
            let next = p[y];
            p[y] = r;
            y = next;
        }
        r
    }
    let union = |p: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(p, a), find(p, b));
        if ra != rb {
            p[ra.max(rb)] = ra.min(rb);
        }
    };
    for group in links {
        for w in group.windows(2) {
            union(&mut parent, w[0], w[1]);
        }
    }
    // Which pairs join a topic is asked in parallel; a component's root is its least claim,
    // so the order of the unions does not matter.
    let joined: Vec<(usize, usize)> = alignment
        .pairs
        .par_iter()
        .filter(|p| p.similarity >= 0.7 && !alignment.shared_events(p.a, p.b).is_empty())
        .map(|p| (p.a, p.b))
        .collect();
    for (a, b) in joined {
        union(&mut parent, a, b);
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let groups: Vec<Vec<usize>> = groups.into_values().collect();
    let mut topics: Vec<Topic> = groups
        .into_par_iter()
        .enumerate()
        .map(|(k, members)| Topic {
            id: format!("t{}", k + 1),
            label: label(claims, alignment, &members),
            members,
            findings: Vec::new(),
        })
        .collect();
    let mut topic_of = vec![0; n];
    for (k, t) in topics.iter().enumerate() {
        for &m in &t.members {
            topic_of[m] = k;
        }
    }
    // A finding's claims are joined above, so they all sit in one topic.
    for (f, group) in links.iter().enumerate() {
        let mut touched: Vec<usize> = group.iter().map(|&m| topic_of[m]).collect();
        touched.sort_unstable();
        touched.dedup();
        for k in touched {
            topics[k].findings.push(f);
        }
    }
    topics
}

/// The names and words most of the topic's claims share, most telling first.
fn label(claims: &[Claim], alignment: &Alignment, members: &[usize]) -> String {
    let mut names: HashMap<String, (usize, String)> = HashMap::default();
    for &m in members {
        let mut seen = BTreeSet::new();
        for e in &claims[m].entities {
            if e.kind == EntityKind::Outlet || !seen.insert(e.key.clone()) {
                continue;
            }
            let entry = names.entry(e.key.clone()).or_insert((0, e.text.clone()));
            entry.0 += 1;
        }
    }
    let mut ranked: Vec<(usize, String)> = names.into_values().collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut parts: Vec<String> = ranked.into_iter().take(3).map(|(_, t)| t).collect();
    let mut kinds: Vec<String> = Vec::new();
    for &m in members {
        for e in &alignment.features[m].events {
            if !kinds.contains(&e.kind) {
                kinds.push(e.kind.clone());
            }
        }
    }
    if let Some(k) = kinds.first() {
        parts.push(k.clone());
    }
    if parts.is_empty() {
        let text = &claims[members[0]].text;
        return text.chars().take(60).collect();
    }
    parts.join(", ")
}

/// The claim's own frame levels a charge: "Majhi alleged that ..." (lexicon `charges`).
/// A denial of "the allegation" answers it, whatever words the two share.
pub fn levels_a_charge(claim: &Claim, lex: &Lexicon) -> bool {
    let cue = claim.attribution.cue.as_deref().unwrap_or_default();
    cue.split_whitespace().any(|w| lex.reporting.charges.contains(w.to_lowercase().as_str()))
}

#[cfg(test)]
mod window_tests {
    use super::*;

    #[test]
    fn holder_verbs_reach_the_subject() {
        let lex = Lexicon::bundled();
        let text = "North Korea carried out another missile test-launch on Friday";
        let toks = tokenize(text, 0);
        let m = lex.events.words.find_all(&toks);
        let w = event_window(&toks, m[0].start, m[0].end, lex);
        assert!(w.slice(text).starts_with("North Korea carried out"), "{}", w.slice(text));
        let text = "Rubio and Lavrov had a productive conversation";
        let toks = tokenize(text, 0);
        let m = lex.events.words.find_all(&toks);
        let w = event_window(&toks, m[0].start, m[0].end, lex);
        assert!(w.slice(text).starts_with("Rubio and Lavrov"), "{}", w.slice(text));
    }

    #[test]
    fn anonymous_sources_in_a_body_are_not_its_voice() {
        let lex = Lexicon::bundled();
        let familiar = speaker_keys("people familiar with the company's plans", lex);
        assert!(familiar.is_disjoint(&speaker_keys("company spokeswoman Dana Whitcombe", lex)));
        let sources = speaker_keys("sources in the Foreign Ministry", lex);
        let spokesman = speaker_keys("Foreign Ministry spokesman Rumen Galabov", lex);
        assert!(sources.is_disjoint(&spokesman), "{sources:?} / {spokesman:?}");
        // The body's own spokesman still is.
        assert!(!spokesman.is_disjoint(&speaker_keys("the Foreign Ministry", lex)));
    }

    #[test]
    fn a_body_named_after_its_place_is_the_body_told_without_it() {
        let lex = Lexicon::bundled();
        let fire_service = speaker_keys("the fire service", lex);
        assert!(!speaker_keys("The Tarvik fire service", lex).is_disjoint(&fire_service));
        assert!(!speaker_keys("Morvenia's fire service", lex).is_disjoint(&fire_service));
        // Nor is the place's body another body: the police are not the fire service.
        assert!(speaker_keys("The Tarvik police", lex).is_disjoint(&fire_service));
    }
}

#[cfg(test)]
mod blocking_tests {
    use super::*;

    /// Claims with these key terms, and the size of their vocabulary.
    fn claims_with(terms: &[&[&str]]) -> (Vec<ClaimFeatures>, usize) {
        let maps = terms.iter().map(|ts| ts.iter().map(|t| (t.to_string(), 1.0)).collect()).collect();
        let (vocabulary, terms) = Vocabulary::intern(maps);
        (terms.into_iter().map(claim_with).collect(), vocabulary.len())
    }

    fn claim_with(terms: Terms) -> ClaimFeatures {
        ClaimFeatures {
            source: SourceKey { doc: 0, outlet: String::new(), speaker: NameSet::new(), named: false },
            total_weight: terms.len() as f32,
            terms,
            entities: NameSet::new(),
            events: Vec::new(),
            event_dates: Vec::new(),
            links: Vec::new(),
            subject: NameSet::new(),
            subject_pronoun: false,
            opens_with_verb: false,
            quoted: Vec::new(),
            misquoted: None,
        }
    }

    fn blocked_together(blocks: &Blocks, a: usize, b: usize) -> bool {
        blocks.of(a).any(|list| list.contains(&(b as u32)))
    }

    #[test]
    fn common_keys_block_in_twos() {
        // At most two claims a key: "e:wojcik" and "e:yilmaz" are each in three claims, too
        // common alone, but only claims 0 and 1 name both; "e:brasilia" is rare.
        let (claims, vocabulary) = claims_with(&[
            &["e:wojcik", "e:yilmaz", "meet"],
            &["e:wojcik", "e:yilmaz", "talk"],
            &["e:wojcik", "e:brasilia"],
            &["e:yilmaz", "e:brasilia"],
        ]);
        let blocks = blocking_lists(&claims, vocabulary, 2);
        assert!(blocked_together(&blocks, 0, 1));
        assert!(blocked_together(&blocks, 2, 3));
        // One common key is no block: claims 0 and 2 share only "e:wojcik".
        assert!(!blocked_together(&blocks, 0, 2));
        assert!(!blocked_together(&blocks, 1, 3));
    }

    #[test]
    fn capping_partners_keeps_linked_pairs_then_the_most_similar() {
        let pair = |a, b, similarity| Pair { a, b, similarity };
        // Claim 0 may keep one partner. A sum of no weights is -0.0: it ranks last, with zero.
        let pairs = vec![pair(0, 1, -0.0), pair(0, 2, 0.4), pair(0, 3, 0.9)];
        let kept = cap_partners(pairs.clone(), &Default::default(), 4, 1);
        assert_eq!(kept, vec![pair(0, 3, 0.9)]);
        // A linked pair comes before any similarity.
        let linked = [(0, 1)].into_iter().collect();
        assert_eq!(cap_partners(pairs, &linked, 4, 1), vec![pair(0, 1, -0.0)]);
    }

    #[test]
    fn a_composite_key_shared_too_widely_blocks_nothing() {
        let (claims, vocabulary) = claims_with(&[&["e:russia", "e:ukraine"][..]; 4]);
        let blocks = blocking_lists(&claims, vocabulary, 3);
        assert!((0..4).all(|i| blocks.of(i).next().is_none()));
    }
}
