//! `contra review` on real sentences: two drafts written against the bundled press review
//! and against a dev article (an agency story with competing death tolls). Each verdict,
//! the evidence it cites, the exit codes, the ClaimReview JSON-LD and snapshots of the whole
//! review (in the top-level `snapshots/`).

use contra::engine::RuleSet;
use contra::ingest::IngestOptions;
use contra::lexicon::{Lexicon, RuleSource};
use contra::review::print::{self, Format};
use contra::review::{Label, Relation, Review};
use std::process::{Command, Output};

mod common;
use common::Scratch;

const SUMMIT_DRAFT: &str = "tests/fixtures/review/summit-draft.md";
const SUMMIT_SOURCES: &str = "examples/budapest-press-review.txt";
const ATTACK_DRAFT: &str = "tests/fixtures/review/afghan-draft.md";
const ATTACK_SOURCES: &str = "tests/fixtures/dev-01.txt";

/// The review of a draft, by paths relative to the crate root (no absolute path reaches a
/// snapshot).
fn review(draft: &str, sources: &str) -> Review {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).expect("bundled rules load");
    let corpus = contra::review::read_inputs(draft, &[sources.to_string()], &IngestOptions::default(), lex)
        .expect("draft and sources read");
    contra::review::review(corpus, &rules, lex)
}

/// The verdict on the draft claim that holds `words`.
fn verdict<'a>(review: &'a Review, words: &str) -> &'a contra::review::Verdict {
    let found: Vec<_> = review.verdicts.iter().filter(|v| review.claims[v.claim].text.contains(words)).collect();
    assert_eq!(found.len(), 1, "one draft claim holds {words:?}");
    found[0]
}

/// The words of the source claims cited with one relation.
fn cited(review: &Review, v: &contra::review::Verdict, relation: Relation) -> Vec<String> {
    v.evidence.iter().filter(|e| e.relation == relation).map(|e| review.claims[e.claim].text.clone()).collect()
}

#[test]
fn supported_by_independent_sources_with_their_words() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let v = verdict(&r, "had a phone conversation on Monday");
    assert_eq!(v.label, Label::Supported);
    assert!(v.sources >= 2, "Politico, Axios and the WSJ each date the call Monday: {} sources", v.sources);
    assert!(cited(&r, v, Relation::Supports).iter().any(|t| t.contains("on Monday")));
    // Every piece of evidence is a source claim, never the draft's own.
    assert!(v.evidence.iter().all(|e| r.claims[e.claim].doc != r.draft));
}

#[test]
fn relayed_words_of_one_speaker_count_once() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let v = verdict(&r, "Ukraine had accepted Trump's proposal");
    assert_eq!(v.label, Label::Supported);
    assert!(v.evidence.len() >= 2, "BTA and Axios both relay Zelensky");
    assert_eq!(v.sources, 1, "one speaker relayed twice is one source");
}

#[test]
fn a_wrong_day_is_contradicted() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let v = verdict(&r, "took place on Thursday");
    assert_eq!(v.label, Label::Contradicted);
    assert_eq!(v.rule.as_deref(), Some("time/event-date-mismatch"));
    assert!(cited(&r, v, Relation::Contradicts).iter().any(|t| t.contains("on Monday")));
}

#[test]
fn a_wrong_length_is_contradicted_across_units() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let v = verdict(&r, "90-minute phone call");
    assert_eq!(v.label, Label::Contradicted);
    assert_eq!(v.rule.as_deref(), Some("numbers/duration-mismatch"));
    assert!(cited(&r, v, Relation::Contradicts).iter().any(|t| t.contains("two-hour phone call")));
}

#[test]
fn a_claim_the_actor_itself_denies_is_contradicted_not_disputed() {
    // The White House said the summit was announced; the Kremlin says there never was a
    // date. The sources disagree, but the draft puts words in the Kremlin's mouth that the
    // Kremlin's own words deny.
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let v = verdict(&r, "Moscow confirmed a date");
    assert_eq!(v.label, Label::Contradicted);
    assert_eq!(v.rule.as_deref(), Some("event-status/never-scheduled"));
    let against = v.evidence.iter().find(|e| e.relation == Relation::Contradicts).expect("evidence");
    assert_eq!(r.claims[against.claim].speaker(), Some("The Kremlin"));
    assert!(r.claims[against.claim].text.contains("never a set date"));
}

#[test]
fn a_dropped_negation_is_contradicted() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let v = verdict(&r, "would receive Tomahawk missiles");
    assert_eq!(v.label, Label::Contradicted);
    assert!(cited(&r, v, Relation::Contradicts).iter().any(|t| t.contains("would not receive Tomahawk missiles")));
}

#[test]
fn nothing_in_the_sources_is_unsupported_with_the_nearest_claims_shown() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let v = verdict(&r, "new sanctions on Russian banks");
    assert_eq!(v.label, Label::Unsupported);
    assert!(v.evidence.is_empty());
    let r = review(ATTACK_DRAFT, ATTACK_SOURCES);
    let v = verdict(&r, "denied any role");
    assert_eq!(v.label, Label::Unsupported);
}

#[test]
fn a_figure_the_sources_disagree_on_is_disputed() {
    // AP says at least 45 dead, AFP at least 65, a security official at least 70.
    let r = review(ATTACK_DRAFT, ATTACK_SOURCES);
    let v = verdict(&r, "At least 65 people were killed");
    assert_eq!(v.label, Label::Disputed);
    assert!(!v.disputes.is_empty(), "the sources' own conflict is cited");
    assert!(v.disputes.iter().all(|&f| r.findings[f].rule == "numbers/death-toll-mismatch"));
    // The same figure as one source, with its bound, is supported.
    let v = verdict(&r, "At least 45 Afghan troops were killed");
    assert_eq!(v.label, Label::Supported);
    assert_eq!(v.rule.as_deref(), Some("agreement/same-figure"));
    // A bounded figure is no contradiction of the same bounded figure.
    let v = verdict(&r, "Up to 70 people were injured");
    assert_eq!(v.label, Label::Supported);
}

#[test]
fn the_day_of_an_attack_resolves_against_publication_dates() {
    // The draft, published on a Tuesday, says Sunday; the source, published on Monday, says
    // "Monday's attack".
    let r = review(ATTACK_DRAFT, ATTACK_SOURCES);
    let v = verdict(&r, "took place on Sunday");
    assert_eq!(v.label, Label::Contradicted);
    assert!(cited(&r, v, Relation::Contradicts).iter().any(|t| t.contains("Monday’s Taliban attack")));
}

#[test]
fn headings_are_listed_not_judged() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    assert_eq!(r.titles.len(), 1);
    assert!(r.claims[r.titles[0]].text.starts_with("# Fact-check"));
    assert!(r.verdicts.iter().all(|v| !r.titles.contains(&v.claim)));
    let json = print::to_value(&r);
    assert_eq!(json["not_checked"].as_array().map(Vec::len), Some(1));
}

#[test]
fn json_follows_the_review_contract() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let json = print::to_value(&r);
    assert_eq!(json["schema"], "contra.review/1");
    let verdicts = json["verdicts"].as_array().expect("verdicts");
    assert_eq!(verdicts.len(), r.verdicts.len());
    for v in verdicts {
        let text = v["text"].as_str().expect("text");
        assert!(!text.is_empty() && text.len() < 400, "a verdict's text is one claim: {text}");
        assert!(["supported", "contradicted", "unsupported", "disputed"].contains(&v["verdict"].as_str().unwrap()));
        for e in v["evidence"].as_array().expect("evidence") {
            for key in ["text", "outlet", "speaker", "span", "line", "rule", "relation"] {
                assert!(e.get(key).is_some(), "evidence has {key}: {e}");
            }
        }
    }
    let summary = &json["summary"];
    let total: u64 =
        ["supported", "contradicted", "disputed", "unsupported"].iter().map(|k| summary[k].as_u64().unwrap()).sum();
    assert_eq!(total, r.verdicts.len() as u64);
}

#[test]
fn claim_review_json_ld() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let mut out = Vec::new();
    print::print(&r, Format::ClaimReview, false, &mut out).unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out).expect("ClaimReview is JSON");
    let items = doc.as_array().expect("a list of ClaimReview items");
    let decided = r.count(Label::Supported) + r.count(Label::Contradicted);
    assert_eq!(items.len(), decided, "one item per supported or contradicted claim");
    for item in items {
        assert_eq!(item["@context"], "https://schema.org");
        assert_eq!(item["@type"], "ClaimReview");
        assert!(item["claimReviewed"].as_str().is_some_and(|s| !s.is_empty()));
        let rating = &item["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        let name = rating["alternateName"].as_str().expect("a textual rating");
        assert!(name == "Supported by sources" || name == "Contradicted by sources");
        let appearance = item["itemReviewed"]["appearance"].as_array().expect("appearances");
        assert!(!appearance.is_empty(), "each review names where the sources said it");
        for a in appearance {
            assert!(a["text"].as_str().is_some_and(|s| !s.is_empty()));
            assert!(a["publisher"]["name"].as_str().is_some());
        }
    }
    assert!(items.iter().any(|i| i["reviewRating"]["alternateName"] == "Contradicted by sources"
        && i["claimReviewed"].as_str().unwrap().contains("Thursday")));
}

#[test]
fn html_is_one_self_contained_page() {
    let r = review(SUMMIT_DRAFT, SUMMIT_SOURCES);
    let mut out = Vec::new();
    print::print(&r, Format::Html, false, &mut out).unwrap();
    let html = String::from_utf8(out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("http://") && !html.contains("<script src") && !html.contains("<link"));
    assert_eq!(html.matches("<section class=\"verdict ").count(), r.verdicts.len());
    // Source words are escaped, not injected.
    assert!(html.contains("Trump&#39;s") || html.contains("Trump&#x27;s"));
}

fn snapshot_name(kind: &str, format: &str) -> String {
    format!("review-{kind}.{format}")
}

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

#[test]
fn snapshots_of_whole_reviews() {
    for (kind, draft, sources) in [("summit", SUMMIT_DRAFT, SUMMIT_SOURCES), ("attack", ATTACK_DRAFT, ATTACK_SOURCES)] {
        let r = review(draft, sources);
        for (format, name) in [(Format::Text, "text"), (Format::Md, "md"), (Format::Json, "json")] {
            let mut out = Vec::new();
            print::print(&r, format, false, &mut out).unwrap();
            snapshot!(snapshot_name(kind, name), String::from_utf8(out).unwrap());
        }
    }
}

fn contra(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_contra")).args(args).output().expect("run contra")
}

/// A fresh directory for one test, removed after it.
fn scratch(name: &str) -> Scratch {
    Scratch::new("contra-review", name)
}

#[test]
fn exit_codes() {
    // A contradicted claim: exit 1, so a newsroom can gate publishing on it.
    let o = contra(&["review", SUMMIT_DRAFT, "--sources", SUMMIT_SOURCES, "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    // Only supported (or unsupported) claims: exit 0.
    let dir = scratch("clean");
    let draft = dir.join("clean.md");
    std::fs::write(
        &draft,
        "---\npublished: 2025-10-22\nrole: draft\n---\nRubio and Lavrov had a phone conversation on Monday.\n\nTrump will announce new sanctions on Friday.\n",
    )
    .unwrap();
    let o = contra(&["review", draft.to_str().unwrap(), "--sources", SUMMIT_SOURCES]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
    // A missing draft: exit 2 with the path named, no panic.
    let o = contra(&["review", "no/such/draft.md", "--sources", SUMMIT_SOURCES]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no/such/draft.md") && !err.contains("panicked"), "{err}");
    // A draft path holding several documents: exit 2, saying what to do.
    let o = contra(&["review", "tests/fixtures/review", "--sources", SUMMIT_SOURCES]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("review takes one draft"));
}

#[test]
fn output_format_follows_the_file_extension() {
    let dir = scratch("formats");
    let out = dir.join("review.jsonld");
    let o = contra(&["review", SUMMIT_DRAFT, "--sources", SUMMIT_SOURCES, "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(doc[0]["@type"], "ClaimReview");
}

#[test]
fn reporting_a_denial_accurately_is_supported() {
    // The draft reports what the White House said; the report the White House denies is
    // the dispute the draft tells of, not an error in it.
    let r = review("tests/fixtures/review/bank-draft.md", "tests/fixtures/dev-03.txt");
    let v = verdict(&r, "the report about a subpoena for Trump's financial records was false");
    assert_eq!(v.label, Label::Supported);
    assert_eq!(v.quoted_speaker.as_deref(), Some("The White House"));
    // Saying the subpoena was received meets "No subpoena has been issued or received".
    let v = verdict(&r, "Deutsche Bank had received a subpoena");
    assert_eq!(v.label, Label::Contradicted);
    assert!(cited(&r, v, Relation::Contradicts).iter().any(|t| t.contains("No subpoena has been issued or received")));
    // The report itself, which the White House calls false and the Journal carried: the
    // sources disagree.
    let v = verdict(&r, "Mueller subpoenaed Deutsche Bank");
    assert_eq!(v.label, Label::Disputed);
}

#[test]
fn a_report_its_own_source_calls_false_decides_nothing() {
    let r = review("tests/fixtures/review/missile-draft.md", "tests/fixtures/dev-12.txt");
    // The draft calls the report false, as the source does; the report's content, which
    // the source itself attributes to "a false report", does not contradict it.
    let v = verdict(&r, "NHK apologized for a false report");
    assert_eq!(v.label, Label::Supported);
    assert!(v.evidence.iter().any(|e| e.discredited && r.claims[e.claim].text.contains("carried out another missile")));
    assert!(cited(&r, v, Relation::Supports).iter().any(|t| t.contains("NHK has apologized for a false report")));
    // Repeating the false report finds no support in it.
    let v = verdict(&r, "The missile landed about two kilometers east");
    assert_eq!(v.label, Label::Disputed);
    assert!(v.supporters().is_empty());
    // The Pentagon's own denial still decides.
    let v = verdict(&r, "The U.S. Defense Department confirmed a new missile launch");
    assert_eq!(v.label, Label::Contradicted);
}

#[test]
fn a_speaker_who_gave_two_figures_supports_either_report_of_them() {
    let r = review("tests/fixtures/review/quake-draft.md", "tests/fixtures/dev-15.txt");
    // Preval's office gave 270,000 and Preval himself then 170,000: reporting the latter
    // is supported by his words, not contradicted by the earlier figure.
    let v = verdict(&r, "Preval told journalists that the number was 170,000");
    assert_eq!(v.label, Label::Supported);
    // A figure nobody gave is contradicted by the president's own.
    let v = verdict(&r, "President Preval said 300,000 bodies had been buried");
    assert_eq!(v.label, Label::Contradicted);
    assert!(cited(&r, v, Relation::Contradicts).iter().any(|t| t.contains("270,000")));
}

#[test]
fn a_denial_in_the_draft_meets_what_the_sources_affirm() {
    let r = review("tests/fixtures/review/registry-draft.md", "tests/fixtures/dev-06.txt");
    // "denied that any bonuses were paid" is never support from "has paid out hefty bonuses".
    let v = verdict(&r, "denied that any bonuses were paid");
    assert_eq!(v.label, Label::Contradicted);
    assert!(cited(&r, v, Relation::Supports).is_empty());
    assert!(cited(&r, v, Relation::Contradicts).iter().any(|t| t.contains("has paid out hefty bonuses")));
    // A duration: 25 days against "inoperable for 18 days".
    let v = verdict(&r, "inoperable for 25 days");
    assert_eq!(v.label, Label::Contradicted);
    assert_eq!(v.rule.as_deref(), Some("numbers/duration-mismatch"));
    // The unnamed sources' figure, as the draft attributes it.
    assert_eq!(verdict(&r, "bonuses of 700,000 leva").label, Label::Supported);
}
