//! Shared text utilities: a tokenizer that keeps byte spans, phrase sets matched over
//! tokens, and stemming. Every stage that looks at words goes through these, so a phrase
//! in a lexicon matches the same way wherever it is used.

use crate::fasthash::FastMap as HashMap;
use crate::model::Span;
use compact_str::CompactString;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    /// A quotation mark; whether it opens or closes is decided by `quotes::mark`.
    Quote,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Absolute byte span in the document text.
    pub span: Span,
    /// The surface text. Inline strings: nearly every word fits in 24 bytes, which spares two
    /// heap allocations per token.
    pub text: CompactString,
    /// Lowercased, with typographic apostrophes made straight; contractions expanded
    /// ("n't", "ca" -> "can").
    pub norm: CompactString,
    pub kind: TokenKind,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    pub fn is(&self, norm: &str) -> bool {
        self.norm == norm
    }
    /// Starts with an uppercase letter (or a digit within a capitalised name like "24 Chassa").
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn is_punct(&self, c: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == c
    }
}

/// Abbreviations that keep their period as part of the word ("Jan. 12", "Gen. Smith").
const ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen",
    "Col", "Maj", "Lt", "Capt", "Sgt", "Adm", "Cpl", "Pvt", "Sen", "Rep", "Gov", "Pres", "Jr", "Sr", "St", "No", "Nos",
    "vs", "etc", "approx", "Inc", "Ltd", "Co", "Corp", "Mt", "Ft", "Rev", "Hon",
];

const QUOTES: &[&str] = &["\"", "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›", "`"];

/// Splits `text` (which starts at byte `offset` of the document) into tokens.
pub fn tokenize(text: &str, offset: usize) -> Vec<Token> {
    let raw = word_pieces(text);
    // Re-join pieces that UAX#29 separates but readers see as one word: hyphenated words
    // ("two-hour", "Marie-Laurence"), abbreviations with a final period ("U.S.", "p.m.").
    let mut merged: Vec<(usize, usize)> = Vec::new(); // (start, end) relative to text
    let mut k = 0;
    while k < raw.len() {
        let (start, piece) = raw[k];
        let mut end = start + piece.len();
        while let Some(&(next_start, next)) = raw.get(k + 1) {
            let current = &text[start..end];
            let adjacent = next_start == end;
            let wordy = |s: &str| s.chars().any(char::is_alphanumeric);
            if adjacent
                && (next == "-" || next == "‑")
                && wordy(current)
                && let Some(&(after_start, after)) = raw.get(k + 2)
                && after_start == next_start + next.len()
                && wordy(after)
            {
                end = after_start + after.len();
                k += 2;
                continue;
            }
            let abbreviation = || {
                current.contains('.') && current.chars().all(|c| c.is_alphabetic() || c == '.')
                    || ABBREVIATIONS.contains(&current)
            };
            if adjacent && next == "." && abbreviation() {
                end = next_start + 1;
                k += 1;
                continue;
            }
            break;
        }
        merged.push((start, end));
        k += 1;
    }
    let mut out = Vec::with_capacity(merged.len());
    for (start, end) in merged {
        let surface = &text[start..end];
        push_token(&mut out, surface, offset + start);
    }
    out
}

/// The UAX#29 word pieces of `text` that are not all whitespace, with their byte offsets:
/// what `split_word_bound_indices` gives, less the whitespace. ASCII whitespace always ends
/// a piece, unless a combining mark follows it; between such whitespace, an ASCII stretch
/// is split by the ASCII part of the UAX#29 rules here (most of a news text, and tokenising
/// is a large part of a run), any other stretch by `unicode_segmentation`.
pub fn word_pieces(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut at = 0;
    while at < bytes.len() {
        // A stretch: from `at` (after the whitespace before it) to the next ASCII whitespace.
        let start = at;
        let mut end = start;
        let mut ascii = true;
        while end < bytes.len() && !is_space(bytes[end]) {
            ascii &= bytes[end].is_ascii();
            end += 1;
        }
        if ascii {
            split_ascii(text, start, end, &mut out);
        } else {
            // Whitespace before a stretch that opens with a combining mark is part of its
            // first piece: hand the whitespace over as well.
            let from = if bytes[start].is_ascii() { start } else { whitespace_start(text, start) };
            for (i, piece) in text[from..end].split_word_bound_indices() {
                if !piece.chars().all(char::is_whitespace) {
                    out.push((from + i, piece));
                }
            }
        }
        at = end;
        while at < bytes.len() && is_space(bytes[at]) {
            at += 1;
        }
    }
    out
}

/// ASCII whitespace, U+000B included (`is_ascii_whitespace` leaves it out; Rust and UAX#29
/// both see a break in it).
fn is_space(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0b
}

/// Where the run of whitespace that ends at `end` begins (UAX#29 may join a space to a
/// wider space before it, and a combining mark to both).
fn whitespace_start(text: &str, end: usize) -> usize {
    let before = &text[..end];
    before.trim_end_matches(char::is_whitespace).len()
}

/// The UAX#29 word pieces of `text[start..end]`, an ASCII stretch with no whitespace.
fn split_ascii<'t>(text: &'t str, start: usize, end: usize, out: &mut Vec<(usize, &'t str)>) {
    let b = &text.as_bytes()[start..end];
    let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let underscore = |i: usize| b.get(i) == Some(&b'_');
    // MidLetter, MidNumLet and Single_Quote join letters; MidNum, MidNumLet and
    // Single_Quote join digits.
    let mid_letter = |i: usize| matches!(b.get(i), Some(b':' | b'.' | b'\''));
    let mid_num = |i: usize| matches!(b.get(i), Some(b',' | b';' | b'.' | b'\''));
    let joined = |i: usize| {
        let before = |k: usize| i >= k;
        (letter(i - 1) || digit(i - 1)) && (letter(i) || digit(i)) // WB5, WB8, WB9, WB10
            || letter(i - 1) && mid_letter(i) && letter(i + 1) // WB6
            || before(2) && letter(i - 2) && mid_letter(i - 1) && letter(i) // WB7
            || before(2) && digit(i - 2) && mid_num(i - 1) && digit(i) // WB11
            || digit(i - 1) && mid_num(i) && digit(i + 1) // WB12
            || underscore(i) && (letter(i - 1) || digit(i - 1) || underscore(i - 1)) // WB13a
            || underscore(i - 1) && (letter(i) || digit(i)) // WB13b
    };
    let mut from = 0;
    for i in 1..b.len() {
        if !joined(i) {
            out.push((start + from, &text[start + from..start + i]));
            from = i;
        }
    }
    if from < b.len() {
        out.push((start + from, &text[start + from..end]));
    }
}

fn push_token(out: &mut Vec<Token>, surface: &str, at: usize) {
    let kind = classify(surface);
    if kind == TokenKind::Word {
        // Contractions: "hasn't" -> "has" + "n't"; "Russia's" -> "Russia" + "'s".
        let lower = normalize_inline(surface);
        for suffix in ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"] {
            if lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
                let cut = surface.len() - surface_len_of_suffix(surface, suffix);
                let head = &surface[..cut];
                let tail = &surface[cut..];
                let mut head_norm = normalize_inline(head);
                if suffix == "n't" {
                    head_norm = match head_norm.as_str() {
                        "ca" => "can".into(),
                        "wo" => "will".into(),
                        "sha" => "shall".into(),
                        "ai" => "is".into(),
                        _ => head_norm,
                    };
                }
                out.push(Token {
                    span: Span::new(at, at + cut),
                    text: head.into(),
                    norm: head_norm,
                    kind: TokenKind::Word,
                });
                out.push(Token {
                    span: Span::new(at + cut, at + surface.len()),
                    text: tail.into(),
                    norm: suffix.into(),
                    kind: TokenKind::Word,
                });
                return;
            }
        }
        out.push(Token { span: Span::new(at, at + surface.len()), text: surface.into(), norm: lower, kind });
        return;
    }
    out.push(Token {
        span: Span::new(at, at + surface.len()),
        text: surface.into(),
        norm: normalize_inline(surface),
        kind,
    });
}

/// Byte length, in the surface text, of a suffix given in normalised form (the surface may
/// use a typographic apostrophe, which is three bytes).
fn surface_len_of_suffix(surface: &str, suffix: &str) -> usize {
    let n = suffix.chars().count();
    surface.char_indices().rev().nth(n - 1).map_or(surface.len(), |(i, _)| surface.len() - i)
}

fn classify(s: &str) -> TokenKind {
    if !s.starts_with(|c: char| c.is_ascii_alphanumeric()) && QUOTES.contains(&s) {
        return TokenKind::Quote;
    }
    if s.chars().next().is_some_and(|c| c.is_ascii_digit()) && s.chars().all(|c| c.is_ascii_digit() || ",.".contains(c))
    {
        return TokenKind::Number;
    }
    if s.chars().any(char::is_alphanumeric) { TokenKind::Word } else { TokenKind::Punct }
}

/// `normalize` into an inline string, for token norms (no heap allocation for short words).
fn normalize_inline(s: &str) -> CompactString {
    if s.is_ascii() && !s.contains('`') {
        let mut lower = CompactString::from(s);
        lower.make_ascii_lowercase();
        return lower;
    }
    normalize_chars(s).collect()
}

/// Lowercase, straight apostrophes and quotes.
pub fn normalize(s: &str) -> String {
    // Most words are plain ASCII: lowercase them a byte at a time.
    if s.is_ascii() && !s.contains('`') {
        return s.to_ascii_lowercase();
    }
    normalize_chars(s).collect()
}

fn normalize_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '“' | '”' | '„' => '"',
            _ => c,
        })
        .flat_map(char::to_lowercase)
}

/// English Snowball stem of a lowercase word.
pub fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English)).stem(word).into_owned()
}

/// A set of phrases (word sequences) matched over tokens, longest first.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet<T: Clone = ()> {
    /// First word -> phrases starting with it (as normalised word lists), longest first.
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
}

/// A phrase found in a token slice: token index range and its payload.
#[derive(Debug, Clone, PartialEq)]
pub struct PhraseMatch<T> {
    pub start: usize,
    pub end: usize,
    pub value: T,
}

impl<T: Clone> PhraseSet<T> {
    pub fn new() -> Self {
        PhraseSet { by_first: HashMap::default() }
    }

    pub fn insert(&mut self, phrase: &str, value: T) {
        let words: Vec<String> = tokenize(phrase, 0).into_iter().map(|t| t.norm.into()).collect();
        if words.is_empty() {
            return;
        }
        let list = self.by_first.entry(words[0].clone()).or_default();
        list.push((words, value));
        list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// The value of a one-word phrase, given its normalised word.
    pub fn single(&self, word: &str) -> Option<&T> {
        self.by_first.get(word)?.iter().find(|(words, _)| words.len() == 1).map(|(_, v)| v)
    }

    /// The longest phrase starting at token `i`, as (end index, value).
    pub fn match_at(&self, tokens: &[Token], i: usize) -> Option<(usize, &T)> {
        let first = tokens.get(i)?;
        let candidates = self.by_first.get(first.norm.as_str())?;
        'outer: for (words, value) in candidates {
            if i + words.len() > tokens.len() {
                continue;
            }
            for (k, w) in words.iter().enumerate() {
                if tokens[i + k].norm != *w {
                    continue 'outer;
                }
            }
            return Some((i + words.len(), value));
        }
        None
    }

    /// All non-overlapping matches, left to right, longest at each position.
    pub fn find_all(&self, tokens: &[Token]) -> Vec<PhraseMatch<T>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some((end, value)) = self.match_at(tokens, i) {
                out.push(PhraseMatch { start: i, end, value: value.clone() });
                i = end;
            } else {
                i += 1;
            }
        }
        out
    }

    pub fn contains_at(&self, tokens: &[Token], i: usize) -> bool {
        self.match_at(tokens, i).is_some()
    }
}

impl PhraseSet<()> {
    pub fn from_phrases<'a>(phrases: impl IntoIterator<Item = &'a String>) -> Self {
        let mut set = PhraseSet::new();
        for p in phrases {
            set.insert(p, ());
        }
        set
    }
}

/// Byte span from the first to the last of a token range.
pub fn span_of(tokens: &[Token]) -> Option<Span> {
    Some(Span::new(tokens.first()?.span.start, tokens.last()?.span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, 0).into_iter().map(|t| t.text.into()).collect()
    }

    #[test]
    fn keeps_abbreviations_hyphens_and_numbers_whole() {
        assert_eq!(
            words("the U.S. Defense Department said 230,000 after a two-hour call"),
            vec!["the", "U.S.", "Defense", "Department", "said", "230,000", "after", "a", "two-hour", "call"]
        );
    }

    #[test]
    fn splits_contractions_and_possessives() {
        let toks = tokenize("Russia’s position hasn't changed", 0);
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, vec!["russia", "'s", "position", "has", "n't", "changed"]);
        assert_eq!(toks[1].text, "’s");
        let toks = tokenize("you can't postpone", 0);
        assert_eq!(toks[1].norm, "can");
        assert_eq!(toks[2].norm, "n't");
    }

    #[test]
    fn spans_slice_the_text() {
        let text = "“No, no, the official number is 210,000.” Trump’s U.S. team";
        for t in tokenize(text, 0) {
            assert_eq!(&text[t.span.start..t.span.end], t.text);
        }
    }

    #[test]
    fn phrase_set_prefers_the_longest_match() {
        let mut set = PhraseSet::new();
        set.insert("at least", "at-least");
        set.insert("at", "at");
        let toks = tokenize("at least 45 troops", 0);
        assert_eq!(set.match_at(&toks, 0), Some((2, &"at-least")));
    }
}
