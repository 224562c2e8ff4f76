//! `contra pairs` input: JSONL lines of sentence pairs, any bytes. A broken line is an
//! error with its number; a good one is judged with the bundled rules.
#![no_main]

use contra::engine::RuleSet;
use contra::lexicon::{Lexicon, RuleSource};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    let lex = Lexicon::bundled();
    let rules = RULES.get_or_init(|| RuleSet::load(&RuleSource::bundled(), lex).expect("bundled rules load"));
    let mut out = Vec::new();
    let _ = contra::pairs::stream("fuzz.jsonl", data, &mut out, rules, lex);
});
