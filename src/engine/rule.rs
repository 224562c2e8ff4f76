//! Rule files: one TOML file per rule under `rules/<category>/<id>.toml`, naming a kind
//! (which matcher runs), a level (what its findings are), a message, parameters, and the
//! examples that must flag and must not. Everything is validated before any document is
//! read; problems are reported rustc-style with the file, line and a caret.

use super::kinds::{self, Kind};
use crate::diagnostic::{self, Diagnostic};
use crate::lexicon::{Lexicon, RuleFile, RuleSource};
use serde::Deserialize;
use std::collections::HashMap;

/// What a rule's findings are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Contradiction,
    Discrepancy,
    Update,
    Agreement,
}

impl Level {
    pub fn is_conflict(self) -> bool {
        matches!(self, Level::Contradiction | Level::Discrepancy)
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Contradiction => "contradiction",
            Level::Discrepancy => "discrepancy",
            Level::Update => "update",
            Level::Agreement => "agreement",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize, PartialOrd, Ord, Default)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    #[default]
    Medium,
    High,
}

impl Severity {
    pub fn raised(self) -> Severity {
        match self {
            Severity::Low => Severity::Medium,
            _ => Severity::High,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// A pair of sentences that must (flag) or must not (allow) produce the rule's finding, each
/// a document of its own; or, with `b` left out, one story in which the rule must (or must
/// not) find it, for rules about how a story refers back to what it told before.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub a: String,
    #[serde(default)]
    pub b: String,
    /// Publication date of both sentences, for examples with relative dates.
    #[serde(default)]
    pub published: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleShape {
    kind: String,
    level: Level,
    #[serde(default)]
    severity: Severity,
    message: String,
    description: String,
    #[serde(default)]
    params: Option<toml::Table>,
    /// Regular expressions: a claim whose words match one is left out by this rule.
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    flag: Vec<Example>,
    #[serde(default)]
    allow: Vec<Example>,
}

/// A loaded, validated rule.
pub struct Rule {
    /// `category/id`.
    pub id: String,
    pub category: String,
    pub name: String,
    pub kind_name: String,
    pub kind: Box<dyn Kind>,
    pub level: Level,
    pub severity: Severity,
    pub message: String,
    pub description: String,
    pub flag: Vec<Example>,
    pub allow: Vec<Example>,
    /// Claims whose words match one of these are left out by this rule.
    pub exclude: Vec<regex::Regex>,
    /// Where it was loaded from, for messages.
    pub path: String,
    /// The file's text, for `rules explain`.
    pub source: String,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("id", &self.id).field("kind", &self.kind_name).field("level", &self.level).finish()
    }
}

/// Every rule of a rule set, in id order.
pub struct RuleSet {
    pub rules: Vec<Rule>,
}

impl RuleSet {
    /// Loads and validates every rule file; all problems are returned together.
    pub fn load(source: &RuleSource, lex: &Lexicon) -> Result<RuleSet, Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let mut rules: Vec<Rule> = Vec::new();
        let mut seen: HashMap<String, String> = HashMap::new();
        for file in source.rule_files() {
            match load_rule(file, lex) {
                Ok(rule) => {
                    if let Some(other) = seen.get(&rule.name) {
                        diags.push(
                            Diagnostic::new(
                                &file.display,
                                &file.text,
                                Some(0..0),
                                format!("duplicate rule id `{}`", rule.name),
                            )
                            .label(format!("also defined in {other}"))
                            .help("rule ids (file names) must be unique across categories; rename one of the files"),
                        );
                        continue;
                    }
                    seen.insert(rule.name.clone(), file.display.clone());
                    rules.push(rule);
                }
                Err(mut d) => diags.append(&mut d),
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        rules.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(RuleSet { rules })
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id || r.name == id)
    }
}

fn load_rule(file: &RuleFile, lex: &Lexicon) -> Result<Rule, Vec<Diagnostic>> {
    let (category, name) = match file.rel.rsplit_once('/') {
        Some((c, n)) => (c.to_string(), n.trim_end_matches(".toml").to_string()),
        None => (String::new(), file.rel.trim_end_matches(".toml").to_string()),
    };
    let mut diags = Vec::new();
    if !is_kebab(&name) || !is_kebab(&category.replace('/', "-")) {
        diags.push(
            Diagnostic::new(&file.display, &file.text, Some(0..0), format!("rule id `{category}/{name}` is not kebab-case"))
                .help("name rule files and folders in lowercase words joined by hyphens, e.g. numbers/death-toll-mismatch.toml"),
        );
    }
    let shape: RuleShape = match toml::from_str(&file.text) {
        Ok(s) => s,
        Err(e) => {
            diags.push(diagnostic::from_toml(&file.display, &file.text, &e));
            return Err(diags);
        }
    };
    let Some(builder) = kinds::builder(&shape.kind) else {
        let span = diagnostic::find_key(&file.text, "kind");
        diags.push(
            Diagnostic::new(&file.display, &file.text, span, format!("unknown rule kind `{}`", shape.kind))
                .label("not a kind the engine knows")
                .help(format!("use one of: {}", kinds::NAMES.join(", "))),
        );
        return Err(diags);
    };
    let params = shape.params.unwrap_or_default();
    let kind = match builder(&params, lex) {
        Ok(k) => Some(k),
        Err(e) => {
            let span = e
                .key
                .as_deref()
                .and_then(|k| diagnostic::find_key(&file.text, k))
                .or_else(|| diagnostic::find_text(&file.text, "[params]"));
            diags.push(
                Diagnostic::new(
                    &file.display,
                    &file.text,
                    span,
                    format!("invalid parameters for kind `{}`: {}", shape.kind, e.message),
                )
                .label(e.message.clone())
                .help(e.help),
            );
            None
        }
    };
    if shape.flag.is_empty() || shape.allow.is_empty() {
        let missing = if shape.flag.is_empty() { "[[flag]]" } else { "[[allow]]" };
        diags.push(
            Diagnostic::new(&file.display, &file.text, Some(0..0), format!("rule has no {missing} example"))
                .help("every rule carries at least one pair that must flag ([[flag]]) and one that must not ([[allow]]), each with `a` and `b` (or `a` alone: one story)"),
        );
    }
    let mut exclude = Vec::new();
    for pattern in &shape.exclude {
        match regex::Regex::new(pattern) {
            Ok(r) => exclude.push(r),
            Err(e) => {
                let span = diagnostic::find_text(&file.text, pattern);
                let reason = e.to_string().lines().last().unwrap_or("invalid pattern").trim().to_string();
                diags.push(
                    Diagnostic::new(&file.display, &file.text, span, "invalid regular expression in `exclude`")
                        .label(reason)
                        .help("fix the pattern (regex crate syntax); remember that TOML strings need \\ for a backslash, or use 'single quotes'"),
                );
            }
        }
    }
    for (header, examples) in [("[[flag]]", &shape.flag), ("[[allow]]", &shape.allow)] {
        for (n, ex) in examples.iter().enumerate() {
            if let Some(p) = &ex.published
                && crate::ingest::parse_date(p).is_none()
            {
                let span = diagnostic::find_text(&file.text, p).or_else(|| diagnostic::find_nth(&file.text, header, n));
                diagnostics_push_date(&mut diags, file, span, header, n, p);
            }
        }
    }
    if let Err(bad) = check_template(&shape.message) {
        let span = diagnostic::find_key(&file.text, "message");
        diags.push(
            Diagnostic::new(&file.display, &file.text, span, format!("unknown placeholder `{{{bad}}}` in message"))
                .help("placeholders are {a.source}, {b.source}, {a.text}, {b.text}, {a.value}, {b.value}, {a.term}, {b.term}, {a.date}, {b.date}, {event}"),
        );
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    Ok(Rule {
        id: if category.is_empty() { name.clone() } else { format!("{category}/{name}") },
        category,
        name,
        kind_name: shape.kind,
        kind: kind.expect("checked above"),
        level: shape.level,
        severity: shape.severity,
        message: shape.message,
        description: shape.description,
        flag: shape.flag,
        allow: shape.allow,
        exclude,
        path: file.display.clone(),
        source: file.text.clone(),
    })
}

fn diagnostics_push_date(
    diags: &mut Vec<Diagnostic>,
    file: &RuleFile,
    span: Option<std::ops::Range<usize>>,
    header: &str,
    n: usize,
    value: &str,
) {
    diags.push(
        Diagnostic::new(
            &file.display,
            &file.text,
            span,
            format!("`published = \"{value}\"` in {header} example {} is not a date", n + 1),
        )
        .label("not a date")
        .help("write it as an ISO date, such as published = \"2025-10-22\""),
    );
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && !s.starts_with('-')
}

const PLACEHOLDERS: &[&str] = &[
    "a.source", "b.source", "a.text", "b.text", "a.value", "b.value", "a.term", "b.term", "a.date", "b.date", "event",
    "count",
];

fn check_template(message: &str) -> Result<(), String> {
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { return Err(rest[open + 1..].to_string()) };
        let name = &rest[open + 1..open + close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(name.to_string());
        }
        rest = &rest[open + close + 1..];
    }
    Ok(())
}

/// Fills a message template with the values of both sides.
pub fn render(message: &str, values: &HashMap<&str, String>) -> String {
    let mut out = String::new();
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let name = &rest[open + 1..close.min(rest.len())];
        out.push_str(values.get(name).map(String::as_str).unwrap_or("?"));
        rest = rest.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source_with(rel: &str, text: &str) -> RuleSource {
        let mut source = RuleSource::bundled();
        source.files.retain(|f| f.rel.starts_with("lexicon/"));
        source.files.push(RuleFile { rel: rel.into(), display: format!("rules/{rel}"), text: text.into() });
        source
    }

    const GOOD: &str = "kind = \"polarity\"\nlevel = \"contradiction\"\nmessage = \"{a.source} vs {b.source}\"\ndescription = \"d\"\n[[flag]]\na = \"The army says the bridge was destroyed.\"\nb = \"The mayor says the bridge was not destroyed.\"\n[[allow]]\na = \"The bridge was destroyed.\"\nb = \"The road was not closed.\"\n";

    fn errors(rel: &str, text: &str) -> Vec<String> {
        match RuleSet::load(&source_with(rel, text), Lexicon::bundled()) {
            Ok(_) => vec![],
            Err(d) => d.iter().map(|d| d.render(false)).collect(),
        }
    }

    #[test]
    fn a_good_rule_loads() {
        assert!(errors("polarity/negated.toml", GOOD).is_empty());
    }

    #[test]
    fn unknown_kind_points_at_the_line() {
        let e = errors("polarity/negated.toml", &GOOD.replace("kind = \"polarity\"", "kind = \"polarityy\""));
        assert_eq!(e.len(), 1);
        assert!(
            e[0].contains("unknown rule kind `polarityy`") && e[0].contains("rules/polarity/negated.toml:1:1"),
            "{}",
            e[0]
        );
        assert!(e[0].contains("help: use one of"), "{}", e[0]);
    }

    #[test]
    fn missing_field_and_missing_examples() {
        let e = errors("polarity/negated.toml", &GOOD.replace("level = \"contradiction\"\n", ""));
        assert!(e[0].contains("missing field `level`"), "{}", e[0]);
        let no_allow = GOOD.split("[[allow]]").next().unwrap();
        let e = errors("polarity/negated.toml", no_allow);
        assert!(e[0].contains("no [[allow]] example"), "{}", e[0]);
    }

    #[test]
    fn bad_placeholder() {
        let e = errors("polarity/negated.toml", &GOOD.replace("{b.source}", "{b.speaker}"));
        assert!(e[0].contains("unknown placeholder `{b.speaker}`"), "{}", e[0]);
    }

    #[test]
    fn bad_regex_in_exclude() {
        let e = errors(
            "polarity/negated.toml",
            &GOOD.replace("description = \"d\"\n", "description = \"d\"\nexclude = ['(practice']\n"),
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].contains("invalid regular expression") && e[0].contains("rules/polarity/negated.toml:5"),
            "{}",
            e[0]
        );
    }

    #[test]
    fn duplicate_ids_across_categories() {
        let mut source = source_with("polarity/negated.toml", GOOD);
        source.files.push(RuleFile {
            rel: "other/negated.toml".into(),
            display: "rules/other/negated.toml".into(),
            text: GOOD.into(),
        });
        let e = match RuleSet::load(&source, Lexicon::bundled()) {
            Ok(_) => vec![],
            Err(d) => d.iter().map(|d| d.render(false)).collect::<Vec<_>>(),
        };
        assert!(e.iter().any(|m| m.contains("duplicate rule id `negated`")), "{e:?}");
    }

    #[test]
    fn bad_example_date() {
        let e = errors("polarity/negated.toml", &GOOD.replace("[[allow]]\n", "[[allow]]\npublished = \"last week\"\n"));
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].contains("`published = \"last week\"` in [[allow]] example 1 is not a date"), "{}", e[0]);
        assert!(e[0].contains("rules/polarity/negated.toml:9"), "{}", e[0]);
    }

    #[test]
    fn an_example_that_does_not_flag_is_pointed_at() {
        let mut source = RuleSource::bundled();
        let file = source.files.iter_mut().find(|f| f.rel == "polarity/negated-event.toml").unwrap();
        let first_b = file.text.lines().find(|l| l.starts_with("b = ")).unwrap().to_string();
        let line = file.text[..file.text.find(&first_b).unwrap()].lines().count() - 1;
        file.text = file.text.replacen(&first_b, "b = \"The weather was fine in Seoul.\"", 1);
        let rules = RuleSet::load(&source, Lexicon::bundled()).unwrap();
        let shown: Vec<String> =
            crate::engine::check_examples(&rules, Lexicon::bundled()).iter().map(|d| d.render(false)).collect();
        assert_eq!(shown.len(), 1, "{shown:?}");
        assert!(shown[0].contains("[[flag]] example 1 does not flag"), "{}", shown[0]);
        assert!(shown[0].contains(&format!("rules/polarity/negated-event.toml:{line}:1")), "{}", shown[0]);
    }

    #[test]
    fn template_rendering() {
        let mut v = HashMap::new();
        v.insert("a.source", "AP".to_string());
        v.insert("b.value", "65".to_string());
        assert_eq!(render("{a.source} says {b.value}, {event}", &v), "AP says 65, ?");
    }
}
