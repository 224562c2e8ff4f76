//! event-status: two sources give the same event incompatible statuses. Which statuses
//! clash is data: "announced" against "never scheduled" is a contradiction, "planned"
//! against "cancelled" is an update (a rule with level = "update").

use super::{Ctx, Kind, PairMatch, ParamError, Patterns, commits, params};
use crate::lexicon::Lexicon;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Params {
    /// Event types (from rules/lexicon/events.toml) the statuses apply to.
    events: Vec<String>,
    /// Status phrases of the first claim (`*` stands for up to three words).
    a: Vec<String>,
    /// Status phrases of the second claim.
    b: Vec<String>,
    /// Also match one voice against itself (a change over time).
    #[serde(default)]
    same_voice: bool,
    /// Status phrases that agree only with each other ("postponed" and "delayed" say the
    /// same; "postponed" and "cancelled", both of class b, do not). Phrases in no group
    /// agree with any phrase of their class outside the groups.
    #[serde(default)]
    same_status_groups: Vec<Vec<String>>,
}

pub struct EventStatus {
    p: Params,
    patterns: Patterns,
    /// `same-status-groups` as normalised words.
    groups: Vec<Vec<String>>,
}

pub fn build(table: &toml::Table, _lex: &Lexicon) -> Result<Box<dyn Kind>, ParamError> {
    Ok(Box::new(EventStatus::new(table)?))
}

impl EventStatus {
    pub fn new(table: &toml::Table) -> Result<EventStatus, ParamError> {
        let p: Params =
            params(table, "event-status takes events, a and b (status phrases), same-voice and same-status-groups")?;
        if let Some(stray) = p.same_status_groups.iter().flatten().find(|w| !p.a.contains(w) && !p.b.contains(w)) {
            return Err(ParamError {
                key: Some("same-status-groups".into()),
                message: format!("`{stray}` is in a status group but in neither a nor b"),
                help: "list only phrases of a or b in same-status-groups".into(),
            });
        }
        let patterns = Patterns::new([("a", &p.a[..]), ("b", &p.b[..])])?;
        let norm = |phrase: &String| {
            crate::text::tokenize(phrase, 0).into_iter().map(|t| t.norm.to_string()).collect::<Vec<_>>().join(" ")
        };
        let groups = p.same_status_groups.iter().map(|g| g.iter().map(norm).collect()).collect();
        Ok(EventStatus { p, patterns, groups })
    }

    /// The claim's status phrase of `class`, as written. A phrase under a negation gives no
    /// status: "the summit is not cancelled, only postponed" is postponed, not cancelled.
    fn status(&self, ctx: &Ctx, i: usize, class: &str) -> Option<String> {
        self.status_found(ctx, i, class).map(|(written, _)| written)
    }

    /// The status phrase of `class` as written and as normalised words.
    fn status_found(&self, ctx: &Ctx, i: usize, class: &str) -> Option<(String, String)> {
        let own = ctx.own(i);
        let toks: &[crate::text::Token] = &own;
        ctx.own_matches(&self.patterns, i)
            .iter()
            .find(|f| f.class == class && !super::negation_before(ctx.lex, toks, f.start, 3))
            .map(|f| {
                let words = &toks[f.start..f.end];
                let joined =
                    |w: &dyn Fn(&crate::text::Token) -> &str| words.iter().map(w).collect::<Vec<_>>().join(" ");
                (joined(&|t| t.text.as_str()), joined(&|t| t.norm.as_str()))
            })
    }

    /// The group of `same-status-groups` that holds a status phrase (its normalised words).
    fn group_of(&self, norm: &str) -> Option<usize> {
        self.groups.iter().position(|g| g.iter().any(|p| p == norm))
    }

    fn event(&self, ctx: &Ctx, a: usize, b: usize) -> Option<String> {
        ctx.alignment.shared_events(a, b).into_iter().find(|e| self.p.events.iter().any(|w| w == e)).map(str::to_string)
    }

    /// The claim gives the event a status of either class.
    pub fn gives_status(&self, ctx: &Ctx, i: usize) -> bool {
        !ctx.own_matches(&self.patterns, i).is_empty()
    }

    /// Both claims give the same status to the same event (for agreement).
    pub fn same_status(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        for class in ["a", "b"] {
            if let (Some((wa, ia)), Some((wb, ib))) =
                (self.status_found(ctx, a, class), self.status_found(ctx, b, class))
                && self.group_of(&ia) == self.group_of(&ib)
                && let Some(event) = self.event(ctx, a, b)
            {
                return Some(PairMatch {
                    a,
                    b,
                    side_a: class.into(),
                    side_b: class.into(),
                    term_a: wa,
                    term_b: wb,
                    event: Some(event),
                });
            }
        }
        None
    }
}

impl Kind for EventStatus {
    fn can_be_a(&self, ctx: &Ctx, i: usize) -> bool {
        self.status(ctx, i, "a").is_some()
    }
    fn can_be_b(&self, ctx: &Ctx, i: usize) -> bool {
        self.status(ctx, i, "b").is_some()
    }
    fn check(&self, ctx: &Ctx, a: usize, b: usize) -> Option<PairMatch> {
        let wa = self.status(ctx, a, "a")?;
        let wb = self.status(ctx, b, "b")?;
        if !self.p.same_voice && ctx.same_voice(a, b) {
            return None;
        }
        // A claim that holds both statuses ("announced, then cancelled") is not one side.
        if self.status(ctx, b, "a").is_some() && self.status(ctx, a, "b").is_some() {
            return None;
        }
        if !commits(&ctx.claims[b]) && ctx.claims[b].modality != crate::model::Modality::Planned {
            return None;
        }
        let event = self.event(ctx, a, b)?;
        Some(PairMatch { a, b, side_a: "a".into(), side_b: "b".into(), term_a: wa, term_b: wb, event: Some(event) })
    }
}
