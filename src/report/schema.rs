//! The JSON Schema of `contra.report/1` (printed by `contra schema`) and a validator for the
//! part of JSON Schema it uses.
//!
//! Why our own validator: the schema needs a dozen keywords (`type`, `properties`,
//! `required`, `items`, `enum`, `const`, `pattern`, `minimum`, `minItems`,
//! `additionalProperties` and local `$ref`s), which take a page of code; a full validator
//! crate brings a large dependency tree (HTTP resolvers, a second regex engine) to every
//! build for that. `unsupported_keywords` keeps the two honest: a keyword this code does
//! not check fails the tests instead of being ignored.

use regex::Regex;
use serde_json::Value;
use std::collections::HashMap;

/// The schema as text, as `contra schema` prints it.
pub const SCHEMA_JSON: &str = include_str!("schema.json");

/// The schema as a value.
pub fn schema() -> Value {
    serde_json::from_str(SCHEMA_JSON).expect("the bundled schema is JSON")
}

/// Keywords that only describe.
const ANNOTATIONS: &[&str] = &["$schema", "$id", "title", "description", "$defs"];
/// Keywords `validate` checks.
const CHECKED: &[&str] =
    &["$ref", "type", "const", "enum", "pattern", "minimum", "minItems", "properties", "required", "items"];

/// Keywords in `schema` that `validate` would silently ignore, as JSON pointers.
pub fn unsupported_keywords(schema: &Value) -> Vec<String> {
    fn walk(v: &Value, path: &str, out: &mut Vec<String>) {
        let Value::Object(map) = v else {
            return;
        };
        for (k, sub) in map {
            let here = format!("{path}/{k}");
            match k.as_str() {
                "properties" | "$defs" => {
                    if let Value::Object(children) = sub {
                        for (name, child) in children {
                            walk(child, &format!("{here}/{name}"), out);
                        }
                    }
                }
                "items" => walk(sub, &here, out),
                "additionalProperties" => {
                    if !sub.is_boolean() {
                        walk(sub, &here, out);
                    }
                }
                k if ANNOTATIONS.contains(&k) || CHECKED.contains(&k) => {}
                _ => out.push(here),
            }
        }
    }
    let mut out = Vec::new();
    walk(schema, "", &mut out);
    out
}

/// Validates `instance` against `schema`; each error names the JSON pointer of the value.
pub fn validate(instance: &Value, schema: &Value) -> Vec<String> {
    let mut v = Validator { root: schema, regexes: HashMap::new(), errors: Vec::new() };
    v.check(instance, schema, "");
    v.errors
}

/// Validates a report against the bundled schema.
pub fn validate_report(report: &Value) -> Vec<String> {
    static SCHEMA: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    validate(report, SCHEMA.get_or_init(schema))
}

struct Validator<'s> {
    root: &'s Value,
    regexes: HashMap<&'s str, Regex>,
    errors: Vec<String>,
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn has_type(v: &Value, ty: &str) -> bool {
    let actual = type_name(v);
    actual == ty || (ty == "number" && actual == "integer")
}

impl<'s> Validator<'s> {
    fn fail(&mut self, path: &str, message: String) {
        let at = if path.is_empty() { "/" } else { path };
        self.errors.push(format!("{at}: {message}"));
    }

    fn resolve(&mut self, reference: &str, path: &str) -> Option<&'s Value> {
        let found = reference.strip_prefix('#').and_then(|pointer| self.root.pointer(pointer));
        if found.is_none() {
            self.fail(path, format!("schema reference `{reference}` does not resolve"));
        }
        found
    }

    fn check(&mut self, v: &Value, schema: &'s Value, path: &str) {
        let Value::Object(s) = schema else {
            if schema == &Value::Bool(false) {
                self.fail(path, "no value is allowed here".into());
            }
            return;
        };
        if let Some(Value::String(r)) = s.get("$ref")
            && let Some(target) = self.resolve(r, path)
        {
            self.check(v, target, path);
        }
        if let Some(ty) = s.get("type") {
            let ok = match ty {
                Value::String(t) => has_type(v, t),
                Value::Array(ts) => ts.iter().filter_map(Value::as_str).any(|t| has_type(v, t)),
                _ => true,
            };
            if !ok {
                self.fail(path, format!("expected {ty}, found {}", type_name(v)));
                return;
            }
        }
        if let Some(c) = s.get("const")
            && v != c
        {
            self.fail(path, format!("expected {c}, found {v}"));
        }
        if let Some(Value::Array(options)) = s.get("enum")
            && !options.contains(v)
        {
            self.fail(path, format!("{v} is not one of {}", Value::Array(options.clone())));
        }
        if let (Some(Value::String(p)), Value::String(text)) = (s.get("pattern"), v) {
            let re = self
                .regexes
                .entry(p.as_str())
                .or_insert_with(|| Regex::new(p).unwrap_or_else(|e| panic!("bad pattern {p:?} in schema: {e}")));
            if !re.is_match(text) {
                self.fail(path, format!("{v} does not match /{p}/"));
            }
        }
        if let (Some(min), Some(n)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64())
            && n < min
        {
            self.fail(path, format!("{n} is less than {min}"));
        }
        if let Value::Array(items) = v {
            if let Some(min) = s.get("minItems").and_then(Value::as_u64)
                && (items.len() as u64) < min
            {
                self.fail(path, format!("{} item(s), at least {min} expected", items.len()));
            }
            if let Some(item_schema) = s.get("items") {
                for (i, item) in items.iter().enumerate() {
                    self.check(item, item_schema, &format!("{path}/{i}"));
                }
            }
        }
        if let Value::Object(fields) = v {
            if let Some(Value::Array(required)) = s.get("required") {
                for name in required.iter().filter_map(Value::as_str) {
                    if !fields.contains_key(name) {
                        self.fail(path, format!("missing required field `{name}`"));
                    }
                }
            }
            let props = s.get("properties").and_then(Value::as_object);
            for (name, value) in fields {
                let here = format!("{path}/{}", name.replace('~', "~0").replace('/', "~1"));
                match props.and_then(|p| p.get(name)) {
                    Some(sub) => self.check(value, sub, &here),
                    None => match s.get("additionalProperties") {
                        Some(Value::Bool(false)) => self.fail(&here, "field not allowed".into()),
                        Some(sub @ Value::Object(_)) => self.check(value, sub, &here),
                        _ => {}
                    },
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_schema_uses_only_checked_keywords() {
        assert_eq!(unsupported_keywords(&schema()), Vec::<String>::new());
    }

    #[test]
    fn every_reference_resolves() {
        let schema = schema();
        let text = SCHEMA_JSON;
        for cap in Regex::new(r##""\$ref": "#([^"]+)""##).unwrap().captures_iter(text) {
            assert!(schema.pointer(&cap[1]).is_some(), "{} does not resolve", &cap[1]);
        }
    }

    #[test]
    fn catches_what_it_claims_to() {
        let schema = json!({
            "type": "object",
            "required": ["a", "kind"],
            "properties": {
                "a": { "$ref": "#/$defs/n" },
                "kind": { "enum": ["x", "y"] },
                "id": { "type": "string", "pattern": "^c[0-9]+$" },
                "list": { "type": "array", "items": { "type": "string" }, "minItems": 1 },
                "date": { "type": ["string", "null"] },
                "map": { "type": "object", "additionalProperties": { "type": "string" } }
            },
            "$defs": { "n": { "type": "integer", "minimum": 0 } }
        });
        assert!(validate(&json!({"a": 1, "kind": "x", "id": "c7", "list": ["p"], "date": null}), &schema).is_empty());
        let errors = validate(
            &json!({"a": -1, "kind": "z", "id": "f1", "list": [], "date": 3, "map": {"k": 1}, "extra": true}),
            &schema,
        );
        let joined = errors.join("\n");
        for expected in [
            "/a: -1 is less than 0",
            "/kind: \"z\" is not one of",
            "/id: \"f1\" does not match",
            "/list: 0 item(s)",
            "/date: expected",
            "/map/k: expected",
        ] {
            assert!(joined.contains(expected), "missing {expected:?} in:\n{joined}");
        }
        let missing = validate(&json!({"kind": "x"}), &schema);
        assert_eq!(missing, vec!["/: missing required field `a`".to_string()]);
        assert_eq!(validate(&json!("s"), &schema), vec!["/: expected \"object\", found string".to_string()]);
        assert_eq!(validate(&json!(1.5), &json!({"type": "integer"})).len(), 1);
        assert!(validate(&json!(2), &json!({"type": "number"})).is_empty());
    }
}
