//! The data every stage passes on: documents, sentences, attributions, claims, topics,
//! findings. Spans are byte offsets into `Document::text` and survive every stage, so a
//! finding can always show the exact words it rests on.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Byte offsets `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Whether a document is a source to check or an editorial draft to review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Source,
    Draft,
}

/// One input document. `text` is the body (front matter removed); `body_line` is the
/// 1-based line of the input file on which `text` starts, so spans map back to file lines.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub id: String,
    /// Where it came from: a path, `<stdin>`, or `file.jsonl:LINE`.
    pub origin: String,
    pub outlet: Option<String>,
    #[serde(serialize_with = "ser_date")]
    pub published: Option<Date>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub role: Role,
    #[serde(skip)]
    pub text: String,
    pub body_line: usize,
    /// Lines of page chrome (navigation, photo credits, share buttons): kept in `text`,
    /// never turned into claims.
    #[serde(skip)]
    pub chrome: Vec<Span>,
    /// Front-matter or JSON keys contra does not use, kept for the reader.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata: BTreeMap<String, String>,
    /// Where the lines of `text` start, built on first use: every claim of a report asks for
    /// its line, and counting from the top each time is quadratic on a large document.
    #[serde(skip)]
    pub lines: LineIndex,
    /// The length of the text as given, when only its start was kept (see
    /// `ingest::DEFAULT_MAX_DOCUMENT_BYTES`); `text` is then that start.
    #[serde(skip)]
    pub truncated_from: Option<usize>,
}

impl Document {
    /// 1-based line of a byte offset of `text`, in the input file.
    pub fn line_of(&self, offset: usize) -> usize {
        self.body_line + self.lines.line(&self.text, offset)
    }

    /// 1-based line and column (in characters) of a byte offset of `text`, in the input file.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.lines.line(&self.text, offset);
        let start = self.lines.start(&self.text, line);
        let col = self.text.get(start..offset).map_or(0, |l| l.chars().count());
        (self.body_line + line, col + 1)
    }
}

/// The byte offsets at which the lines of a text start (after each `\n`), built once.
#[derive(Debug, Clone, Default)]
pub struct LineIndex(std::sync::OnceLock<Vec<usize>>);

impl LineIndex {
    fn starts(&self, text: &str) -> &[usize] {
        self.0.get_or_init(|| {
            std::iter::once(0)
                .chain(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1))
                .collect()
        })
    }
    /// 0-based line of `offset`.
    fn line(&self, text: &str, offset: usize) -> usize {
        self.starts(text).partition_point(|&s| s <= offset).saturating_sub(1)
    }
    /// Byte offset at which 0-based `line` starts.
    fn start(&self, text: &str, line: usize) -> usize {
        self.starts(text).get(line).copied().unwrap_or(0)
    }
}

fn ser_date<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.to_string()),
        None => s.serialize_none(),
    }
}

/// An input that was read but yielded no document, with the reason.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Skipped {
    pub origin: String,
    pub reason: String,
}

/// Something the user should know that did not stop the run.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Warning {
    pub origin: String,
    pub message: String,
}

/// How a sentence functions in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SentenceKind {
    /// Running text.
    Body,
    /// A title or headline line without a full stop.
    Headline,
    /// A dateline or press-review label such as `"Douma":` or `Sofia, November 9 (BTA)`.
    Label,
}

/// A sentence of a document.
#[derive(Debug, Clone, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub kind: SentenceKind,
    /// Index of the paragraph (blank-line separated block) it belongs to.
    pub paragraph: usize,
}

/// Who a claim comes from: the chain of outlets (outermost first) and the speaker.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Attribution {
    pub outlets: Vec<String>,
    pub speaker: Option<String>,
    /// The claim is (part of) a direct quotation.
    pub quoted: bool,
    /// The words that carry the attribution ("writes", "according to"), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
}

impl Attribution {
    /// The nearest outlet of the chain: the organisation that reports the claim.
    pub fn outlet(&self) -> Option<&str> {
        self.outlets.last().map(String::as_str)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    Positive,
    Negative,
}

/// What the source commits to: that something is so, will be, may be, or is not so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Asserted,
    Expected,
    Planned,
    Possible,
    Reported,
    Denied,
    Hedged,
}

/// How a stated figure bounds the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    Exact,
    Approximate,
    /// "nearly 30", "almost 300": close below the figure.
    JustUnder,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Range,
}

/// A number with what it counts or measures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub text: String,
    pub span: Span,
    pub value: f64,
    /// Upper value for ranges ("between 10,000 and 20,000").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    pub bound: Bound,
    /// Unit of measure or currency (hour, km, leva, $), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The measure class from the lexicon (deaths, injuries, duration, money...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// The counted noun ("troops", "houses") as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// The group the counted noun belongs to (military, civilian), from the lexicon.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Whose they are, as a proper adjective before the counted noun says ("25 Karsenian
    /// troops"): one side's losses are no rival figure for the other side's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// A per-item figure ("50,000 leva each"), never compared with a total.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub distributive: bool,
    /// A vague plural ("dozens", "hundreds of"): a floor in name only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
}

impl Quantity {
    /// The interval of true values the statement allows.
    pub fn interval(&self) -> (f64, f64) {
        let v = self.value;
        match self.bound {
            Bound::Exact => (v, v),
            Bound::Approximate => (v * 0.9, v * 1.1),
            Bound::JustUnder => (v * 0.9, v),
            Bound::AtLeast => (v, f64::INFINITY),
            Bound::MoreThan => (v + f64::EPSILON.max(v * 1e-9), f64::INFINITY),
            Bound::AtMost => (0.0, v),
            Bound::LessThan => (0.0, v),
            Bound::Range => (v, self.high.unwrap_or(v)),
        }
    }
}

/// A time expression resolved against the publication date. `start`/`end` are inclusive;
/// both are `None` when the expression cannot be placed (no publication date, or an offset
/// from an event whose date is unknown).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeRef {
    pub text: String,
    pub span: Span,
    #[serde(serialize_with = "ser_date")]
    pub start: Option<Date>,
    #[serde(serialize_with = "ser_date")]
    pub end: Option<Date>,
    /// Days after (positive) or before (negative) an anchor event, for "five days after".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset_days: Option<i64>,
    /// The time of the saying ("Lavrov said on Tuesday that ..."), not of what was said.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub statement: bool,
}

/// A named thing a claim mentions, with its canonical name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Hash, PartialOrd, Ord)]
pub struct Entity {
    pub text: String,
    /// Canonical key: the alias group's name ("Zelensky" for "Zelenskyy"), lowercased.
    pub key: String,
    pub kind: EntityKind,
    /// Where it is mentioned in the document.
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
    Outlet,
    Other,
}

/// One proposition from a sentence, with who stands behind it and when.
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub id: String,
    /// Index of the document in the run.
    pub doc: usize,
    pub span: Span,
    pub sentence_span: Span,
    pub text: String,
    pub sentence: String,
    pub attribution: Attribution,
    pub subject: Option<String>,
    pub predicate: Option<String>,
    pub object: Option<String>,
    pub polarity: Polarity,
    pub modality: Modality,
    pub quantities: Vec<Quantity>,
    pub times: Vec<TimeRef>,
    pub entities: Vec<Entity>,
    /// Stemmed content words, for alignment.
    #[serde(skip)]
    pub terms: Vec<String>,
    /// The claim's own words: its text after the attribution that introduces it.
    #[serde(skip)]
    pub own: Span,
    /// Lexicon cue classes found in the claim (denial, cancelled, tone-positive...), for rules.
    #[serde(skip)]
    pub cues: Vec<Cue>,
}

/// A lexicon hit inside a claim: which class and which words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub class: String,
    pub span: Span,
}

impl Claim {
    pub fn outlet(&self) -> Option<&str> {
        self.attribution.outlet()
    }
    pub fn speaker(&self) -> Option<&str> {
        self.attribution.speaker.as_deref()
    }
    pub fn has_cue(&self, class: &str) -> bool {
        self.cues.iter().any(|c| c.class == class)
    }
    /// The claim is a "when" clause: "... since March, | when a bomb killed seven soldiers".
    pub fn is_when_clause(&self) -> bool {
        self.text.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("when"))
    }
}
