//! Typed errors of the library. Every variant names where the problem is and what to do,
//! in one line, so `main` can print it as is and exit with code 2.

use crate::model::Skipped;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path the user gave does not exist.
    #[error("{path}: no such file or directory; check the path")]
    NotFound { path: String },

    /// A file could not be read at all.
    #[error("{path}: cannot read: {reason}; check its permissions")]
    Unreadable { path: String, reason: String },

    /// Input whose content cannot be trusted: malformed front matter, a bad date, broken JSON.
    #[error("{origin}:{line}: {message}; {fix}")]
    BadInput { origin: String, line: usize, message: String, fix: String },

    /// Nothing readable among the inputs.
    #[error("{path}: no readable document ({}); give .txt, .md, .json or .jsonl files with text", summarise(.skipped))]
    NoDocuments { path: String, skipped: Vec<Skipped> },

    /// One or more rule files are invalid; `rendered` holds rustc-style diagnostics.
    #[error("{count} invalid rule file(s):\n{rendered}")]
    Rules { count: usize, rendered: String },

    /// A command-line value that cannot be used.
    #[error("{message}")]
    Usage { message: String },

    /// A file given as a report that is not one (for `contra diff`).
    #[error("{path}: {message}; give a report written by `contra check --format json`")]
    NotAReport { path: String, message: String },

    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
}

fn summarise(skipped: &[Skipped]) -> String {
    match skipped {
        [] => "nothing found".to_string(),
        [one] => format!("{}: {}", one.origin, one.reason),
        [first, rest @ ..] => format!("{}: {}, and {} more skipped", first.origin, first.reason, rest.len()),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
