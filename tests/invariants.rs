//! Invariants that must hold on any input (proptest): resolved dates depend only on the
//! publication date, never on the wall clock; a run's output is the same every time.
//! (Spans on character boundaries inside the document: tests/spans.rs.)

use contra::engine::RuleSet;
use contra::ingest::{Corpus, IngestOptions, parse_date, read_bytes};
use contra::lexicon::Lexicon;
use contra::lexicon::RuleSource;
use proptest::prelude::*;

const FIXTURES: &[(&str, &str)] = &[
    ("budapest.txt", include_str!("../examples/budapest-press-review.txt")),
    ("dev-01.txt", include_str!("fixtures/dev-01.txt")),
    ("dev-03.txt", include_str!("fixtures/dev-03.txt")),
    ("dev-06.txt", include_str!("fixtures/dev-06.txt")),
    ("dev-12.txt", include_str!("fixtures/dev-12.txt")),
    ("dev-15.txt", include_str!("fixtures/dev-15.txt")),
];

const WHEN: &[&str] = &[
    "on Monday",
    "yesterday",
    "last week",
    "three days ago",
    "next month",
    "on Friday night",
    "this year",
    "in 2019",
    "on 5 March",
    "last Tuesday",
    "two weeks later",
    "on October 3",
    "today",
    "tomorrow",
];

const SAYS: &[&str] = &[
    "The army said {w} that 37 soldiers were killed near the border.",
    "A senator told Reuters {w} that more than 200 people died in the attack.",
    "The ministry denied {w} that the talks had collapsed.",
    "Police arrested 12 people {w}, a spokesman said.",
    "The summit in Budapest, announced {w}, will not take place, the Kremlin said.",
];

fn corpus(origin: &str, text: &str, options: &IngestOptions) -> Corpus {
    let mut corpus = Corpus::default();
    // Plain text: without an extension a slice that opens with "[" would be read as JSON.
    read_bytes(origin, Some("txt"), text.as_bytes(), options, Lexicon::bundled(), &mut corpus).unwrap();
    corpus
}

/// Every claim's resolved dates, as the JSON report would give them.
fn resolved(text: &str, published: &str, today: Option<&str>) -> String {
    let options = IngestOptions {
        published: parse_date(published),
        outlet: Some("AP".into()),
        today: today.and_then(parse_date),
        ..Default::default()
    };
    let analysis = contra::analyze(corpus("t.txt", text, &options), Lexicon::bundled());
    serde_json::to_string(&analysis.claims.iter().map(|c| &c.times).collect::<Vec<_>>()).unwrap()
}

/// The text after a `---` front-matter block, or all of it.
fn without_front_matter(text: &str) -> &str {
    text.strip_prefix("---\n").and_then(|rest| rest.split_once("\n---\n")).map_or(text, |(_, body)| body)
}

fn check_json(files: &[(String, String)]) -> String {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).unwrap();
    let options = IngestOptions { published: parse_date("2025-10-22"), ..Default::default() };
    let mut corpus = Corpus::default();
    for (origin, text) in files {
        // Plain text: without an extension a slice that opens with "[" would be read as JSON.
        read_bytes(origin, Some("txt"), text.as_bytes(), &options, lex, &mut corpus).unwrap();
    }
    contra::report::json::to_string(&contra::check(corpus, &rules, lex))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The same text and `published` give the same resolved dates whatever "today" is: in
    /// the past, in the future, unknown or the publication day itself. (`today` only
    /// decides whether a future `published` is warned about.)
    #[test]
    fn resolved_dates_never_depend_on_the_wall_clock(
        sentences in proptest::collection::vec((0..SAYS.len(), 0..WHEN.len()), 1..6),
        year in 1990i32..2040,
        month in 1u8..13,
        day in 1u8..29,
        today in proptest::option::of((1970i32..2100, 1u8..13, 1u8..29)),
    ) {
        let text: Vec<String> = sentences.iter().map(|&(s, w)| SAYS[s].replace("{w}", WHEN[w])).collect();
        let text = text.join(" ");
        let published = format!("{year:04}-{month:02}-{day:02}");
        let today = today.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
        let base = resolved(&text, &published, None);
        prop_assert_eq!(&resolved(&text, &published, today.as_deref()), &base);
        prop_assert_eq!(&resolved(&text, &published, Some(&published)), &base);
    }

    /// Checking the same documents twice gives byte-identical reports (no hash-map order,
    /// no thread timing, no clock in the output).
    #[test]
    fn a_check_gives_the_same_report_every_time(picks in proptest::collection::vec((0..FIXTURES.len(), 0usize..3000, 200usize..3000), 1..4)) {
        let files: Vec<(String, String)> = picks
            .iter()
            .enumerate()
            .map(|(i, &(which, start, len))| {
                // Slices of the text after the front matter: a slice that cuts the front matter
                // short is bad input (tests/bad_inputs.rs), not a report to compare.
                let body = without_front_matter(FIXTURES[which].1);
                let mut s = start.min(body.len());
                while !body.is_char_boundary(s) { s -= 1; }
                let mut e = (s + len).min(body.len());
                while !body.is_char_boundary(e) { e -= 1; }
                (format!("{i}-{}", FIXTURES[which].0), body[s..e].to_string())
            })
            .collect();
        let first = check_json(&files);
        prop_assert_eq!(check_json(&files), first);
    }
}

/// Only `main` reads the clock (for the future-date warning); the library never does, so
/// nothing it resolves can depend on it. (`Instant`, a monotonic timer for `--stats`, gives
/// no date and is allowed.)
#[test]
fn the_library_never_reads_the_clock() {
    fn visit(dir: &std::path::Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("src/main.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for needle in ["SystemTime", "Timestamp::now", "Zoned::now", "Date::today", "chrono::"] {
                    if text.contains(needle) {
                        found.push(format!("{}: {needle}", path.display()));
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    visit(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
    assert!(found.is_empty(), "the library reads the clock: {found:?}");
}

/// The binary run twice on the same inputs writes the same bytes, in every format.
#[test]
fn the_binary_writes_the_same_bytes_every_run() {
    let root = env!("CARGO_MANIFEST_DIR");
    for format in ["json", "text", "md", "html"] {
        let run = || {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_contra"))
                .args(["check", "examples/budapest-press-review.txt", "tests/fixtures/dev-03.txt", "--format", format])
                .current_dir(root)
                .output()
                .unwrap();
            assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
            out.stdout
        };
        let first = run();
        assert!(!first.is_empty());
        assert!(run() == first, "{format} output differs between runs");
    }
}

/// The property above is not vacuous: the dates do follow `published`.
#[test]
fn resolved_dates_follow_published() {
    let text = "The army said yesterday that 37 soldiers were killed near the border.";
    assert!(resolved(text, "2025-10-22", None).contains("2025-10-21"), "{}", resolved(text, "2025-10-22", None));
    assert!(resolved(text, "2003-03-01", Some("2025-10-22")).contains("2003-02-28"));
}

/// Characters that decide UAX#29 word bounds: letters, digits, the joiners of words and
/// numbers, quotes, ASCII and other whitespace, combining marks, a joiner and an emoji.
const BOUND_CHARS: &[char] = &[
    'a', 'Z', 'q', '7', '0', '.', ',', ';', ':', '\'', '"', '_', '-', '(', '$', '%', ' ', ' ', '\t', '\n', '\r',
    '\u{0b}', '\u{0c}', 'é', 'ß', '\u{301}', '\u{200d}', '“', '’', '‘', '\u{a0}', '\u{3000}', '—', '٣', '😀', 'ж',
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    /// The tokenizer's own splitting (fast on ASCII) gives exactly the pieces of
    /// `unicode_segmentation`, whitespace left out.
    #[test]
    fn word_pieces_are_the_unicode_word_bounds(chars in proptest::collection::vec(0..BOUND_CHARS.len(), 0..40)) {
        use unicode_segmentation::UnicodeSegmentation;
        let text: String = chars.iter().map(|&k| BOUND_CHARS[k]).collect();
        let expected: Vec<(usize, &str)> = text
            .split_word_bound_indices()
            .filter(|(_, piece)| !piece.chars().all(char::is_whitespace))
            .collect();
        prop_assert_eq!(contra::text::word_pieces(&text), expected, "{:?}", text);
    }
}

/// Word bounds on real text: numbers with separators, contractions, abbreviations.
#[test]
fn word_pieces_split_a_news_sentence_as_unicode_does() {
    use unicode_segmentation::UnicodeSegmentation;
    let text = "At 3:45 p.m. the U.S. envoy said 1,200.5 troops\u{a0}hadn't left \u{301}Kyiv’s “red_zone” — yet.";
    let pieces = contra::text::word_pieces(text);
    let expected: Vec<(usize, &str)> =
        text.split_word_bound_indices().filter(|(_, p)| !p.chars().all(char::is_whitespace)).collect();
    assert_eq!(pieces, expected);
    assert!(pieces.iter().any(|&(_, p)| p == "1,200.5"));
    assert!(pieces.iter().any(|&(_, p)| p == "hadn't"));
}
