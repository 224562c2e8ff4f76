//! Whole rendered reports as snapshots (in the top-level `snapshots/`): the founding example
//! and every dev article in text (no colour), Markdown and JSON, and one snapshot per rule
//! category on its rules' examples. A rule change shows up as a reviewable snapshot diff:
//! `cargo insta review`. Every JSON report here is validated against `contra schema`.

use contra::engine::RuleSet;
use contra::ingest::{self, Corpus, IngestOptions, document_from_text, parse_date};
use contra::lexicon::{Lexicon, RuleSource};
use contra::report::{Format, PrintOptions, Report, printer, schema};
use std::path::PathBuf;

fn rules() -> RuleSet {
    RuleSet::load(&RuleSource::bundled(), Lexicon::bundled()).expect("bundled rules load")
}

/// The report on one file, read by a path relative to the crate root (so no absolute
/// path reaches a snapshot).
fn report_of(path: &str) -> Report {
    let lex = Lexicon::bundled();
    let corpus = ingest::read_paths(&[path.to_string()], &IngestOptions::default(), lex).expect("input reads");
    contra::check(corpus, &rules(), lex)
}

fn render(report: &Report, format: Format) -> String {
    printer(format, PrintOptions { color: false }).render(report)
}

fn assert_valid_json(name: &str, json: &str) {
    let value: serde_json::Value = serde_json::from_str(json).expect("the JSON printer writes JSON");
    let errors = schema::validate_report(&value);
    assert!(errors.is_empty(), "{name}: the JSON report does not match `contra schema`:\n{}", errors.join("\n"));
}

/// The seed and every dev article, sorted.
fn inputs() -> Vec<(String, String)> {
    let mut out = vec![("budapest-press-review".to_string(), "examples/budapest-press-review.txt".to_string())];
    let mut dev: Vec<PathBuf> = std::fs::read_dir("tests/fixtures")
        .expect("tests/fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("dev-") && name.ends_with(".txt")
        })
        .collect();
    dev.sort();
    assert!(!dev.is_empty(), "no dev articles in tests/fixtures");
    for p in dev {
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        out.push((stem, format!("tests/fixtures/{}", p.file_name().unwrap().to_string_lossy())));
    }
    out
}

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

#[test]
fn reports_of_the_seed_and_dev_articles() {
    for (name, path) in inputs() {
        let report = report_of(&path);
        let json = render(&report, Format::Json);
        assert_valid_json(&name, &json);
        snapshot!(format!("{name}.text"), render(&report, Format::Text));
        snapshot!(format!("{name}.md"), render(&report, Format::Md));
        snapshot!(format!("{name}.json"), json);
    }
}

#[test]
fn json_reports_are_byte_stable() {
    let a = render(&report_of("examples/budapest-press-review.txt"), Format::Json);
    let b = render(&report_of("examples/budapest-press-review.txt"), Format::Json);
    assert_eq!(a, b);
}

#[test]
fn the_seed_text_report_shows_contested_points_first_with_carets() {
    let text = render(&report_of("examples/budapest-press-review.txt"), Format::Text);
    let contested = text.find("\nContested\n").expect("a Contested section");
    let consistent = text.find("\nConsistent\n").expect("a Consistent section");
    assert!(contested < consistent, "{text}");
    let first = &text[contested..consistent];
    assert_eq!(first.matches("contradiction[").count() + first.matches("discrepancy[").count(), 2, "{first}");
    assert!(first.contains("--> examples/budapest-press-review.txt:"), "{first}");
    assert!(first.contains("^^^^"), "{first}");
    assert!(first.contains("never a set date"), "{first}");
    assert!(!text.contains('\x1b'), "no colour unless asked");
    let coloured =
        printer(Format::Text, PrintOptions { color: true }).render(&report_of("examples/budapest-press-review.txt"));
    assert!(coloured.contains('\x1b'), "colour when asked");
}

#[test]
fn the_html_report_is_self_contained() {
    let html = render(&report_of("examples/budapest-press-review.txt"), Format::Html);
    for needle in ["http://", "https://", "<link", "src=\"", "@import"] {
        assert!(!html.contains(needle), "the page must not load anything: found {needle}");
    }
    let contested = html.find("id=\"contested\"").unwrap();
    let consistent = html.find("id=\"consistent\"").unwrap();
    assert!(contested < consistent);
    // Every claim shown in a finding links to its highlighted span in the source text.
    let report = report_of("examples/budapest-press-review.txt");
    for f in &report.findings {
        for id in &f.claims {
            assert!(html.contains(&format!("href=\"#src-{id}\"")), "{} lacks a link to {id}", f.id);
            assert!(html.contains(&format!("id=\"src-{id}\"")), "no anchor for {id}");
        }
    }
}

/// For each rule of the category, each example as two one-sentence documents (or one story),
/// through the whole pipeline and the text printer.
fn category_report(rules: &RuleSet, category: &str) -> String {
    let lex = Lexicon::bundled();
    let mut out = String::new();
    for rule in rules.rules.iter().filter(|r| r.category == category) {
        for (expect, examples) in [("flag", &rule.flag), ("allow", &rule.allow)] {
            for (n, ex) in examples.iter().enumerate() {
                let options =
                    IngestOptions { published: ex.published.as_deref().and_then(parse_date), ..Default::default() };
                let mut corpus = Corpus::default();
                corpus.documents.push(document_from_text("a", &ex.a, &options, lex));
                if !ex.b.is_empty() {
                    corpus.documents.push(document_from_text("b", &ex.b, &options, lex));
                }
                let report = contra::check(corpus, rules, lex);
                assert_valid_json(&rule.id, &render(&report, Format::Json));
                out.push_str(&format!("==== {} {expect} {}\n", rule.id, n + 1));
                out.push_str(&render(&report, Format::Text));
                out.push('\n');
            }
        }
    }
    out
}

#[test]
fn rule_categories_on_their_examples() {
    let rules = rules();
    let mut categories: Vec<&str> = rules.rules.iter().map(|r| r.category.as_str()).collect();
    categories.sort_unstable();
    categories.dedup();
    for category in categories {
        snapshot!(format!("rules-{category}"), category_report(&rules, category));
    }
}
