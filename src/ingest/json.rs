//! JSON and JSONL documents: `{"id","outlet","published","title","url","text",...}`.
//! A JSON file holds one document, an array of them, or `{"documents": [...]}`.

use super::{Corpus, IngestOptions, Metadata};
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use serde_json::{Map, Value};

pub fn read_json(
    origin: &str,
    text: &str,
    options: &IngestOptions,
    lexicon: &Lexicon,
    corpus: &mut Corpus,
) -> Result<()> {
    let value: Value = serde_json::from_str(text).map_err(|e| Error::BadInput {
        origin: origin.to_string(),
        line: e.line(),
        message: format!("broken JSON: {e}"),
        fix: "fix the JSON (a document object, an array of them, or {\"documents\": [...]})".into(),
    })?;
    let items = match value {
        Value::Array(items) => items,
        Value::Object(mut map) if map.get("documents").is_some_and(Value::is_array) => match map.remove("documents") {
            Some(Value::Array(items)) => items,
            _ => unreachable!("checked to be an array"),
        },
        other => vec![other],
    };
    let many = items.len() > 1;
    for (i, item) in items.into_iter().enumerate() {
        let item_origin = if many { format!("{origin}[{i}]") } else { origin.to_string() };
        read_object(&item_origin, origin, 1, item, options, lexicon, corpus)?;
    }
    Ok(())
}

pub fn read_jsonl(
    origin: &str,
    text: &str,
    options: &IngestOptions,
    lexicon: &Lexicon,
    corpus: &mut Corpus,
) -> Result<()> {
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| Error::BadInput {
            origin: origin.to_string(),
            line: line_no,
            message: format!("broken JSON line: {e}"),
            fix: "each line must be one JSON object such as {\"id\": \"a\", \"text\": \"...\"}".into(),
        })?;
        read_object(&format!("{origin}:{line_no}"), origin, line_no, value, options, lexicon, corpus)?;
    }
    Ok(())
}

pub(super) fn read_object(
    item_origin: &str,
    file: &str,
    line: usize,
    value: Value,
    options: &IngestOptions,
    lexicon: &Lexicon,
    corpus: &mut Corpus,
) -> Result<()> {
    let Value::Object(map) = value else {
        return Err(Error::BadInput {
            origin: file.to_string(),
            line,
            message: format!("expected a JSON object, found {}", kind(&value)),
            fix: "give each document as an object with a \"text\" field".into(),
        });
    };
    let (text, fields) = split_fields(map);
    let Some(text) = text else {
        return Err(Error::BadInput {
            origin: file.to_string(),
            line,
            message: "document has no \"text\" field".into(),
            fix: "add the article's text as \"text\" (a string)".into(),
        });
    };
    let fields = fields.into_iter().map(|(k, v)| (k, v, line)).collect();
    let meta = Metadata::from_fields(file, fields, options, corpus)?;
    if text.trim().is_empty() {
        corpus.skip(item_origin, "empty \"text\"");
        return Ok(());
    }
    corpus.documents.push(meta.into_document(item_origin.to_string(), item_origin.to_string(), text, 1, lexicon));
    Ok(())
}

/// The text, and every other field as a string (numbers and booleans written out; nested
/// values kept as JSON).
fn split_fields(map: Map<String, Value>) -> (Option<String>, Vec<(String, String)>) {
    let mut text = None;
    let mut fields = Vec::new();
    for (key, value) in map {
        let key = key.to_lowercase();
        let value = match value {
            Value::String(s) => s,
            Value::Null => continue,
            other => other.to_string(),
        };
        if key == "text" || key == "body" || key == "content" {
            text = Some(value);
        } else {
            fields.push((key, value));
        }
    }
    (text, fields)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus_of(origin: &str, text: &str, jsonl: bool) -> Result<Corpus> {
        let mut corpus = Corpus::default();
        let options = IngestOptions::default();
        if jsonl {
            read_jsonl(origin, text, &options, Lexicon::bundled(), &mut corpus)?;
        } else {
            read_json(origin, text, &options, Lexicon::bundled(), &mut corpus)?;
        }
        Ok(corpus)
    }

    #[test]
    fn jsonl_documents_keep_their_ids() {
        let text = "{\"id\":\"a1\",\"outlet\":\"AP\",\"published\":\"2019-01-21\",\"text\":\"AP says 45 were killed.\"}\n\n{\"id\":\"a2\",\"text\":\"AFP reports 65.\"}\n";
        let corpus = corpus_of("wire.jsonl", text, true).unwrap();
        assert_eq!(corpus.documents.len(), 2);
        assert_eq!(corpus.documents[0].id, "a1");
        assert_eq!(corpus.documents[0].outlet.as_deref(), Some("AP"));
        assert_eq!(corpus.documents[1].origin, "wire.jsonl:3");
    }

    #[test]
    fn broken_jsonl_line_names_its_line() {
        let text = "{\"id\":\"a1\",\"text\":\"ok\"}\n{\"id\": \"a2\", \"text\": \n";
        let err = corpus_of("wire.jsonl", text, true).unwrap_err().to_string();
        assert!(err.starts_with("wire.jsonl:2: broken JSON line"), "{err}");
    }

    #[test]
    fn missing_text_is_an_error() {
        let err = corpus_of("doc.json", "{\"id\": \"x\", \"title\": \"t\"}", false).unwrap_err().to_string();
        assert!(err.contains("no \"text\" field"), "{err}");
    }

    #[test]
    fn array_and_documents_wrapper() {
        let corpus = corpus_of("d.json", "[{\"text\":\"One.\"},{\"text\":\"Two.\"}]", false).unwrap();
        assert_eq!(corpus.documents.len(), 2);
        assert_eq!(corpus.documents[1].origin, "d.json[1]");
        let corpus = corpus_of("d.json", "{\"documents\":[{\"text\":\"One.\"}]}", false).unwrap();
        assert_eq!(corpus.documents.len(), 1);
    }
}
