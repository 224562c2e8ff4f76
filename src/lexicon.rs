//! Lexicons: the shared word lists under `rules/lexicon/` (outlets, reporting verbs, cues,
//! measures, entities, grammar, page chrome), loaded and indexed once for every stage.

use crate::diagnostic::{self, Diagnostic};
use crate::error::{Error, Result};
use crate::fasthash::{FastMap, FastSet};
use crate::model::{EntityKind, Modality};
use crate::text::{PhraseSet, normalize, tokenize};
use regex::Regex;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/bundled_rules.rs"));

/// One file of a rule set: its path relative to the rule root, how to show it, its text.
#[derive(Debug, Clone)]
pub struct RuleFile {
    pub rel: String,
    pub display: String,
    pub text: String,
}

/// The files of a rule set: the bundled one, or a directory given with `--rules`.
#[derive(Debug, Clone)]
pub struct RuleSource {
    pub files: Vec<RuleFile>,
}

impl RuleSource {
    pub fn bundled() -> Self {
        let files = BUNDLED_RULES
            .iter()
            .map(|(rel, text)| RuleFile {
                rel: rel.to_string(),
                display: format!("rules/{rel}"),
                text: text.to_string(),
            })
            .collect();
        RuleSource { files }
    }

    /// Reads every `.toml` under `dir`. Lexicon files the directory lacks are taken from
    /// the bundled set, so a rule author can copy only the rules they change.
    pub fn from_dir(dir: &Path) -> Result<Self> {
        if !dir.is_dir() {
            return Err(Error::NotFound { path: dir.display().to_string() });
        }
        let mut files = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let entries = std::fs::read_dir(&d).map_err(|e| Error::Io { path: d.display().to_string(), source: e })?;
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            for p in paths {
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|e| e == "toml") {
                    let text = std::fs::read_to_string(&p)
                        .map_err(|e| Error::Io { path: p.display().to_string(), source: e })?;
                    let rel = p.strip_prefix(dir).unwrap_or(&p).to_string_lossy().replace('\\', "/");
                    files.push(RuleFile { rel, display: p.display().to_string(), text });
                }
            }
        }
        let have: HashSet<String> = files.iter().map(|f| f.rel.clone()).collect();
        for bundled in RuleSource::bundled().files {
            if bundled.rel.starts_with("lexicon/") && !have.contains(&bundled.rel) {
                files.push(bundled);
            }
        }
        files.sort_by(|a, b| a.rel.cmp(&b.rel));
        Ok(RuleSource { files })
    }

    pub fn lexicon_files(&self) -> impl Iterator<Item = &RuleFile> {
        self.files.iter().filter(|f| f.rel.starts_with("lexicon/"))
    }

    pub fn rule_files(&self) -> impl Iterator<Item = &RuleFile> {
        self.files.iter().filter(|f| !f.rel.starts_with("lexicon/") && f.rel.contains('/'))
    }

    fn get(&self, rel: &str) -> Option<&RuleFile> {
        self.files.iter().find(|f| f.rel == rel)
    }
}

/// The class of a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbClass {
    Say,
    Report,
    Confirm,
    Deny,
    Figure,
}

pub struct ChromeLexicon {
    pub max_line_chars: usize,
    pub lines: Vec<Regex>,
    pub block_starts: Vec<Regex>,
}

pub struct Outlet {
    pub name: String,
    pub aliases: Vec<String>,
}

pub struct OutletLexicon {
    pub outlets: Vec<Outlet>,
    /// Outlet names and aliases, matched case-sensitively on tokens; value = outlet index.
    pub names: PhraseSet<usize>,
    pub names_exact: FastMap<String, usize>,
    pub reference_nouns: PhraseSet,
    pub suffixes: FastSet<String>,
    /// Words before a capitalised name that make it an outlet ("the business daily Nordpost").
    pub prefixes: FastSet<String>,
    /// Words of a paper's or a broadcaster's name, never a news agency's ("the Ardent
    /// Herald", "Radio Kessa"): such an outlet is not what "the agency" points back to.
    pub not_agencies: FastSet<String>,
    /// Words by which a document names itself a press review ("BTA's press review").
    pub press_review: PhraseSet,
    /// Subjects that make a claim one about coverage ("foreign papers on Thursday give wide
    /// coverage to the talks"): its dates are when the coverage ran, not when the event was.
    pub coverage_subjects: FastSet<String>,
}

pub struct ReportingLexicon {
    pub verbs: PhraseSet<VerbClass>,
    pub figure_objects: FastSet<String>,
    pub report_nouns: FastSet<String>,
    /// Nouns of a body's data, whose owner speaks: "by its count", "according to the
    /// ministry's figures".
    pub data_nouns: FastSet<String>,
    /// Nouns a denial adjective makes a denial of ("a fake report", not "a fake nose").
    pub deniable_nouns: FastSet<String>,
    /// Besides report and deniable nouns, what "reject" and "dismiss" deny ("rejected the
    /// accusations"); anything else they take is a stance ("rejected the proposal").
    pub denied_objects: FastSet<String>,
    pub according: PhraseSet,
    pub as_saying: PhraseSet,
    /// Phrases after which comes the outlet a source's words came through ("quoted by X",
    /// "in an interview with X").
    pub media: PhraseSet,
    pub adverbials: PhraseSet,
    /// Words said to the story's own reporters ("told reporters"): the report's own.
    pub direct: PhraseSet,
    /// Verbs that level a charge ("X alleged that ..."): what a denial of "the allegation"
    /// answers.
    pub charges: FastSet<String>,
    /// Verbs that frame a forecast ("expects ... to grow to"): what they frame is expected.
    pub forecasts: FastSet<String>,
    /// Nouns that name a reason, not a source, after "citing" ("citing a typing error").
    pub reasons: FastSet<String>,
}

pub struct CueLexicon {
    pub negation: PhraseSet,
    pub not_negation: PhraseSet,
    /// Verbs that tell someone what to do: the "not to" after them and their object is the
    /// instruction's ("asked him not to publish"), not a negation of the claim.
    pub directives: PhraseSet,
    pub modality: PhraseSet<Modality>,
    /// Named cue classes (denial, correction, change...).
    pub classes: PhraseSet<String>,
    pub class_names: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoundWord {
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Approximate,
    JustUnder,
    Exact,
}

pub struct MeasureLexicon {
    pub numbers: PhraseSet<f64>,
    pub scales: FastMap<String, f64>,
    pub bounds: PhraseSet<BoundWord>,
    pub vague: PhraseSet<f64>,
    pub units: PhraseSet<String>,
    /// Measure class of a term (counted noun or predicate), by normalised phrase.
    pub measure_terms: PhraseSet<String>,
    /// Measure class of a unit.
    pub unit_measures: FastMap<String, String>,
    /// Group of a counted noun (military, civilian).
    pub groups: FastMap<String, String>,
    pub not_counts: PhraseSet,
    /// Words after a number that make it a time of day ("3.40 a.m.", "6pm").
    pub clock: Vec<String>,
    /// Words shortly before a figure that make it a part of a total ("alone", "among").
    pub part_before: Vec<String>,
    /// Words of `part_before` that add a figure to one told before ("a further 3,800"):
    /// a part only when a figure of its measure was told before it.
    pub adds_to: Vec<String>,
    /// Words right after a figure that make it a part ("five of its soldiers").
    pub part_after: Vec<String>,
    /// Words right after a figure that make it a threshold, no count ("the 121 needed").
    pub threshold_after: Vec<String>,
    /// Words shortly after a figure that make it a part ("104 dead in our province alone").
    pub part_later: PhraseSet,
    /// Single places a count can be taken at ("hospital", "morgue"): a figure told of one
    /// ("its morgue had received 17 bodies") counts a part.
    pub sites: Vec<String>,
    /// Words that make a figure a whole country's ("across the country", "nationwide").
    pub nationwide: PhraseSet,
    /// A part of a country a figure is told of ("in the capital", "in the province"), where
    /// it meets a whole country's count.
    pub areas: PhraseSet,
    /// Words that put a figure as what one side of a bargain asks for ("seeking a bonus of
    /// 25 million") and what the other offers ("has offered 14 million"): two positions,
    /// not two accounts of one figure.
    pub demands: PhraseSet,
    pub offers: PhraseSet,
    /// Verbs of a count reaching a figure ("rose to 63"): the figure is where it stands.
    pub risen: Vec<String>,
    /// Verbs of a source setting its count anew ("revised the toll to nine").
    pub revised: Vec<String>,
    /// Words that make a measure's term a verb though they do not end in "-ed" ("cut 450
    /// jobs", "will lay off 4,500 workers"): the figure after it is what the verb did.
    pub verb_words: FastSet<String>,
    /// Counted nouns that name no group of their own ("people", "victims"): a figure of
    /// them may count anyone.
    pub generic_counted: FastSet<String>,
    /// Words right after a figure that open another phrase and name nothing it counts
    /// ("€4.2 billion including debt").
    pub not_counted_after: FastSet<String>,
    /// Words near a figure that make it a sum of groups ("22 people in total").
    pub total: Vec<String>,
    /// Phrases in a figure's sentence that make it a count since replaced ("in a first
    /// statement", "initially").
    pub earlier_count: PhraseSet,
    /// Phrases in a figure's own claim that say it was since revised ("a figure it revised
    /// several times").
    pub revised_since: PhraseSet,
    /// Phrases near a figure that make it a difference between two sums, not a sum ("65
    /// million euros over budget", "overran its budget by 40 million").
    /// Words shortly before a figure that make it what something can hold ("its design
    /// capacity is 55 million cubic metres a day"), no count of what it holds.
    pub capacity: PhraseSet,
    pub difference: PhraseSet,
    /// Measure classes whose figures in one document are compared however little else
    /// their claims share (a toll in a short quotation against one in a long sentence).
    pub compared_in_document: Vec<String>,
    /// Groups a count of anyone does not hold ("14 people died" tells of the victims, not
    /// of the 11 attackers killed): only a count of the same group meets theirs.
    pub apart_from_anyone: Vec<String>,
    /// Measure classes whose count only grows (the dead): a later, smaller figure from
    /// another voice is a rival of the earlier one, not the next count.
    pub never_falls: Vec<String>,
    /// Verbs that state a price whatever their tense ("the repair would cost about 14
    /// million"): the figure after them is the cost as estimated, not a forecast.
    pub price_verbs: FastSet<String>,
    /// Verbs that put a value on a thing "at" a sum ("valuing the firm at $1.8 billion"): the
    /// sum is its price as told, whatever their tense.
    pub value_verbs: FastSet<String>,
    /// Nouns of a part of a firm a share measures ("a 49% stake"): sums paid for stakes of
    /// two sizes are prices of two things.
    pub stake_nouns: FastSet<String>,
    /// The verbs that say what a share is of ("Turnout was 51.8 percent").
    pub share: ShareVerbs,
    /// Verbs of bodies recovered ("brought ashore") and words of a count still running
    /// ("so far"): together, a part of the dead.
    pub recovered: PhraseSet,
    /// What a sum of money is (a result, funding, a cost, a penalty, a debt), by words of
    /// its claim: sums of two kinds are of two things.
    pub money_kinds: PhraseSet<String>,
    pub so_far: PhraseSet,
    /// Spans of time a count of bodies recovered may cover ("two bodies were recovered
    /// overnight"): the count added in it, a part of the dead.
    pub recovered_within: PhraseSet,
    /// Who, having pulled bodies out, tells of a part of the dead: "residents had pulled
    /// seven bodies from the rubble" is what one village's people found.
    pub recovered_by: PhraseSet,
}

/// Verbs around a share that tell what it is of: of estimate ("puts turnout at"), of level
/// ("turnout was"), of change ("prices rose by").
#[derive(Default)]
pub struct ShareVerbs {
    pub estimate: FastSet<String>,
    pub level: FastSet<String>,
    pub change: FastSet<String>,
    /// What a share is of, told two ways ("unemployment" / "the jobless rate"): each way
    /// (its words, normalised) -> the group's first.
    pub same_subject: FastMap<String, String>,
    /// Words after a share that say what it is of ("54 percent of voters went to the
    /// polls" is turnout) -> that subject's name.
    pub told_after: PhraseSet<String>,
}

pub struct EntityLexicon {
    /// Alias -> (canonical key (lowercase), kind), matched on normalised tokens.
    pub aliases: PhraseSet<(String, EntityKind)>,
    pub titles: PhraseSet,
    pub source_nouns: PhraseSet,
    /// Nouns that refer back to a body whose name need not carry them ("the company").
    pub described_bodies: Vec<String>,
    /// Heads of a body that a story, having named it in full ("the interior ministry"), goes
    /// on to call by the head alone ("the ministry").
    pub shortened_bodies: Vec<String>,
    /// Last words of a firm's name, lowercase ("Korvane Coal", "Velmar Holdings"): such a
    /// name is a body, not a person.
    pub firm_name_ends: FastSet<String>,
    /// Nationality adjective -> canonical key of its place, matched case-sensitively.
    pub demonyms: FastMap<String, String>,
    demonym_phrases: PhraseSet<String>,
}

impl EntityLexicon {
    /// A nationality adjective (one or more capitalised words) starting at token `k`:
    /// (end, place key). "North Korean" -> north korea; lowercase "us" is no demonym.
    pub fn demonym_at(&self, tokens: &[crate::text::Token], k: usize) -> Option<(usize, String)> {
        let (end, key) = self.demonym_phrases.match_at(tokens, k)?;
        tokens[k..end].iter().all(|t| t.is_capitalized()).then(|| (end, key.clone()))
    }
}

pub struct GrammarLexicon {
    pub stopwords: FastSet<String>,
    pub auxiliaries: FastSet<String>,
    /// Every listed verb form.
    pub verbs: FastSet<String>,
    pub verbs_past: FastSet<String>,
    pub verbs_present: FastSet<String>,
    pub verbs_base: FastSet<String>,
    pub subordinators: PhraseSet,
    pub coordinators: FastSet<String>,
    /// Asides set off by commas between a subject and its verb ("X, however, said").
    pub parentheticals: PhraseSet,
    /// Participles after a comma by which the subject judges what it answers (", calling
    /// the story fake news"): a claim of their own, not part of the clause before.
    pub appraising_participles: FastSet<String>,
}

pub struct EventLexicon {
    /// Event word -> event type.
    pub words: PhraseSet<String>,
    /// Determiners that make an event word refer back ("the conversation").
    pub definite: Vec<String>,
    /// Subjects that refer back to the parties of an event told before ("the two leaders
    /// met"), as normalised words.
    pub definite_parties: Vec<Vec<String>>,
    /// Event types between several parties.
    pub multi_party: Vec<String>,
    /// Event types that befall one person: only people named take part.
    pub personal: Vec<String>,
    /// Words opening a sentence that tells another event ("Separately, ...").
    pub separate: PhraseSet,
}

/// Every shared lexicon, indexed.
pub struct Lexicon {
    pub chrome: ChromeLexicon,
    pub outlets: OutletLexicon,
    pub reporting: ReportingLexicon,
    pub cues: CueLexicon,
    pub measures: MeasureLexicon,
    pub entities: EntityLexicon,
    pub grammar: GrammarLexicon,
    pub events: EventLexicon,
    pub words: crate::words::Words,
}

// --- file shapes -------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ChromeFile {
    #[allow(dead_code)]
    description: Option<String>,
    max_line_chars: usize,
    lines: Vec<String>,
    block_starts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct OutletsFile {
    #[allow(dead_code)]
    description: Option<String>,
    reference_nouns: Vec<String>,
    suffixes: Vec<String>,
    #[serde(default)]
    prefixes: Vec<String>,
    #[serde(default)]
    not_agencies: Vec<String>,
    #[serde(default)]
    press_review: Vec<String>,
    #[serde(default)]
    coverage_subjects: Vec<String>,
    outlet: Vec<OutletEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutletEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ReportingFile {
    #[allow(dead_code)]
    description: Option<String>,
    verbs: BTreeMap<String, Vec<String>>,
    figure_objects: Vec<String>,
    report_nouns: Vec<String>,
    #[serde(default)]
    data_nouns: Vec<String>,
    deniable_nouns: Vec<String>,
    denied_objects: Vec<String>,
    according: Vec<String>,
    as_saying: Vec<String>,
    #[serde(default)]
    media: Vec<String>,
    adverbials: Vec<String>,
    #[serde(default)]
    direct: Vec<String>,
    #[serde(default)]
    charges: Vec<String>,
    #[serde(default)]
    forecasts: Vec<String>,
    #[serde(default)]
    reasons: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CuesFile {
    #[allow(dead_code)]
    description: Option<String>,
    negation: NegationSection,
    modality: BTreeMap<String, Vec<String>>,
    classes: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct NegationSection {
    cues: Vec<String>,
    not_negation: Vec<String>,
    directives: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct MeasuresFile {
    #[allow(dead_code)]
    description: Option<String>,
    numbers: BTreeMap<String, f64>,
    scales: BTreeMap<String, f64>,
    bounds: BTreeMap<String, String>,
    vague: BTreeMap<String, f64>,
    units: BTreeMap<String, String>,
    measure: BTreeMap<String, MeasureEntry>,
    groups: BTreeMap<String, Vec<String>>,
    not_counts: Vec<String>,
    clock: Vec<String>,
    #[serde(default)]
    part_before: Vec<String>,
    #[serde(default)]
    adds_to: Vec<String>,
    #[serde(default)]
    part_after: Vec<String>,
    #[serde(default)]
    threshold_after: Vec<String>,
    #[serde(default)]
    part_later: Vec<String>,
    #[serde(default)]
    sites: Vec<String>,
    #[serde(default)]
    nationwide: Vec<String>,
    #[serde(default)]
    areas: Vec<String>,
    #[serde(default)]
    demands: Vec<String>,
    #[serde(default)]
    offers: Vec<String>,
    #[serde(default)]
    risen: Vec<String>,
    #[serde(default)]
    revised: Vec<String>,
    #[serde(default)]
    verb_words: Vec<String>,
    #[serde(default)]
    generic_counted: Vec<String>,
    #[serde(default)]
    not_counted_after: Vec<String>,
    #[serde(default)]
    total: Vec<String>,
    #[serde(default)]
    earlier_count: Vec<String>,
    #[serde(default)]
    revised_since: Vec<String>,
    #[serde(default)]
    difference: Vec<String>,
    #[serde(default)]
    capacity: Vec<String>,
    #[serde(default)]
    compared_in_document: Vec<String>,
    #[serde(default)]
    apart_from_anyone: Vec<String>,
    #[serde(default)]
    never_falls: Vec<String>,
    #[serde(default)]
    price_verbs: Vec<String>,
    #[serde(default)]
    value_verbs: Vec<String>,
    #[serde(default)]
    stake_nouns: Vec<String>,
    #[serde(default)]
    share: ShareFile,
    #[serde(default)]
    recovered: Vec<String>,
    #[serde(default)]
    money_kinds: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    so_far: Vec<String>,
    #[serde(default)]
    recovered_within: Vec<String>,
    #[serde(default)]
    recovered_by: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ShareFile {
    estimate_verbs: Vec<String>,
    level_verbs: Vec<String>,
    change_verbs: Vec<String>,
    #[serde(default)]
    same_subject: Vec<Vec<String>>,
    #[serde(default)]
    told_after: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureEntry {
    terms: Vec<String>,
    #[serde(default)]
    units: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct EntitiesFile {
    #[allow(dead_code)]
    description: Option<String>,
    titles: Vec<String>,
    source_nouns: Vec<String>,
    #[serde(default)]
    described_bodies: Vec<String>,
    #[serde(default)]
    shortened_bodies: Vec<String>,
    #[serde(default)]
    firm_name_ends: Vec<String>,
    demonyms: BTreeMap<String, String>,
    alias: Vec<AliasGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasGroup {
    kind: EntityKind,
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct EventsFile {
    #[allow(dead_code)]
    description: Option<String>,
    definite: Vec<String>,
    #[serde(default)]
    definite_parties: Vec<String>,
    multi_party: Vec<String>,
    #[serde(default)]
    personal: Vec<String>,
    #[serde(default)]
    separate: Vec<String>,
    types: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct GrammarFile {
    #[allow(dead_code)]
    description: Option<String>,
    stopwords: Vec<String>,
    auxiliaries: Vec<String>,
    verbs_past: Vec<String>,
    verbs_present: Vec<String>,
    verbs_base: Vec<String>,
    subordinators: Vec<String>,
    coordinators: Vec<String>,
    parentheticals: Vec<String>,
    appraising_participles: Vec<String>,
}

// --- loading -----------------------------------------------------------------------------

impl Lexicon {
    /// The lexicon compiled into the binary.
    pub fn bundled() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| match Lexicon::load(&RuleSource::bundled()) {
            Ok(lexicon) => lexicon,
            // The bundled files are tested in CI; failing here is a build defect.
            Err(diags) => panic!(
                "bundled lexicon is invalid:\n{}",
                diags.iter().map(|d| d.render(false)).collect::<Vec<_>>().join("\n")
            ),
        })
    }

    pub fn load(source: &RuleSource) -> std::result::Result<Lexicon, Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let chrome: Option<ChromeFile> = parse(source, "lexicon/chrome.toml", &mut diags);
        let outlets: Option<OutletsFile> = parse(source, "lexicon/outlets.toml", &mut diags);
        let reporting: Option<ReportingFile> = parse(source, "lexicon/reporting.toml", &mut diags);
        let cues: Option<CuesFile> = parse(source, "lexicon/cues.toml", &mut diags);
        let measures: Option<MeasuresFile> = parse(source, "lexicon/measures.toml", &mut diags);
        let entities: Option<EntitiesFile> = parse(source, "lexicon/entities.toml", &mut diags);
        let grammar: Option<GrammarFile> = parse(source, "lexicon/grammar.toml", &mut diags);
        let events: Option<EventsFile> = parse(source, "lexicon/events.toml", &mut diags);
        let words = crate::words::Words::load(source, &mut diags);
        let (
            Some(chrome),
            Some(outlets),
            Some(reporting),
            Some(cues),
            Some(measures),
            Some(entities),
            Some(grammar),
            Some(events),
            Some(words),
        ) = (chrome, outlets, reporting, cues, measures, entities, grammar, events, words)
        else {
            return Err(diags);
        };
        let lexicon = Lexicon {
            chrome: build_chrome(source, chrome, &mut diags),
            outlets: build_outlets(source, outlets, &mut diags),
            reporting: build_reporting(source, reporting, &mut diags),
            cues: build_cues(source, cues, &mut diags),
            measures: build_measures(source, measures, &mut diags),
            entities: build_entities(entities),
            grammar: build_grammar(grammar),
            events: build_events(events),
            words,
        };
        if diags.is_empty() { Ok(lexicon) } else { Err(diags) }
    }
}

fn parse<T: for<'de> Deserialize<'de>>(source: &RuleSource, rel: &str, diags: &mut Vec<Diagnostic>) -> Option<T> {
    let Some(file) = source.get(rel) else {
        diags.push(
            Diagnostic::new(&format!("rules/{rel}"), "", None, format!("lexicon file `{rel}` is missing"))
                .help("restore it from the bundled rules/ directory"),
        );
        return None;
    };
    match toml::from_str(&file.text) {
        Ok(v) => Some(v),
        Err(e) => {
            diags.push(diagnostic::from_toml(&file.display, &file.text, &e));
            None
        }
    }
}

fn file_of<'a>(source: &'a RuleSource, rel: &str) -> (&'a str, &'a str) {
    source.get(rel).map_or(("", ""), |f| (f.display.as_str(), f.text.as_str()))
}

fn build_chrome(source: &RuleSource, file: ChromeFile, diags: &mut Vec<Diagnostic>) -> ChromeLexicon {
    let (path, text) = file_of(source, "lexicon/chrome.toml");
    let mut compile = |patterns: &[String]| -> Vec<Regex> {
        patterns
            .iter()
            .filter_map(|p| match Regex::new(p) {
                Ok(r) => Some(r),
                Err(e) => {
                    diags.push(
                        Diagnostic::new(path, text, diagnostic::find_text(text, p), "invalid regular expression")
                            .label(e.to_string().lines().last().unwrap_or("").to_string())
                            .help("fix the pattern; the syntax is that of the regex crate"),
                    );
                    None
                }
            })
            .collect()
    };
    ChromeLexicon {
        max_line_chars: file.max_line_chars,
        lines: compile(&file.lines),
        block_starts: compile(&file.block_starts),
    }
}

fn build_outlets(source: &RuleSource, file: OutletsFile, diags: &mut Vec<Diagnostic>) -> OutletLexicon {
    let (path, text) = file_of(source, "lexicon/outlets.toml");
    let mut names: PhraseSet<usize> = PhraseSet::new();
    let mut names_exact = FastMap::default();
    let mut outlets = Vec::new();
    for (i, entry) in file.outlet.into_iter().enumerate() {
        for name in std::iter::once(&entry.name).chain(&entry.aliases) {
            let key = outlet_key(name);
            if let Some(&other) = names_exact.get(&key) {
                if other == i {
                    continue;
                }
                let other: &Outlet = &outlets[other];
                diags.push(
                    Diagnostic::new(
                        path,
                        text,
                        diagnostic::find_text(text, &format!("\"{name}\"")),
                        format!("outlet name `{name}` is listed twice"),
                    )
                    .label(format!("already names `{}`", other.name))
                    .help("give each name or alias to one outlet only"),
                );
                continue;
            }
            names_exact.insert(key, i);
            names.insert(name, i);
            // "The Guardian" is also written "the Guardian" and "Guardian".
            if let Some(rest) = name.strip_prefix("The ") {
                names.insert(rest, i);
                names_exact.insert(outlet_key(rest), i);
            }
        }
        outlets.push(Outlet { name: entry.name, aliases: entry.aliases });
    }
    OutletLexicon {
        outlets,
        names,
        names_exact,
        reference_nouns: PhraseSet::from_phrases(&file.reference_nouns),
        suffixes: file.suffixes.into_iter().collect(),
        prefixes: file.prefixes.iter().map(|w| normalize(w)).collect(),
        not_agencies: file.not_agencies.iter().map(|w| normalize(w)).collect(),
        press_review: PhraseSet::from_phrases(&file.press_review),
        coverage_subjects: file.coverage_subjects.iter().map(|w| normalize(w)).collect(),
    }
}

/// How outlet names are compared: case-sensitive, without quotes or a leading "the".
pub fn outlet_key(name: &str) -> String {
    let trimmed = name.trim().trim_matches(|c: char| "\"“”'‘’«»".contains(c)).trim();
    let trimmed = trimmed.strip_prefix("the ").or_else(|| trimmed.strip_prefix("The ")).unwrap_or(trimmed);
    trimmed.to_string()
}

fn build_reporting(source: &RuleSource, file: ReportingFile, diags: &mut Vec<Diagnostic>) -> ReportingLexicon {
    let (path, text) = file_of(source, "lexicon/reporting.toml");
    let mut verbs = PhraseSet::new();
    for (class, forms) in &file.verbs {
        let class = match class.as_str() {
            "say" => VerbClass::Say,
            "report" => VerbClass::Report,
            "confirm" => VerbClass::Confirm,
            "deny" => VerbClass::Deny,
            "figure" => VerbClass::Figure,
            other => {
                diags.push(
                    Diagnostic::new(
                        path,
                        text,
                        diagnostic::find_key(text, other),
                        format!("unknown verb class `{other}`"),
                    )
                    .help("use say, report, confirm, deny or figure"),
                );
                continue;
            }
        };
        for form in forms {
            verbs.insert(form, class);
        }
    }
    ReportingLexicon {
        verbs,
        figure_objects: file.figure_objects.iter().map(|s| normalize(s)).collect(),
        report_nouns: file.report_nouns.iter().map(|s| normalize(s)).collect(),
        data_nouns: file.data_nouns.iter().map(|s| normalize(s)).collect(),
        deniable_nouns: file.deniable_nouns.iter().map(|s| normalize(s)).collect(),
        denied_objects: file.denied_objects.iter().map(|s| normalize(s)).collect(),
        according: PhraseSet::from_phrases(&file.according),
        as_saying: PhraseSet::from_phrases(&file.as_saying),
        media: PhraseSet::from_phrases(&file.media),
        adverbials: PhraseSet::from_phrases(&file.adverbials),
        direct: PhraseSet::from_phrases(&file.direct),
        charges: file.charges.iter().map(|w| normalize(w)).collect(),
        forecasts: file.forecasts.iter().map(|w| normalize(w)).collect(),
        reasons: file.reasons.iter().map(|w| normalize(w)).collect(),
    }
}

fn build_cues(source: &RuleSource, file: CuesFile, diags: &mut Vec<Diagnostic>) -> CueLexicon {
    let (path, text) = file_of(source, "lexicon/cues.toml");
    let mut modality = PhraseSet::new();
    for (name, phrases) in &file.modality {
        let m = match name.as_str() {
            "expected" => Modality::Expected,
            "planned" => Modality::Planned,
            "possible" => Modality::Possible,
            "reported" => Modality::Reported,
            "hedged" => Modality::Hedged,
            other => {
                diags.push(
                    Diagnostic::new(
                        path,
                        text,
                        diagnostic::find_key(text, other),
                        format!("unknown modality `{other}`"),
                    )
                    .help("use expected, planned, possible, reported or hedged"),
                );
                continue;
            }
        };
        for p in phrases {
            modality.insert(p, m);
        }
    }
    let mut classes = PhraseSet::new();
    let mut class_names = Vec::new();
    for (name, phrases) in &file.classes {
        class_names.push(name.clone());
        for p in phrases {
            classes.insert(p, name.clone());
        }
    }
    CueLexicon {
        negation: PhraseSet::from_phrases(&file.negation.cues),
        not_negation: PhraseSet::from_phrases(&file.negation.not_negation),
        directives: PhraseSet::from_phrases(&file.negation.directives),
        modality,
        classes,
        class_names,
    }
}

fn build_measures(source: &RuleSource, file: MeasuresFile, diags: &mut Vec<Diagnostic>) -> MeasureLexicon {
    let (path, text) = file_of(source, "lexicon/measures.toml");
    let lists = [("compared-in-document", &file.compared_in_document), ("never-falls", &file.never_falls)];
    for (key, list) in lists {
        for m in list.iter().filter(|m| !file.measure.contains_key(*m)) {
            diags.push(
                Diagnostic::new(
                    path,
                    text,
                    diagnostic::find_key(text, key),
                    format!("{key} names `{m}`, which is no measure class"),
                )
                .help("name a [measure.NAME] table of this file, e.g. \"deaths\""),
            );
        }
    }
    for g in file.apart_from_anyone.iter().filter(|g| !file.groups.contains_key(*g)) {
        diags.push(
            Diagnostic::new(
                path,
                text,
                diagnostic::find_key(text, "apart-from-anyone"),
                format!("apart-from-anyone names `{g}`, which is no group"),
            )
            .help("name a key of the [groups] table of this file, e.g. \"attackers\""),
        );
    }
    let mut numbers = PhraseSet::new();
    for (k, v) in &file.numbers {
        numbers.insert(k, *v);
    }
    let mut bounds = PhraseSet::new();
    for (k, v) in &file.bounds {
        let b = match v.as_str() {
            "at-least" => BoundWord::AtLeast,
            "more-than" => BoundWord::MoreThan,
            "at-most" => BoundWord::AtMost,
            "less-than" => BoundWord::LessThan,
            "approximate" => BoundWord::Approximate,
            "just-under" => BoundWord::JustUnder,
            "exact" => BoundWord::Exact,
            other => {
                diags.push(
                    Diagnostic::new(
                        path,
                        text,
                        diagnostic::find_key(text, &format!("\"{k}\"")),
                        format!("unknown bound `{other}`"),
                    )
                    .help("use at-least, more-than, at-most, less-than, approximate, just-under or exact"),
                );
                continue;
            }
        };
        bounds.insert(k, b);
    }
    let mut vague = PhraseSet::new();
    for (k, v) in &file.vague {
        vague.insert(k, *v);
    }
    let mut units = PhraseSet::new();
    for (k, v) in &file.units {
        units.insert(k, v.clone());
    }
    let mut measure_terms = PhraseSet::new();
    let mut unit_measures = FastMap::default();
    for (name, entry) in &file.measure {
        for t in &entry.terms {
            measure_terms.insert(t, name.clone());
        }
        for u in &entry.units {
            unit_measures.insert(u.clone(), name.clone());
        }
    }
    let mut groups = FastMap::default();
    for (group, nouns) in &file.groups {
        for n in nouns {
            groups.insert(normalize(n), group.clone());
        }
    }
    MeasureLexicon {
        numbers,
        scales: file.scales.into_iter().collect(),
        bounds,
        vague,
        units,
        measure_terms,
        unit_measures,
        groups,
        not_counts: PhraseSet::from_phrases(&file.not_counts),
        clock: file.clock.iter().map(|w| normalize(w)).collect(),
        part_before: file.part_before.iter().map(|w| normalize(w)).collect(),
        adds_to: file.adds_to.iter().map(|w| normalize(w)).collect(),
        part_after: file.part_after.iter().map(|w| normalize(w)).collect(),
        threshold_after: file.threshold_after.iter().map(|w| normalize(w)).collect(),
        part_later: PhraseSet::from_phrases(&file.part_later),
        sites: file.sites.iter().map(|w| normalize(w)).collect(),
        nationwide: PhraseSet::from_phrases(&file.nationwide),
        areas: PhraseSet::from_phrases(&file.areas),
        demands: PhraseSet::from_phrases(&file.demands),
        offers: PhraseSet::from_phrases(&file.offers),
        risen: file.risen.iter().map(|w| normalize(w)).collect(),
        revised: file.revised.iter().map(|w| normalize(w)).collect(),
        verb_words: file.verb_words.iter().map(|w| normalize(w)).collect(),
        // A measure's own words ("killed", "injured") name no group either.
        generic_counted: file
            .generic_counted
            .iter()
            .chain(file.measure.values().flat_map(|m| m.terms.iter()))
            .map(|w| normalize(w))
            .collect(),
        not_counted_after: file.not_counted_after.iter().map(|w| normalize(w)).collect(),
        total: file.total.iter().map(|w| normalize(w)).collect(),
        earlier_count: PhraseSet::from_phrases(&file.earlier_count),
        revised_since: PhraseSet::from_phrases(&file.revised_since),
        difference: PhraseSet::from_phrases(&file.difference),
        capacity: PhraseSet::from_phrases(&file.capacity),
        compared_in_document: file.compared_in_document,
        apart_from_anyone: file.apart_from_anyone,
        never_falls: file.never_falls,
        price_verbs: file.price_verbs.iter().map(|w| normalize(w)).collect(),
        value_verbs: file.value_verbs.iter().map(|w| normalize(w)).collect(),
        stake_nouns: file.stake_nouns.iter().map(|w| normalize(w)).collect(),
        recovered: PhraseSet::from_phrases(&file.recovered),
        money_kinds: {
            let mut kinds = PhraseSet::new();
            for (kind, phrases) in &file.money_kinds {
                for p in phrases {
                    kinds.insert(p, kind.clone());
                }
            }
            kinds
        },
        so_far: PhraseSet::from_phrases(&file.so_far),
        recovered_within: PhraseSet::from_phrases(&file.recovered_within),
        recovered_by: PhraseSet::from_phrases(&file.recovered_by),
        share: ShareVerbs {
            estimate: file.share.estimate_verbs.iter().map(|w| normalize(w)).collect(),
            level: file.share.level_verbs.iter().map(|w| normalize(w)).collect(),
            change: file.share.change_verbs.iter().map(|w| normalize(w)).collect(),
            same_subject: file
                .share
                .same_subject
                .iter()
                .flat_map(|group| {
                    let first = group.first().map(|w| normalize(w)).unwrap_or_default();
                    group.iter().map(move |w| (normalize(w), first.clone()))
                })
                .collect(),
            told_after: {
                let mut after = PhraseSet::new();
                for (subject, phrases) in &file.share.told_after {
                    for p in phrases {
                        after.insert(p, normalize(subject));
                    }
                }
                after
            },
        },
    }
}

fn build_entities(file: EntitiesFile) -> EntityLexicon {
    let mut aliases = PhraseSet::new();
    for group in &file.alias {
        let Some(first) = group.names.first() else { continue };
        let key = tokenize(first, 0).into_iter().map(|t| t.norm).collect::<Vec<_>>().join(" ");
        for name in &group.names {
            aliases.insert(name, (key.clone(), group.kind));
        }
    }
    EntityLexicon {
        aliases,
        titles: PhraseSet::from_phrases(&file.titles),
        source_nouns: PhraseSet::from_phrases(&file.source_nouns),
        described_bodies: file.described_bodies,
        shortened_bodies: file.shortened_bodies,
        firm_name_ends: file.firm_name_ends.iter().map(|w| w.to_lowercase()).collect(),
        demonym_phrases: {
            let mut set = PhraseSet::new();
            for (k, v) in &file.demonyms {
                set.insert(k, tokenize(v, 0).into_iter().map(|t| t.norm).collect::<Vec<_>>().join(" "));
            }
            set
        },
        demonyms: file
            .demonyms
            .into_iter()
            .map(|(k, v)| (k, tokenize(&v, 0).into_iter().map(|t| t.norm).collect::<Vec<_>>().join(" ")))
            .collect(),
    }
}

fn build_events(file: EventsFile) -> EventLexicon {
    let mut words = PhraseSet::new();
    for (kind, list) in &file.types {
        for w in list {
            words.insert(w, kind.clone());
        }
    }
    EventLexicon {
        words,
        definite: file.definite.iter().map(|d| normalize(d)).collect(),
        definite_parties: file.definite_parties.iter().map(|p| p.split_whitespace().map(normalize).collect()).collect(),
        multi_party: file.multi_party,
        personal: file.personal,
        separate: PhraseSet::from_phrases(&file.separate),
    }
}

fn build_grammar(file: GrammarFile) -> GrammarLexicon {
    let set = |v: Vec<String>| v.into_iter().map(|s| normalize(&s)).collect::<FastSet<_>>();
    let verbs_past = set(file.verbs_past);
    let verbs_present = set(file.verbs_present);
    let verbs_base = set(file.verbs_base);
    let verbs = verbs_past.iter().chain(&verbs_present).chain(&verbs_base).cloned().collect();
    GrammarLexicon {
        stopwords: set(file.stopwords),
        auxiliaries: set(file.auxiliaries),
        verbs,
        verbs_past,
        verbs_present,
        verbs_base,
        subordinators: PhraseSet::from_phrases(&file.subordinators),
        coordinators: set(file.coordinators),
        parentheticals: PhraseSet::from_phrases(&file.parentheticals),
        appraising_participles: set(file.appraising_participles),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lexicon_loads() {
        let lex = Lexicon::bundled();
        assert!(lex.outlets.names_exact.contains_key("WSJ"));
        assert!(lex.grammar.auxiliaries.contains("has"));
    }

    #[test]
    fn a_broken_lexicon_file_is_reported_with_its_path() {
        let mut source = RuleSource::bundled();
        for f in &mut source.files {
            if f.rel == "lexicon/chrome.toml" {
                f.text = f.text.replace("max-line-chars = 90", "max-line-chars = \"ninety\"");
            }
        }
        let diags = Lexicon::load(&source).err().expect("must fail");
        assert_eq!(diags.len(), 1);
        let out = diags[0].render(false);
        assert!(out.contains("rules/lexicon/chrome.toml"), "{out}");
    }
}
