//! One self-contained HTML page (no network): the summary, contested points first, a
//! side-by-side of what each outlet says per topic, a timeline of resolved dates, and the
//! source text with every claim's span highlighted and linked from each finding; filters by
//! outlet and by kind. The template is `templates/report.html`.

use super::{Printer, Report, Standing, resolved_dates, side_mark};
use crate::engine::{Finding, Level};
use askama::Template;
use std::collections::{BTreeMap, HashMap};
use std::io;

pub struct HtmlPrinter;

impl Printer for HtmlPrinter {
    fn print(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        out.write_all(render(report).as_bytes())
    }
}

/// Escapes text for an HTML element or attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

struct OutletView {
    key: String,
    name: String,
    claims: usize,
}

struct ClaimCard {
    id: String,
    outlet: String,
    outlet_key: String,
    speaker: Option<String>,
    dates: Vec<String>,
    words: String,
    location: String,
}

struct SideView {
    label: String,
    claims: Vec<ClaimCard>,
}

struct FindingView {
    id: String,
    kind: &'static str,
    rule: String,
    severity: &'static str,
    explanation: String,
    sides: Vec<SideView>,
}

struct SectionView {
    id: &'static str,
    title: &'static str,
    intro: &'static str,
    findings: Vec<FindingView>,
}

struct ColumnView {
    outlet: String,
    outlet_key: String,
    claims: Vec<ClaimCard>,
}

struct TopicView {
    id: String,
    label: String,
    standing: &'static str,
    columns: Vec<ColumnView>,
}

struct DateView {
    date: String,
    entries: Vec<(String, ClaimCard)>,
}

struct DocView {
    id: String,
    origin: String,
    facts: String,
    /// What of the document was left unchecked, if anything.
    note: Option<String>,
    /// The body as escaped HTML with claim spans marked.
    html: String,
}

#[derive(Template)]
#[template(path = "report.html")]
struct Page {
    title: String,
    counts: super::Counts,
    outlets: Vec<OutletView>,
    kinds: Vec<(&'static str, &'static str, usize)>,
    sections: Vec<SectionView>,
    topics: Vec<TopicView>,
    timeline: Vec<DateView>,
    single: Vec<ClaimCard>,
    documents: Vec<DocView>,
    skipped: Vec<(String, String)>,
    /// `2 checked, 1 skipped`.
    inputs: String,
}

struct Ctx<'a> {
    report: &'a Report,
    outlet_keys: BTreeMap<&'a str, String>,
}

impl Ctx<'_> {
    fn card(&self, m: usize) -> ClaimCard {
        let r = self.report;
        let c = &r.claims[m];
        let outlet = r.outlet_of(m);
        ClaimCard {
            id: c.id.clone(),
            outlet: outlet.to_string(),
            outlet_key: self.outlet_keys[outlet].clone(),
            speaker: c.speaker().map(str::to_string),
            dates: resolved_dates(c).into_iter().map(|(d, t)| format!("{} (“{t}”)", d.replace("..", " – "))).collect(),
            words: r.words(m),
            location: r.location(m),
        }
    }

    fn finding(&self, f: &Finding) -> FindingView {
        FindingView {
            id: f.id.clone(),
            kind: f.kind.as_str(),
            rule: f.rule.clone(),
            severity: f.severity.as_str(),
            explanation: f.explanation.clone(),
            sides: f
                .members
                .iter()
                .enumerate()
                .map(|(k, side)| SideView {
                    label: match (f.kind, f.members.len() > 1, k) {
                        (_, false, _) => String::new(),
                        (Level::Update, true, 0) => "Before".into(),
                        (Level::Update, true, _) => "After".into(),
                        (_, true, k) => format!("Side {}", side_mark(f, k).to_uppercase()),
                    },
                    claims: side.iter().map(|&m| self.card(m)).collect(),
                })
                .collect(),
        }
    }
}

/// The strongest finding kind each claim takes part in, for the colour of its highlight.
fn claim_kinds(report: &Report) -> Vec<Option<&'static str>> {
    let rank = |k: &str| ["contradiction", "discrepancy", "update", "agreement"].iter().position(|x| *x == k);
    let mut out: Vec<Option<&'static str>> = vec![None; report.claims.len()];
    for f in &report.findings {
        let kind = f.kind.as_str();
        for m in f.all_members() {
            if out[m].is_none_or(|old| rank(kind) < rank(old)) {
                out[m] = Some(kind);
            }
        }
    }
    out
}

/// A document's body as lines with numbers, each claim span wrapped in a `<mark>` that
/// names its claims (nested and overlapping spans are cut into segments), and an anchor
/// `src-cN` where each claim starts. One sweep over the sorted cut points, with the claims
/// that cover the current point kept as they open and close: a document of tens of thousands
/// of lines and claims renders in linear time.
fn source_html(report: &Report, ctx: &Ctx, doc: usize, claims: &[usize], kinds: &[Option<&'static str>]) -> String {
    let d = &report.documents[doc];
    let text = d.text.as_str();
    let mut opens: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut closes: HashMap<usize, Vec<usize>> = HashMap::new();
    for &m in claims {
        let span = report.claims[m].span;
        opens.entry(span.start).or_default().push(m);
        closes.entry(span.end).or_default().push(m);
    }
    let mut cuts: Vec<usize> =
        claims.iter().flat_map(|&m| [report.claims[m].span.start, report.claims[m].span.end]).collect();
    let mut line_start = 0;
    let mut lines = Vec::new();
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            lines.push((line_start, i));
            line_start = i + 1;
        }
    }
    lines.push((line_start, text.len()));
    cuts.extend(lines.iter().flat_map(|&(s, e)| [s, e]));
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();

    let anchors = |out: &mut String, at: usize| {
        for m in opens.get(&at).into_iter().flatten() {
            out.push_str(&format!("<span class=\"anchor\" id=\"src-{}\"></span>", report.claims[*m].id));
        }
    };
    // Claims open at the current cut, in claim order.
    let mut active: Vec<usize> = Vec::new();
    let mut next = 0;
    let mut out = String::new();
    for (n, &(ls, le)) in lines.iter().enumerate() {
        out.push_str(&format!("<div class=\"line\"><span class=\"ln\">{}</span><span class=\"lt\">", d.body_line + n));
        let first = next;
        while next < cuts.len() && cuts[next] <= le {
            next += 1;
        }
        let points = &cuts[first..next];
        anchors(&mut out, ls);
        for (k, &p) in points.iter().enumerate() {
            if let Some(ended) = closes.get(&p) {
                active.retain(|m| !ended.contains(m));
            }
            if let Some(started) = opens.get(&p) {
                active.extend(started.iter().copied().filter(|&m| report.claims[m].span.end > p));
                active.sort_unstable();
            }
            let Some(&q) = points.get(k + 1) else { break };
            if p > ls {
                anchors(&mut out, p);
            }
            let piece = escape(&text[p..q]);
            if active.is_empty() {
                out.push_str(&piece);
                continue;
            }
            // The innermost claim (the shortest span) speaks for the segment.
            let covering = &active;
            let inner = covering.iter().copied().min_by_key(|&m| report.claims[m].span.len()).unwrap_or(covering[0]);
            let kind = covering.iter().filter_map(|&m| kinds[m]).min_by_key(|k| match *k {
                "contradiction" | "discrepancy" => 0,
                "update" => 1,
                _ => 2,
            });
            let ids: Vec<&str> = covering.iter().map(|&m| report.claims[m].id.as_str()).collect();
            out.push_str(&format!(
                "<mark class=\"span {}\" data-claims=\"{}\" data-outlet=\"{}\" title=\"{}\">{piece}</mark>",
                kind.map(|k| format!("k-{k}")).unwrap_or_else(|| "k-none".into()),
                ids.join(" "),
                ctx.outlet_keys[report.outlet_of(inner)],
                escape(&format!("{} {}", report.claims[inner].id, report.source_label(inner))),
            ));
        }
        out.push_str("</span></div>\n");
    }
    out
}

pub fn render(report: &Report) -> String {
    let outlets = report.outlets();
    let outlet_keys: BTreeMap<&str, String> =
        outlets.iter().enumerate().map(|(i, o)| (*o, format!("o{}", i + 1))).collect();
    let ctx = Ctx { report, outlet_keys };
    let counts = report.counts();
    let title = match report.documents.as_slice() {
        [one] => one.title.clone().unwrap_or_else(|| one.id.clone()),
        docs => format!("{} documents", docs.len()),
    };

    let sections = vec![
        SectionView {
            id: "contested",
            title: "Contested",
            intro: "Sources disagree on these points.",
            findings: report.conflicts().map(|f| ctx.finding(f)).collect(),
        },
        SectionView {
            id: "consistent",
            title: "Consistent",
            intro: "Independent sources say the same.",
            findings: report.agreements().map(|f| ctx.finding(f)).collect(),
        },
        SectionView {
            id: "updates",
            title: "Updates",
            intro: "A position or plan changed over time: not a conflict between sources.",
            findings: report.updates().map(|f| ctx.finding(f)).collect(),
        },
    ];

    // Side by side: topics that more than one outlet speaks to, or that a finding touches.
    let mut topics = Vec::new();
    for t in &report.topics {
        let standing = report.standing(t);
        let mut columns: Vec<ColumnView> = Vec::new();
        for &m in &t.members {
            let o = report.outlet_of(m);
            match columns.iter_mut().find(|c| c.outlet == o) {
                Some(c) => c.claims.push(ctx.card(m)),
                None => columns.push(ColumnView {
                    outlet: o.to_string(),
                    outlet_key: ctx.outlet_keys[o].clone(),
                    claims: vec![ctx.card(m)],
                }),
            }
        }
        if columns.len() < 2 && standing == Standing::SingleSource {
            continue;
        }
        columns.sort_by_key(|c| outlets.iter().position(|o| *o == c.outlet));
        topics.push(TopicView {
            id: t.id.clone(),
            label: t.label.clone(),
            standing: match standing {
                Standing::Contested => "contested",
                Standing::Consistent => "consistent",
                Standing::Updated => "updated",
                Standing::SingleSource => "single-source",
            },
            columns,
        });
    }
    // Contested topics first, then the rest in report order.
    topics.sort_by_key(|t| t.standing != "contested");

    let mut by_date: BTreeMap<String, Vec<(String, ClaimCard)>> = BTreeMap::new();
    for (m, c) in report.claims.iter().enumerate() {
        for t in &c.times {
            let Some(start) = t.start else { continue };
            let date = match t.end {
                Some(end) if end != start => format!("{start} – {end}"),
                _ => start.to_string(),
            };
            let words =
                if t.statement { format!("“{}” (when it was said)", t.text) } else { format!("“{}”", t.text) };
            by_date.entry(date).or_default().push((words, ctx.card(m)));
        }
    }
    let timeline = by_date.into_iter().map(|(date, entries)| DateView { date, entries }).collect();

    let single = report.single_source().flat_map(|t| t.members.iter().map(|&m| ctx.card(m))).collect();
    let kinds_of = claim_kinds(report);
    let mut claims_by_doc: Vec<Vec<usize>> = vec![Vec::new(); report.documents.len()];
    for (m, c) in report.claims.iter().enumerate() {
        claims_by_doc[c.doc].push(m);
    }
    let documents = report
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut facts = Vec::new();
            if let Some(o) = &d.outlet {
                facts.push(o.clone());
            }
            if let Some(p) = d.published {
                facts.push(format!("published {p}"));
            }
            if let Some(t) = &d.title {
                facts.push(t.clone());
            }
            DocView {
                id: d.id.clone(),
                origin: d.origin.clone(),
                facts: facts.join(" · "),
                note: d
                    .truncated_from
                    .map(|total| crate::ingest::truncation_note(d.text.len(), total, d.line_of(d.text.len()))),
                html: source_html(report, &ctx, i, &claims_by_doc[i], &kinds_of),
            }
        })
        .collect();

    let kinds = vec![
        ("contradiction", "Contradictions", report.of_level(Level::Contradiction).count()),
        ("discrepancy", "Discrepancies", report.of_level(Level::Discrepancy).count()),
        ("agreement", "Agreements", counts.consistent),
        ("update", "Updates", counts.updates),
        ("single-source", "Single-source", counts.single_source),
    ];
    let page = Page {
        title,
        counts,
        outlets: outlets
            .iter()
            .map(|o| OutletView {
                key: ctx.outlet_keys[o].clone(),
                name: o.to_string(),
                claims: (0..report.claims.len()).filter(|&m| report.outlet_of(m) == *o).count(),
            })
            .collect(),
        kinds,
        sections,
        topics,
        timeline,
        single,
        documents,
        skipped: report.skipped.iter().map(|s| (s.origin.clone(), s.reason.clone())).collect(),
        inputs: report.entries_label(),
    };
    page.render().expect("the report template renders")
}
