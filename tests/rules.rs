//! Every bundled rule carries examples that must flag and examples that must not; the
//! build fails if any example goes the wrong way or a rule lacks either kind.

use contra::engine::{RuleSet, test_rule};
use contra::lexicon::{Lexicon, RuleSource};

#[test]
fn every_rule_has_flag_and_allow_examples_that_pass() {
    let lex = Lexicon::bundled();
    let rules = RuleSet::load(&RuleSource::bundled(), lex).expect("bundled rules load");
    assert!(rules.rules.len() >= 15, "expected the bundled rule set, got {} rules", rules.rules.len());
    let mut failures = Vec::new();
    for rule in &rules.rules {
        assert!(!rule.flag.is_empty() && !rule.allow.is_empty(), "{} lacks flag or allow examples", rule.id);
        for r in test_rule(rule, &rules, lex) {
            if !r.passed {
                failures.push(format!("{} ({}): a={:?} b={:?} fired={:?}", r.rule, r.expect, r.a, r.b, r.fired));
            }
        }
    }
    assert!(failures.is_empty(), "rule examples failed:\n{}", failures.join("\n"));
}

#[test]
fn a_rule_without_allow_examples_does_not_load() {
    let mut source = RuleSource::bundled();
    let file = source.files.iter_mut().find(|f| f.rel == "numbers/death-toll-mismatch.toml").unwrap();
    file.text = file.text.split("[[allow]]").next().unwrap().to_string();
    let err = RuleSet::load(&source, Lexicon::bundled()).err().expect("must not load");
    let shown = err.iter().map(|d| d.render(false)).collect::<String>();
    assert!(shown.contains("no [[allow]] example") && shown.contains("death-toll-mismatch.toml"), "{shown}");
}
