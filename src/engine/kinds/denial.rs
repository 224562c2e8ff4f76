//! denial: a source calls a report false or denies it ("the reports out were totally
//! false", "No subpoena has been issued", "dismisses the probe as a political scheme"),
//! against a claim that affirms what is denied.

use super::{Ctx, Kind, PairMatch, ParamError, Patterns, affirms, aligned, commits, dates_compatible, params};
use crate::lexicon::Lexicon;
use crate::model::Modality;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// Words that deny or dismiss on their own ("false", "a witch hunt").
    cues: Vec<String>,
    /// Verbs that deny only with one of `objects` right after them ("dismissed the probe",
    /// not "dismissed her").
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    objects: Vec<String>,
    /// Words for reports: a denial of "the reports" targets reported claims of its document.
    #[serde(default)]
    report_words: Vec<String>,
    #[serde(default = "default_similarity")]
    min_similarity: f32,
    /// Words that make the denied report a different one ("a similar inaccurate report",
    /// "an earlier false report"): such a denial is about another report.
    #[serde(default)]
    other_report: Vec<String>,
    /// Verbs of a report coming out ("appeared", "emerged"): a claim whose own words are a
    /// report word and these ("since the report appeared") tells no report's content.
    #[serde(default)]
    appearing: Vec<String>,
    /// Words by which a source stands by a report ("we stand by every word of our
    /// reporting"): such a claim defends the report, it tells none of its content.
    #[serde(default)]
    defending: Vec<String>,
}

fn default_similarity() -> f32 {
    0.35
}

struct Denial {
    p: Params,
    cues: Patterns,
    verbs: Patterns,
    objects: Patterns,
    reports: Patterns,
    defends: Patterns,
}

pub fn build(table: &toml::Table, _lex: &Lexicon) -> Result<Box<dyn Kind>, ParamError> {
    let p: Params = params(
        table,
        "denial takes cues, verbs, objects, report-words, other-report, appearing, defending (word lists) and \
         min-similarity",
    )?;
    let cues = Patterns::new([("denial", &p.cues[..])])?;
    let verbs = Patterns::new([("verb", &p.verbs[..])])?;
    let objects = Patterns::new([("object", &p.objects[..])])?;
    let reports = Patterns::new([("report", &p.report_words[..])])?;
    let defends = Patterns::new([("defending", &p.defending[..])])?;
    Ok(Box::new(Denial { p, cues, verbs, objects, reports, defends }))
}

impl Denial {
    /// The words that deny, if the claim denies: a cue, or a verb with its object.
    fn denies(&self, ctx: &Ctx, i: usize) -> Option<String> {
        let own = ctx.own(i);
        let toks: &[crate::text::Token] = &own;
        let text = |s: usize, e: usize| toks[s..e].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
        // A denial word says something of a report or claim: it is predicated ("the reports
        // were totally false", "dismissed it as a witch hunt") or a report is named; "a fake
        // nose" denies nothing.
        let names_report = !ctx.own_matches(&self.reports, i).is_empty();
        let predicated = |start: usize| {
            toks[start.saturating_sub(3)..start].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "as" | "called" | "calls" | "call"
                )
            })
        };
        if let Some(c) = ctx.own_matches(&self.cues, i).iter().find(|c| names_report || predicated(c.start)) {
            return Some(text(c.start, c.end));
        }
        let objects = ctx.own_matches(&self.objects, i);
        // "declined to confirm or deny the report", "did not deny the claims": no denial.
        ctx.own_matches(&self.verbs, i)
            .iter()
            .filter(|v| !super::negation_before(ctx.lex, toks, v.start, 4))
            .find(|v| objects.iter().any(|o| o.start >= v.end && o.start <= v.end + 4))
            .map(|v| text(v.start, (v.end + 3).min(toks.len())))
    }

    /// The denial is a retort and nothing more: "That is simply untrue," "This is false."
    /// A word pointing back, a verb "be", adverbs of degree and the denying words, opening
    /// its sentence.
    fn retorts(&self, ctx: &Ctx, b: usize, own: &[crate::text::Token]) -> bool {
        const POINTERS: &[&str] = &["that", "this", "it"];
        const DEGREE: &[&str] = &[
            "simply",
            "completely",
            "totally",
            "absolutely",
            "just",
            "entirely",
            "plainly",
            "utterly",
            "categorically",
            "clearly",
            "wholly",
            "also",
            "not",
        ];
        let words: Vec<&crate::text::Token> = own.iter().filter(|t| t.is_word()).collect();
        let c = &ctx.claims[b];
        let doc = &ctx.docs[c.doc].text;
        let opens = doc
            .get(c.sentence_span.start..c.own.start)
            .is_some_and(|before| !before.chars().any(char::is_alphanumeric));
        let Some((start, end)) = ctx.own_matches(&self.cues, b).first().map(|c| (c.start, c.end)) else {
            return false;
        };
        let cue_words = own[start..end].iter().filter(|t| t.is_word()).count();
        let Some(before_cue) = words.len().checked_sub(cue_words).filter(|&k| k >= 2) else { return false };
        opens
            && POINTERS.contains(&words[0].norm.as_str())
            && matches!(words[1].norm.as_str(), "is" | "was" | "'s" | "are" | "were")
            && words[2..before_cue].iter().all(|t| DEGREE.contains(&t.norm.as_str()))
            && own[end..].iter().all(|t| !t.is_word())
    }
}

/// What a retort answers: the last claim of the sentence before it, in its document, told
/// by another voice ("Klint said the Courier had never asked for comment." / "\"That is
/// simply untrue,\" the paper's editor said.").
fn retorted_claim(ctx: &Ctx, b: usize) -> Option<usize> {
    let sentence = ctx.sentence_of[b].checked_sub(1)?;
    let doc = ctx.claims[b].doc;
    let j = (0..b)
        .rev()
        .take_while(|&j| ctx.claims[j].doc == doc && ctx.sentence_of[j] >= sentence)
        .find(|&j| ctx.sentence_of[j] == sentence)?;
    (!ctx.same_voice(j, b)).then_some(j)
}

/// Where the denial names what the report told ("dismissed the newspaper's account of a
/// second strike as fabricated", "a report of 63 soldiers killed"), the affirmed claim must
/// tell most of it: "the strike came at around 11:40 a.m." tells no second strike. (Most,
/// not all: "the reports of bargaining over the interior ministry" name in their own words
/// what "offered the interior ministry to the Liberals" told.) The figure words name no
/// content ("a suggestion of a figure of 800 jobs"). A clause after the report noun ("no
/// truth to claims circulating online that visas were suspended") retells the report in
/// the denier's words: the affirmed claim must tell one of its words other than names.
fn tells_what_is_named(ctx: &Ctx, a: usize, denial: &[crate::text::Token]) -> bool {
    let Some((named, retold)) = named_report(ctx, denial) else {
        return true;
    };
    let words = &ctx.lex.words;
    let untold = words.uncovered(&named, &words.content(&ctx.claims[a].text)).len();
    if retold { untold < named.words.len() } else { 2 * untold < named.words.len() }
}

/// The affirmed claim tells all a denial names with "of" ("reports of looting in Bekran"
/// / "shops in the town's main market had been looted overnight"): it is the report denied,
/// whoever told it.
fn tells_all_that_is_named(ctx: &Ctx, a: usize, denial: &[crate::text::Token]) -> bool {
    let Some((named, false)) = named_report(ctx, denial) else {
        return false;
    };
    let words = &ctx.lex.words;
    named.words.len() >= 2 && words.uncovered(&named, &words.content(&ctx.claims[a].text)).is_empty()
}

/// What a denial names of the report it denies, as content words: the words after "a
/// report of" or "reports that", and whether they retell it in a clause ("that").
fn named_report(ctx: &Ctx, denial: &[crate::text::Token]) -> Option<(crate::words::Content, bool)> {
    const ENDS: &[&str] = &["as", "that", "which", "who", "was", "were", "is", "are", "and", "but", "by"];
    const MAX_WORDS: usize = 6;
    let report_noun = |k: usize| ctx.lex.reporting.report_nouns.contains(denial[k].norm.as_str());
    let of = (1..denial.len()).find(|&k| denial[k].is("of") && report_noun(k - 1));
    let that = (1..denial.len()).find(|&k| {
        denial[k].is("that")
            && (k.saturating_sub(3)..k).any(|r| report_noun(r) && denial[r + 1..k].iter().all(|t| t.is_word()))
    });
    let start = of.or(that)?;
    let retold = of.is_none();
    let named: Vec<&str> = denial[start + 1..]
        .iter()
        .take_while(|t| (t.is_word() || t.kind == crate::text::TokenKind::Number) && !ENDS.contains(&t.norm.as_str()))
        .take(MAX_WORDS)
        .filter(|t| !ctx.lex.reporting.figure_objects.contains(t.norm.as_str()))
        .filter(|t| !(retold && t.is_capitalized()))
        .map(|t| t.text.as_str())
        .collect();
    let named = ctx.lex.words.content(&named.join(" "));
    (!named.words.is_empty()).then_some((named, retold))
}

/// The outlet a denial names as the report's: "the FAZ account", "the Spiegel report",
/// "Politico's story", "a report in Le Monde".
fn outlet_of_named_report(ctx: &Ctx, denial: usize) -> Option<String> {
    let c = &ctx.claims[denial];
    let text = &ctx.docs[c.doc].text;
    let toks = crate::text::tokenize(c.span.slice(text), c.span.start);
    let report_noun = |k: usize| toks.get(k).is_some_and(|t| ctx.lex.reporting.report_nouns.contains(t.norm.as_str()));
    c.entities.iter().filter(|e| e.kind == crate::model::EntityKind::Outlet).find_map(|e| {
        let after = toks.iter().position(|t| t.span.start >= e.span.end)?;
        let before = toks.iter().rposition(|t| t.span.end <= e.span.start);
        let names_report = report_noun(after)
            || toks.get(after).is_some_and(|t| t.is("'s")) && report_noun(after + 1)
            || before.is_some_and(|k| k >= 1 && matches!(toks[k].norm.as_str(), "in" | "by") && report_noun(k - 1));
        names_report.then(|| e.text.clone())
    })
}

/// Two names of one outlet, as the lexicon knows them or as written, case aside.
fn same_outlet(ctx: &Ctx, x: &str, y: &str) -> bool {
    let canonical = |n: &str| {
        crate::attribute::frames::canonical_outlet(n, ctx.lex).unwrap_or_else(|| n.to_string()).to_lowercase()
    };
    canonical(x) == canonical(y)
}

/// In a live blog, the report is told in a later entry than the denial ("10:30 - Reuters
/// reports that the utility's debts reached 3.2 billion euros" above "09:10 - The minister
/// called it fake news"): "it" is some report told before the denial, not that one.
fn told_in_a_later_entry(ctx: &Ctx, report: usize, denial: usize) -> bool {
    ctx.entry_time(report).zip(ctx.entry_time(denial)).is_some_and(|(r, d)| r > d)
}

/// The claim shares a word with the whole text of the denial (the report it names
/// included), not only names, figures' measures or event types.
fn shares_a_word(ctx: &Ctx, a: usize, denial: usize) -> bool {
    let c = &ctx.claims[denial];
    let words: std::collections::HashSet<String> =
        crate::text::tokenize(&c.text, 0).iter().filter(|t| t.is_word()).map(|t| crate::text::stem(&t.norm)).collect();
    let vocabulary = &ctx.alignment.vocabulary;
    ctx.alignment.features[a].terms.ids().map(|t| vocabulary.term(t)).any(|t| !t.contains(':') && words.contains(t))
}

/// A positive claim of what someone plans ("plans to cut 4,000 jobs"): a report of it is
/// something to deny. What a report expects to follow from it ("the measure was expected to
/// bring in 10 billion") is not the report's news, and joining it would dilute the finding.
fn tells_a_plan(c: &crate::model::Claim) -> bool {
    c.polarity == crate::model::Polarity::Positive && c.modality == Modality::Planned
}

/// The claim right before claim `a` in its sentence, when its own words end on a report
/// noun that `a` tells the words of ("denied a separate report" / "that it had borrowed").
pub fn report_named_before(ctx: &Ctx, a: usize) -> Option<usize> {
    let d = a.checked_sub(1)?;
    (ctx.claims[d].sentence_span == ctx.claims[a].sentence_span && ends_on_report_noun(ctx, d)).then_some(d)
}

/// The claim's own words end on a report noun ("the ministry denied a separate report").
pub fn ends_on_report_noun(ctx: &Ctx, i: usize) -> bool {
    let own = ctx.own(i);
    own.iter().rev().find(|t| t.is_word()).is_some_and(|t| ctx.lex.reporting.report_nouns.contains(t.norm.as_str()))
}

/// The denial names a figure the report gives, the same number of the same thing ("a
/// figure of 800 jobs" for "cut 800 jobs by the end of March"): that is what it denies.
fn names_its_figure(affirmed: &crate::model::Claim, denial: &crate::model::Claim) -> bool {
    denial.quantities.iter().any(|d| {
        d.counted.is_some()
            && affirmed.quantities.iter().any(|q| q.value == d.value && q.unit == d.unit && q.counted == d.counted)
    })
}

/// The claim's own words say only that a report came out ("since the report appeared",
/// "after the story emerged"): words of reports and of appearing, and function words.
fn only_its_appearance(p: &Params, ctx: &Ctx, own: &[crate::text::Token]) -> bool {
    let report = |t: &crate::text::Token| p.report_words.iter().any(|r| t.is(r));
    let appearing = |t: &crate::text::Token| p.appearing.iter().any(|v| t.is(v));
    let content: Vec<&crate::text::Token> =
        own.iter().filter(|t| t.is_word() && !ctx.lex.grammar.stopwords.contains(t.norm.as_str())).collect();
    // "The report spread quickly on messaging apps": a report as the subject of a verb of
    // appearing tells how it went round, whatever follows.
    let opens_on_it = content.first().is_some_and(|t| report(t)) && content.get(1).is_some_and(|t| appearing(t));
    opens_on_it || content.iter().any(|t| report(t)) && content.iter().all(|t| report(t) || appearing(t))
}

/// Sentences after a denial of "the report" within which the report's words are told.
const REPORT_FOLLOWS_DENIAL: usize = 3;
/// Sentences before the last report told ahead of a denial of "the report" that still
/// belong to that report (its lede and the sentences that go on telling it).
const REPORT_BLOCK: usize = 2;

impl Kind for Denial {
    fn can_be_a(&self, ctx: &Ctx, i: usize) -> bool {
        // A claim that itself denies ("dismissed as fabricated a newspaper report that ...")
        // affirms nothing another denial could answer, whatever this rule's own cues. (A
        // retort answers what was said either way: "X never asked" / "That is untrue".)
        let retorted = || ctx.alignment.features[i].links.iter().any(|l| l.starts_with("retort:"));
        (affirms(&ctx.claims[i]) || tells_a_plan(&ctx.claims[i]) || commits(&ctx.claims[i]) && retorted())
            && self.denies(ctx, i).is_none()
            && !ctx.claims[i].has_cue("denial")
    }
    fn can_be_b(&self, ctx: &Ctx, i: usize) -> bool {
        commits(&ctx.claims[i]) && self.denies(ctx, i).is_some()
    }
    fn check(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        let (affirmed, denial) = (&ctx.claims[a], &ctx.claims[b]);
        let words = self.denies(ctx, b)?;
        // "NHK issued a similar inaccurate report": another report than the one affirmed here.
        let own = ctx.own(b);
        let toks: &[crate::text::Token] = &own;
        let reports = ctx.own_matches(&self.reports, b);
        let other = reports.iter().any(|r| {
            toks[r.start.saturating_sub(3)..r.start].iter().any(|t| self.p.other_report.iter().any(|o| *o == t.norm))
        });
        if other {
            return None;
        }
        // A retort is someone's: the story's own "That was wrong" corrects what it said.
        let matched = |words: String| PairMatch {
            a,
            b,
            side_a: "affirmed".into(),
            side_b: "denied".into(),
            term_a: affirmed.predicate.clone().unwrap_or_default(),
            term_b: words,
            event: ctx.alignment.shared_events(a, b).first().map(|e| e.to_string()),
        };
        if denial.speaker().is_some()
            && self.retorts(ctx, b, &own)
            && retorted_claim(ctx, b) == Some(a)
            && commits(affirmed)
        {
            return Some(matched(words));
        }
        if !(affirms(affirmed) || tells_a_plan(affirmed))
            || self.denies(ctx, a).is_some()
            || affirmed.has_cue("denial")
            || !commits(denial)
        {
            return None;
        }
        // "Der Spiegel was the first to report the contacts" tells who reported, not what: a
        // claim whose own words hold a verb of reporting is no report's content.
        let own_a = ctx.own(a);
        let about_reporting = (0..own_a.len()).any(|k| {
            // A verb ("to report the contacts", "reported on"), not the noun ("a false report").
            let verb = crate::syntax::is_finite_verb(&own_a, k, ctx.lex) || k > 0 && own_a[k - 1].is("to");
            verb && crate::align::only_reports(own_a[k].norm.as_str())
        });
        let defends_a_report =
            !ctx.own_matches(&self.defends, a).is_empty() && !ctx.own_matches(&self.reports, a).is_empty();
        if about_reporting || defends_a_report || only_its_appearance(&self.p, ctx, &own_a) {
            return None;
        }
        // "... while the ministry denied a separate report that it had borrowed ...": the
        // words of a report its own sentence calls another are that denial's, no other's.
        if let Some(d) = report_named_before(ctx, a)
            && d != b
        {
            let own_d = ctx.own(d);
            if own_d.iter().any(|t| self.p.other_report.iter().any(|o| *o == t.norm)) {
                return None;
            }
        }
        if ctx.same_voice(a, b) {
            return None;
        }
        if !tells_what_is_named(ctx, a, toks) {
            return None;
        }
        // "denied the FAZ account": a denial that names whose report it answers answers that
        // outlet's claims, not the story's own lede.
        if let Some(whose) = outlet_of_named_report(ctx, b)
            && !affirmed.outlet().is_some_and(|o| same_outlet(ctx, o, &whose))
        {
            return None;
        }
        // "... there was no truth to claims that visas were suspended, calling them fake
        // news": what the claim before names, in the same sentence and voice, is what "them"
        // calls false.
        if let Some(before) = b.checked_sub(1)
            && before != a
            && ctx.claims[before].sentence_span == denial.sentence_span
            && ctx.claims[before].doc == denial.doc
            && ctx.same_voice(before, b)
            && self.denies(ctx, before).is_some()
            && !tells_what_is_named(ctx, a, &ctx.own(before))
        {
            return None;
        }
        // What is denied: the report inside the denial's own sentence, a claim about the
        // same thing, or (for "the reports are false") a reported claim of the same document.
        let embedded = affirmed.sentence_span == denial.sentence_span && denial.span.contains(affirmed.span);
        // "NHK has apologized for a false report that ...": a source correcting its own
        // report is an update, not a conflict between sources.
        let same_sentence = affirmed.doc == denial.doc && affirmed.sentence_span == denial.sentence_span;
        if denial.has_cue("correction")
            && (same_sentence || affirmed.outlet() == denial.outlet() && affirmed.speaker().is_none())
        {
            return None;
        }
        // "The report is false" refers back to reported claims told before it, or tells a
        // story's lede before the report's own words that follow it; the story's background
        // further on ("the country has 9 million people") is not what is denied.
        let told_after = ctx.sentence_of[a].saturating_sub(ctx.sentence_of[b]);
        // "an accusation the police rejected", "a report that ...": an indefinite report is
        // a new one, told in its own sentence or after it, not one the story told before.
        let told_before = ctx.sentence_of[a] < ctx.sentence_of[b];
        let definite = reports.iter().any(|r| {
            let np = toks[r.start.saturating_sub(3)..r.start].iter().rev();
            !np.take_while(|t| {
                t.is_word() && !matches!(t.norm.as_str(), "the" | "this" | "these" | "that" | "those" | "such")
            })
            .any(|t| matches!(t.norm.as_str(), "a" | "an"))
        });
        let reported = |c: &crate::model::Claim| {
            c.modality == Modality::Reported
                || crate::align::levels_a_charge(c, ctx.lex)
                || c.outlet() != ctx.docs[c.doc].outlet.as_deref()
        };
        // "The allegation" points back to the last report told before it, not to any report
        // of the story ("Brezik rejected the allegation" answers the opposition leader's
        // charge of the paragraph before, not the newspaper report of the lede).
        let last_report = || {
            // Claims are in document order: look back through the denial's document only.
            (0..b)
                .rev()
                .take_while(|&j| ctx.claims[j].doc == denial.doc)
                .filter(|&j| ctx.sentence_of[j] < ctx.sentence_of[b])
                .find(|&j| reported(&ctx.claims[j]) && self.denies(ctx, j).is_none())
                .map(|j| ctx.sentence_of[j])
        };
        let points_back_to_it =
            !told_before || last_report().is_none_or(|last| ctx.sentence_of[a] + REPORT_BLOCK >= last);
        // "No truth to claims that any part of the territory is negotiated": a denial that
        // says what the claims were denies those words, not whatever was reported.
        // ("that story that wasn't true" is a relative clause: it says nothing of what.)
        // Nor does one that names a figure with "of": "any suggestion of a figure of 800 jobs
        // is pure speculation" denies the figure, not the rest of what the paper reported.
        let names_a_figure = denial.quantities.iter().any(|q| q.counted.is_some());
        let says_what = reports.iter().any(|r| {
            toks.get(r.end).is_some_and(|t| t.is("that"))
                && toks.get(r.end + 1).is_some_and(|t| {
                    t.is_word()
                        && !ctx.lex.grammar.auxiliaries.contains(t.norm.as_str())
                        && !crate::syntax::is_finite_verb(toks, r.end + 1, ctx.lex)
                })
                || names_a_figure && toks.get(r.end).is_some_and(|t| t.is("of"))
        });
        // "The bank called the report baseless", after the paper's report was told: "the
        // report" is that one, not the next report the story goes on to tell. Only a denial
        // told before any report (a lede) points ahead to the report's words.
        let same_sentence_or_ahead = ctx.sentence_of[a] == ctx.sentence_of[b] || !definite || last_report().is_none();
        // "dismissed as baseless a newspaper report that ...", its words a claim of their own
        // right after the denial: it says what, too.
        let says_what = says_what || b + 1 < ctx.claims.len() && report_named_before(ctx, b + 1) == Some(b);
        let about_reports = !reports.is_empty()
            && (if told_before { definite } else { same_sentence_or_ahead })
            && affirmed.doc == denial.doc
            && told_after <= REPORT_FOLLOWS_DENIAL
            && (!says_what || aligned(ctx, a, b, self.p.min_similarity) || names_its_figure(affirmed, denial))
            && reported(affirmed)
            && points_back_to_it
            && !told_in_a_later_entry(ctx, a, b);
        // A denial names the report it answers, told a day or so before it ("reported on
        // Monday" / "said on Tuesday that the report was false"); a denial of a claim
        // merely about the same thing must be of the same days.
        // "There is no truth in the figure of 4,000 that has been published": a denial of a
        // figure denies the report that gave it (the same number, told in the story as
        // another's).
        let names_the_figure = affirmed.doc == denial.doc
            && reported(affirmed)
            && toks.iter().any(|t| ctx.lex.reporting.figure_objects.contains(t.norm.as_str()))
            && denial
                .quantities
                .iter()
                .any(|d| d.value >= 10.0 && affirmed.quantities.iter().any(|q| q.value == d.value && q.unit == d.unit));
        // "Police said reports of looting in Bekran were false", right after residents told
        // of shops looted in Bekran: the denial names all that claim tells.
        let names_its_words = affirmed.doc == denial.doc
            && ctx.sentence_of[a] < ctx.sentence_of[b]
            && ctx.sentence_of[a] + REPORT_BLOCK >= ctx.sentence_of[b]
            && tells_all_that_is_named(ctx, a, toks);
        let names_the_report = embedded || about_reports || names_the_figure || names_its_words;
        // A report of plans ("X plans to cut 4,000 jobs") is what "the report is incorrect"
        // denies; a plan merely about the same thing is no report the denial answers.
        if !affirms(affirmed) && !names_the_report {
            return None;
        }
        // A claim merely about the same thing, with another figure than the denied report's
        // ("a $1.2 million signing fee" against "rejects report of $12 million payment"), does
        // not affirm what is denied.
        // Nor does one that shares names with the denial and no word ("was now living in
        // Zemla" / "the Zemlan embassy has dismissed as fake news a newspaper report").
        let about_the_same = aligned(ctx, a, b, self.p.min_similarity)
            && shares_a_word(ctx, a, b)
            && dates_compatible(ctx, a, b)
            && !super::quantity_mismatch::figures_differ(&affirmed.quantities, &denial.quantities);
        if !(names_the_report || about_the_same) {
            return None;
        }
        Some(matched(words))
    }
}
