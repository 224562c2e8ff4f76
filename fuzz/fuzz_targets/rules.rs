//! The rule loader: any text as one rule file beside the bundled lexicons (the first byte
//! picks the file's folder, so kinds and ids vary). Errors are diagnostics, never panics;
//! a rule that loads has its examples run.
#![no_main]

use contra::engine::{RuleSet, check_examples};
use contra::lexicon::{Lexicon, RuleFile, RuleSource};
use libfuzzer_sys::fuzz_target;

const FOLDERS: &[&str] =
    &["polarity", "numbers", "time", "agreement", "stance", "event-status", "denial", "update", "opposed", "tone"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let mut source = RuleSource::bundled();
    source.files.retain(|f| f.rel.starts_with("lexicon/"));
    let rel = format!("{}/fuzz.toml", FOLDERS[pick as usize % FOLDERS.len()]);
    source.files.push(RuleFile { display: format!("rules/{rel}"), rel, text: text.to_string() });
    let lex = Lexicon::bundled();
    match RuleSet::load(&source, lex) {
        Ok(rules) => {
            let _ = check_examples(&rules, lex);
        }
        Err(diags) => assert!(!diags.is_empty()),
    }
});
