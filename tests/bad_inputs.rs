//! The catalogue of bad input: what the web gives a fact-checker, one case each, with the
//! outcome the README's bad-input table promises. Every case runs the binary and checks that
//! nothing panicked, that an error is one line naming the file and line and what to do (exit
//! 2), and that otherwise the run goes on with a warning and every input is listed in the
//! report, checked or skipped. Large and binary inputs are generated here, into a temporary
//! directory, never committed.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ARTICLE: &str = "The army said on Monday that 37 soldiers were killed near the border. \
A senator told Reuters that more than 200 people died in the attack. \
The Kremlin denied the report, calling it \"disinformation\".";

fn contra_in(dir: &Path, args: &[String], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_contra"))
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run contra");
    if let Some(bytes) = stdin {
        // The child may stop reading early (an error); a broken pipe here is not the test's concern.
        let _ = child.stdin.take().unwrap().write_all(bytes);
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "contra panicked on {args:?}:\n{err}");
    out
}

/// A fresh directory for one case.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("contra-bad-{name}-{}", std::process::id()));
    if dir.exists() {
        make_readable(&dir);
        let _ = std::fs::remove_dir_all(&dir);
    }
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Undo `chmod 000` so the directory can be removed.
fn make_readable(dir: &Path) {
    let _ = Command::new("chmod").args(["-R", "u+rwx"]).arg(dir).status();
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    name.to_string()
}

fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if little { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
    }
    for u in text.encode_utf16() {
        out.extend_from_slice(&if little { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// What a case must come to.
enum Expect {
    /// Exit 2 and a single `error:` line holding every needle (file:line, what to do).
    Error(&'static [&'static str]),
    /// The run goes on (exit 0 or 1): each needle is in a `warning:` line, and the report's
    /// documents are exactly these `(origin, status)` pairs, in this order.
    Report { warnings: &'static [&'static str], documents: &'static [(&'static str, &'static str)] },
}

/// One entry of the catalogue.
struct Case {
    /// The first cell of the README's bad-input table row that documents the decision.
    row: &'static str,
    name: &'static str,
    /// Writes the inputs into the case's directory and returns the arguments after `check`.
    setup: fn(&Path) -> Vec<String>,
    expect: Expect,
    stdin: Option<fn() -> Vec<u8>>,
}

const CASES: &[Case] = &[
    Case {
        row: "empty file",
        name: "empty",
        setup: |d| vec![write(d, "empty.txt", b""), write(d, "good.txt", ARTICLE.as_bytes())],
        expect: Expect::Report {
            warnings: &["empty.txt: skipped: empty file"],
            documents: &[("good.txt", "checked"), ("empty.txt", "skipped")],
        },
        stdin: None,
    },
    Case {
        row: "empty file",
        name: "empty-alone",
        setup: |d| vec![write(d, "empty.txt", b"")],
        expect: Expect::Error(&["empty.txt", "no readable document", "empty file", "give .txt, .md, .json or .jsonl"]),
        stdin: None,
    },
    Case {
        row: "whitespace only",
        name: "whitespace",
        setup: |d| vec![write(d, "blank.md", b" \n\t\r\n  \n"), write(d, "good.txt", ARTICLE.as_bytes())],
        expect: Expect::Report {
            warnings: &["blank.md: skipped: only whitespace"],
            documents: &[("good.txt", "checked"), ("blank.md", "skipped")],
        },
        stdin: None,
    },
    Case {
        row: "binary data",
        name: "binary",
        setup: |d| {
            let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
            png.extend((0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8));
            vec![write(d, "photo.txt", &png), write(d, "good.txt", ARTICLE.as_bytes())]
        },
        expect: Expect::Report {
            warnings: &["photo.txt: skipped: binary data"],
            documents: &[("good.txt", "checked"), ("photo.txt", "skipped")],
        },
        stdin: None,
    },
    Case {
        row: "invalid UTF-8",
        name: "invalid-utf8",
        setup: |d| vec![write(d, "latin1.txt", b"The mayor of K\xf6ln said 12 people were hurt.\n\xff\xfe\xfd")],
        expect: Expect::Report {
            warnings: &["latin1.txt: invalid UTF-8 at byte 14", "re-save the file as UTF-8"],
            documents: &[("latin1.txt", "checked")],
        },
        stdin: None,
    },
    Case {
        row: "UTF-16 with or without BOM",
        name: "utf16",
        setup: |d| {
            vec![
                write(d, "le.txt", &utf16(ARTICLE, true, true)),
                write(d, "be.txt", &utf16(ARTICLE, false, true)),
                write(d, "nobom.txt", &utf16(ARTICLE, true, false)),
            ]
        },
        expect: Expect::Report {
            warnings: &[
                "le.txt: decoded from UTF-16LE",
                "be.txt: decoded from UTF-16BE",
                "nobom.txt: decoded from UTF-16LE (no byte-order mark",
            ],
            documents: &[("le.txt", "checked"), ("be.txt", "checked"), ("nobom.txt", "checked")],
        },
        stdin: None,
    },
    Case {
        row: "CRLF and CR line endings",
        name: "line-endings",
        setup: |d| {
            let crlf = format!("---\r\noutlet: AP\r\npublished: 2019-01-21\r\n---\r\nHeadline\r\n\r\n{ARTICLE}\r\n");
            let cr = format!("---\routlet: AP\rpublished: 2019-01-21\r---\rHeadline\r\r{ARTICLE}\r");
            vec![write(d, "crlf.txt", crlf.as_bytes()), write(d, "cr.txt", cr.as_bytes())]
        },
        expect: Expect::Report { warnings: &[], documents: &[("crlf.txt", "checked"), ("cr.txt", "checked")] },
        stdin: None,
    },
    Case {
        row: "mixed scripts",
        name: "scripts",
        setup: |d| {
            let text = "Министерството на отбраната заяви, че 37 войници са загинали.\n\
                قالت وزارة الدفاع إن 37 جنديا قتلوا يوم الاثنين.\n\
                国防部星期一说，37名士兵在边境附近死亡。\n\
                The ministry (Министерството, وزارة, 国防部) said 37 soldiers 👩🏽‍⚕️ were killed\u{200F} on Monday, e\u{301}.\n";
            vec![write(d, "scripts.txt", text.as_bytes())]
        },
        expect: Expect::Report { warnings: &[], documents: &[("scripts.txt", "checked")] },
        stdin: None,
    },
    Case {
        row: "deeply nested or unbalanced quotes",
        name: "quotes",
        setup: |d| {
            let nested =
                format!("The minister said {}the talks failed{}.\n\n", "“‘\"'«".repeat(2000), "»'\"’”".repeat(2000));
            let open =
                format!("Reuters quoted an official as saying \"{}\n\n", "“the army said 37 were killed ".repeat(500));
            let close = format!("{}The Kremlin said.\n", "” ’ » \" ".repeat(3000));
            vec![write(d, "quotes.txt", format!("{nested}{open}{close}").as_bytes())]
        },
        expect: Expect::Report { warnings: &[], documents: &[("quotes.txt", "checked")] },
        stdin: None,
    },
    Case {
        row: "malformed front matter",
        name: "front-matter-line",
        setup: |d| vec![write(d, "a.txt", b"---\noutlet: AP\npublished 2019-01-21\n---\nText.")],
        expect: Expect::Error(&["a.txt:3:", "is not `key: value`", "write it as `key: value`"]),
        stdin: None,
    },
    Case {
        row: "malformed front matter",
        name: "front-matter-unclosed",
        setup: |d| vec![write(d, "a.md", format!("---\noutlet: AP\n\n{ARTICLE}").as_bytes())],
        expect: Expect::Error(&["a.md:1:", "never closed", "add a line `---`"]),
        stdin: None,
    },
    Case {
        row: "malformed front matter",
        name: "front-matter-quote",
        setup: |d| vec![write(d, "a.txt", b"---\ntitle: \"Kyiv says\n---\nText.")],
        expect: Expect::Error(&["a.txt:2:", "never closed", "close the double quote"]),
        stdin: None,
    },
    Case {
        row: "`published` not a date",
        name: "published-not-a-date",
        setup: |d| {
            vec![write(d, "a.txt", format!("---\noutlet: AP\npublished: last Tuesday\n---\n{ARTICLE}").as_bytes())]
        },
        expect: Expect::Error(&["a.txt:3:", "`published: last Tuesday` is not a date", "--published DATE"]),
        stdin: None,
    },
    Case {
        row: "`published` not a date",
        name: "published-not-a-date-with-option",
        setup: |d| {
            let mut a = args(&["--published", "2019-01-21"]);
            a.push(write(d, "a.txt", format!("---\npublished: soon\n---\n{ARTICLE}").as_bytes()));
            a
        },
        expect: Expect::Report {
            warnings: &["a.txt:2: `published: soon` is not an ISO date; using --published"],
            documents: &[("a.txt", "checked")],
        },
        stdin: None,
    },
    Case {
        row: "`published` in the future",
        name: "published-future",
        setup: |d| {
            vec![write(d, "a.txt", format!("---\noutlet: AP\npublished: 2999-01-01\n---\n{ARTICLE}").as_bytes())]
        },
        expect: Expect::Report {
            warnings: &["a.txt:3: `published: 2999-01-01` lies in the future", "check the date"],
            documents: &[("a.txt", "checked")],
        },
        stdin: None,
    },
    Case {
        row: "JSONL with a broken line",
        name: "jsonl-broken",
        setup: |d| {
            vec![write(
                d,
                "wire.jsonl",
                b"{\"id\":\"a\",\"text\":\"The army said 37 soldiers were killed.\"}\n{\"id\":\"b\",\"text\":\"AFP says\n{\"id\":\"c\",\"text\":\"x\"}\n",
            )]
        },
        expect: Expect::Error(&["wire.jsonl:2:", "broken JSON line", "each line must be one JSON object"]),
        stdin: None,
    },
    Case {
        row: "truncated JSON document",
        name: "json-truncated",
        setup: |d| {
            vec![write(d, "doc.json", b"{\"documents\": [\n  {\"id\": \"a\", \"text\": \"The army said 37 soldiers were killed.\"},\n  {\"id\": \"b\", \"te")]
        },
        expect: Expect::Error(&["doc.json:3:", "broken JSON", "fix the JSON"]),
        stdin: None,
    },
    Case {
        row: "truncated JSON document",
        name: "json-truncated-stdin",
        setup: |_| args(&["-"]),
        expect: Expect::Error(&["<stdin>:1:", "broken JSON", "each line must be one JSON object"]),
        stdin: Some(|| b"{\"id\": \"a\", \"text\": \"The army said".to_vec()),
    },
    Case {
        row: "duplicate document ids",
        name: "duplicate-ids",
        setup: |d| {
            vec![write(
                d,
                "wire.jsonl",
                b"{\"id\":\"a\",\"text\":\"The army said 37 soldiers were killed.\"}\n{\"id\":\"a\",\"text\":\"A senator said 200 people died.\"}\n",
            )]
        },
        expect: Expect::Report {
            warnings: &["wire.jsonl:2: duplicate document id `a` renamed to `a#2`; give each document its own id"],
            documents: &[("wire.jsonl:1", "checked"), ("wire.jsonl:2", "checked")],
        },
        stdin: None,
    },
    Case {
        row: "empty or missing text in JSON",
        name: "json-empty-text",
        setup: |d| {
            vec![write(
                d,
                "wire.jsonl",
                b"{\"id\":\"a\",\"text\":\"The army said 37 soldiers were killed.\"}\n{\"id\":\"b\",\"text\":\"  \"}\n",
            )]
        },
        expect: Expect::Report {
            warnings: &["wire.jsonl:2: skipped: empty \"text\""],
            documents: &[("wire.jsonl:1", "checked"), ("wire.jsonl:2", "skipped")],
        },
        stdin: None,
    },
    Case {
        row: "empty or missing text in JSON",
        name: "json-no-text",
        setup: |d| {
            vec![write(
                d,
                "wire.jsonl",
                b"{\"id\":\"a\",\"text\":\"The army said 37 soldiers were killed.\"}\n{\"id\":\"b\",\"title\":\"t\"}\n",
            )]
        },
        expect: Expect::Error(&["wire.jsonl:2:", "no \"text\" field", "add the article's text"]),
        stdin: None,
    },
    Case {
        row: "missing path",
        name: "missing",
        setup: |_| args(&["no/such/article.txt"]),
        expect: Expect::Error(&["no/such/article.txt", "no such file or directory", "check the path"]),
        stdin: None,
    },
    Case {
        row: "empty standard input",
        name: "stdin-empty",
        setup: |_| args(&["-"]),
        expect: Expect::Error(&["<stdin>", "no readable document", "empty file"]),
        stdin: Some(Vec::new),
    },
];

#[test]
fn every_catalogue_case() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut failures = Vec::new();
    for case in CASES {
        if !readme.contains(&format!("| {} |", case.row)) {
            failures.push(format!("{}: no README row `| {} |`", case.name, case.row));
        }
        let dir = scratch(case.name);
        let mut a = args(&["check", "--format", "json"]);
        a.extend((case.setup)(&dir));
        let input = case.stdin.map(|f| f());
        let out = contra_in(&dir, &a, input.as_deref());
        if let Err(why) = check(case, &out) {
            failures.push(format!("{}: {why}\nstderr:\n{}", case.name, String::from_utf8_lossy(&out.stderr)));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn check(case: &Case, out: &Output) -> Result<(), String> {
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    match &case.expect {
        Expect::Error(needles) => {
            if out.status.code() != Some(2) {
                return Err(format!("exit {:?}, expected 2", out.status.code()));
            }
            let errors: Vec<&&str> = lines.iter().filter(|l| l.starts_with("error: ")).collect();
            if errors.len() != 1 || lines.iter().any(|l| !l.starts_with("error: ") && !l.starts_with("warning: ")) {
                return Err("expected exactly one `error:` line".into());
            }
            for n in *needles {
                if !errors[0].contains(n) {
                    return Err(format!("the error does not say `{n}`"));
                }
            }
            Ok(())
        }
        Expect::Report { warnings, documents } => {
            if !matches!(out.status.code(), Some(0 | 1)) {
                return Err(format!("exit {:?}, expected 0 or 1", out.status.code()));
            }
            if let Some(l) = lines.iter().find(|l| !l.starts_with("warning: ")) {
                return Err(format!("unexpected stderr line `{l}`"));
            }
            for n in *warnings {
                if !lines.iter().any(|l| l.contains(n)) {
                    return Err(format!("no warning says `{n}`"));
                }
            }
            let report: Value = serde_json::from_slice(&out.stdout).map_err(|e| format!("not a JSON report: {e}"))?;
            let errors = contra::report::schema::validate_report(&report);
            if !errors.is_empty() {
                return Err(format!("report does not match its schema: {errors:?}"));
            }
            let listed: Vec<(String, String)> = report["documents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| (d["origin"].as_str().unwrap().to_string(), d["status"].as_str().unwrap().to_string()))
                .collect();
            let matches = listed.len() == documents.len()
                && listed.iter().zip(documents.iter()).all(|((o, s), (eo, es))| o.ends_with(eo) && s == es);
            if !matches {
                return Err(format!("documents {listed:?}, expected {documents:?}"));
            }
            check_spans(&report, case)?;
            Ok(())
        }
    }
}

/// Every claim's line is a line of its input, and its text is whole characters (for inputs
/// whose body is the file as written).
fn check_spans(report: &Value, case: &Case) -> Result<(), String> {
    for c in report["claims"].as_array().unwrap() {
        let line = c["line"].as_u64().unwrap_or(0);
        if line == 0 {
            return Err(format!("claim without a line: {c}"));
        }
        let text = c["text"].as_str().unwrap_or("");
        let span = (c["span"]["start"].as_u64().unwrap(), c["span"]["end"].as_u64().unwrap());
        if span.1 < span.0 || (span.1 - span.0) as usize != text.len() {
            return Err(format!("{}: span {span:?} does not hold its text {text:?}", case.name));
        }
    }
    Ok(())
}

#[test]
fn line_numbers_hold_for_crlf_and_cr_line_endings() {
    let dir = scratch("line-numbers");
    for (name, nl) in [("lf.txt", "\n"), ("crlf.txt", "\r\n"), ("cr.txt", "\r")] {
        let text = [
            "---",
            "outlet: AP",
            "---",
            "Headline",
            "",
            "The army said 37 soldiers were killed.",
            "",
            "A senator said 200 people died.",
        ]
        .join(nl);
        write(&dir, name, text.as_bytes());
    }
    let out = contra_in(&dir, &args(&["claims", "lf.txt", "crlf.txt", "cr.txt"]), None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    for doc in ["lf", "crlf", "cr"] {
        let lines: Vec<(u64, &str)> = v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["doc"] == doc)
            .map(|c| (c["line"].as_u64().unwrap(), c["text"].as_str().unwrap()))
            .collect();
        assert!(lines.iter().any(|(l, t)| *l == 6 && t.contains("37 soldiers")), "{doc}: {lines:?}");
        assert!(lines.iter().any(|(l, t)| *l == 8 && t.contains("200 people")), "{doc}: {lines:?}");
        assert!(lines.iter().all(|(_, t)| !t.contains('\r')), "{doc}: {lines:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Writes `total` bytes of real sentences, with a line break every `line` bytes (none when 0).
fn write_big(path: &Path, total: usize, line: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let sentence = format!("{ARTICLE} ");
    let mut written = 0;
    let mut since_break = 0;
    while written < total {
        f.write_all(sentence.as_bytes()).unwrap();
        written += sentence.len();
        since_break += sentence.len();
        if line > 0 && since_break >= line {
            f.write_all(b"\n\n").unwrap();
            written += 2;
            since_break = 0;
        }
    }
    f.flush().unwrap();
}

/// The size cap (`--max-document-size`, 1 MiB by default) keeps the start of a huge
/// document and says so. The tests use 16 KiB: a debug build checks a MiB of this dense,
/// repetitive text in about a minute and a half, the release build in about ten seconds.
fn check_big(name: &str, total: usize, line: usize, total_label: &str, expect_line: impl Fn(u64) -> bool) {
    let dir = scratch(name);
    write_big(&dir.join("big.txt"), total, line);
    let out = contra_in(&dir, &args(&["check", "big.txt", "--format", "json", "--max-document-size", "16K"]), None);
    let _ = std::fs::remove_dir_all(&dir);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{err}");
    let warning =
        err.lines().find(|l| l.starts_with("warning: big.txt:")).unwrap_or_else(|| panic!("no warning: {err}"));
    let line_no: u64 = warning["warning: big.txt:".len()..].split(':').next().unwrap().parse().unwrap();
    assert!(expect_line(line_no), "{warning}");
    assert!(warning.contains(&format!("the document is {}", total_label)), "{warning}");
    assert!(warning.contains("only its first 1") && warning.contains("KiB"), "{warning}");
    assert!(warning.contains("split it into articles"), "{warning}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["status"], "checked");
    assert!(docs[0]["reason"].as_str().unwrap().contains("only its first 1"), "{}", docs[0]);
    assert!(docs[0]["claims"].as_u64().unwrap() > 100, "the start is checked: {}", docs[0]);
}

#[test]
fn a_50_mb_single_line() {
    check_big("line-50mb", 50 << 20, 0, "50.0 MiB", |l| l == 1);
}

#[test]
fn a_200_mb_document() {
    // Paragraphs of 2 KB: checking stops after a line break, some eight paragraphs in.
    check_big("doc-200mb", 200 << 20, 2000, "200.0 MiB", |l| l > 8);
}

/// A run-on stretch without any full stop: pieces of at most 4 KB are read, each alone (a
/// 256 KB one took 3.8 s and 1.1 GB in a release build before; now a fraction of a second).
#[test]
fn a_run_on_sentence_of_256_kb() {
    let dir = scratch("run-on");
    let clause = "the army said 37 soldiers were killed near the border, and a senator told Reuters “more than 200 people died” while ";
    write(&dir, "run.txt", clause.repeat((256 << 10) / clause.len()).as_bytes());
    let out = contra_in(&dir, &args(&["claims", "run.txt"]), None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let claims = v["claims"].as_array().unwrap();
    assert!(claims.len() > 100, "{}", claims.len());
    assert!(claims.iter().all(|c| c["sentence"].as_str().unwrap().len() <= 4096));
    let _ = std::fs::remove_dir_all(&dir);
}

fn can_read(path: &Path) -> bool {
    std::fs::read(path).is_ok()
}

/// Unreadable files and directories, symlink loops, a broken link and a named pipe: each is
/// listed as skipped with the reason, and the readable article is checked.
#[cfg(unix)]
#[test]
fn a_directory_with_unreadable_files_and_symlink_loops() {
    use std::os::unix::fs::symlink;
    let dir = scratch("unreadable");
    let root = dir.join("corpus");
    write(&root, "good.txt", ARTICLE.as_bytes());
    write(&root, "locked.txt", ARTICLE.as_bytes());
    write(&root, "sealed/inner.txt", ARTICLE.as_bytes());
    symlink(&root, root.join("loop")).unwrap();
    symlink("self.txt", root.join("self.txt")).unwrap();
    symlink("nowhere.txt", root.join("broken.txt")).unwrap();
    let fifo = Command::new("mkfifo").arg(root.join("pipe.txt")).status().is_ok_and(|s| s.success());
    Command::new("chmod").arg("000").arg(root.join("locked.txt")).status().unwrap();
    Command::new("chmod").arg("000").arg(root.join("sealed")).status().unwrap();
    // As root, permissions do not stop reading; then the file is simply checked.
    let locked_readable = can_read(&root.join("locked.txt"));
    let sealed_readable = std::fs::read_dir(root.join("sealed")).is_ok();
    if locked_readable || sealed_readable {
        // Root (as in CI) reads through `chmod 000`; the self-referential link below stays
        // unreadable for everyone, so the "cannot read" path is still exercised.
        eprintln!("note: chmod 000 does not stop this user reading (root?); the permission sub-case expects `checked`");
    }

    let out = contra_in(&dir, &args(&["check", "corpus", "--format", "json"]), None);
    make_readable(&dir);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let status = |suffix: &str| {
        v["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["origin"].as_str().unwrap().ends_with(suffix))
            .map(|d| (d["status"].as_str().unwrap().to_string(), d["reason"].as_str().unwrap_or("").to_string()))
            .unwrap_or_else(|| panic!("{suffix} is not listed: {}", v["documents"]))
    };
    assert_eq!(status("good.txt").0, "checked");
    let (s, why) = status("corpus/loop");
    assert_eq!((s.as_str(), why.contains("symlink loop")), ("skipped", true), "{why}");
    let (s, why) = status("self.txt");
    assert_eq!((s.as_str(), why.contains("cannot read")), ("skipped", true), "{why}");
    let (s, why) = status("broken.txt");
    assert_eq!((s.as_str(), why.contains("broken link")), ("skipped", true), "{why}");
    if fifo {
        let (s, why) = status("pipe.txt");
        assert_eq!((s.as_str(), why.contains("not a regular file")), ("skipped", true), "{why}");
    }
    let (s, why) = status("locked.txt");
    if locked_readable {
        assert_eq!(s, "checked");
    } else {
        assert_eq!((s.as_str(), why.contains("check its permissions")), ("skipped", true), "{why}");
    }
    if sealed_readable {
        assert_eq!(status("inner.txt").0, "checked");
    } else {
        let (s, why) = status("corpus/sealed");
        assert_eq!((s.as_str(), why.contains("cannot list directory")), ("skipped", true), "{why}");
    }
    for l in err.lines() {
        assert!(l.starts_with("warning: "), "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// No input is lost: every file of a directory and every document of its JSON and JSONL
/// files is listed in the report, checked or skipped, in every format.
#[test]
fn every_input_is_listed_in_every_format() {
    let dir = scratch("count");
    let root = dir.join("corpus");
    write(&root, "a.txt", ARTICLE.as_bytes());
    write(&root, "b.md", format!("---\noutlet: AP\n---\n{ARTICLE}").as_bytes());
    write(
        &root,
        "c.json",
        b"[{\"text\":\"The army said 37 soldiers were killed.\"},{\"text\":\"AFP said 65 were killed.\"}]",
    );
    write(
        &root,
        "d.jsonl",
        b"{\"id\":\"d1\",\"text\":\"A senator said 200 people died.\"}\n\n{\"id\":\"d2\",\"text\":\"\"}\n{\"id\":\"d3\",\"text\":\"Kyiv said 12 were hurt.\"}\n",
    );
    write(&root, "e.txt", b"");
    write(&root, "f.pdf", b"%PDF-1.4");
    write(&root, "g.txt", b"\x00\x01\x02\x03binary");
    write(&root, ".hidden.txt", ARTICLE.as_bytes());
    write(&root, "sub/h.txt", ARTICLE.as_bytes());
    write(&root, "sub/fm-only.md", b"---\noutlet: AP\n---\n\n");
    // a.txt, b.md, c.json[0], c.json[1], d.jsonl:1, d.jsonl:3 (skipped), d.jsonl:4, e.txt,
    // f.pdf, g.txt, .hidden.txt, sub/h.txt, sub/fm-only.md
    let inputs = 13;

    let out = contra_in(&dir, &args(&["check", "corpus", "--format", "json"]), None);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), inputs, "{docs:#?}");
    let checked = docs.iter().filter(|d| d["status"] == "checked").count();
    let skipped = docs.iter().filter(|d| d["status"] == "skipped").count();
    assert_eq!((checked, skipped), (7, 6));
    assert_eq!(v["summary"]["documents"], checked);
    assert_eq!(v["summary"]["skipped"], skipped);
    assert!(
        docs.iter().filter(|d| d["status"] == "skipped").all(|d| d["reason"].as_str().is_some_and(|r| !r.is_empty()))
    );
    let claims: u64 = docs.iter().map(|d| d["claims"].as_u64().unwrap()).sum();
    assert_eq!(claims as usize, v["claims"].as_array().unwrap().len());
    let origins: Vec<&str> = docs.iter().map(|d| d["origin"].as_str().unwrap()).collect();

    for format in ["text", "md", "html"] {
        let out = contra_in(&dir, &args(&["check", "corpus", "--format", format]), None);
        let shown = String::from_utf8_lossy(&out.stdout);
        for o in &origins {
            assert!(shown.contains(o), "{format} does not list {o}");
        }
        assert!(shown.contains("7 checked, 6 skipped"), "{format} does not count the documents");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A copy of the bundled rules with one change, for the rule-file cases.
fn rules_with(dir: &Path, change: impl FnOnce(&Path)) -> String {
    let rules = dir.join("rules");
    copy_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules")), &rules);
    change(&rules);
    rules.display().to_string()
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

fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, f(text)).unwrap();
}

/// Bad rule files stop every command that uses them with exit 2 and a rustc-style
/// diagnostic naming the file and line, before any document is read.
#[test]
fn bad_rule_files() {
    type Change = Box<dyn FnOnce(&Path)>;
    let cases: Vec<(&str, Change, Vec<&str>)> = vec![
        (
            "unknown-kind",
            Box::new(|r: &Path| {
                edit(&r.join("polarity/negated-event.toml"), |t| {
                    t.replace("kind = \"polarity\"", "kind = \"polarityy\"")
                })
            }),
            vec!["unknown rule kind `polarityy`", "polarity/negated-event.toml:1:1", "help: use one of"],
        ),
        (
            "missing-field",
            Box::new(|r: &Path| {
                edit(&r.join("numbers/death-toll-mismatch.toml"), |t| {
                    t.lines().filter(|l| !l.starts_with("level")).collect::<Vec<_>>().join("\n")
                })
            }),
            vec!["missing field `level`", "numbers/death-toll-mismatch.toml:1", "help:"],
        ),
        (
            "duplicate-id",
            Box::new(|r: &Path| {
                std::fs::create_dir_all(r.join("extra")).unwrap();
                std::fs::copy(r.join("polarity/negated-event.toml"), r.join("extra/negated-event.toml")).unwrap();
            }),
            vec!["duplicate rule id `negated-event`", "negated-event.toml:1", "rename one of the files"],
        ),
        (
            "bad-regex",
            Box::new(|r: &Path| {
                edit(&r.join("polarity/negated-event.toml"), |t| {
                    t.replacen("\n[params]", "\nexclude = ['(unclosed']\n[params]", 1)
                })
            }),
            vec!["invalid regular expression in `exclude`", "polarity/negated-event.toml:", "help: fix the pattern"],
        ),
        (
            "example-does-not-flag",
            Box::new(|r: &Path| {
                edit(&r.join("polarity/negated-event.toml"), |t| {
                    let b = t.lines().find(|l| l.starts_with("b = ")).unwrap().to_string();
                    t.replacen(&b, "b = \"The weather was fine in Seoul.\"", 1)
                })
            }),
            vec!["[[flag]] example 1 does not flag", "polarity/negated-event.toml:", "contra rules test"],
        ),
        (
            "unknown-measure-in-lexicon",
            Box::new(|r: &Path| {
                edit(&r.join("lexicon/measures.toml"), |t| {
                    t.replacen("compared-in-document = [\"deaths\"", "compared-in-document = [\"deathz\"", 1)
                })
            }),
            vec!["`deathz`, which is no measure class", "lexicon/measures.toml:", "help: name a [measure.NAME]"],
        ),
        (
            "unknown-group-in-lexicon",
            Box::new(|r: &Path| {
                edit(&r.join("lexicon/measures.toml"), |t| {
                    t.replacen("apart-from-anyone = [\"attackers\"", "apart-from-anyone = [\"atackers\"", 1)
                })
            }),
            vec!["`atackers`, which is no group", "lexicon/measures.toml:", "help: name a key of the [groups]"],
        ),
        (
            "not-toml",
            Box::new(|r: &Path| std::fs::write(r.join("polarity/broken.toml"), "kind = \"polarity\nlevel = ").unwrap()),
            vec!["invalid rule file", "polarity/broken.toml:1", "help:"],
        ),
    ];
    let mut failures = Vec::new();
    for (name, change, needles) in cases {
        let dir = scratch(&format!("rules-{name}"));
        let rules = rules_with(&dir, change);
        let article = write(&dir, "a.txt", ARTICLE.as_bytes());
        for command in [
            args(&["check", &article, "--rules", &rules]),
            args(&["pairs", "-", "--rules", &rules]),
            args(&["review", &article, "--sources", &article, "--rules", &rules]),
        ] {
            let out = contra_in(&dir, &command, Some(b"{\"id\":1,\"a\":\"x\",\"b\":\"y\"}\n"));
            let err = String::from_utf8_lossy(&out.stderr).into_owned();
            if out.status.code() != Some(2) || !err.starts_with("error: ") || !out.stdout.is_empty() {
                failures.push(format!("{name} {}: exit {:?}\n{err}", command[0], out.status.code()));
            }
            for n in &needles {
                if !err.contains(n) {
                    failures.push(format!("{name} {}: does not say `{n}`\n{err}", command[0]));
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `contra review` accounts for bad inputs as `check` does: a missing or unreadable draft or
/// source stops the run (exit 2, one line naming it); a source that is skipped is a warning
/// and is listed in the review; a draft that holds several documents is an error.
#[test]
fn review_with_bad_inputs() {
    let dir = scratch("review");
    let draft = write(&dir, "draft.md", ARTICLE.as_bytes());
    let source = write(&dir, "source.txt", ARTICLE.replace("37", "41").as_bytes());
    let empty = write(&dir, "empty.txt", b"");
    let two = write(
        &dir,
        "two.jsonl",
        b"{\"text\": \"The army said 37 soldiers died.\"}\n{\"text\": \"Police said 12 people were arrested.\"}\n",
    );
    let errors: Vec<(Vec<String>, Vec<&str>)> = vec![
        (args(&["review", "missing.md", "--sources", &source]), vec!["error: missing.md: no such file or directory"]),
        (args(&["review", &draft, "--sources", "nowhere"]), vec!["error: nowhere: no such file or directory"]),
        (args(&["review", &empty, "--sources", &source]), vec!["error: empty.txt: no readable document", "empty file"]),
        (args(&["review", &draft, "--sources", &empty]), vec!["error: empty.txt: no readable document"]),
        (args(&["review", &two, "--sources", &source]), vec!["error: two.jsonl: holds 2 documents", "--sources"]),
        (args(&["review", &draft, "--sources", &source, "--max-document-size", "12"]), vec!["error:", "too small"]),
    ];
    let mut failures = Vec::new();
    for (command, needles) in &errors {
        let out = contra_in(&dir, command, None);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        if out.status.code() != Some(2) || !out.stdout.is_empty() {
            failures.push(format!(
                "{command:?}: exit {:?}, stdout {} bytes\n{err}",
                out.status.code(),
                out.stdout.len()
            ));
        }
        for n in needles {
            if !err.contains(n) {
                failures.push(format!("{command:?}: does not say `{n}`\n{err}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));

    // A skipped source: a warning, and the review lists it.
    let out = contra_in(&dir, &args(&["review", &draft, "--sources", &source, &empty, "--format", "json"]), None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{err}");
    assert!(err.contains("warning: empty.txt: skipped: empty file"), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["draft"]["status"], "checked");
    assert_eq!(v["sources"].as_array().unwrap().len(), 1, "{}", v["sources"]);
    assert_eq!(v["skipped"].as_array().unwrap().len(), 1, "{}", v["skipped"]);
    assert_eq!(v["skipped"][0]["origin"], "empty.txt");
    let out = contra_in(&dir, &args(&["review", &draft, "--sources", &source, &empty]), None);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Inputs\n  skipped empty.txt: empty file"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
