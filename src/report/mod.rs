//! report: findings -> `Report` -> text | md | json | html.
//!
//! One model, several printers: the JSON contract (`contra.report/1`) and readable text.

pub mod json;
pub mod text;

use crate::align::Topic;
use crate::engine::{Finding, Level};
use crate::model::{Claim, Document, Skipped, Warning};
use serde::Serialize;

pub const SCHEMA: &str = "contra.report/1";

/// How a topic stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    Contested,
    Consistent,
    Updated,
    SingleSource,
}

/// Everything a run found.
pub struct Report {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub topics: Vec<Topic>,
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
}

impl Report {
    pub fn standing(&self, topic: &Topic) -> Standing {
        let in_topic = |f: &&Finding| f.all_members().any(|m| topic.members.contains(&m));
        let kinds: Vec<Level> = self.findings.iter().filter(in_topic).map(|f| f.kind).collect();
        if kinds.iter().any(|k| k.is_conflict()) {
            Standing::Contested
        } else if kinds.contains(&Level::Agreement) {
            Standing::Consistent
        } else if kinds.contains(&Level::Update) {
            Standing::Updated
        } else {
            Standing::SingleSource
        }
    }

    pub fn contested(&self) -> usize {
        self.topics.iter().filter(|t| self.standing(t) == Standing::Contested).count()
    }

    pub fn conflicts(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.kind.is_conflict())
    }

    /// The topic a claim belongs to.
    pub fn topic_of(&self, claim: usize) -> Option<&Topic> {
        self.topics.iter().find(|t| t.members.contains(&claim))
    }
}
