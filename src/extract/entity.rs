//! Named entities: capitalised sequences split into titles, nationalities, known aliases
//! and names, each with a canonical key (the alias group's name, a person's surname), and
//! role mentions ("the Russian president") resolved to the person the document named in
//! that role.

use crate::lexicon::Lexicon;
use crate::model::{Entity, EntityKind, Span};
use crate::text::{Token, TokenKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

const CONNECTORS: &[&str] = &["of", "de", "von", "der", "van", "al", "bin", "la", "du", "del", "da", "&"];
const ORG_WORDS: &[&str] = &[
    "house",
    "ministry",
    "agency",
    "department",
    "council",
    "party",
    "bank",
    "office",
    "court",
    "committee",
    "commission",
    "government",
    "army",
    "forces",
    "police",
    "union",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "directorate",
    "institute",
    "university",
    "company",
    "corporation",
    "group",
    "service",
    "command",
    "register",
    "registry",
    "administration",
    "organization",
    "organisation",
    "foundation",
    "fund",
    "network",
    "campaign",
];

/// Document-wide memory: which capitalised words occur mid-sentence (so a capitalised
/// first word can be told from a name), and which person holds which role.
#[derive(Default)]
pub struct EntityMemory {
    pub names_mid_sentence: HashSet<String>,
    /// "president", "russia president" -> (key, text) of the person last named in that role.
    roles: HashMap<String, (String, String)>,
}

impl EntityMemory {
    pub fn new(all_tokens: &[&[Token]]) -> Self {
        let mut names = HashSet::new();
        for toks in all_tokens {
            for (k, t) in toks.iter().enumerate() {
                if k > 0
                    && t.is_capitalized()
                    && t.is_word()
                    && !toks[k - 1].is_punct(".")
                    && toks[k - 1].kind != TokenKind::Quote
                {
                    names.insert(t.norm.to_string());
                }
            }
        }
        EntityMemory { names_mid_sentence: names, roles: HashMap::new() }
    }
}

/// Entities mentioned in `tokens[range]`; `sentence_start` is the index of the sentence's
/// first token (a capitalised word there may be an ordinary word).
pub fn find(
    tokens: &[Token],
    range: Range<usize>,
    sentence_start: usize,
    memory: &mut EntityMemory,
    lex: &Lexicon,
) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    let mut k = range.start;
    while k < range.end {
        // Aliases that open with "the": "the Kremlin", "the North".
        if tokens[k].is("the")
            && tokens.get(k + 1).is_some_and(|t| t.is_capitalized())
            && let Some((end, (key, kind))) = lex.entities.aliases.match_at(tokens, k).map(|(e, v)| (e, v.clone()))
            && end <= range.end
            && end > k + 1
        {
            let text = tokens[k + 1..end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
            out.push(Entity { text, key, kind, span: Span::new(tokens[k + 1].span.start, tokens[end - 1].span.end) });
            k = end;
            continue;
        }
        // Role mentions: "the US president", "the Russian foreign minister".
        if tokens[k].is("the")
            && let Some((len, entity)) = role_mention(tokens, k + 1, range.end, memory, lex)
        {
            out.push(entity);
            k += 1 + len;
            continue;
        }
        if !is_name_token(tokens, k, sentence_start, memory, lex) {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k + 1;
        while end < range.end {
            let t = &tokens[end];
            if is_name_token(tokens, end, sentence_start, memory, lex) {
                end += 1;
            } else if CONNECTORS.contains(&t.norm.as_str())
                && end + 1 < range.end
                && tokens[end + 1].is_capitalized()
                && tokens[end + 1].is_word()
            {
                end += 2;
            } else {
                break;
            }
        }
        split_sequence(tokens, start..end, memory, lex, &mut out);
        k = end;
    }
    out.sort_by_key(|e| e.span);
    out.dedup_by(|a, b| a.key == b.key && a.kind == b.kind && a.span == b.span);
    out
}

/// Days and months are times, not entities.
pub(crate) const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
];

/// Words that open sentences without naming anyone.
const NOT_NAMES: &[&str] = &[
    "nobody",
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "nothing",
    "something",
    "everything",
    "none",
    "many",
    "most",
    "several",
    "both",
    "each",
    "all",
    "few",
    "other",
    "others",
    "people",
];

fn is_name_token(tokens: &[Token], k: usize, sentence_start: usize, memory: &EntityMemory, lex: &Lexicon) -> bool {
    let t = &tokens[k];
    if !t.is_word() || !t.is_capitalized() || t.norm == "i" || CALENDAR.contains(&t.norm.as_str()) {
        return false;
    }
    // The first word of a sentence, of a quotation, or after a colon may be capitalised
    // for that reason alone.
    let first_word = k == sentence_start
        || k > 0
            && (tokens[k - 1].kind == TokenKind::Quote
                || tokens[k - 1].is_punct(":")
                || tokens[k - 1].is_punct(".")
                || tokens[k - 1].is_punct("?")
                || tokens[k - 1].is_punct("!")
                || tokens[k - 1].is_punct("#"));
    // A capitalised "The" or "A" mid-sentence starts a name only when the name is known
    // ("The Hague", "The Wall Street Journal"); in a title-cased heading it is a word.
    let known_here = || lex.entities.aliases.contains_at(tokens, k) || lex.outlets.names.contains_at(tokens, k);
    if !first_word && lex.grammar.stopwords.contains(t.norm.as_str()) && !known_here() {
        return false;
    }
    if first_word {
        let acronym = t.text.len() > 1 && t.text.chars().all(|c| c.is_uppercase() || c == '.');
        let known = acronym
            || lex.entities.aliases.contains_at(tokens, k)
            || lex.outlets.names.contains_at(tokens, k)
            || lex.entities.demonym_at(tokens, k).is_some();
        if known {
            return true;
        }
        if lex.grammar.stopwords.contains(t.norm.as_str())
            || NOT_NAMES.contains(&t.norm.as_str())
            || lex.cues.negation.contains_at(tokens, k)
        {
            return false;
        }
        // "Rubio spoke", "Lavrov said": a capitalised first word followed by a verb or by
        // another name is a name too.
        let next = tokens.get(k + 1);
        let next_is_verb = next.is_some_and(|n| crate::syntax::verb_form(n, lex).is_some() && !n.is_capitalized());
        // "Rubio and Lavrov spoke", "Trump's position": coordinated or possessive names.
        let paired = next.is_some_and(|n| n.is("and") || n.is_punct(","))
            && tokens
                .get(k + 2)
                .is_some_and(|m| m.is_capitalized() && m.is_word() && !lex.grammar.stopwords.contains(m.norm.as_str()));
        let possessive = next.is_some_and(|n| n.is("'s"));
        return memory.names_mid_sentence.contains(t.norm.as_str()) || next_is_verb || paired || possessive;
    }
    true
}

/// Splits a capitalised sequence into titles (dropped), nationalities, aliases and names.
fn split_sequence(
    tokens: &[Token],
    range: Range<usize>,
    memory: &mut EntityMemory,
    lex: &Lexicon,
    out: &mut Vec<Entity>,
) {
    let mut k = range.start;
    let mut title: Option<String> = None;
    let mut nationality: Option<String> = None;
    let mut name_start: Option<usize> = None;
    let flush = |name_start: &mut Option<usize>,
                 end: usize,
                 title: &Option<String>,
                 nationality: &Option<String>,
                 memory: &mut EntityMemory,
                 out: &mut Vec<Entity>| {
        let Some(s) = name_start.take() else { return };
        if s >= end {
            return;
        }
        let words: Vec<&Token> =
            tokens[s..end].iter().filter(|t| t.is_word() && !CONNECTORS.contains(&t.norm.as_str())).collect();
        if words.is_empty() {
            return;
        }
        let text: String = tokens[s..end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
        let lower = text.to_lowercase();
        let org = lower.split(|c: char| !c.is_alphanumeric()).any(|w| ORG_WORDS.contains(&w));
        let span = Span::new(tokens[s].span.start, tokens[end - 1].span.end);
        if org {
            out.push(Entity { text, key: lower, kind: EntityKind::Organisation, span });
            return;
        }
        // "Norvale Chemicals", "Belgor Coal": a firm, known later by the name before its
        // trade ("Norvale"), so that is its key.
        if words.len() >= 2 && words.last().is_some_and(|t| lex.entities.firm_name_ends.contains(t.norm.as_str())) {
            let name: Vec<&str> = words[..words.len() - 1].iter().map(|t| t.norm.as_str()).collect();
            out.push(Entity { text, key: name.join(" "), kind: EntityKind::Organisation, span });
            return;
        }
        let person = title.is_some() || words.len() >= 2;
        // Hyphenated pairs of names ("Trump-Putin") are two entities.
        if words.len() == 1
            && words[0].text.contains('-')
            && words[0].text.split('-').all(|p| p.chars().next().is_some_and(char::is_uppercase))
        {
            for part in words[0].text.split('-') {
                out.push(Entity { text: part.to_string(), key: part.to_lowercase(), kind: EntityKind::Other, span });
            }
            return;
        }
        let key =
            if person { words.last().map(|t| t.norm.to_string()).unwrap_or(lower.clone()) } else { lower.clone() };
        if let Some(t) = title {
            memory.roles.insert(t.clone(), (key.clone(), text.clone()));
            if let Some(n) = nationality {
                memory.roles.insert(format!("{n} {t}"), (key.clone(), text.clone()));
            }
        }
        out.push(Entity { text, key, kind: if person { EntityKind::Person } else { EntityKind::Other }, span });
    };
    while k < range.end {
        // "North Korean" before "North": a nationality of several words wins.
        if let Some((end, place)) = lex.entities.demonym_at(tokens, k)
            && end <= range.end
            && end - k >= 2
        {
            flush(&mut name_start, k, &title, &nationality, memory, out);
            let text = tokens[k..end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
            let span = Span::new(tokens[k].span.start, tokens[end - 1].span.end);
            out.push(Entity { text, key: place.clone(), kind: EntityKind::Place, span });
            nationality = Some(place);
            k = end;
            continue;
        }
        if let Some((end, (key, kind))) = lex.entities.aliases.match_at(tokens, k).map(|(e, v)| (e, v.clone()))
            && end <= range.end
        {
            flush(&mut name_start, k, &title, &nationality, memory, out);
            let text = tokens[k..end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
            if kind == EntityKind::Person {
                if let Some(t) = &title {
                    memory.roles.insert(t.clone(), (key.clone(), text.clone()));
                    if let Some(n) = &nationality {
                        memory.roles.insert(format!("{n} {t}"), (key.clone(), text.clone()));
                    }
                }
            }
            // "US President ...": a place before a title reads as a nationality.
            if kind == EntityKind::Place && end < range.end {
                nationality = Some(key.clone());
            }
            out.push(Entity { text, key, kind, span: Span::new(tokens[k].span.start, tokens[end - 1].span.end) });
            title = None;
            k = end;
            continue;
        }
        if let Some((end, &idx)) = lex.outlets.names.match_at(tokens, k)
            && end <= range.end
            && tokens[k].is_capitalized()
        {
            flush(&mut name_start, k, &title, &nationality, memory, out);
            let name = lex.outlets.outlets[idx].name.clone();
            out.push(Entity {
                text: name.clone(),
                key: name.to_lowercase(),
                kind: EntityKind::Outlet,
                span: Span::new(tokens[k].span.start, tokens[end - 1].span.end),
            });
            k = end;
            continue;
        }
        if let Some((end, place)) = lex.entities.demonym_at(tokens, k)
            && end <= range.end
        {
            flush(&mut name_start, k, &title, &nationality, memory, out);
            let text = tokens[k..end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
            let span = Span::new(tokens[k].span.start, tokens[end - 1].span.end);
            out.push(Entity { text, key: place.clone(), kind: EntityKind::Place, span });
            nationality = Some(place);
            k = end;
            continue;
        }
        if let Some((end, ())) = lex.entities.titles.match_at(tokens, k).map(|(e, v)| (e, *v))
            && end <= range.end
            && name_start.is_none()
        {
            let t = tokens[k..end].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ");
            title = Some(t);
            k = end;
            continue;
        }
        if name_start.is_none() {
            name_start = Some(k);
        }
        k += 1;
    }
    flush(&mut name_start, range.end, &title, &nationality, memory, out);
}

/// Endings that make a people's adjective of a country's name: "Namorian", "Suldanese",
/// "Qasiri", "Saldoran", "Danish".
const DEMONYM_ENDINGS: &[&str] = &["ian", "ese", "an", "i", "ish"];

/// A document that names a country and its people's adjective ("Namor" and "the Namorian
/// side", "Qasira" and "the Qasiri capital") means one party by both: the adjective takes
/// the country's key, as the lexicon's demonyms do for the countries it knows. The country
/// must be named in the document (`tokens`, its sentences' tokens), anywhere, attributions
/// included: no ending alone makes a name an adjective.
pub fn join_demonyms(claims: &mut [crate::model::Claim], tokens: &[&[Token]]) {
    let names: std::collections::BTreeSet<String> = tokens
        .iter()
        .flat_map(|s| s.iter())
        .filter(|t| t.is_word() && t.is_capitalized())
        .map(|t| t.norm.to_string())
        .collect();
    let country_of = |adjective: &str| -> Option<String> {
        DEMONYM_ENDINGS.iter().find_map(|ending| {
            let stem = adjective.strip_suffix(ending)?;
            // "Namor" + "ian"; "Qasira" less its last vowel + "i".
            let of_stem = |name: &String| {
                name == stem
                    || name.len() == stem.len() + 1 && name.starts_with(stem) && name.ends_with(['a', 'e', 'o', 'y'])
            };
            (stem.chars().count() >= 4).then_some(())?;
            names.iter().find(|n| n.as_str() != adjective && of_stem(n)).cloned()
        })
    };
    for e in claims.iter_mut().flat_map(|c| c.entities.iter_mut()) {
        if e.kind == EntityKind::Other
            && !e.key.contains(' ')
            && e.text.chars().next().is_some_and(char::is_uppercase)
            && let Some(country) = country_of(&e.key)
        {
            e.key = country;
            e.kind = EntityKind::Place;
        }
    }
}

/// "the US president", "the Russian foreign minister", "the president": the person the
/// document last named in that role.
fn role_mention(
    tokens: &[Token],
    k: usize,
    limit: usize,
    memory: &EntityMemory,
    lex: &Lexicon,
) -> Option<(usize, Entity)> {
    let mut i = k;
    let mut nationality = None;
    if let Some((end, place)) = lex.entities.demonym_at(tokens, i) {
        nationality = Some(place);
        i = end;
    }
    let (end, ()) = lex.entities.titles.match_at(tokens, i).map(|(e, v)| (e, *v))?;
    if end > limit {
        return None;
    }
    // "the president's", "the president said": a role; "the president Emmanuel Macron" is a name.
    if tokens.get(end).is_some_and(|t| t.is_capitalized() && t.is_word()) {
        return None;
    }
    let title = tokens[i..end].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ");
    let role = match &nationality {
        Some(n) => format!("{n} {title}"),
        None => title,
    };
    let (key, text) = memory.roles.get(&role)?;
    let span = Span::new(tokens[k].span.start, tokens[end - 1].span.end);
    Some((end - k, Entity { text: text.clone(), key: key.clone(), kind: EntityKind::Person, span }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn entities(text: &str, memory: &mut EntityMemory) -> Vec<(String, EntityKind)> {
        let toks = tokenize(text, 0);
        find(&toks, 0..toks.len(), 0, memory, Lexicon::bundled()).into_iter().map(|e| (e.key, e.kind)).collect()
    }

    #[test]
    fn titles_nationalities_and_surnames() {
        let mut m = EntityMemory::default();
        let e = entities(
            "after his call with Russian President Vladimir Putin and US Secretary of State Marco Rubio",
            &mut m,
        );
        assert!(e.contains(&("putin".into(), EntityKind::Person)), "{e:?}");
        assert!(e.contains(&("rubio".into(), EntityKind::Person)), "{e:?}");
        assert!(e.contains(&("russia".into(), EntityKind::Place)), "{e:?}");
        assert!(e.contains(&("united states".into(), EntityKind::Place)), "{e:?}");
    }

    #[test]
    fn aliases_share_a_key() {
        let mut m = EntityMemory::default();
        let a = entities("The Kremlin said Kiev must cede land, Zelenskyy said", &mut m);
        let b = entities("Moscow said Kyiv must cede land, Zelensky said", &mut m);
        let keys = |v: &Vec<(String, EntityKind)>| v.iter().map(|(k, _)| k.clone()).collect::<HashSet<_>>();
        assert_eq!(keys(&a), keys(&b));
    }

    #[test]
    fn a_firm_is_known_by_the_name_before_its_trade() {
        let mut m = EntityMemory::default();
        let a = entities("A court fined Norvale Chemicals over the spill", &mut m);
        let b = entities("The court had fined Norvale more", &mut m);
        assert!(a.contains(&("norvale".into(), EntityKind::Organisation)), "{a:?}");
        assert!(b.iter().any(|(k, _)| k == "norvale"), "{b:?}");
    }

    #[test]
    fn role_mentions_resolve_to_the_person_named() {
        let mut m = EntityMemory::default();
        entities("US President Donald Trump spoke to Russian President Vladimir Putin", &mut m);
        let e = entities("the Russian president said the US president was wrong", &mut m);
        assert!(e.contains(&("putin".into(), EntityKind::Person)), "{e:?}");
        assert!(e.contains(&("trump".into(), EntityKind::Person)), "{e:?}");
    }

    #[test]
    fn hyphenated_pairs_and_organisations() {
        let mut m = EntityMemory::default();
        let e = entities("plans for another Trump-Putin meeting at the White House", &mut m);
        assert!(e.contains(&("trump".into(), EntityKind::Other)), "{e:?}");
        assert!(e.contains(&("putin".into(), EntityKind::Other)), "{e:?}");
        assert!(e.contains(&("white house".into(), EntityKind::Organisation)), "{e:?}");
    }
}

#[cfg(test)]
mod demonym_tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn multiword_nationality() {
        let mut m = EntityMemory::default();
        let toks = tokenize("a North Korean missile landed", 0);
        let e = find(&toks, 0..toks.len(), 0, &mut m, Lexicon::bundled());
        assert_eq!(e.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(), vec!["north korea"]);
    }
}
