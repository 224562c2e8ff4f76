//! The report commands end to end: `check` in each format and to a file, colour only when
//! asked or on a terminal, `contra schema`, and `contra diff` showing exactly what
//! disabling one rule does to the founding example's report.

use std::path::Path;
use std::process::{Command, Output};

mod common;
use common::Scratch;

const SEED: &str = "examples/budapest-press-review.txt";

fn contra(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_contra")).args(args).output().expect("run contra")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh directory for one test, removed after it.
fn scratch(name: &str) -> Scratch {
    Scratch::new("contra-report", name)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn validate(json: &str) -> serde_json::Value {
    let value: serde_json::Value = serde_json::from_str(json).expect("a JSON report");
    let errors = contra::report::schema::validate_report(&value);
    assert!(errors.is_empty(), "the report does not match `contra schema`:\n{}", errors.join("\n"));
    value
}

#[test]
fn the_format_follows_the_extension_of_the_output_file() {
    let dir = scratch("ext");
    for (ext, starts) in [("md", "# contra report"), ("json", "{"), ("html", "<!DOCTYPE html>"), ("txt", "")] {
        let path = dir.join(format!("seed.{ext}"));
        let o = contra(&["check", SEED, "-o", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "contested points found: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "-o writes nothing to stdout");
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(written.starts_with(starts), "{ext}: {}", &written[..80.min(written.len())]);
        if ext == "json" {
            validate(&written);
        }
        if ext == "txt" {
            assert!(written.contains("Contested") && !written.contains('\x1b'), "{written}");
        }
    }
    // --format wins over the extension.
    let path = dir.join("seed.html");
    contra(&["check", SEED, "--format", "md", "-o", path.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("# contra report"));

    let o = contra(&["check", SEED, "-o", dir.join("seed.out").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("pass --format"), "{}", stderr(&o));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let piped = contra(&["check", SEED]);
    assert!(!stdout(&piped).contains('\x1b'), "no colour into a pipe");
    let always = contra(&["check", SEED, "--color", "always"]);
    assert!(stdout(&always).contains('\x1b'), "--color always colours");
    let never = contra(&["check", SEED, "--color", "never"]);
    assert_eq!(stdout(&never), stdout(&piped));
    // Colour never reaches the other formats.
    assert!(!stdout(&contra(&["check", SEED, "--format", "md", "--color", "always"])).contains('\x1b'));
}

#[test]
fn every_format_of_the_seed_starts_with_its_contested_points() {
    let text = stdout(&contra(&["check", SEED]));
    let md = stdout(&contra(&["check", SEED, "--format", "md"]));
    let html = stdout(&contra(&["check", SEED, "--format", "html"]));
    let json = validate(&stdout(&contra(&["check", SEED, "--format", "json"])));
    let conflicts: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "contradiction" || f["kind"] == "discrepancy")
        .collect();
    assert_eq!(conflicts.len(), 2, "the seed has two contested points");
    for (out, contested, consistent) in [
        (&text, "\nContested\n", "\nConsistent\n"),
        (&md, "## Contested", "## Consistent"),
        (&html, "id=\"contested\"", "id=\"consistent\""),
    ] {
        assert!(out.find(contested).unwrap() < out.find(consistent).unwrap());
        assert!(out.contains("never a set date"), "the Kremlin's words are quoted");
    }
    assert!(md.starts_with("# contra report: US officials confirm"), "{md}");
    assert!(md.contains("**2 contested**"), "{md}");
}

#[test]
fn schema_prints_a_json_schema() {
    let o = contra(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["properties"]["schema"]["const"], "contra.report/1");
    // The scorer's fields are required.
    let claim_required = schema["$defs"]["claim"]["required"].as_array().unwrap();
    for field in ["id", "text", "sentence", "outlet", "speaker", "times"] {
        assert!(claim_required.iter().any(|f| f == field), "claims[].{field} must be required");
    }
    let finding_required = schema["$defs"]["finding"]["required"].as_array().unwrap();
    for field in ["kind", "rule", "claims"] {
        assert!(finding_required.iter().any(|f| f == field), "findings[].{field} must be required");
    }
}

#[test]
fn diff_after_disabling_one_rule_lists_exactly_its_findings_as_vanished() {
    let dir = scratch("diff");
    let before = dir.join("before.json");
    let after = dir.join("after.json");
    contra(&["check", SEED, "-o", before.to_str().unwrap()]);
    let old = validate(&std::fs::read_to_string(&before).unwrap());

    // Disable the rule behind the first contested point.
    let rule = old["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "contradiction" || f["kind"] == "discrepancy")
        .expect("a contested point")["rule"]
        .as_str()
        .unwrap()
        .to_string();
    let rules = dir.join("rules");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"), &rules);
    std::fs::remove_file(rules.join(format!("{rule}.toml"))).unwrap();
    let o = contra(&["check", SEED, "--rules", rules.to_str().unwrap(), "-o", after.to_str().unwrap()]);
    assert!(o.status.code().is_some_and(|c| c < 2), "{}", stderr(&o));
    validate(&std::fs::read_to_string(&after).unwrap());

    let o = contra(&["diff", before.to_str().unwrap(), after.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "something changed: {}", stderr(&o));
    let diff: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let changes = diff["changes"].as_array().unwrap();
    let expected = old["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == rule.as_str()).count();
    assert_eq!(changes.len(), expected, "{diff:#}");
    for c in changes {
        assert_eq!(c["change"], "vanished", "{c:#}");
        assert_eq!(c["rule"], rule.as_str(), "{c:#}");
    }
    assert_eq!(diff["unchanged"].as_u64().unwrap() as usize, old["findings"].as_array().unwrap().len() - expected);

    let text = stdout(&contra(&["diff", before.to_str().unwrap(), after.to_str().unwrap()]));
    assert!(text.starts_with("- vanished  "), "{text}");
    assert!(text.contains(&format!("[{rule}]")), "{text}");
    assert!(text.contains(&format!("{expected} vanished, 0 appeared, 0 changed kind")), "{text}");

    // The same report twice: nothing moved, exit 0.
    let o = contra(&["diff", before.to_str().unwrap(), before.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("0 vanished, 0 appeared, 0 changed kind"), "{}", stdout(&o));
}

#[test]
fn diff_refuses_what_is_not_a_report() {
    let dir = scratch("diff-bad");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"claims\": []}").unwrap();
    let o = contra(&["diff", bad.to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: ") && err.contains("bad.json") && err.contains("contra check --format json"),
        "{err}"
    );
    let o = contra(&["diff", dir.join("missing.json").to_str().unwrap(), bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("missing.json: no such file"), "{}", stderr(&o));
}
