//! Page chrome: navigation lines, photo credits, share buttons, "Read also" blocks and lone
//! numbers saved along with an article. They stay in the text (spans stay true) but are
//! marked so that no claim is drawn from them. The patterns are data: `rules/lexicon/chrome.toml`.

use crate::lexicon::Lexicon;
use crate::model::Span;

/// Spans of whole lines (without their line break) that are page chrome.
pub fn find(text: &str, lexicon: &Lexicon) -> Vec<Span> {
    let mut out = Vec::new();
    let mut in_link_block = false;
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            in_link_block = false;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(start + lead, start + lead + trimmed.len());
        if in_link_block || is_chrome_line(trimmed, lexicon) {
            out.push(span);
            if lexicon.chrome.block_starts.iter().any(|r| r.is_match(trimmed)) {
                in_link_block = true;
            }
        }
    }
    out
}

fn is_chrome_line(line: &str, lexicon: &Lexicon) -> bool {
    let chrome = &lexicon.chrome;
    if line.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || "/|-–.:,".contains(c)) {
        // Lone numbers: view counters, page numbers, gallery positions ("193", "1/5").
        return true;
    }
    if line.chars().count() > chrome.max_line_chars {
        return false;
    }
    if chrome.lines.iter().any(|r| r.is_match(line)) || chrome.block_starts.iter().any(|r| r.is_match(line)) {
        return true;
    }
    // Menus: short items separated by bars or bullets, with no sentence punctuation.
    let items: Vec<&str> = line.split(['|', '•', '·']).map(str::trim).filter(|s| !s.is_empty()).collect();
    items.len() >= 3 && items.iter().all(|i| i.split_whitespace().count() <= 3) && !line.contains(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chrome_lines(text: &str) -> Vec<&str> {
        find(text, Lexicon::bundled()).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn seed_chrome_is_found_and_text_is_not() {
        let text = "Link to main version\n\n193\n\nUS officials confirm: Trump has suspended work\n\nСнимка: БГНЕС/ EPA\n\nThe White House announced that the planned meeting is no longer planned.\n";
        assert_eq!(chrome_lines(text), vec!["Link to main version", "193", "Снимка: БГНЕС/ EPA"]);
    }

    #[test]
    fn photo_credit_with_date_prefix() {
        assert_eq!(
            chrome_lines(" date 2019-12 Photo : YONHAP News\n\nNHK has apologized."),
            vec!["date 2019-12 Photo : YONHAP News"]
        );
    }

    #[test]
    fn read_also_block_runs_to_the_blank_line() {
        let text = "Read also:\nPutin and Trump to meet in Budapest\nKremlin denies report\n\nThe Kremlin said there was never a set date.";
        assert_eq!(
            chrome_lines(text),
            vec!["Read also:", "Putin and Trump to meet in Budapest", "Kremlin denies report"]
        );
    }

    #[test]
    fn share_buttons_and_menus() {
        let text =
            "Share\nTweet\nHome | World | Politics | Sport\nA security official said the death toll was at least 70.";
        assert_eq!(chrome_lines(text), vec!["Share", "Tweet", "Home | World | Politics | Sport"]);
    }

    #[test]
    fn a_sentence_mentioning_a_photo_is_not_chrome() {
        let text = "The agency published a photo showing the damaged building, and officials said 12 people were hurt.";
        assert!(chrome_lines(text).is_empty());
    }
}
