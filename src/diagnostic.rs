//! rustc-style diagnostics for rule and lexicon files: file, line, a caret under the
//! offending text, and what to do about it.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use std::ops::Range;

/// One problem in a data file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Path shown to the user (`rules/numbers/x.toml`).
    pub path: String,
    pub source: String,
    /// Byte range in `source` to point at, if known.
    pub span: Option<Range<usize>>,
    pub message: String,
    pub label: String,
    pub help: String,
}

impl Diagnostic {
    pub fn new(path: &str, source: &str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.to_string(),
            source: source.to_string(),
            span,
            message: message.into(),
            label: String::new(),
            help: String::new(),
        }
    }
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = help.into();
        self
    }

    /// 1-based line of the span's start.
    pub fn line(&self) -> usize {
        self.span.as_ref().map_or(1, |s| self.source[..s.start.min(self.source.len())].matches('\n').count() + 1)
    }

    /// Renders as rustc does; `styled` adds colour.
    pub fn render(&self, styled: bool) -> String {
        let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
        let span = self.span.clone().unwrap_or(0..0);
        let span = span.start.min(self.source.len())..span.end.min(self.source.len());
        let mut group = Level::ERROR.primary_title(&self.message).element(
            Snippet::source(&self.source)
                .path(&self.path)
                .annotation(AnnotationKind::Primary.span(span).label(&self.label)),
        );
        if !self.help.is_empty() {
            group = group.element(Level::HELP.message(&self.help));
        }
        renderer.render(&[group])
    }
}

/// Finds the byte range of `needle` in the line that sets `key` in a TOML table, for
/// pointing at a bad value after deserialisation has lost spans.
pub fn find_key(source: &str, key: &str) -> Option<Range<usize>> {
    let mut pos = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            let lead = line.len() - trimmed.len();
            let end = line.trim_end().len();
            return Some(pos + lead..pos + end);
        }
        pos += line.len();
    }
    None
}

/// Finds the `n`th (0-based) line of `source` that is `needle` once trimmed, such as the
/// second `[[flag]]` table header.
pub fn find_nth(source: &str, needle: &str, n: usize) -> Option<Range<usize>> {
    let mut pos = 0;
    let mut count = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed == needle {
            if count == n {
                let lead = line.len() - line.trim_start().len();
                return Some(pos + lead..pos + lead + trimmed.len());
            }
            count += 1;
        }
        pos += line.len();
    }
    None
}

/// Finds `needle` in `source` (first occurrence).
pub fn find_text(source: &str, needle: &str) -> Option<Range<usize>> {
    source.find(needle).map(|i| i..i + needle.len())
}

/// The diagnostic for a TOML syntax or shape error.
pub fn from_toml(path: &str, source: &str, err: &toml::de::Error) -> Diagnostic {
    let message = err.message().to_string();
    Diagnostic::new(path, source, err.span(), format!("invalid rule file: {message}"))
        .label(message)
        .help("see rules/README.md for the fields a rule file takes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_line_and_caret() {
        let source = "kind = \"quantity-mismatsh\"\nlevel = \"discrepancy\"\n";
        let d = Diagnostic::new("rules/numbers/x.toml", source, Some(7..26), "unknown rule kind `quantity-mismatsh`")
            .label("not a kind")
            .help("use one of: quantity-mismatch");
        let out = d.render(false);
        assert!(out.contains("error: unknown rule kind"), "{out}");
        assert!(out.contains("rules/numbers/x.toml:1:8"), "{out}");
        assert!(out.contains("^^^"), "{out}");
        assert!(out.contains("help: use one of"), "{out}");
        assert_eq!(d.line(), 1);
    }
}
