//! ingest: files, directories, JSON/JSONL and stdin -> `Corpus { documents, skipped, warnings }`.
//!
//! Every input is accounted for: it becomes a document, or it is listed as skipped with the
//! reason, or the run stops with an error naming the file and line (input that cannot be
//! trusted, such as malformed front matter or a broken JSONL line).

pub mod chrome;
pub mod decode;
pub mod frontmatter;
mod head;
mod json;
mod stream;

use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::model::{Document, Role, Skipped, Warning};
use decode::Decoded;
use jiff::civil::Date;
use std::collections::BTreeMap;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Defaults for inputs that do not say for themselves.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Publication date for inputs without one (`--published`).
    pub published: Option<Date>,
    /// Outlet for inputs without one (`--outlet`).
    pub outlet: Option<String>,
    /// Role for inputs without one (`review` reads its draft as `Role::Draft`).
    pub role: Option<Role>,
    /// Today's date, only to warn about a `published` date in the future. Dates in the text
    /// are resolved against `published`, never against today; `main` reads the clock, the
    /// library never does.
    pub today: Option<Date>,
    /// The most of one document's text that is checked (`DEFAULT_MAX_DOCUMENT_BYTES` when
    /// unset); the rest stays unread with a warning. See `DEFAULT_MAX_DOCUMENT_BYTES`.
    pub max_document_bytes: Option<usize>,
}

/// The most of one document that is checked by default: 1 MiB, some 170,000 words. A news
/// article is a few KB and a long report a few hundred; a document beyond this is a dump or
/// several articles run together. Checking costs time and memory in proportion to the text
/// (up to some 10 s and 200 MB per MiB of dense, repetitive text), so a 200 MB file checked
/// whole would take half an hour. What lies beyond is not checked: the report says so for
/// the document, and a warning names the line where checking stopped.
/// `--max-document-size` changes it.
pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = 1 << 20;

/// Files larger than this are not read at all (listed as skipped): reading one would take
/// several times its size in memory.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// Everything read from the inputs.
#[derive(Debug, Default)]
pub struct Corpus {
    pub documents: Vec<Document>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
}

impl Corpus {
    fn warn(&mut self, origin: &str, message: impl Into<String>) {
        self.warnings.push(Warning { origin: origin.to_string(), message: message.into() });
    }
    fn skip(&mut self, origin: &str, reason: impl Into<String>) {
        let reason = reason.into();
        self.warn(origin, format!("skipped: {reason}"));
        self.skipped.push(Skipped { origin: origin.to_string(), reason });
    }
}

/// File extensions read from directories.
pub const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "json", "jsonl", "ndjson"];

/// Reads every path (`-` is stdin) into one corpus. Errors when a path is missing, when an
/// input cannot be trusted, or when nothing readable was found.
pub fn read_paths(paths: &[String], options: &IngestOptions, lexicon: &Lexicon) -> Result<Corpus> {
    let mut corpus = Corpus::default();
    for path in paths {
        let before = corpus.documents.len();
        if path == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::Unreadable { path: "<stdin>".into(), reason: e.to_string() })?;
            read_bytes("<stdin>", None, &bytes, options, lexicon, &mut corpus)?;
        } else {
            let p = Path::new(path);
            let meta = std::fs::metadata(p).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => Error::NotFound { path: path.clone() },
                _ => Error::Unreadable { path: path.clone(), reason: e.to_string() },
            })?;
            if meta.is_dir() {
                let skipped_before = corpus.skipped.len();
                read_dir(p, options, lexicon, &mut corpus)?;
                if corpus.documents.len() == before {
                    return Err(Error::NoDocuments {
                        path: path.clone(),
                        skipped: corpus.skipped[skipped_before..].to_vec(),
                    });
                }
            } else if is_jsonl(p) && stream::read_jsonl_file(p, path, options, lexicon, &mut corpus)? {
                // Streamed a line at a time.
            } else {
                if meta.len() > MAX_FILE_BYTES {
                    corpus.skip(path, too_large(meta.len()));
                    continue;
                }
                let bytes =
                    std::fs::read(p).map_err(|e| Error::Unreadable { path: path.clone(), reason: e.to_string() })?;
                read_bytes(path, extension(p).as_deref(), &bytes, options, lexicon, &mut corpus)?;
            }
        }
    }
    if corpus.documents.is_empty() {
        let path = paths.join(", ");
        return Err(Error::NoDocuments { path, skipped: corpus.skipped });
    }
    if let (Some(published), Some(today)) = (options.published, options.today)
        && published > today
    {
        corpus.warn("--published", future(&published.to_string(), today));
    }
    dedupe_ids(&mut corpus);
    warn_truncated(&mut corpus);
    Ok(corpus)
}

fn too_large(len: u64) -> String {
    format!(
        "{} is more than contra reads from one file ({}); split it into articles, one per file or one per JSONL line",
        size(len as usize),
        size(MAX_FILE_BYTES as usize)
    )
}

/// `64 KiB`, `1.00 MiB`, `200.0 MiB`, for messages.
pub fn size(bytes: usize) -> String {
    let m = bytes as f64 / (1u64 << 20) as f64;
    match bytes {
        0..1024 => format!("{bytes} bytes"),
        1024..1_048_576 => format!("{:.0} KiB", bytes as f64 / 1024.0),
        _ if m < 10.0 => format!("{m:.2} MiB"),
        _ => format!("{m:.1} MiB"),
    }
}

/// `what` shows the date as the input gave it (`published: 2031-01-01`).
fn future(what: &str, today: Date) -> String {
    format!(
        "{what} lies in the future (today is {today}); dates in the text are resolved against it all the same; check the date"
    )
}

/// A warning for every document checked only in part, naming the line where checking stopped.
fn warn_truncated(corpus: &mut Corpus) {
    let notes: Vec<(String, String)> = corpus
        .documents
        .iter()
        .filter_map(|d| {
            let total = d.truncated_from?;
            let line = d.line_of(d.text.len());
            Some((format!("{}:{line}", d.origin), truncation_note(d.text.len(), total, line)))
        })
        .collect();
    for (origin, note) in notes {
        corpus.warn(&origin, note);
    }
}

/// What the report and the warning say about a document checked only in part.
pub fn truncation_note(kept: usize, total: usize, last_line: usize) -> String {
    format!(
        "the document is {}; only its first {} (to line {last_line}) was checked; split it into articles (one per file or JSONL line) or raise --max-document-size",
        size(total),
        size(kept)
    )
}

fn is_jsonl(p: &Path) -> bool {
    matches!(extension(p).as_deref(), Some("jsonl" | "ndjson"))
}

fn extension(p: &Path) -> Option<String> {
    p.extension().map(|e| e.to_string_lossy().to_lowercase())
}

/// Walks a directory recursively in sorted order, following symlinks once.
fn read_dir(root: &Path, options: &IngestOptions, lexicon: &Lexicon, corpus: &mut Corpus) -> Result<()> {
    let mut seen_dirs = HashSet::new();
    let mut stack = vec![root.to_path_buf()];
    let mut files: Vec<PathBuf> = Vec::new();
    while let Some(dir) = stack.pop() {
        let origin = dir.display().to_string();
        let canonical = match std::fs::canonicalize(&dir) {
            Ok(c) => c,
            Err(e) => {
                corpus.skip(&origin, format!("cannot resolve directory: {e}"));
                continue;
            }
        };
        if !seen_dirs.insert(canonical) {
            corpus.skip(&origin, "directory already read (symlink loop or repeated link)");
            continue;
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                corpus.skip(&origin, format!("cannot list directory: {e}"));
                continue;
            }
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        let mut subdirs = Vec::new();
        for child in children {
            let name = child.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            if name.starts_with('.') {
                corpus.skip(&child.display().to_string(), "hidden entry");
                continue;
            }
            match std::fs::metadata(&child) {
                Ok(m) if m.is_dir() => subdirs.push(child),
                Ok(m) if m.is_file() => files.push(child),
                // Reading a named pipe would wait forever; a device or socket holds no article.
                Ok(_) => corpus.skip(&child.display().to_string(), "not a regular file (a pipe, socket or device)"),
                Err(e) => corpus.skip(&child.display().to_string(), format!("cannot read: {e} (broken link?)")),
            }
        }
        // Depth-first in sorted order: push in reverse so the first child is read first.
        stack.extend(subdirs.into_iter().rev());
    }
    files.sort();
    for file in files {
        let origin = file.display().to_string();
        let ext = extension(&file);
        if !ext.as_deref().is_some_and(|e| EXTENSIONS.contains(&e)) {
            let shown = ext.map_or("no extension".to_string(), |e| format!("extension .{e}"));
            corpus.skip(&origin, format!("unsupported {shown} (contra reads .txt, .md, .json and .jsonl)"));
            continue;
        }
        if is_jsonl(&file) && stream::read_jsonl_file(&file, &origin, options, lexicon, corpus)? {
            continue;
        }
        if let Ok(m) = std::fs::metadata(&file)
            && m.len() > MAX_FILE_BYTES
        {
            corpus.skip(&origin, too_large(m.len()));
            continue;
        }
        match std::fs::read(&file) {
            Ok(bytes) => read_bytes(&origin, ext.as_deref(), &bytes, options, lexicon, corpus)?,
            Err(e) => corpus.skip(&origin, format!("cannot read: {e}; check its permissions")),
        }
    }
    Ok(())
}

/// Reads one input's bytes; `ext` picks JSON/JSONL parsing, otherwise the content decides.
pub fn read_bytes(
    origin: &str,
    ext: Option<&str>,
    bytes: &[u8],
    options: &IngestOptions,
    lexicon: &Lexicon,
    corpus: &mut Corpus,
) -> Result<()> {
    let text = match decode::decode(bytes) {
        Decoded::Binary => {
            corpus.skip(origin, "binary data, not text");
            return Ok(());
        }
        Decoded::Text { text, warning } => {
            if let Some(w) = warning {
                corpus.warn(origin, w);
            }
            text
        }
    };
    if text.trim().is_empty() {
        corpus.skip(origin, if text.is_empty() { "empty file" } else { "only whitespace" });
        return Ok(());
    }
    match ext {
        Some("json") => json::read_json(origin, &text, options, lexicon, corpus),
        Some("jsonl" | "ndjson") => json::read_jsonl(origin, &text, options, lexicon, corpus),
        Some(_) => read_text(origin, &text, options, lexicon, corpus),
        None => {
            let first = text.trim_start().chars().next();
            if matches!(first, Some('{' | '[')) {
                if serde_json::from_str::<serde_json::Value>(&text).is_ok() {
                    json::read_json(origin, &text, options, lexicon, corpus)
                } else {
                    json::read_jsonl(origin, &text, options, lexicon, corpus)
                }
            } else {
                read_text(origin, &text, options, lexicon, corpus)
            }
        }
    }
}

/// A plain-text or Markdown document with optional front matter.
fn read_text(origin: &str, text: &str, options: &IngestOptions, lexicon: &Lexicon, corpus: &mut Corpus) -> Result<()> {
    let fm = frontmatter::parse(origin, text)?;
    let body = &text[fm.body_start..];
    let fields = fm.fields.iter().map(|(k, v, l)| (k.clone(), v.clone(), *l)).collect();
    let meta = Metadata::from_fields(origin, fields, options, corpus)?;
    if body.trim().is_empty() {
        corpus.skip(origin, "front matter but no text");
        return Ok(());
    }
    let id = Path::new(origin).file_stem().map_or(origin.to_string(), |s| s.to_string_lossy().to_string());
    corpus.documents.push(meta.into_document(id, origin.to_string(), body.to_string(), fm.body_line, lexicon));
    Ok(())
}

/// The known keys of a document, validated, plus everything else as metadata.
#[derive(Debug, Default)]
pub(crate) struct Metadata {
    id: Option<String>,
    outlet: Option<String>,
    published: Option<Date>,
    title: Option<String>,
    url: Option<String>,
    language: Option<String>,
    role: Role,
    extra: BTreeMap<String, String>,
    max_bytes: usize,
}

impl Metadata {
    /// `fields` are `(key, value, line)`; `line` locates errors in the input.
    pub(crate) fn from_fields(
        origin: &str,
        fields: Vec<(String, String, usize)>,
        options: &IngestOptions,
        corpus: &mut Corpus,
    ) -> Result<Self> {
        let mut meta = Metadata {
            role: options.role.unwrap_or_default(),
            max_bytes: options.max_document_bytes.unwrap_or(DEFAULT_MAX_DOCUMENT_BYTES),
            ..Default::default()
        };
        for (key, value, line) in fields {
            let value = value.trim().to_string();
            let non_empty = (!value.is_empty()).then(|| value.clone());
            match key.as_str() {
                "id" => meta.id = non_empty,
                "outlet" | "source" | "publisher" => meta.outlet = non_empty,
                "title" | "headline" => meta.title = non_empty,
                "url" | "link" => meta.url = non_empty,
                "language" | "lang" => meta.language = non_empty,
                "published" | "date" => match parse_date(&value) {
                    Some(d) => {
                        if let Some(today) = options.today
                            && d > today
                        {
                            corpus.warn(&format!("{origin}:{line}"), future(&format!("`{key}: {value}`"), today));
                        }
                        meta.published = Some(d);
                    }
                    None if options.published.is_some() => corpus.warn(
                        &format!("{origin}:{line}"),
                        format!("`{key}: {value}` is not an ISO date; using --published instead"),
                    ),
                    None if value.is_empty() => {}
                    None => {
                        return Err(Error::BadInput {
                            origin: origin.to_string(),
                            line,
                            message: format!("`{key}: {value}` is not a date"),
                            fix: "write it as an ISO date (2025-10-22) or pass --published DATE".into(),
                        });
                    }
                },
                "role" => {
                    meta.role = match value.to_lowercase().as_str() {
                        "source" => Role::Source,
                        "draft" => Role::Draft,
                        _ => {
                            return Err(Error::BadInput {
                                origin: origin.to_string(),
                                line,
                                message: format!("`role: {value}` is not a role"),
                                fix: "use `role: source` or `role: draft`".into(),
                            });
                        }
                    }
                }
                _ => {
                    meta.extra.insert(key, value);
                }
            }
        }
        if meta.published.is_none() {
            meta.published = options.published;
        }
        if meta.outlet.is_none() {
            meta.outlet = options.outlet.clone();
        }
        Ok(meta)
    }

    pub(crate) fn into_document(
        self,
        id: String,
        origin: String,
        text: String,
        body_line: usize,
        lexicon: &Lexicon,
    ) -> Document {
        let mut text = lone_cr_to_lf(text);
        let total = text.len();
        let max = if self.max_bytes == 0 { DEFAULT_MAX_DOCUMENT_BYTES } else { self.max_bytes };
        let truncated_from = (total > max).then(|| {
            text.truncate(cut_point(&text, max));
            text.shrink_to_fit();
            total
        });
        let chrome = chrome::find(&text, lexicon);
        // Pasted wire copy carries its date and outlet in the dateline or byline.
        let (published, outlet) = match (self.published, self.outlet) {
            (Some(date), Some(outlet)) => (Some(date), Some(outlet)),
            (date, outlet) => {
                let head = head::read(&text, lexicon);
                (date.or(head.published), outlet.or(head.outlet))
            }
        };
        Document {
            id: self.id.unwrap_or(id),
            origin,
            outlet,
            published,
            title: self.title,
            url: self.url,
            language: self.language,
            role: self.role,
            text,
            body_line,
            chrome,
            metadata: self.extra,
            lines: Default::default(),
            truncated_from,
        }
    }
}

/// Old Mac line endings (a lone `\r`) become `\n`. One byte for one byte, so every span
/// still points at the same place in the input, and every stage sees ordinary lines.
fn lone_cr_to_lf(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    // ASCII for ASCII keeps the bytes UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Where to stop reading a document longer than `max` bytes: after the last line break in
/// the second half of the allowance, else after the last space, else at a character boundary.
fn cut_point(text: &str, max: usize) -> usize {
    let mut limit = max.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let head = &text[..limit];
    head.rfind('\n')
        .filter(|&i| i >= limit / 2)
        .or_else(|| head.rfind(' ').filter(|&i| i >= limit / 2))
        .map_or(limit, |i| i + 1)
}

/// A document from a string, with the options' outlet and date (for tests, `pairs` and
/// callers that hold text in memory).
pub fn document_from_text(id: &str, text: &str, options: &IngestOptions, lexicon: &Lexicon) -> Document {
    let meta = Metadata {
        outlet: options.outlet.clone(),
        published: options.published,
        role: options.role.unwrap_or_default(),
        max_bytes: options.max_document_bytes.unwrap_or(DEFAULT_MAX_DOCUMENT_BYTES),
        ..Default::default()
    };
    meta.into_document(id.to_string(), id.to_string(), text.to_string(), 1, lexicon)
}

/// An ISO date, or the date part of an RFC 3339 timestamp.
pub fn parse_date(value: &str) -> Option<Date> {
    let value = value.trim();
    if let Ok(d) = value.parse::<Date>() {
        return Some(d);
    }
    let head = value.get(..10)?;
    let rest = &value[10..];
    if rest.starts_with(['T', 't', ' ']) { head.parse::<Date>().ok() } else { None }
}

/// Two documents with one id would make findings ambiguous: later ones get a suffix.
fn dedupe_ids(corpus: &mut Corpus) {
    let mut seen: HashSet<String> = HashSet::new();
    let mut renamed = Vec::new();
    for doc in &mut corpus.documents {
        if !seen.insert(doc.id.clone()) {
            let mut n = 2;
            while seen.contains(&format!("{}#{n}", doc.id)) {
                n += 1;
            }
            let new = format!("{}#{n}", doc.id);
            renamed.push((
                doc.origin.clone(),
                format!("duplicate document id `{}` renamed to `{new}`; give each document its own id", doc.id),
            ));
            doc.id = new.clone();
            seen.insert(new);
        }
    }
    for (origin, message) in renamed {
        corpus.warn(&origin, message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(origin: &str, ext: Option<&str>, text: &str) -> Result<Corpus> {
        let mut corpus = Corpus::default();
        read_bytes(origin, ext, text.as_bytes(), &IngestOptions::default(), Lexicon::bundled(), &mut corpus)?;
        Ok(corpus)
    }

    #[test]
    fn text_with_front_matter() {
        let corpus = read(
            "seed.txt",
            Some("txt"),
            "---\noutlet: BTA\npublished: 2025-10-22\nsection: world\n---\nLavrov said so.",
        )
        .unwrap();
        let doc = &corpus.documents[0];
        assert_eq!(doc.outlet.as_deref(), Some("BTA"));
        assert_eq!(doc.published.unwrap().to_string(), "2025-10-22");
        assert_eq!(doc.text, "Lavrov said so.");
        assert_eq!(doc.metadata.get("section").map(String::as_str), Some("world"));
        assert_eq!(doc.id, "seed");
        assert_eq!(doc.body_line, 6);
    }

    #[test]
    fn bad_published_date_is_an_error_with_line() {
        let err = read("a.txt", Some("txt"), "---\noutlet: AP\npublished: last Tuesday\n---\nText.").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("a.txt:3: `published: last Tuesday` is not a date"), "{msg}");
        assert!(msg.contains("--published"), "{msg}");
    }

    #[test]
    fn published_option_overrides_a_bad_date_with_a_warning() {
        let mut corpus = Corpus::default();
        let options = IngestOptions { published: parse_date("2019-01-21"), ..Default::default() };
        read_bytes(
            "a.txt",
            Some("txt"),
            b"---\npublished: soon\n---\nText.",
            &options,
            Lexicon::bundled(),
            &mut corpus,
        )
        .unwrap();
        assert_eq!(corpus.documents[0].published.unwrap().to_string(), "2019-01-21");
        assert_eq!(corpus.warnings.len(), 1);
    }

    #[test]
    fn empty_and_whitespace_are_skipped_with_reason() {
        let corpus = read("e.txt", Some("txt"), "").unwrap();
        assert_eq!(corpus.skipped[0].reason, "empty file");
        let corpus = read("w.txt", Some("txt"), " \n\t\n").unwrap();
        assert_eq!(corpus.skipped[0].reason, "only whitespace");
    }

    #[test]
    fn lone_carriage_returns_become_line_feeds_and_crlf_stays() {
        let corpus = read("mac.txt", Some("txt"), "Kyiv said so.\rMoscow denied it.\r\nThe end.").unwrap();
        let doc = &corpus.documents[0];
        assert_eq!(doc.text, "Kyiv said so.\nMoscow denied it.\r\nThe end.");
        assert_eq!(doc.line_of(doc.text.find("Moscow").unwrap()), 2);
        assert_eq!(doc.line_of(doc.text.find("The end").unwrap()), 3);
    }

    #[test]
    fn a_published_date_in_the_future_warns_and_keeps_the_document() {
        let mut corpus = Corpus::default();
        let options = IngestOptions { today: parse_date("2026-01-01"), ..Default::default() };
        let text = b"---\npublished: 2031-05-01\n---\nThe army said 37 were killed on Monday.";
        read_bytes("f.txt", Some("txt"), text, &options, Lexicon::bundled(), &mut corpus).unwrap();
        assert_eq!(corpus.documents[0].published.unwrap().to_string(), "2031-05-01");
        assert_eq!(corpus.warnings[0].origin, "f.txt:2");
        assert!(corpus.warnings[0].message.contains("lies in the future"), "{:?}", corpus.warnings);
    }

    #[test]
    fn a_document_over_the_limit_keeps_its_start_and_says_so() {
        let para = "The army said 37 soldiers were killed.\n";
        let text = para.repeat(100);
        let mut corpus = Corpus::default();
        let options = IngestOptions { max_document_bytes: Some(1000), ..Default::default() };
        read_bytes("big.txt", Some("txt"), text.as_bytes(), &options, Lexicon::bundled(), &mut corpus).unwrap();
        warn_truncated(&mut corpus);
        let doc = &corpus.documents[0];
        assert_eq!(doc.truncated_from, Some(text.len()));
        assert!(doc.text.len() <= 1000 && doc.text.len() > 500, "{}", doc.text.len());
        assert!(doc.text.ends_with('\n'), "cut after a line break");
        assert!(corpus.warnings[0].origin.starts_with("big.txt:"), "{:?}", corpus.warnings);
    }

    #[test]
    fn cut_points_fall_on_character_boundaries() {
        let text = "Киев".repeat(100);
        for max in 1..40 {
            let cut = cut_point(&text, max);
            assert!(text.is_char_boundary(cut) && cut <= max, "{max} -> {cut}");
        }
    }

    #[test]
    fn rfc3339_timestamps_give_their_date() {
        assert_eq!(parse_date("2025-10-22T08:15:00Z").unwrap().to_string(), "2025-10-22");
        assert!(parse_date("2025-13-01").is_none());
        assert!(parse_date("22.10.2025").is_none());
    }
}
