//! Word knowledge for comparing short propositions: which word entails which (synonyms and
//! hypernyms, hand-written in `rules/lexicon/words.toml` and from WordNet 3.0 in
//! `rules/lexicon/wordnet.toml`), which are opposites, which carry no claim. A proposition's
//! `Content` is its content words; `uncovered(n, p)` lists what of `n` the words of `p` do
//! not entail ("A man is playing a flute" entails everything of "a man playing a flute", not
//! "a man playing a piano").

use crate::diagnostic::{self, Diagnostic};
use crate::fasthash::{FastMap as HashMap, FastSet as HashSet};
use crate::lexicon::RuleSource;
use regex::Regex;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct WordsFile {
    #[allow(dead_code)]
    description: Option<String>,
    negation: Vec<String>,
    #[serde(default)]
    negating_verbs: Vec<String>,
    #[serde(default)]
    zeal: Vec<String>,
    local_negation: Vec<String>,
    relative: Vec<String>,
    function_words: Vec<String>,
    soft: Vec<String>,
    particles: Vec<String>,
    numbers: Vec<String>,
    collective: Vec<String>,
    #[serde(default)]
    exclusive_prepositions: Vec<[String; 2]>,
    #[serde(default)]
    argument_prepositions: Vec<String>,
    #[serde(default)]
    instrument_verbs: Vec<String>,
    #[serde(default)]
    light_verbs: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    opposing_prepositions: Vec<String>,
    /// Forms whose only sense WordNet's excerpt lacks, so that its lemma there is another
    /// word's ("lied" is not "lie", be placed).
    #[serde(default)]
    no_wordnet_sense: Vec<String>,
    multiword: BTreeMap<String, String>,
    irregular: BTreeMap<String, String>,
    synonyms: Synonyms,
    hypernyms: BTreeMap<String, Vec<String>>,
    antonyms: Antonyms,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Synonyms {
    groups: Vec<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Antonyms {
    strong: Vec<[String; 2]>,
    weak: Vec<[String; 2]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordNetFile {
    nodes: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    leaves: BTreeMap<String, String>,
    #[serde(default)]
    morph: Morph,
    #[serde(default)]
    pos: PosSection,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Morph {
    #[serde(default)]
    noun_exc: BTreeMap<String, String>,
    #[serde(default)]
    verb_exc: BTreeMap<String, String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct PosSection {
    #[serde(default)]
    adjective: String,
}

/// A (lemma, part of speech) pair, interned.
type Lemma = u32;

/// The synset graph: primary senses of each lemma and everything each entails.
#[derive(Default)]
struct WordNet {
    /// (lemma, 'n'|'v') -> id.
    ids: HashMap<(String, char), Lemma>,
    /// id -> (lemma, part of speech).
    names: Vec<(String, char)>,
    /// id -> sorted ids of the lemmas it entails (its synonyms and hypernyms).
    up: Vec<Vec<Lemma>>,
    /// id -> (lemma it entails, fewest hypernym steps from a primary sense; 0 for synonyms).
    up_steps: Vec<Vec<(Lemma, u8)>>,
    vocab_n: HashSet<String>,
    vocab_v: HashSet<String>,
    exc_n: HashMap<String, Vec<String>>,
    exc_v: HashMap<String, Vec<String>>,
    adjective: HashSet<String>,
    /// Forms given no lemma (words.toml, no-wordnet-sense).
    no_sense: HashSet<String>,
}

impl WordNet {
    fn build(file: WordNetFile) -> WordNet {
        let mut wn = WordNet::default();
        // Nodes: key -> (its lemmas, its parents).
        let mut lemmas: HashMap<String, Vec<String>> = HashMap::default();
        let mut parents: HashMap<String, Vec<String>> = HashMap::default();
        let mut primary: HashMap<(String, char), Vec<String>> = HashMap::default();
        let pos_of = |key: &str| key.rsplit_once('.').and_then(|(_, p)| p.chars().next()).unwrap_or('n');
        for (node, items) in &file.nodes {
            let pos = pos_of(node);
            for it in items {
                if let Some(parent) = it.strip_prefix('^') {
                    parents.entry(node.clone()).or_default().push(parent.to_string());
                } else {
                    lemmas.entry(node.clone()).or_default().push(it.clone());
                    primary.entry((it.clone(), pos)).or_default().push(node.clone());
                }
            }
        }
        for (parent, leaves) in &file.leaves {
            let pos = pos_of(parent);
            for leaf in leaves.split_whitespace() {
                let node = format!("{leaf}.{pos}>{parent}");
                parents.insert(node.clone(), vec![parent.clone()]);
                lemmas.insert(node.clone(), vec![leaf.to_string()]);
                primary.entry((leaf.to_string(), pos)).or_default().push(node);
            }
        }
        for (lemma, pos) in primary.keys() {
            if *pos == 'n' { &mut wn.vocab_n } else { &mut wn.vocab_v }.insert(lemma.clone());
        }
        let mut keys: Vec<&(String, char)> = primary.keys().collect();
        keys.sort();
        for (i, k) in keys.iter().enumerate() {
            wn.ids.insert((*k).clone(), i as Lemma);
            wn.names.push((*k).clone());
        }
        // Ancestors of every node, then what every lemma entails.
        // Breadth first, so that each ancestor comes with its fewest hypernym steps.
        let mut ancestors: HashMap<&str, Vec<(&str, u8)>> = HashMap::default();
        for node in lemmas.keys() {
            let mut seen = vec![(node.as_str(), 0u8)];
            let mut k = 0;
            while k < seen.len() {
                let (n, d) = seen[k];
                for p in parents.get(n).into_iter().flatten() {
                    if !seen.iter().any(|(s, _)| *s == p.as_str()) {
                        seen.push((p.as_str(), d.saturating_add(1)));
                    }
                }
                k += 1;
            }
            ancestors.insert(node.as_str(), seen);
        }
        wn.up = vec![Vec::new(); keys.len()];
        wn.up_steps = vec![Vec::new(); keys.len()];
        for (k, nodes) in &primary {
            let id = wn.ids[k] as usize;
            let mut steps: HashMap<Lemma, u8> = HashMap::default();
            for node in nodes {
                for (a, d) in ancestors.get(node.as_str()).into_iter().flatten() {
                    let pos = pos_of(a.split('>').next().unwrap_or(a));
                    for l in lemmas.get(*a).into_iter().flatten() {
                        if let Some(&lid) = wn.ids.get(&(l.clone(), pos)) {
                            let e = steps.entry(lid).or_insert(*d);
                            *e = (*e).min(*d);
                        }
                    }
                }
            }
            let mut up: Vec<Lemma> = steps.keys().copied().collect();
            up.sort_unstable();
            wn.up[id] = up;
            let mut with_steps: Vec<(Lemma, u8)> = steps.into_iter().collect();
            with_steps.sort_unstable();
            wn.up_steps[id] = with_steps;
        }
        let split = |m: BTreeMap<String, String>| {
            m.into_iter().map(|(k, v)| (k, v.split_whitespace().map(String::from).collect())).collect()
        };
        wn.exc_n = split(file.morph.noun_exc);
        wn.exc_v = split(file.morph.verb_exc);
        wn.adjective = file.pos.adjective.split_whitespace().map(String::from).collect();
        wn
    }

    fn vocab(&self, pos: char) -> &HashSet<String> {
        if pos == 'n' { &self.vocab_n } else { &self.vocab_v }
    }

    /// WordNet's morphy for one part of speech: the exception list, the word itself, then
    /// the detachment rules (with undoubling: running -> run) whose result is a lemma.
    fn lemmatize(&self, w: &str, pos: char) -> Vec<Lemma> {
        if self.no_sense.contains(w) {
            return Vec::new();
        }
        let voc = self.vocab(pos);
        let exc = if pos == 'n' { &self.exc_n } else { &self.exc_v };
        let id = |l: &str| self.ids.get(&(l.to_string(), pos)).copied();
        if let Some(list) = exc.get(w) {
            let found: Vec<Lemma> = list.iter().filter(|l| voc.contains(*l)).filter_map(|l| id(l)).collect();
            if !found.is_empty() {
                return found;
            }
        }
        let mut out = Vec::new();
        if voc.contains(w) {
            out.extend(id(w));
        }
        const NOUN: &[(&str, &str)] = &[
            ("s", ""),
            ("ses", "s"),
            ("xes", "x"),
            ("zes", "z"),
            ("ches", "ch"),
            ("shes", "sh"),
            ("men", "man"),
            ("ies", "y"),
        ];
        const VERB: &[(&str, &str)] = &[
            ("s", ""),
            ("ies", "y"),
            ("es", "e"),
            ("es", ""),
            ("ied", "y"),
            ("ed", "e"),
            ("ed", ""),
            ("ing", "e"),
            ("ing", ""),
        ];
        for (suf, rep) in if pos == 'n' { NOUN } else { VERB } {
            if w.len() > suf.len() + 1 && w.ends_with(suf) {
                let base = format!("{}{rep}", &w[..w.len() - suf.len()]);
                if voc.contains(&base) {
                    out.extend(id(&base));
                }
                let b = base.as_bytes();
                if pos == 'v'
                    && rep.is_empty()
                    && (*suf == "ing" || *suf == "ed")
                    && b.len() >= 3
                    && b[b.len() - 1] == b[b.len() - 2]
                {
                    let undoubled = &base[..base.len() - 1];
                    if voc.contains(undoubled) {
                        out.extend(id(undoubled));
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn is_verb_form(&self, w: &str) -> bool {
        self.exc_v.contains_key(w) || w.len() > 4 && w.ends_with("ing") || w.len() > 3 && w.ends_with("ed")
    }

    fn entails(&self, p: Lemma, n: &[Lemma]) -> bool {
        let up = &self.up[p as usize];
        n.iter().any(|x| up.binary_search(x).is_ok())
    }

    /// Hypernym steps from `p` up to `n` (0: synonyms), if `p` entails `n`.
    fn steps(&self, p: Lemma, n: Lemma) -> Option<u8> {
        let up = &self.up_steps[p as usize];
        up.binary_search_by_key(&n, |(l, _)| *l).ok().map(|i| up[i].1)
    }
}

/// The loaded word knowledge.
pub struct Words {
    negation: HashSet<String>,
    /// Verbs that negate the infinitive after them ("failed to reach").
    negating_verbs: HashSet<String>,
    /// Words between "too" and "to" that tell zeal, not a bar ("too quick to blame").
    zeal: HashSet<String>,
    local_negation: HashSet<String>,
    relative: HashSet<String>,
    function: HashSet<String>,
    soft_keys: HashSet<String>,
    particles: HashSet<String>,
    numbers: HashSet<String>,
    collective: HashSet<String>,
    /// Prepositions that put one thing in different places ("into" / "onto" the car).
    exclusive_preps: HashSet<(String, String)>,
    /// Prepositions that may carry a core argument ("sliced by the woman", "a bowl of soup").
    argument_preps: HashSet<String>,
    /// Verbs that say no more than the instrument "with" names ("using a sewing machine" /
    /// "sewing with a machine").
    instrument_verbs: HashSet<String>,
    /// A verb's key -> keys of the nouns after which it says nothing of its own ("reached
    /// an agreement" says "agreed").
    light_verbs: HashMap<String, HashSet<String>>,
    /// Prepositions whose object is opposed, not affirmed ("warned against any sale").
    opposing_preps: HashSet<String>,
    multiword: Vec<(Vec<String>, String)>,
    irregular: HashMap<String, String>,
    canon: HashMap<String, String>,
    hyper: HashMap<String, HashSet<String>>,
    strong: Opposites,
    /// Every key with a strong opposite, to tell at once that a text has none.
    strong_keys: HashSet<String>,
    weak: Opposites,
    /// Every key with a strong or a weak opposite.
    opposable_keys: HashSet<String>,
    /// The particles' keys, to leave them out of a comparison of words.
    particle_keys: HashSet<String>,
    wn: WordNet,
    measure_heads: Vec<Lemma>,
    /// Tokens seen so far and whether any reading of them has a key in `strong_keys`:
    /// `strong_keys_in` asks this of every word of every claim, and most words repeat.
    reaches_strong: std::sync::RwLock<HashMap<String, bool>>,
    /// The same for `opposable_keys`.
    reaches_opposable: std::sync::RwLock<HashMap<String, bool>>,
}

/// One content word: its hand-lexicon keys and its WordNet lemma candidates.
#[derive(Debug, Clone)]
pub struct Word {
    pub tok: String,
    /// Token position in the text.
    pub i: usize,
    pub keys: Vec<String>,
    lems: Vec<Lemma>,
    /// The preposition heading the noun phrase the word sits in ("car" in "jumping into
    /// the car": "into"); none for a subject or direct object.
    pub prep: Option<String>,
    /// That preposition follows a noun phrase ("the tape on the box"), not a verb whose
    /// particle it may be ("putting on a hat").
    pub adjunct: bool,
}

/// The content of a short proposition.
#[derive(Debug, Clone, Default)]
pub struct Content {
    pub toks: Vec<String>,
    pub words: Vec<Word>,
    /// Two-word WordNet compounds ("ice hockey") and the positions of their parts.
    compounds: Vec<(Word, usize, usize)>,
    /// Particles and prepositions present ("inside", "off").
    pub parts: HashSet<String>,
    /// The first negation word of the main clause ("not", "nobody", "no"); none when the
    /// main clause is not negated.
    pub negation: Option<String>,
}

/// Words that open a noun phrase: a word after them is read as a noun first.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "his", "her", "its", "their", "my",
    "your", "our", "one", "another", "every", "each",
];

impl Content {
    /// The text describes an ongoing scene: a present form of "be" with a verb in -ing
    /// within the next eight words ("a man is slicing", "there is no woman cutting"), as
    /// captions and live descriptions do and reports of past events do not. An -ing word
    /// after a determiner is a noun ("there is no meeting").
    pub fn progressive(&self) -> bool {
        let verb_in_ing = |j: usize| {
            let w = &self.toks[j];
            w.len() > 4 && w.ends_with("ing") && !DETERMINERS.contains(&self.toks[j - 1].as_str())
        };
        self.toks.iter().enumerate().any(|(k, t)| {
            matches!(t.as_str(), "is" | "are" | "am") && (k + 1..self.toks.len()).take(8).any(verb_in_ing)
        })
    }
}

impl Words {
    pub fn load(source: &RuleSource, diags: &mut Vec<Diagnostic>) -> Option<Words> {
        let words: WordsFile = parse(source, "lexicon/words.toml", diags)?;
        let wordnet: WordNetFile = parse(source, "lexicon/wordnet.toml", diags)?;
        Some(Words::build(words, wordnet))
    }

    fn build(f: WordsFile, wn: WordNetFile) -> Words {
        let set = |v: &[String]| v.iter().cloned().collect::<HashSet<_>>();
        let mut w = Words {
            negation: set(&f.negation),
            negating_verbs: set(&f.negating_verbs),
            zeal: set(&f.zeal),
            local_negation: set(&f.local_negation),
            relative: set(&f.relative),
            function: set(&f.function_words),
            soft_keys: HashSet::default(),
            particles: set(&f.particles),
            numbers: set(&f.numbers),
            collective: set(&f.collective),
            exclusive_preps: f
                .exclusive_prepositions
                .iter()
                .flat_map(|[a, b]| [(a.clone(), b.clone()), (b.clone(), a.clone())])
                .collect(),
            argument_preps: set(&f.argument_prepositions),
            instrument_verbs: HashSet::default(),
            light_verbs: HashMap::default(),
            opposing_preps: set(&f.opposing_prepositions),
            multiword: f
                .multiword
                .iter()
                .map(|(k, v)| (k.split_whitespace().map(String::from).collect(), v.clone()))
                .collect(),
            irregular: f.irregular.clone().into_iter().collect(),
            canon: HashMap::default(),
            hyper: HashMap::default(),
            strong: Opposites::default(),
            strong_keys: HashSet::default(),
            weak: Opposites::default(),
            opposable_keys: HashSet::default(),
            particle_keys: HashSet::default(),
            wn: WordNet { no_sense: set(&f.no_wordnet_sense), ..WordNet::build(wn) },
            measure_heads: Vec::new(),
            reaches_strong: Default::default(),
            reaches_opposable: Default::default(),
        };
        w.multiword.sort_by_key(|(ws, _)| std::cmp::Reverse(ws.len()));
        for group in &f.synonyms.groups {
            let keys: Vec<String> = group.iter().map(|x| w.stem(x)).collect();
            for k in &keys {
                w.canon.entry(k.clone()).or_insert_with(|| keys[0].clone());
            }
        }
        let mut hyper: HashMap<String, HashSet<String>> = HashMap::default();
        for (word, ups) in &f.hypernyms {
            hyper.entry(w.key(word)).or_default().extend(ups.iter().map(|u| w.key(u)));
        }
        // Transitive closure.
        loop {
            let mut changed = false;
            let snapshot = hyper.clone();
            for ups in hyper.values_mut() {
                let extra: Vec<String> = ups
                    .iter()
                    .flat_map(|u| snapshot.get(u).into_iter().flatten().cloned())
                    .filter(|x| !ups.contains(x))
                    .collect();
                if !extra.is_empty() {
                    changed = true;
                    ups.extend(extra);
                }
            }
            if !changed {
                break;
            }
        }
        w.hyper = hyper;
        for [a, b] in &f.antonyms.strong {
            let (ka, kb) = (w.key(a), w.key(b));
            w.strong.insert(&ka, &kb);
            w.strong_keys.insert(ka);
            w.strong_keys.insert(kb);
        }
        for [a, b] in &f.antonyms.weak {
            let (ka, kb) = (w.key(a), w.key(b));
            w.weak.insert(&ka, &kb);
        }
        w.opposable_keys = w.strong_keys.iter().cloned().chain(w.weak.keys().cloned()).collect();
        w.particle_keys = w.particles.iter().map(|p| w.key(p)).collect();
        w.soft_keys = f.soft.iter().map(|s| w.key(s)).collect();
        w.instrument_verbs = f.instrument_verbs.iter().map(|s| w.key(s)).collect();
        w.light_verbs =
            f.light_verbs.iter().map(|(verb, nouns)| (w.key(verb), nouns.iter().map(|n| w.key(n)).collect())).collect();
        w.measure_heads =
            ["container", "containerful", "piece", "portion", "part", "amount", "quantity", "collection", "group"]
                .iter()
                .filter_map(|m| w.wn.ids.get(&(m.to_string(), 'n')).copied())
                .collect();
        w
    }

    /// A small suffix stripper: one key for the inflections of a word (not a real lemma).
    fn stem(&self, w: &str) -> String {
        fn norm_e(w: &str) -> String {
            if w.len() >= 3 && w.ends_with('e') && !["ee", "ie", "oe", "ye"].iter().any(|s| w.ends_with(s)) {
                w[..w.len() - 1].to_string()
            } else {
                w.to_string()
            }
        }
        if let Some(base) = self.irregular.get(w) {
            return if base == w { w.to_string() } else { norm_e(base) };
        }
        if !w.chars().all(|c| c.is_ascii_alphabetic()) {
            return w.to_string();
        }
        if w.len() <= 3 {
            return norm_e(w);
        }
        for (suf, min) in [("ing", 2), ("ed", 3)] {
            if w.ends_with(suf) && w.len() - suf.len() >= min {
                let mut base = w[..w.len() - suf.len()].to_string();
                let b = base.as_bytes();
                if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && !b"lsz".contains(&b[b.len() - 1]) {
                    base.pop();
                } else if suf == "ed" && base.ends_with('i') {
                    base.pop();
                    base.push('y');
                }
                return norm_e(&base);
            }
        }
        if w.ends_with("ies") && w.len() > 4 {
            return format!("{}y", &w[..w.len() - 3]);
        }
        if ["sses", "shes", "ches", "xes", "zes"].iter().any(|s| w.ends_with(s)) {
            return norm_e(&w[..w.len() - 2]);
        }
        if w.ends_with('s') && !["ss", "us", "is"].iter().any(|s| w.ends_with(s)) {
            return norm_e(&w[..w.len() - 1]);
        }
        norm_e(w)
    }

    fn key(&self, w: &str) -> String {
        let s = self.stem(w);
        self.canon.get(&s).cloned().unwrap_or(s)
    }

    /// Tokens of a short text: lowercase words, "n't" read as "not", numbers as words,
    /// multi-word expressions joined.
    pub fn tokenize(&self, text: &str) -> Vec<String> {
        static WORD: OnceLock<Regex> = OnceLock::new();
        static IN_NOT: OnceLock<Regex> = OnceLock::new();
        let word = WORD.get_or_init(|| Regex::new(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|,").expect("valid"));
        let in_not = IN_NOT.get_or_init(|| Regex::new(r"\bin not\b").expect("valid"));
        let mut s = text.to_lowercase();
        if s.contains(['’', '‘']) {
            s = s.replace(['’', '‘'], "'");
        }
        for (from, to) in [
            ("won't", "will not"),
            ("can't", "can not"),
            ("shan't", "shall not"),
            ("n't", " not"),
            ("cannot", "can not"),
        ] {
            // Most texts hold none of these: copy only when one is there.
            if s.contains(from) {
                s = s.replace(from, to);
            }
        }
        // "The man in not playing": a common slip for "is not".
        let s = in_not.replace_all(&s, "is not");
        const NUM: &[&str] = &[
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        ];
        let mut toks: Vec<String> = word
            .find_iter(&s)
            .map(|m| {
                let t = m.as_str();
                let t = t.strip_suffix("'s").unwrap_or(t);
                match t.parse::<usize>() {
                    Ok(n) if n < NUM.len() => NUM[n].to_string(),
                    Ok(20) => "twenty".to_string(),
                    _ => t.to_string(),
                }
            })
            .collect();
        let mut out = Vec::with_capacity(toks.len());
        let mut i = 0;
        'outer: while i < toks.len() {
            for (words, joined) in &self.multiword {
                if toks.len() >= i + words.len() && toks[i..i + words.len()].iter().zip(words).all(|(a, b)| a == b) {
                    out.push(joined.clone());
                    i += words.len();
                    continue 'outer;
                }
            }
            out.push(std::mem::take(&mut toks[i]));
            i += 1;
        }
        out
    }

    fn guess_pos(&self, toks: &[String], i: usize) -> &'static [char] {
        const VERB_CONTEXT: &[&str] = &[
            "to", "not", "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might",
            "must",
        ];
        const AUX: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];
        let t = toks[i].as_str();
        let prev = if i > 0 { toks[i - 1].as_str() } else { "" };
        if self.wn.is_verb_form(t) || VERB_CONTEXT.contains(&prev) {
            return if self.wn.vocab_n.contains(t) && DETERMINERS.contains(&prev) { &['v', 'n'] } else { &['v'] };
        }
        if self.wn.adjective.contains(t) {
            return &[];
        }
        if AUX.contains(&prev) { &['v', 'n'] } else { &['n'] }
    }

    fn word(&self, tok: &str, pos: &[char], i: usize) -> Word {
        let mut lems = Vec::new();
        for &p in pos {
            lems.extend(self.wn.lemmatize(tok, p));
        }
        let mut keys = vec![self.key(tok)];
        for &id in &lems {
            let k = self.key(&self.wn.names[id as usize].0);
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        Word { tok: tok.to_string(), i, keys, lems, prep: None, adjunct: false }
    }

    /// The preposition that heads the noun phrase ending at `i`: back over determiners,
    /// numbers, adjectives and nouns to a particle ("into the red car"); none when a verb,
    /// a conjunction or the start comes first. With it, whether a noun phrase comes before
    /// the particle ("the tape on the box") rather than a verb ("putting on a hat").
    fn preposition_before(&self, toks: &[String], i: usize) -> Option<(String, bool)> {
        const DET: &[&str] = &[
            "a", "an", "the", "this", "that", "these", "those", "some", "any", "his", "her", "its", "their", "my",
            "your", "our", "another", "every", "each", "several", "many", "few",
        ];
        let mut k = i;
        while k > 0 {
            k -= 1;
            let t = toks[k].as_str();
            if self.particles.contains(t) {
                let adjunct = k > 0 && {
                    let before = toks[k - 1].as_str();
                    !self.function.contains(before)
                        && !self.negation.contains(before)
                        && !self.guess_pos(toks, k - 1).contains(&'v')
                };
                return Some((t.to_string(), adjunct));
            }
            let skip = DET.contains(&t)
                || self.numbers.contains(t)
                || !self.function.contains(t) && !self.negation.contains(t) && !self.guess_pos(toks, k).contains(&'v');
            if !skip {
                return None;
            }
        }
        None
    }

    /// `p` (a word of the affirmed claim) does not say `n` (one of the negated claim) for all
    /// that it entails the word: the two stand under prepositions that place a thing
    /// differently ("no girl jumping into the car" / "a girl jumping onto a car"), or `n` is a
    /// subject or object where `p` only sits in a phrase added to another noun ("no man
    /// cutting a box" / "a man cutting the tape on the box").
    fn placed_apart(&self, p: &Word, n: &Word) -> bool {
        // "The unions warned against any sale" affirms no sale: only a word under the same
        // "against" says what it says.
        if let Some(x) = p.prep.as_ref().filter(|x| self.opposing_preps.contains(*x)) {
            return n.prep.as_ref() != Some(x);
        }
        match (&p.prep, &n.prep) {
            (Some(x), Some(y)) => self.exclusive_preps.contains(&(x.clone(), y.clone())),
            (Some(x), None) => p.adjunct && !self.argument_preps.contains(x),
            _ => false,
        }
    }

    /// A token that can be a content word: not a negation, a function word or "without".
    /// `key` is a particle's ("with", "off"): a place or a manner, not a thing said.
    pub fn is_particle_key(&self, key: &str) -> bool {
        self.particle_keys.contains(key)
    }

    fn is_content_word(&self, t: &str) -> bool {
        !self.negation.contains(t) && !self.function.contains(t) && t != "without"
    }

    /// The token at `i` is a verb that negates the infinitive after it: "failed to reach an
    /// agreement" says no agreement was reached.
    fn negates_verb_at(&self, toks: &[String], i: usize) -> bool {
        self.negating_verbs.contains(&toks[i]) && toks.get(i + 1).is_some_and(|n| n == "to")
    }

    /// Three words (lowercase) are a "too ... to" that bars what follows: "the margin was too
    /// wide to trigger a recount" triggers none. A word of zeal between tells the act took
    /// place: "too quick to blame the union".
    pub fn too_bars(&self, too: &str, between: &str, to: &str) -> bool {
        too == "too" && to == "to" && between.chars().all(char::is_alphabetic) && !self.zeal.contains(between)
    }

    /// The token at `i` opens a "too ... to" that bars what follows (`too_bars`).
    fn bars_at(&self, toks: &[String], i: usize) -> bool {
        matches!(toks.get(i..i + 3), Some([too, between, to]) if self.too_bars(too, between, to))
    }

    /// The content of a short text.
    pub fn content(&self, text: &str) -> Content {
        let toks = self.tokenize(text);
        let mut negation: Option<&String> = None;
        let mut in_relative = false;
        // A clause set off by commas ("the ministers, who held talks on Wednesday, reached no
        // agreement") ends at the next comma.
        let mut set_off = false;
        for (i, t) in toks.iter().enumerate() {
            if self.relative.contains(t) {
                in_relative = true;
                set_off = i > 0 && toks[i - 1] == ",";
            }
            if t == "and" || t == "," && set_off {
                in_relative = false;
                set_off = false;
            }
            // "My answer is no": a "no" with no noun after it answers, it denies nothing said.
            let answer = t == "no" && toks.get(i + 1).is_none_or(|n| !n.chars().any(char::is_alphanumeric));
            // "with no shirt": a local modifier.
            let local = t == "no" && i > 0 && self.local_negation.contains(&toks[i - 1]);
            let negates = self.negation.contains(t) || self.negates_verb_at(&toks, i) || self.bars_at(&toks, i);
            if negates && !(in_relative || answer || local) {
                negation = negation.or(Some(t));
            }
        }
        let mut words = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            // "Too wide to": the bar is the negation, its word no content.
            let barring = self.bars_at(&toks, i) || i > 0 && self.bars_at(&toks, i - 1);
            // "not a single journalist", "no single person": emphasis on none, no content.
            let emphatic_none = t == "single"
                && (i >= 2 && toks[i - 1] == "a" && toks[i - 2] == "not" || i >= 1 && toks[i - 1] == "no");
            if !self.is_content_word(t) || self.negates_verb_at(&toks, i) || barring || emphatic_none {
                continue;
            }
            let mut w = self.word(t, self.guess_pos(&toks, i), i);
            if self.light_before_its_noun(&w, &toks, i) {
                continue;
            }
            if let Some((prep, adjunct)) = self.preposition_before(&toks, i) {
                w.prep = Some(prep);
                w.adjunct = adjunct;
            }
            words.push(w);
        }
        let mut compounds = Vec::new();
        for w in words.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if b.i != a.i + 1 {
                continue;
            }
            let mut heads: Vec<String> =
                self.wn.lemmatize(&b.tok, 'n').iter().map(|&id| self.wn.names[id as usize].0.clone()).collect();
            heads.sort();
            for h in heads {
                let c = format!("{}_{h}", a.tok);
                if self.wn.vocab_n.contains(&c) {
                    compounds.push((self.word(&c, &['n'], a.i), a.i, b.i));
                    break;
                }
            }
        }
        let parts = toks.iter().filter(|t| self.particles.contains(*t)).cloned().collect();
        let negation = negation.cloned();
        Content { toks, words, compounds, parts, negation }
    }

    /// `w` is a light verb whose noun follows within three words ("reached no agreement",
    /// "held talks"): the noun says all the pair says.
    fn light_before_its_noun(&self, w: &Word, toks: &[String], i: usize) -> bool {
        let Some(nouns) = w.keys.iter().find_map(|k| self.light_verbs.get(k)) else {
            return false;
        };
        toks.iter()
            .enumerate()
            .skip(i + 1)
            .take(3)
            .find(|(_, t)| self.is_content_word(t) && !self.negation.contains(*t))
            .is_some_and(|(k, t)| self.word(t, &['n'], k).keys.iter().any(|key| nouns.contains(key)))
    }

    /// `p` entails `n`: a shared key or lemma, a hand hypernym, or a WordNet synonym or
    /// hypernym of a primary sense of `p` (p equal to or more specific than n).
    fn covers(&self, p: &Word, n: &Word) -> bool {
        if p.keys.iter().any(|k| n.keys.contains(k)) {
            return true;
        }
        if p.keys.iter().any(|k| self.hyper.get(k).is_some_and(|h| n.keys.iter().any(|x| h.contains(x)))) {
            return true;
        }
        if p.lems.is_empty() || n.lems.is_empty() {
            return false;
        }
        if p.lems.iter().any(|l| n.lems.contains(l)) {
            return true;
        }
        // A curated entry for p: WordNet is not consulted.
        if p.keys.iter().any(|k| self.hyper.contains_key(k) || self.canon.contains_key(k)) {
            return false;
        }
        p.lems.iter().any(|&l| self.wn.entails(l, &n.lems))
    }

    /// The first content word after `neg`'s negation, what it denies, is related to a word
    /// of `other`.
    pub fn denies_a_word_of(&self, neg: &Content, other: &Content) -> bool {
        let Some(at) = neg.negation.as_ref().and_then(|cue| neg.toks.iter().position(|t| t == cue)) else {
            return false;
        };
        neg.words.iter().find(|w| w.i > at).is_some_and(|w| other.words.iter().any(|o| self.related(w, o)))
    }

    pub fn related(&self, a: &Word, b: &Word) -> bool {
        self.covers(a, b) || self.covers(b, a)
    }

    /// "a bowl of cereal", "a piece of wood": the container or part before "of" is soft.
    fn measure_of(&self, c: &Content, w: &Word) -> bool {
        c.toks.get(w.i + 1).is_some_and(|t| t == "of") && self.collective.contains(&w.tok)
            || c.toks.get(w.i + 1).is_some_and(|t| t == "of")
                && w.lems.iter().any(|&l| self.wn.entails(l, &self.measure_heads))
    }

    /// The words of `n` (and its cardinal numbers) that `p` does not entail.
    pub fn uncovered(&self, n: &Content, p: &Content) -> Vec<String> {
        self.uncovered_within(n, p, 0)
    }

    /// `n` names a manner of doing what `p` names: one of its verb senses reaches one of
    /// `p`'s within `steps` hypernym steps ("slicing" is a way of "cutting"), or words.toml
    /// lists it under `p` ("packing" is a way of "putting").
    fn narrower_verb(&self, n: &Word, p: &Word, steps: u8) -> bool {
        let verb = |l: &Lemma| self.wn.names[*l as usize].1 == 'v';
        // A hand-listed manner ("pack" under "put") of a word read as a verb.
        if n.lems.iter().any(verb)
            && n.keys.iter().any(|k| self.hyper.get(k).is_some_and(|h| p.keys.iter().any(|x| h.contains(x))))
        {
            return true;
        }
        n.lems
            .iter()
            .filter(|l| verb(l))
            .any(|&ln| p.lems.iter().filter(|l| verb(l)).any(|&lp| self.wn.steps(ln, lp).is_some_and(|d| d <= steps)))
    }

    /// Like `uncovered`, but a verb of `n` also counts as said by a verb of `p` it is a
    /// narrower manner of, at most `narrower_verbs` hypernym steps up (0: never).
    pub fn uncovered_within(&self, n: &Content, p: &Content, narrower_verbs: u8) -> Vec<String> {
        let p_words: Vec<&Word> = p.words.iter().chain(p.compounds.iter().map(|(c, _, _)| c)).collect();
        let mut done: HashSet<usize> = HashSet::default();
        for (c, a, b) in &n.compounds {
            if p_words.iter().any(|pw| self.covers(pw, c)) {
                done.insert(*a);
                done.insert(*b);
            }
        }
        let mut miss: Vec<String> = n
            .words
            .iter()
            .filter(|w| {
                !w.keys.iter().any(|k| self.soft_keys.contains(k)) && !done.contains(&w.i) && !self.measure_of(n, w)
            })
            .filter(|w| !p_words.iter().any(|pw| self.covers(pw, w) && !self.placed_apart(pw, w)))
            .filter(|w| !self.said_by_instrument(n, w, p))
            .filter(|w| narrower_verbs == 0 || !p_words.iter().any(|pw| self.narrower_verb(w, pw, narrower_verbs)))
            .map(|w| w.tok.clone())
            .collect();
        let p_nums: HashSet<&String> = p.toks.iter().collect();
        miss.extend(n.toks.iter().filter(|t| self.numbers.contains(*t) && !p_nums.contains(t)).cloned());
        miss
    }

    /// The words of `uncovered_within` that are more than a noun modifying the noun right
    /// after it, that noun covered: within one story "the passenger cabin" is the cabin
    /// another claim names ("there was no smoke in the passenger cabin" / "the cabin filled
    /// with smoke"). Between two sentences of no one story a modifier still tells them apart.
    pub fn uncovered_but_modifiers(&self, n: &Content, p: &Content, narrower_verbs: u8) -> Vec<String> {
        let miss = self.uncovered_within(n, p, narrower_verbs);
        let noun_only = |w: &Word| self.wn.vocab_n.contains(&w.tok) && !self.wn.adjective.contains(&w.tok);
        let modifiers: HashSet<&str> = n
            .words
            .iter()
            .filter(|w| noun_only(w))
            .filter(|w| {
                n.words.iter().any(|head| {
                    head.i == w.i + 1 && head.prep == w.prep && noun_only(head) && !miss.contains(&head.tok)
                })
            })
            .map(|w| w.tok.as_str())
            .collect();
        miss.into_iter().filter(|m| !modifiers.contains(m.as_str())).collect()
    }

    /// `w` is a verb of use whose object the other claim names as its instrument: "using a
    /// sewing machine" says nothing "sewing with a machine" does not.
    fn said_by_instrument(&self, n: &Content, w: &Word, p: &Content) -> bool {
        w.keys.iter().any(|k| self.instrument_verbs.contains(k))
            && n.words
                .iter()
                .filter(|o| o.i > w.i)
                .take(2)
                .any(|o| p.words.iter().any(|pw| pw.prep.as_deref() == Some("with") && self.covers(pw, o)))
    }

    /// The content words of each side with no related word on the other.
    pub fn differences<'a>(&self, a: &'a Content, b: &'a Content) -> (Vec<&'a Word>, Vec<&'a Word>) {
        let a_only = a.words.iter().filter(|w| !b.words.iter().any(|x| self.related(w, x))).collect();
        let b_only = b.words.iter().filter(|w| !a.words.iter().any(|x| self.related(w, x))).collect();
        (a_only, b_only)
    }

    /// A strong opposite between the two sets of words (or particles): (word of a, word of b).
    pub fn strong_opposite(
        &self,
        a: &[&Word],
        a_parts: &[String],
        b: &[&Word],
        b_parts: &[String],
    ) -> Option<(String, String)> {
        let keys = |ws: &[&Word], parts: &[String]| -> Vec<(String, String)> {
            ws.iter()
                .flat_map(|w| w.keys.iter().map(|k| (k.clone(), w.tok.clone())))
                .chain(parts.iter().map(|p| (self.key(p), p.clone())))
                .collect()
        };
        let (ka, kb) = (keys(a, a_parts), keys(b, b_parts));
        for (x, wx) in &ka {
            for (y, wy) in &kb {
                if self.strong.contains(x, y) {
                    return Some((wx.clone(), wy.clone()));
                }
            }
        }
        None
    }

    /// The keys of `c`'s words and particles that have a strong opposite (mostly none).
    pub fn strong_keys_of(&self, c: &Content) -> Vec<String> {
        let words = c.words.iter().flat_map(|w| w.keys.iter().cloned());
        let mut keys: Vec<String> =
            words.chain(c.parts.iter().map(|p| self.key(p))).filter(|k| self.strong_keys.contains(k)).collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// `strong_keys_of(&content(text))`, without building the content: only the words
    /// that have some reading with a strong key (few) are looked up in their context.
    pub fn strong_keys_in(&self, text: &str) -> Vec<String> {
        self.keys_in(text, &self.strong_keys, &self.reaches_strong)
    }

    /// The keys of `text`'s words and particles that have a strong or a weak opposite.
    pub fn opposable_keys_in(&self, text: &str) -> Vec<String> {
        self.keys_in(text, &self.opposable_keys, &self.reaches_opposable)
    }

    /// The keys of `text`'s words and particles that are in `wanted`; `reaches` remembers
    /// which tokens have a reading with such a key.
    fn keys_in(
        &self,
        text: &str,
        wanted: &HashSet<String>,
        reaches: &std::sync::RwLock<HashMap<String, bool>>,
    ) -> Vec<String> {
        let toks = self.tokenize(text);
        let mut keys: Vec<String> = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            if !self.is_content_word(t) || !self.may_reach(t, wanted, reaches) {
                continue;
            }
            let w = self.word(t, self.guess_pos(&toks, i), i);
            keys.extend(w.keys.into_iter().filter(|k| wanted.contains(k)));
        }
        let parts: HashSet<&String> = toks.iter().filter(|t| self.particles.contains(*t)).collect();
        keys.extend(parts.into_iter().map(|p| self.key(p)).filter(|k| wanted.contains(k)));
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// Some reading of `tok` (as itself, a noun or a verb) has a key in `wanted`: a superset
    /// of the keys `word` gives it under any part of speech. Remembered per token.
    fn may_reach(
        &self,
        tok: &str,
        wanted: &HashSet<String>,
        reaches: &std::sync::RwLock<HashMap<String, bool>>,
    ) -> bool {
        if let Some(&known) = reaches.read().unwrap_or_else(|e| e.into_inner()).get(tok) {
            return known;
        }
        let has = |k: String| wanted.contains(&k);
        let found = has(self.key(tok))
            || ['n', 'v']
                .iter()
                .any(|&p| self.wn.lemmatize(tok, p).iter().any(|&id| has(self.key(&self.wn.names[id as usize].0))));
        reaches.write().unwrap_or_else(|e| e.into_inner()).insert(tok.to_string(), found);
        found
    }

    /// Some key of `a` is a strong opposite of one of `b` (keys from `strong_keys_of`): what
    /// `strong_opposite` needs of two texts before their differences are worth working out.
    pub fn may_oppose(&self, a: &[String], b: &[String]) -> bool {
        a.iter().any(|x| b.iter().any(|y| self.strong.contains(x, y)))
    }

    /// Some key of `a` is a strong or a weak opposite of one of `b` (keys from
    /// `opposable_keys_in`).
    pub fn may_oppose_at_all<S: AsRef<str>>(&self, a: &[S], b: &[S]) -> bool {
        a.iter().any(|x| {
            let x = x.as_ref();
            b.iter().any(|y| self.strong.contains(x, y.as_ref()) || self.weak.contains(x, y.as_ref()))
        })
    }

    /// Weak opposites never make a conflict alone (sitting/standing, big/small, rose/fell
    /// may tell of different moments or things); they only keep claims from agreeing.
    pub fn weak_opposite(&self, a: &str, b: &str) -> bool {
        self.weak.contains(&self.key(a), &self.key(b))
    }
}

/// Pairs of opposite keys, both ways round, looked up without building a pair: the
/// engine asks on every compared pair of claims.
#[derive(Default)]
struct Opposites(HashMap<String, HashSet<String>>);

impl Opposites {
    fn insert(&mut self, a: &str, b: &str) {
        self.0.entry(a.to_string()).or_default().insert(b.to_string());
        self.0.entry(b.to_string()).or_default().insert(a.to_string());
    }
    fn contains(&self, a: &str, b: &str) -> bool {
        self.0.get(a).is_some_and(|opposites| opposites.contains(b))
    }
    /// Every key with an opposite.
    fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.keys()
    }
}

fn parse<T: for<'de> Deserialize<'de>>(source: &RuleSource, rel: &str, diags: &mut Vec<Diagnostic>) -> Option<T> {
    let Some(file) = source.files.iter().find(|f| f.rel == rel) else {
        diags.push(
            Diagnostic::new(&format!("rules/{rel}"), "", None, format!("lexicon file `{rel}` is missing"))
                .help("restore it from the bundled rules/ directory"),
        );
        return None;
    };
    match toml::from_str(&file.text) {
        Ok(v) => Some(v),
        Err(e) => {
            diags.push(diagnostic::from_toml(&file.display, &file.text, &e));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    fn covered(n: &str, p: &str) -> Vec<String> {
        let w = &Lexicon::bundled().words;
        w.uncovered(&w.content(n), &w.content(p))
    }

    #[test]
    fn a_clause_set_off_by_commas_ends_at_its_comma() {
        let w = &Lexicon::bundled().words;
        let neg = |text: &str| w.content(text).negation;
        assert_eq!(neg("The ministers, who held talks on Wednesday, reached no agreement").as_deref(), Some("no"));
        // Within the clause, a negation is the clause's own.
        assert_eq!(neg("The ministers, who had not met since May, agreed on the crossing"), None);
        assert_eq!(neg("There is no man who is playing a guitar").as_deref(), Some("no"));
    }

    #[test]
    fn a_light_verb_before_its_noun_says_nothing_of_its_own() {
        let w = &Lexicon::bundled().words;
        let toks = |text: &str| w.content(text).words.iter().map(|x| x.tok.clone()).collect::<Vec<_>>();
        assert_eq!(toks("The ministers reached no agreement on the crossing"), ["ministers", "agreement", "crossing"]);
        // Before another noun it is a verb of its own.
        assert_eq!(toks("The climbers reached the summit"), ["climbers", "reached", "summit"]);
    }

    #[test]
    fn coverage_through_synonyms_and_hypernyms() {
        assert!(covered("There is no man playing a flute", "A man is playing a flute").is_empty());
        assert!(covered("Nobody is slicing an onion", "A woman is slicing an onion").is_empty());
        assert!(covered("There is no person cutting a vegetable", "A man is slicing a carrot").is_empty());
        assert_eq!(covered("There is no man playing a piano", "A man is playing a guitar"), vec!["piano"]);
        // Direction: "person" does not entail "man".
        assert_eq!(covered("There is no man riding a horse", "The person is riding the horse"), vec!["man"]);
    }

    #[test]
    fn a_verb_of_use_is_said_by_the_instrument() {
        assert!(covered("There is no woman using a sewing machine", "A woman is sewing with a machine").is_empty());
        // The instrument must be what is used: a knife says nothing of a sewing machine.
        assert_eq!(
            covered("There is no woman using a sewing machine", "A woman is sewing with a knife"),
            vec!["using", "machine"]
        );
        // Without "with", "using" is a word like any other.
        assert_eq!(covered("There is no woman using a machine", "A woman is sewing on a machine"), vec!["using"]);
    }

    #[test]
    fn checking_is_looking_and_beating_eggs_is_stirring() {
        assert!(covered("There is no boy looking at a calendar", "A boy is checking a calendar").is_empty());
        assert_eq!(covered("There is no boy checking a calendar", "A boy is looking at a calendar"), vec!["checking"]);
        let w = &Lexicon::bundled().words;
        let (n, p) = (w.content("Nobody is beating an egg"), w.content("The woman is stirring eggs in a bowl"));
        assert!(w.uncovered_within(&n, &p, 2).is_empty());
        // The listing keeps beating as striking.
        assert!(covered("No one was struck", "A man was beaten").is_empty());
    }

    #[test]
    fn what_is_opposed_is_not_affirmed() {
        assert_eq!(
            covered("We have not been told of any merger", "The unions have protested against any merger"),
            vec!["told", "merger"]
        );
        assert!(
            covered("Nobody is protesting against the merger", "The unions are protesting against the merger")
                .is_empty()
        );
    }

    #[test]
    fn a_single_one_denied_is_none_at_all() {
        assert!(covered("Not a single journalist had been monitored", "23 journalists had been monitored").is_empty());
        assert!(covered("No single person was consulted", "Residents were consulted").is_empty());
        // Affirmed, "a single" is a detail of its own.
        assert_eq!(covered("A single shot was fired", "Shots were fired"), vec!["single"]);
    }

    #[test]
    fn numbers_must_be_repeated() {
        assert_eq!(covered("Two men are not fighting", "Some men are fighting"), vec!["two"]);
    }

    #[test]
    fn negation_in_the_main_clause_only() {
        let w = &Lexicon::bundled().words;
        assert!(w.content("A man is not playing").negation.is_some());
        assert!(w.content("A man with no shirt is playing").negation.is_none());
        assert!(w.content("A flute which is not played lies on the table").negation.is_none());
        // "failed to" negates what follows it and says nothing of its own; "failed" alone is
        // a word like any other.
        let failed = w.content("the parties failed to reach an agreement");
        assert_eq!(failed.negation.as_deref(), Some("failed"));
        assert!(failed.words.iter().all(|x| x.tok != "failed"));
        assert!(w.content("the talks failed").negation.is_none());
    }

    #[test]
    fn the_negation_word_and_an_ongoing_scene_are_read() {
        let w = &Lexicon::bundled().words;
        let scene = w.content("There is no hockey player in a yellow jersey guarding the goal");
        assert_eq!(scene.negation.as_deref(), Some("no"));
        assert!(scene.progressive());
        assert_eq!(w.content("Nobody is slicing a carrot").negation.as_deref(), Some("nobody"));
        assert_eq!(w.content("The woman isn't frying fish").negation.as_deref(), Some("not"));
        assert_eq!(w.content("A man with no shirt is playing").negation, None);
        assert!(!w.content("No one was shot in the attack on the convoy").progressive());
        assert!(!w.content("There is no meeting").progressive());
    }

    #[test]
    fn a_word_under_another_preposition_is_another_place() {
        assert_eq!(covered("There is no girl jumping into the car", "The girl is jumping onto a car"), vec!["car"]);
        assert_eq!(covered("There is no man cutting a box", "The man is cutting the tape on the box"), vec!["box"]);
        assert_eq!(covered("The army did not shell the city", "The army shelled villages near the city"), vec!["city"]);
        // Passive agents, measures and particles of the verb still say the subject or object.
        assert!(covered("Nobody is slicing a carrot", "The carrot is being sliced by the woman").is_empty());
        assert!(covered("There is no woman slicing a carrot", "The carrot is being sliced by the woman").is_empty());
        assert!(covered("There is no man eating soup", "A man is eating a bowl of soup").is_empty());
        assert!(covered("There is no man putting a hat", "A man is putting on a hat").is_empty());
        assert!(covered("There is no girl jumping into the pool", "A girl is jumping in the pool").is_empty());
    }

    #[test]
    fn phrasal_verbs_read_as_one_word() {
        let w = &Lexicon::bundled().words;
        let (a, b) = (w.content("A man is turning on the microwave"), w.content("A man is turning off the microwave"));
        let (da, db) = w.differences(&a, &b);
        assert_eq!(w.strong_opposite(&da, &[], &db, &[]), Some(("turn_on".into(), "turn_off".into())));
    }

    #[test]
    fn strong_opposites_between_differing_words() {
        let w = &Lexicon::bundled().words;
        let (a, b) = (w.content("A man is jumping into an empty pool"), w.content("A man is jumping into a full pool"));
        let (da, db) = w.differences(&a, &b);
        assert_eq!(w.strong_opposite(&da, &[], &db, &[]), Some(("empty".into(), "full".into())));
        assert!(w.weak_opposite("sitting", "standing"));
    }

    #[test]
    fn strong_keys_without_content_are_those_of_the_content() {
        let w = &Lexicon::bundled().words;
        for text in [
            "A man is jumping into an empty pool",
            "The lights were turned on and the door was open",
            "Officials said the talks had failed , not succeeded",
            "Prices rose sharply while wages fell",
            "The ice hockey goalkeeper is wearing a yellow jersey and is defending the goal",
            "There is no hockey player in a yellow jersey guarding the goal",
            "The man is not sitting inside , he is standing outside",
        ] {
            assert_eq!(w.strong_keys_in(text), w.strong_keys_of(&w.content(text)), "{text}");
        }
    }
}
