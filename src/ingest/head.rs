//! What the head of a story says about it, for text that comes without metadata: pasted
//! wire copy carries its date and outlet in a dateline ("LUSANO, March 4, 2026 (Reuters) -
//! ...") or a byline ("By Ilse Marten | The Harbour Courier | Monday, 10 June 2024").

use crate::attribute::frames::canonical_outlet;
use crate::extract::time::full_date_in;
use crate::lexicon::Lexicon;
use jiff::civil::Date;

/// How many non-blank lines at the top of a story may carry its dateline or byline.
const HEAD_LINES: usize = 6;

/// How far into a lede its dateline may reach (bytes).
const DATELINE_REACH: usize = 100;

#[derive(Debug, Default, PartialEq)]
pub struct StoryHead {
    pub published: Option<Date>,
    pub outlet: Option<String>,
}

/// The date and outlet the first lines give. Only a full date counts, and only where a
/// dateline or byline stands: a date in the headline or in running text is what the story
/// is about, not when it was written.
pub fn read(text: &str, lex: &Lexicon) -> StoryHead {
    let mut head = StoryHead::default();
    for (k, line) in text.lines().map(str::trim).filter(|l| !l.is_empty()).take(HEAD_LINES).enumerate() {
        let Some(part) = head_part(line, k == 0) else { continue };
        if head.published.is_none() {
            head.published = full_date_in(part);
        }
        if head.outlet.is_none() {
            head.outlet = outlet_in(part, lex);
        }
        if head.published.is_some() && head.outlet.is_some() {
            break;
        }
    }
    head
}

/// The part of a head line where a dateline or byline may stand: a short line that is no
/// sentence (a byline, or a dateline on a line of its own), or the place-and-date opening
/// of a lede, before the dash that ends the dateline. A headline (the first line) counts
/// only when it is as short as a byline.
fn head_part(line: &str, first: bool) -> Option<&str> {
    let words = line.split_whitespace().count();
    let sentence = line.ends_with(['.', '!', '?', '"', '”']);
    let byline = is_byline(line);
    if first {
        return (words <= 8 && (byline || !sentence)).then_some(line);
    }
    if words <= 25 && (byline || !sentence) {
        return Some(line);
    }
    // The dateline may also sit between two dashes ("RAVNO, Kasvenia (AP) - April 9, 2026 -").
    let dash = [" - ", " — ", " – ", "—"]
        .iter()
        .flat_map(|d| line.match_indices(d).map(|(i, _)| i))
        .filter(|&i| i <= DATELINE_REACH)
        .max()?;
    Some(&line[..dash])
}

fn is_byline(line: &str) -> bool {
    ["By ", "Published", "Posted", "Updated"].iter().any(|o| line.starts_with(o))
}

/// The outlet a dateline names in brackets ("(Reuters)", "(Nordic Press Agency, NPA)"), or
/// a byline after the writer's name ("By Jonas Petrović, Associated Press", "By Ilse Marten
/// | The Harbour Courier | Monday, 10 June 2024"). A known outlet gets its usual name.
fn outlet_in(part: &str, lex: &Lexicon) -> Option<String> {
    let named = |name: &str| {
        let name = name.trim();
        canonical_outlet(name, lex).or_else(|| looks_like_a_name(name).then(|| name.to_string()))
    };
    if let Some(open) = part.find('(')
        && let Some(len) = part[open + 1..].find(')')
    {
        let inside = &part[open + 1..open + 1 + len];
        return inside.split(',').next().and_then(named);
    }
    if !part.starts_with("By ") {
        return None;
    }
    // The writer's name comes first; the outlet is the next part that is no date.
    part.split([',', '|', '·'])
        .skip(1)
        .map(str::trim)
        .find(|p| !p.is_empty() && full_date_in(p).is_none() && !p.chars().any(|c| c.is_ascii_digit()))
        .and_then(named)
}

/// A name as outlets are written: one to six words, each capitalised or joining ("of",
/// "the", "and"), with no digits.
fn looks_like_a_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "of" | "the" | "and" | "de" | "du" | "la" | "le")
        })
        && !s.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(text: &str) -> StoryHead {
        read(text, Lexicon::bundled())
    }

    #[test]
    fn a_dateline_opening_the_lede_gives_date_and_outlet() {
        let h = head(
            "Ministry denies port sale talks\n\nLUSANO, March 4, 2026 (Reuters) - The finance ministry on Wednesday \
             denied a newspaper report that it had secretly negotiated a sale.",
        );
        assert_eq!(h.published.map(|d| d.to_string()).as_deref(), Some("2026-03-04"));
        assert_eq!(h.outlet.as_deref(), Some("Reuters"));
    }

    #[test]
    fn a_byline_line_gives_date_and_outlet() {
        let h = head(
            "Stadium vote timing questioned\nBy Ilse Marten | The Harbour Courier | Monday, 10 June 2024\n\n\
             BRENNICK — The row over the stadium took an odd turn.",
        );
        assert_eq!(h.published.map(|d| d.to_string()).as_deref(), Some("2024-06-10"));
        assert_eq!(h.outlet.as_deref(), Some("The Harbour Courier"));
    }

    #[test]
    fn a_date_between_two_dashes_and_a_known_outlet_by_its_short_name() {
        let h = head(
            "Minister says secret meeting never happened\n\nBy Jonas Petrović\n\nRAVNO, Kasvenia (AP) - April 9, \
             2026 - The defence ministry on Thursday flatly denied a newspaper report.",
        );
        assert_eq!(h.published.map(|d| d.to_string()).as_deref(), Some("2026-04-09"));
        assert_eq!(h.outlet.as_deref(), Some("Associated Press"));
    }

    #[test]
    fn dates_in_the_headline_or_the_running_text_are_not_the_story_date() {
        let h = head(
            "Election set for March 4, 2026 as parliament dissolves itself after months of deadlock\n\n\
             The vote, which the president announced on January 9, 2026 after a long night of talks with party \
             leaders in the capital, will be the third in two years.",
        );
        assert_eq!(h, StoryHead::default());
    }
}
