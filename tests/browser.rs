//! The HTML report in a real browser: the seed's report opened in Debian's headless Chromium,
//! driven by playwright-core (tests/browser/report.cjs), checking that the contested points
//! are visible first and that the outlet filter hides and shows claims; screenshots are saved
//! under the build directory (target/tmp/browser/).
//!
//! Needs /usr/bin/chromium (or CONTRA_CHROMIUM), node, and playwright-core installed in
//! CONTRA_PLAYWRIGHT_DIR (default target/browser-node; `.ci/run` installs all three). Without
//! them the test is skipped with a message, unless CONTRA_BROWSER_TEST=1 makes it mandatory.

use contra::engine::RuleSet;
use contra::ingest::{self, IngestOptions};
use contra::lexicon::{Lexicon, RuleSource};
use std::path::{Path, PathBuf};
use std::process::Command;

const SEED: &str = "examples/budapest-press-review.txt";

fn required() -> bool {
    std::env::var("CONTRA_BROWSER_TEST").is_ok_and(|v| v == "1")
}

/// What is missing to run the test, if anything.
fn missing(chromium: &Path, playwright: &Path) -> Option<String> {
    if !chromium.is_file() {
        return Some(format!(
            "no Chromium at {} (apt-get install chromium, or set CONTRA_CHROMIUM)",
            chromium.display()
        ));
    }
    if Command::new("node").arg("--version").output().map(|o| !o.status.success()).unwrap_or(true) {
        return Some("no node on PATH".into());
    }
    if !playwright.join("node_modules/playwright-core/package.json").is_file() {
        return Some(format!(
            "no playwright-core in {} (npm install --prefix {} playwright-core, or run .ci/run)",
            playwright.display(),
            playwright.display()
        ));
    }
    None
}

#[test]
fn html_report_in_headless_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium =
        std::env::var_os("CONTRA_CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let playwright =
        std::env::var_os("CONTRA_PLAYWRIGHT_DIR").map_or_else(|| root.join("target/browser-node"), PathBuf::from);
    if let Some(why) = missing(&chromium, &playwright) {
        assert!(!required(), "CONTRA_BROWSER_TEST=1 but the browser test cannot run: {why}");
        eprintln!(
            "skipping the browser test: {why}; .ci/run installs what it needs (CONTRA_BROWSER_TEST=1 makes it mandatory)"
        );
        return;
    }

    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    let html = out.join("seed-report.html");
    let run = Command::new(env!("CARGO_BIN_EXE_contra"))
        .current_dir(root)
        .args(["check", SEED, "-o"])
        .arg(&html)
        .output()
        .expect("run contra");
    assert_eq!(run.status.code(), Some(1), "contested points found: {}", String::from_utf8_lossy(&run.stderr));

    // What the page must show, from the same report through the library.
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).unwrap();
    let corpus = ingest::read_paths(&[root.join(SEED).display().to_string()], &IngestOptions::default(), lex).unwrap();
    let report = contra::check(corpus, &rules, lex);
    let conflicts: Vec<_> = report.conflicts().collect();
    assert!(!conflicts.is_empty(), "the seed has contested points");
    let first = conflicts[0];
    let contested_words: Vec<String> = first.members.iter().map(|side| report.words(side[0])).collect();
    // Filter by the outlet of the first conflict's last side; keys are o1, o2... in order of
    // first appearance, as the HTML printer numbers them.
    let claim = *first.members.last().unwrap().first().unwrap();
    let outlet = report.outlet_of(claim).to_string();
    let key = format!("o{}", report.outlets().iter().position(|o| *o == outlet).unwrap() + 1);

    let screenshot = out.join("seed-report.png");
    let config = serde_json::json!({
        "url": format!("file://{}", html.display()),
        "chromium": chromium,
        "playwright": playwright.join("node_modules"),
        "userDataDir": out.join("chromium-profile"),
        "screenshot": screenshot,
        "contested": conflicts.len(),
        "contestedWords": contested_words,
        "outlet": outlet,
        "outletKey": key,
    });
    let config_path = out.join("config.json");
    std::fs::write(&config_path, serde_json::to_vec_pretty(&config).unwrap()).unwrap();
    let node =
        Command::new("node").arg(root.join("tests/browser/report.cjs")).arg(&config_path).output().expect("run node");
    let log = format!("{}{}", String::from_utf8_lossy(&node.stdout), String::from_utf8_lossy(&node.stderr));
    eprintln!("{log}");
    assert!(node.status.success(), "the browser checks failed:\n{log}");
    assert!(screenshot.is_file(), "no screenshot at {}", screenshot.display());
}
