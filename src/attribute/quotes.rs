//! Who a claim quotes, and whose words a claim says were never said: the two ends of a
//! denied quotation ("the paper wrote that Koszel told the executives that ..." / "I never
//! said those words," he wrote).

use crate::lexicon::{Lexicon, VerbClass};
use crate::text::Token;

/// The people whose words a claim tells, by the last word of their name, lower-case: a name
/// right before a verb of saying ("Koszel told the executives that", "quoted Vangsaa as
/// telling investors").
pub fn quoted_people(tokens: &[Token], lex: &Lexicon) -> Vec<String> {
    let mut out = Vec::new();
    for k in 1..tokens.len() {
        if !lex.reporting.verbs.match_at(tokens, k).is_some_and(|(_, class)| *class == VerbClass::Say) {
            continue;
        }
        let name = if tokens[k - 1].is("as") && k >= 2 { k - 2 } else { k - 1 };
        let t = &tokens[name];
        let sentence_opener = name == 0 || tokens[name - 1].is_punct(".") || tokens[name - 1].is_punct("\"");
        if t.is_word() && t.is_capitalized() && !sentence_opener && !crate::syntax::is_determiner(&t.norm) {
            out.push(t.norm.to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whose words the claim says were never said, by the last word of the name: the name right
/// before the words that deny it ("Vangsaa never made that statement"), or the speaker for
/// "I" or "he" ("I never said those words," Koszel wrote). `cue_start` is where the words
/// that deny start among `tokens`.
pub fn misquoted_person(tokens: &[Token], cue_start: usize, speaker: Option<&str>) -> Option<String> {
    let mut at = cue_start.checked_sub(1)?;
    // "I have never said those words", "Koszel himself denied the quote".
    while matches!(tokens.get(at)?.norm.as_str(), "himself" | "herself" | "have" | "has" | "had" | "'ve") {
        at = at.checked_sub(1)?;
    }
    let before = tokens.get(at)?;
    if matches!(before.norm.as_str(), "i" | "he" | "she" | "we") {
        let last = speaker?.split_whitespace().last()?;
        return last.chars().next().is_some_and(char::is_uppercase).then(|| crate::text::normalize(last));
    }
    (before.is_word() && before.is_capitalized()).then(|| before.norm.to_string())
}

/// The person a claim with a cue of the `misquote` class says was misquoted.
pub fn misquoted_in(tokens: &[Token], speaker: Option<&str>, lex: &Lexicon) -> Option<String> {
    let cue = lex.cues.classes.find_all(tokens).into_iter().find(|m| m.value == "misquote")?;
    misquoted_person(tokens, cue.start, speaker)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn quoted(text: &str) -> Vec<String> {
        quoted_people(&tokenize(text, 0), Lexicon::bundled())
    }

    fn misquoted(text: &str, speaker: Option<&str>) -> Option<String> {
        misquoted_in(&tokenize(text, 0), speaker, Lexicon::bundled())
    }

    #[test]
    fn who_a_claim_quotes() {
        assert_eq!(quoted("the paper wrote that Koszel told the executives that \"the licence is yours\""), ["koszel"]);
        assert_eq!(quoted("The Ledger quoted chief executive Frederik Vangsaa as telling investors that"), ["vangsaa"]);
        // A sentence's first word is no name to go by, nor is a name that does not speak.
        assert!(quoted("Police said two people died.").is_empty());
        assert!(quoted("the paper wrote that Koszel met the executives").is_empty());
    }

    #[test]
    fn whose_words_a_denial_says_were_never_said() {
        assert_eq!(
            misquoted("\"I never said those words, to anyone,\"", Some("Adrian Koszel")).as_deref(),
            Some("koszel")
        );
        assert_eq!(misquoted("Vangsaa never made that statement", Some("Olander")).as_deref(), Some("vangsaa"));
        assert_eq!(misquoted("Koszel himself denied the quote", None).as_deref(), Some("koszel"));
        assert_eq!(misquoted("\"I have never said those words,\"", Some("Vasso")).as_deref(), Some("vasso"));
        // "he" with no named speaker names nobody; no words of saying, no denial of them.
        assert_eq!(misquoted("he never said that", None), None);
        assert_eq!(misquoted("Koszel never met the executives", None), None);
    }
}
