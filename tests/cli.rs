//! The command line on real files and on bad input: exit codes, one-line errors that name
//! the file and the fix, warnings that do not stop the run, and never a panic.

use std::path::Path;
use std::process::{Command, Output, Stdio};

mod common;
use common::Scratch;

fn contra(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_contra")).args(args).output().expect("run contra")
}

fn contra_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run contra");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// A fresh directory for one test, removed after it.
fn scratch(name: &str) -> Scratch {
    Scratch::new("contra-cli", name)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit code 2, a single `error:` line naming `names`, and no panic.
fn assert_input_error(o: &Output, names: &str, mentions: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "stderr: {err}");
    assert!(!err.contains("panicked"), "{err}");
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line expected: {err}");
    assert!(lines[0].starts_with("error: "), "{err}");
    assert!(lines[0].contains(names), "should name {names}: {err}");
    assert!(lines[0].contains(mentions), "should mention {mentions}: {err}");
}

fn claims_json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stdout)))
}

#[test]
fn claims_of_the_bundled_example() {
    let o = contra(&["claims", "examples/budapest-press-review.txt", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = claims_json(&o);
    let claims = v["claims"].as_array().unwrap();
    let kremlin = claims.iter().find(|c| c["text"].as_str().unwrap().contains("never a set date")).unwrap();
    assert_eq!(kremlin["outlet"], "Axios");
    assert_eq!(kremlin["speaker"], "The Kremlin");
    assert_eq!(kremlin["outlets"], serde_json::json!(["BTA", "Axios"]));
    let monday = claims.iter().find(|c| c["text"].as_str().unwrap().contains("spoke on Monday")).unwrap();
    assert_eq!(monday["times"][0]["start"], "2025-10-20");
}

#[test]
fn jsonl_output_is_one_claim_per_line() {
    let o = contra(&["claims", "tests/fixtures/dev-01.txt", "--format", "jsonl"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.lines().count() >= 5);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["text"].is_string());
    }
}

#[test]
fn stdin_with_default_date_and_outlet() {
    let o = contra_stdin(
        &["claims", "-", "--published", "2019-01-21", "--outlet", "AP"],
        b"A security official said on Monday that the death toll was at least 70.",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = claims_json(&o);
    let c = &v["claims"][0];
    assert_eq!(c["outlet"], "Associated Press");
    assert_eq!(c["speaker"], "A security official");
    assert_eq!(c["times"][0]["start"], "2019-01-21");
    assert_eq!(c["quantities"][0]["bound"], "at-least");
}

#[test]
fn a_directory_is_read_in_order_and_skips_are_reported() {
    let dir = scratch("dir");
    write(&dir, "b.txt", b"The army says 37 soldiers were killed.");
    write(&dir, "a.md", b"---\noutlet: AP\n---\nA senator says more than 200 people were killed.");
    write(&dir, "notes.pdf", b"%PDF-1.4");
    let o = contra(&["claims", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = claims_json(&o);
    let docs: Vec<&str> = v["claims"].as_array().unwrap().iter().map(|c| c["doc"].as_str().unwrap()).collect();
    assert_eq!(docs, vec!["a", "b"]);
    assert!(stderr(&o).contains("notes.pdf") && stderr(&o).contains("unsupported extension .pdf"), "{}", stderr(&o));
}

#[test]
fn missing_file() {
    assert_input_error(&contra(&["claims", "no/such/article.txt"]), "no/such/article.txt", "no such file");
}

#[test]
fn directory_without_readable_documents() {
    let dir = scratch("empty-dir");
    write(&dir, "empty.txt", b"");
    write(&dir, "scan.png", b"\x89PNG\r\n");
    let o = contra(&["claims", dir.to_str().unwrap()]);
    assert_input_error(&o, dir.to_str().unwrap(), "no readable document");
}

#[test]
fn malformed_front_matter() {
    let dir = scratch("fm");
    let path = write(&dir, "a.txt", b"---\noutlet: AP\npublished 2019-01-21\n---\nText.");
    assert_input_error(&contra(&["claims", &path]), &format!("{path}:3"), "key: value");
    let path = write(&dir, "b.txt", b"---\noutlet: AP\n\nThe army says 37 soldiers were killed.\n");
    assert_input_error(&contra(&["claims", &path]), &format!("{path}:1"), "never closed");
}

#[test]
fn unparseable_published_date() {
    let dir = scratch("date");
    let path = write(&dir, "a.txt", b"---\noutlet: AP\npublished: last Tuesday\n---\nText.");
    assert_input_error(&contra(&["claims", &path]), &format!("{path}:3"), "--published");
    // With --published the input can be trusted again: a warning, not an error.
    let o = contra(&["claims", &path, "--published", "2019-01-22"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("warning"), "{}", stderr(&o));
}

#[test]
fn malformed_jsonl_line() {
    let dir = scratch("jsonl");
    let path = write(
        &dir,
        "wire.jsonl",
        b"{\"id\":\"a\",\"text\":\"AP says 45 were killed.\"}\n{\"id\":\"b\",\"text\":\"AFP\n",
    );
    assert_input_error(&contra(&["claims", &path]), &format!("{path}:2"), "JSON");
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let dir = scratch("utf8");
    let path = write(&dir, "a.txt", b"Preval told journalists that the number was 170,000 \xff\xfe.");
    let o = contra(&["claims", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains(&path) && err.contains("byte 52"), "{err}");
    let v = claims_json(&o);
    assert!(v["claims"][0]["sentence"].as_str().unwrap().contains('\u{FFFD}'));
}

#[test]
fn bad_published_option() {
    let o = contra(&["claims", "examples/budapest-press-review.txt", "--published", "yesterday"]);
    assert_input_error(&o, "--published yesterday", "YYYY-MM-DD");
}
