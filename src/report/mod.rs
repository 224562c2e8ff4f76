//! report: findings -> `Report` -> text | md | json | html.

pub mod json;
