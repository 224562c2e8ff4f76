//! segment: `Document` -> `Vec<Sentence>` with byte spans into the original text.
//!
//! Sentence splitting proper (abbreviations such as U.S., Maj., i.e.; quotations that hold
//! several sentences) is sentencex's job. Around it, this stage decides what sentencex
//! cannot see: which line breaks end a unit (headlines and bullets without a full stop),
//! which are hard wraps inside a sentence (old web archives break lines and even
//! paragraphs mid-sentence), and which lines are page chrome.

use crate::model::{Document, Sentence, SentenceKind, Span};

/// A stretch of text that sentencex splits further: one paragraph, headline or bullet.
#[derive(Debug, Clone, Copy)]
struct Unit {
    span: Span,
    paragraph: usize,
    /// Ends without sentence punctuation on a line of its own (title, subtitle).
    headline: bool,
}

/// The longest stretch read as one sentence, in bytes. Work on a sentence grows faster than
/// its length (every frame looks at every word), and a run-on stretch this long is not
/// prose anyway (a transcript without full stops, a pasted data blob): longer ones are cut
/// at the last comma, semicolon or space before the limit and each piece is read alone.
/// Real news sentences stay far below it (the longest in the test articles is under 1 KB).
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// Splits a document's text into sentences, leaving out page chrome.
pub fn segment(doc: &Document) -> Vec<Sentence> {
    let mut out = Vec::new();
    for unit in units(&doc.text, &doc.chrome) {
        let text = unit.span.slice(&doc.text);
        let pieces = if unit.headline { vec![(0, text.len())] } else { split_sentences(text) };
        let section_label = !unit.headline && opens_with_a_section_label(text, &pieces);
        for (n, (start, end)) in pieces.into_iter().flat_map(|(s, e)| cap(text, s, e, MAX_SENTENCE_BYTES)).enumerate() {
            let raw = &text[start..end];
            let lead = raw.len() - raw.trim_start().len();
            let trimmed = raw.trim();
            if trimmed.is_empty() || !trimmed.chars().any(char::is_alphanumeric) {
                continue;
            }
            let span = Span::new(unit.span.start + start + lead, unit.span.start + start + lead + trimmed.len());
            let kind = if unit.headline {
                if is_label(trimmed) { SentenceKind::Label } else { SentenceKind::Headline }
            } else if n == 0 && section_label {
                SentenceKind::Label
            } else {
                SentenceKind::Body
            };
            out.push(Sentence { span, kind, paragraph: unit.paragraph });
        }
    }
    out
}

/// A paragraph opening with a section's name in capitals before its running text: "THE
/// SCOOP. Bloomberg News reported on Friday ...". The name says nothing, and names no one.
fn opens_with_a_section_label(text: &str, pieces: &[(usize, usize)]) -> bool {
    let [(s0, e0), (s1, e1), ..] = pieces else { return false };
    let first = &text[*s0..*e0];
    let words = first.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    words >= 2 && !first.chars().any(char::is_lowercase) && text[*s1..*e1].chars().any(char::is_lowercase)
}

/// sentencex boundaries, with fragments it leaves after "a.m."/"p.m." joined back.
fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut pieces: Vec<(usize, usize)> = sentencex::get_sentence_boundaries("en", text)
        .into_iter()
        .filter(|b| !b.is_paragraph_break)
        .map(|b| (b.start_byte, b.end_byte))
        .collect();
    // Joined in one pass (not by removing from the vector): a paragraph of many joined
    // fragments must not cost quadratic time.
    let mut joined: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for piece in pieces.drain(..) {
        if let Some(last) = joined.last_mut() {
            let prev = text[last.0..last.1].trim_end();
            let next = text[piece.0..piece.1].trim();
            let time_fragment =
                (prev.ends_with("a.m.") || prev.ends_with("p.m.")) && next.split_whitespace().nth(2).is_none();
            // A split right after an opening quotation mark (`escalation. "` + `Tomahawks" are`).
            let split_open_quote = prev.ends_with(" \"") || prev.ends_with(" “") || prev.ends_with(" ‘");
            let lowercase_start = next.chars().next().is_some_and(char::is_lowercase) && !ends_clause(prev);
            // A name's initial ("that Dario M." + "was arrested on Friday"): a lowercase word
            // goes on the sentence.
            let after_initial = next.chars().next().is_some_and(char::is_lowercase) && ends_with_initial(prev);
            if time_fragment || lowercase_start || split_open_quote || after_initial {
                last.1 = piece.1;
                continue;
            }
        }
        joined.push(piece);
    }
    joined
}

/// `text[start..end]` in pieces of at most `max` bytes (see `MAX_SENTENCE_BYTES`), each cut
/// after the last comma, semicolon or colon before the limit, else after the last space,
/// else at a character boundary.
fn cap(text: &str, start: usize, end: usize, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = start;
    while end - from > max {
        let mut limit = from + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[from..limit];
        let cut = window
            .rfind([',', ';', ':'])
            .map(|i| i + 1)
            .filter(|&i| i > max / 2)
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
            .unwrap_or(window.len());
        out.push((from, from + cut));
        from += cut;
    }
    out.push((from, end));
    out
}

/// The text ends on a name's initial: a capital letter and a full stop after a capitalised
/// word ("Dario M.", "John F.").
fn ends_with_initial(s: &str) -> bool {
    let mut words = s.trim_end().rsplit(char::is_whitespace);
    let last = words.next().unwrap_or("");
    let before = words.next().unwrap_or("");
    let mut chars = last.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
        && before.chars().next().is_some_and(char::is_uppercase)
}

/// The text ends with sentence punctuation (possibly inside a closing quote).
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…'])
}

fn ends_clause(s: &str) -> bool {
    ends_sentence(s) && !s.trim_end().ends_with("i.e.") && !s.trim_end().ends_with("e.g.")
}

/// A dateline or press-review label: `Sofia, November 9 (BTA)`, `"Douma":`, `Press Review`.
fn is_label(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (s.ends_with(')') && s.contains('(') && words <= 8)
        || (s.ends_with(':') && words <= 4)
        || (words <= 3 && s.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase)))
}

/// Lines grouped into units: paragraphs (joined across hard wraps), headlines and bullets.
fn units(text: &str, chrome: &[Span]) -> Vec<Unit> {
    // (span of the line's content, blank?, chrome?)
    let mut lines: Vec<(Span, bool, bool)> = Vec::new();
    let mut pos = 0;
    // Chrome spans come in text order, as lines do: one cursor walks them, so marking costs
    // linear time on a page with thousands of chrome lines.
    let mut next_chrome = 0;
    for raw in text.split_inclusive(['\n']) {
        let start = pos;
        pos += raw.len();
        // A lone '\r' (old Mac line endings) also ends a line.
        let mut sub = start;
        for part in raw.split_inclusive('\r') {
            let content = part.trim_end_matches(['\n', '\r']);
            let lead = content.len() - content.trim_start().len();
            let s = Span::new(sub + lead, sub + lead + content.trim().len());
            let blank = content.trim().is_empty();
            while next_chrome < chrome.len() && chrome[next_chrome].end <= s.start {
                next_chrome += 1;
            }
            let is_chrome =
                !blank && chrome[next_chrome..].iter().take_while(|c| c.start < s.end).any(|c| c.overlaps(s));
            lines.push((s, blank, is_chrome));
            sub += part.len();
        }
    }

    let mut units: Vec<Unit> = Vec::new();
    let mut current: Option<Unit> = None;
    let mut paragraph = 0;
    let mut last_line_text = "";
    let mut gap = false; // a blank or chrome line since the current unit's last line
    for (i, &(span, blank, is_chrome)) in lines.iter().enumerate() {
        if blank || is_chrome {
            if current.is_some() {
                gap = true;
            }
            continue;
        }
        let line = span.slice(text);
        let next_line = lines[i + 1..].iter().find(|(_, b, c)| !*b && !*c).map(|(s, _, _)| s.slice(text));
        let starts_new = match current {
            None => true,
            Some(_) if gap => {
                // A paragraph broken mid-sentence continues when the next starts lowercase.
                !(!ends_sentence(last_line_text)
                    && !is_headline_line(last_line_text, Some(line))
                    && starts_lowercase(line))
            }
            Some(_) => {
                is_bullet(line)
                    || is_headline_line(last_line_text, Some(line))
                    || is_time_stamp(last_line_text)
                    || is_time_stamp(line)
            }
        };
        if starts_new {
            if let Some(u) = current.take() {
                units.push(u);
            }
            if gap || units.is_empty() {
                paragraph += usize::from(!units.is_empty());
            }
            current = Some(Unit { span, paragraph, headline: false });
        } else if let Some(u) = current.as_mut() {
            u.span.end = span.end;
        }
        gap = false;
        last_line_text = line;
        // Mark as headline a unit that is one line without sentence punctuation followed by
        // a break (blank line, end of text, or a new unit).
        if let Some(u) = current.as_mut() {
            let single_line = u.span == span;
            let next_continues = next_line
                .is_some_and(|n| !is_headline_line(line, Some(n)) && !ends_sentence(line) && starts_lowercase(n));
            u.headline = single_line
                && line.split_whitespace().count() <= 25
                && !ends_sentence(line)
                && !next_continues
                && (is_headline_line(line, next_line)
                    || next_line.is_none()
                    || lines.get(i + 1).is_some_and(|l| l.1 || l.2));
        }
    }
    if let Some(u) = current {
        units.push(u);
    }
    units
}

/// A live blog's time stamp on a line of its own: "8:05 a.m.", "19:40", "3.20pm GMT". It
/// stamps the entry below it and is no part of its first sentence.
fn is_time_stamp(line: &str) -> bool {
    let t = line.trim();
    let digits = |s: &str| s.len() <= 2 && !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let (clock, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
    let clock = clock.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let Some((h, m)) = clock.split_once([':', '.']) else { return false };
    let zone = ["", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "cet", "est", "bst", "local"];
    digits(h)
        && m.len() == 2
        && digits(m)
        && rest.split_whitespace().count() <= 2
        && rest.split_whitespace().all(|w| zone.contains(&w.to_lowercase().as_str()))
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase)
}

fn is_bullet(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") || t.starts_with("– ") || {
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        !digits.is_empty()
            && digits.len() <= 2
            && (t[digits.len()..].starts_with(". ") || t[digits.len()..].starts_with(") "))
    }
}

/// A line that stands alone: no sentence punctuation, not ending in a word that needs a
/// continuation, short, and followed by a line that starts a new sentence.
fn is_headline_line(line: &str, next: Option<&str>) -> bool {
    if ends_sentence(line) {
        return false;
    }
    let t = line.trim_end();
    if t.ends_with([',', ';', '-', '–', '—', '(']) {
        return false;
    }
    let last_word = t.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
    const CONTINUES: &[&str] = &[
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "but", "that", "from", "as",
        "his", "her", "its", "their", "said", "says", "is", "are", "was", "were", "has", "have", "had", "will",
        "would", "which", "who", "than", "into", "about", "after", "before", "between", "mr.", "mrs.", "dr.",
    ];
    if CONTINUES.contains(&last_word.as_str()) {
        return false;
    }
    let words = t.split_whitespace().count();
    let next_starts_upper = next.is_none_or(|n| !starts_lowercase(n));
    next_starts_upper && (words <= 25 || t.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn doc(text: &str) -> Document {
        Document {
            id: "t".into(),
            origin: "t.txt".into(),
            outlet: None,
            published: None,
            title: None,
            url: None,
            language: None,
            role: Default::default(),
            chrome: crate::ingest::chrome::find(text, Lexicon::bundled()),
            text: text.into(),
            body_line: 1,
            metadata: Default::default(),
            lines: Default::default(),
            truncated_from: None,
        }
    }

    fn sentences(text: &str) -> Vec<(String, SentenceKind)> {
        let d = doc(text);
        segment(&d).into_iter().map(|s| (s.span.slice(&d.text).to_string(), s.kind)).collect()
    }

    #[test]
    fn a_run_on_stretch_is_cut_into_pieces_under_the_limit() {
        let clause = "the army said 37 soldiers were killed near Kyiv, and ";
        let text = format!("Officials said {}nothing.", clause.repeat(400));
        let d = doc(&text);
        let got = segment(&d);
        assert!(got.len() >= text.len() / MAX_SENTENCE_BYTES, "{}", got.len());
        for s in &got {
            assert!(s.span.len() <= MAX_SENTENCE_BYTES);
            // Cut after a comma, so every piece but the last ends with one.
            assert!(s.span.slice(&text).ends_with(',') || s.span.end == text.len(), "{:?}", s.span);
        }
    }

    #[test]
    fn a_long_word_without_spaces_is_cut_on_character_boundaries() {
        let text = "Ж".repeat(MAX_SENTENCE_BYTES * 2);
        let pieces = cap(&text, 0, text.len(), MAX_SENTENCE_BYTES);
        assert_eq!(pieces.first().map(|p| p.0), Some(0));
        assert_eq!(pieces.last().map(|p| p.1), Some(text.len()));
        for (a, b) in pieces {
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b) && b - a <= MAX_SENTENCE_BYTES);
        }
    }

    #[test]
    fn seed_opening_headline_subtitle_and_body() {
        let text = "Link to main version\n\n193\n\nUS officials confirm: Trump has suspended work on preparing a second meeting with Putin\n\nZelensky said on Tuesday that Ukraine has accepted Trump's proposal to end fighting along the front line, but stressed that Russia has rejected it\n\nСнимка: БГНЕС/ EPA\n\nThe White House announced that the planned meeting is no longer planned, writes \"Politico\". \"Politico\" focuses on the statement.\n";
        let got = sentences(text);
        assert_eq!(got.len(), 4, "{got:#?}");
        assert_eq!(got[0].0, "US officials confirm: Trump has suspended work on preparing a second meeting with Putin");
        assert_eq!(got[0].1, SentenceKind::Headline);
        assert!(got[1].0.ends_with("Russia has rejected it"));
        assert_eq!(got[2].1, SentenceKind::Body);
    }

    #[test]
    fn a_names_initial_does_not_end_a_sentence() {
        let text = "The paper reported that Dario M. was arrested on Friday. He was handed over on Monday.";
        let pieces: Vec<&str> = split_sentences(text).into_iter().map(|(s, e)| text[s..e].trim()).collect();
        assert_eq!(
            pieces,
            vec!["The paper reported that Dario M. was arrested on Friday.", "He was handed over on Monday."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let got = sentences(
            "According to China’s Xinhua News Agency, the U.S. Defense Department confirmed that there was no new missile launch. Maj. Gen. John Smith said so. The quake of Jan. 12 killed many.",
        );
        assert_eq!(got.len(), 3, "{got:#?}");
    }

    #[test]
    fn hard_wrapped_lines_are_one_sentence() {
        let text = "The White House said Tuesday a news\nreport claiming a major international bank was\nsubpoenaed is false.\nPress secretary Sarah Sanders was asked about it.";
        let got = sentences(text);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(got[0].0.starts_with("The White House said Tuesday a news\nreport"));
    }

    #[test]
    fn a_paragraph_broken_mid_sentence_is_joined() {
        let text = "Haiti issued wildly conflicting death tolls for the\n\nearthquake on Wednesday, adding to confusion.\n\nA day after the minister spoke, her office put out a statement.";
        let got = sentences(text);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(got[0].0.ends_with("adding to confusion."));
    }

    #[test]
    fn missing_space_after_full_stop_still_splits() {
        let got =
            sentences("NHK apologized for a false report on Friday.The Japanese public broadcaster posted an alert.");
        assert_eq!(got.len(), 2, "{got:#?}");
    }

    #[test]
    fn a_live_blogs_time_stamp_is_no_part_of_its_entry() {
        let s = sentences(
            "Here's the latest:\n\n8:05 a.m.\nCoast guard says at least 23 bodies recovered\n\n19:40\nPolice revise their estimate.\n",
        );
        let texts: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
        assert!(texts.contains(&"Coast guard says at least 23 bodies recovered"), "{texts:?}");
        assert!(texts.contains(&"Police revise their estimate."), "{texts:?}");
        // A sentence that merely ends on a time is no stamp.
        assert!(!super::is_time_stamp("The ferry left at 10:20 p.m. on Friday"));
        assert!(super::is_time_stamp("3.20pm GMT"));
    }

    #[test]
    fn bullets_are_their_own_sentences() {
        let got =
            sentences("Key points:\n- The army puts the toll at 37\n- A senator says more than 200 were killed\n");
        assert_eq!(got.iter().filter(|(s, _)| s.starts_with("- ")).count(), 2, "{got:#?}");
    }

    #[test]
    fn a_section_label_in_capitals_opening_a_paragraph() {
        let text = "Intro line of the review here.\n\nTHE MEETING THAT WASN'T - OR WAS. The French business daily Les Echos went further on Monday. It said so.\n\nALL CAPS WIRE COPY. EVERY SENTENCE IN CAPITALS.";
        let got = sentences(text);
        let kinds: Vec<SentenceKind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(got[1].0, "THE MEETING THAT WASN'T - OR WAS.", "{got:#?}");
        assert_eq!(kinds[1], SentenceKind::Label);
        assert_eq!(kinds[2], SentenceKind::Body);
        // A paragraph all in capitals is running text, not a label over it.
        assert_eq!(&kinds[4..], &[SentenceKind::Body, SentenceKind::Body], "{got:#?}");
    }

    #[test]
    fn datelines_and_labels() {
        let got =
            sentences("Press Review\n\nSofia, November 9 (BTA)\n\n\"Douma\": The paper says that prosecutors acted.");
        assert_eq!(got[0].1, SentenceKind::Label);
        assert_eq!(got[1].1, SentenceKind::Label);
        assert_eq!(got[2].1, SentenceKind::Body);
    }

    #[test]
    fn quotes_spanning_sentences_stay_whole() {
        let got = sentences(
            "The newspaper draws attention to Trump's words that \"I don't want to waste my time. I don't want to waste time until I see what happens\".",
        );
        assert_eq!(got.len(), 1, "{got:#?}");
    }
}
