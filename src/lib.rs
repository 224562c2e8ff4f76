//! contra: checks news text for discrepancies and contradictions between sources.
//!
//! The pipeline, one module per stage:
//! `ingest -> segment -> attribute -> extract -> align -> engine -> report`.

pub mod diagnostic;
pub mod error;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod segment;
pub mod text;

pub use error::{Error, Result};
