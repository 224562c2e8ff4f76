//! The `contra` command line: parse arguments, run the library, map errors to exit codes
//! (0 nothing contested, 1 contested points found, 2 error).

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use contra::Progress;
use contra::engine::RuleSet;
use contra::ingest::{self, IngestOptions};
use contra::lexicon::{Lexicon, RuleSource};
use contra::report::json::ClaimView;
use contra::report::{Format, PrintOptions};
use std::io::IsTerminal;
use std::io::Write;
use std::process::ExitCode;

// glibc's malloc and free were a quarter of the profile on generated corpora (millions of
// short token strings made and dropped across two threads); mimalloc halves that cost.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "contra", version, about = "Check news for discrepancies and contradictions between sources")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the claims drawn from documents, with attribution, quantities and dates.
    Claims {
        /// Files, directories (read recursively) or `-` for stdin.
        #[arg(required = true)]
        paths: Vec<String>,
        #[arg(long, value_enum, default_value = "json")]
        format: ClaimsFormat,
        #[command(flatten)]
        input: InputArgs,
        /// No progress bar, even on a terminal.
        #[arg(short, long)]
        quiet: bool,
    },
    /// Check documents for contested and corroborated points (exit 1 when contested).
    Check {
        #[arg(required = true)]
        paths: Vec<String>,
        /// Report format [default: from the -o extension, else text].
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// Write the report to FILE (its extension picks the format when --format is absent).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<std::path::PathBuf>,
        /// Colour in text output: auto (on a terminal), always or never.
        #[arg(long, value_enum, default_value = "auto")]
        color: ColorWhen,
        /// A rule directory to use instead of the bundled rules.
        #[arg(long, value_name = "DIR")]
        rules: Option<std::path::PathBuf>,
        #[command(flatten)]
        input: InputArgs,
        /// No progress bar, even on a terminal.
        #[arg(short, long)]
        quiet: bool,
        /// Print counts (documents, claims, compared pairs, findings) and the time of each
        /// stage to stderr.
        #[arg(long)]
        stats: bool,
    },
    /// Check each claim of an editorial draft against its sources: supported, contradicted,
    /// disputed or unsupported (exit 1 when any claim is contradicted).
    Review {
        /// The draft (text or Markdown; it has no outlet of its own).
        draft: String,
        /// The source documents: files, directories or `-`.
        #[arg(long, required = true, num_args = 1..)]
        sources: Vec<String>,
        /// Output format [default: from the -o extension, else text].
        #[arg(long, value_enum)]
        format: Option<ReviewFormat>,
        /// Write the review to FILE (its extension picks the format when --format is absent).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<std::path::PathBuf>,
        /// Colour in text output: auto (on a terminal), always or never.
        #[arg(long, value_enum, default_value = "auto")]
        color: ColorWhen,
        #[arg(long, value_name = "DIR")]
        rules: Option<std::path::PathBuf>,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Print the JSON Schema of the JSON report (`contra.report/1`).
    Schema,
    /// List the findings that appeared, vanished or changed kind between two JSON reports
    /// (exit 1 when anything changed).
    Diff {
        /// The report before the change.
        old: std::path::PathBuf,
        /// The report after it.
        new: std::path::PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Label sentence pairs: {"id","a","b"} lines in, {"id","label","rule"} lines out.
    Pairs {
        /// A JSONL file of pairs, or `-` for stdin.
        file: String,
        #[arg(long, value_name = "DIR")]
        rules: Option<std::path::PathBuf>,
        /// No progress bar, even on a terminal.
        #[arg(short, long)]
        quiet: bool,
    },
    /// List, test or explain the rules.
    Rules {
        #[command(subcommand)]
        action: RulesAction,
        #[arg(long, value_name = "DIR", global = true)]
        rules: Option<std::path::PathBuf>,
    },
    /// Show how contra reads a document: sentences, quotation marks, attribution frames
    /// and clauses.
    #[command(hide = true)]
    Debug {
        #[arg(required = true)]
        paths: Vec<String>,
        #[command(flatten)]
        input: InputArgs,
    },
}

#[derive(Subcommand)]
enum RulesAction {
    /// One line per rule: id, kind, level and what it finds.
    List,
    /// Run every rule's flag and allow examples (exit 1 if any fails).
    Test,
    /// Show a rule: description, parameters and examples.
    Explain { id: String },
}

#[derive(clap::Args)]
struct InputArgs {
    /// Publication date (YYYY-MM-DD) for inputs that do not give one.
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
    /// Outlet for inputs that do not name one.
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
    /// Check at most this much of one document (bytes, or with K, M or G: 512K, 4M); the
    /// rest is listed as unchecked, with a warning.
    #[arg(long, value_name = "SIZE", default_value = "1M", value_parser = parse_size)]
    max_document_size: usize,
}

/// `4096`, `512K`, `4M`, `1G` (powers of 1024), at least 1K.
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let (digits, unit) = match t.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (&t[..i], t[i..].to_ascii_uppercase()),
        None => (t, String::new()),
    };
    let shift = match unit.trim_end_matches("IB").trim_end_matches('B') {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => return Err(format!("`{s}` is not a size; write bytes or a number with K, M or G (512K, 4M)")),
    };
    let n: usize = digits.parse().map_err(|_| format!("`{s}` is not a size; write a number such as 4M"))?;
    let bytes = n.checked_mul(1 << shift).ok_or_else(|| format!("`{s}` is too large"))?;
    if bytes < 1024 {
        return Err(format!("`{s}` is too small; give at least 1K"));
    }
    Ok(bytes)
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// rustc-style snippets for a terminal.
    Text,
    /// Markdown to paste into a CMS.
    Md,
    /// The machine contract, `contra.report/1`.
    Json,
    /// One self-contained page.
    Html,
}

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Format {
        match f {
            ReportFormat::Text => Format::Text,
            ReportFormat::Md => Format::Md,
            ReportFormat::Json => Format::Json,
            ReportFormat::Html => Format::Html,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ReviewFormat {
    /// A verdict per claim with the deciding source words.
    Text,
    /// Markdown for an editor's notes.
    Md,
    /// The machine contract, `contra.review/1`.
    Json,
    /// One self-contained page.
    Html,
    /// schema.org ClaimReview JSON-LD for the supported and contradicted claims.
    Claimreview,
}

impl From<ReviewFormat> for contra::review::print::Format {
    fn from(f: ReviewFormat) -> Self {
        use contra::review::print::Format;
        match f {
            ReviewFormat::Text => Format::Text,
            ReviewFormat::Md => Format::Md,
            ReviewFormat::Json => Format::Json,
            ReviewFormat::Html => Format::Html,
            ReviewFormat::Claimreview => Format::ClaimReview,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ClaimsFormat {
    Json,
    Jsonl,
    /// One block per claim: its words, who reports and says it, its dates and figures.
    Text,
}

fn ingest_options(input: &InputArgs) -> Result<IngestOptions, contra::Error> {
    let published = match &input.published {
        Some(p) => Some(ingest::parse_date(p).ok_or_else(|| contra::Error::Usage {
            message: format!("--published {p}: not a date; write it as YYYY-MM-DD"),
        })?),
        None => None,
    };
    Ok(IngestOptions {
        published,
        outlet: input.outlet.clone(),
        role: None,
        today: today(),
        max_document_bytes: Some(input.max_document_size),
    })
}

/// Today in the local time zone. The clock is read here and only to warn about `published`
/// dates in the future; a clock contra cannot read means no such warning, never a panic.
fn today() -> Option<jiff::civil::Date> {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    let now = jiff::Timestamp::from_second(i64::try_from(secs).ok()?).ok()?;
    Some(now.to_zoned_datetime(jiff::tz::TimeZone::system()).date())
}

/// The rule files: bundled, or from `--rules DIR`.
fn rule_source(dir: Option<&std::path::Path>) -> Result<RuleSource, contra::Error> {
    match dir {
        Some(d) => RuleSource::from_dir(d),
        None => Ok(RuleSource::bundled()),
    }
}

fn color_choice(color: ColorWhen) -> anstream::ColorChoice {
    match color {
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
        ColorWhen::Auto => anstream::ColorChoice::Auto,
    }
}

/// Writes a report to the file `-o` names, or to stdout, through a 64 KB buffer (a large
/// JSON report is one write per buffer, not one per line). Only text may be styled: it goes
/// through anstream, which drops the styles when the stream is no terminal or with `--color
/// never`; other formats are written as they are.
fn emit(
    output: Option<&std::path::Path>,
    styled: bool,
    color: ColorWhen,
    write: impl FnOnce(&mut dyn Write, bool) -> std::io::Result<()>,
) -> Result<()> {
    fn to<S: anstream::stream::RawStream + anstream::stream::AsLockedWrite>(
        raw: S,
        styled: bool,
        color: ColorWhen,
        write: impl FnOnce(&mut dyn Write, bool) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        if !styled {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, raw);
            write(&mut out, false)?;
            return out.flush();
        }
        let mut stream = anstream::AutoStream::new(raw, color_choice(color));
        let color = stream.current_choice() != anstream::ColorChoice::Never;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, &mut stream);
        write(&mut out, color)?;
        out.flush()?;
        drop(out);
        stream.flush()
    }
    match output {
        Some(path) => {
            let io = |e| contra::Error::Io { path: path.display().to_string(), source: e };
            let file = std::fs::File::create(path).map_err(io)?;
            Ok(to(file, styled, color, write).map_err(io)?)
        }
        None => Ok(to(std::io::stdout().lock(), styled, color, write)?),
    }
}

fn diagnostics_error(diags: Vec<contra::diagnostic::Diagnostic>) -> contra::Error {
    let styled = std::io::stderr().is_terminal();
    contra::Error::Rules {
        count: diags.len(),
        rendered: diags.iter().map(|d| d.render(styled)).collect::<Vec<_>>().join("\n"),
    }
}

/// The lexicon and rules of `--rules DIR` (the lexicon is `None` for the bundled one).
/// With `verify`, a rule set given with `--rules` must pass its own examples before it
/// checks anything; the bundled rules are held to that by `cargo test`.
fn load_rules(dir: Option<&std::path::Path>, verify: bool) -> Result<(Option<Lexicon>, RuleSet), contra::Error> {
    let source = rule_source(dir)?;
    let custom = match dir {
        Some(_) => Some(Lexicon::load(&source).map_err(diagnostics_error)?),
        None => None,
    };
    let lex = custom.as_ref().unwrap_or_else(|| Lexicon::bundled());
    let rules = RuleSet::load(&source, lex).map_err(diagnostics_error)?;
    if verify && custom.is_some() {
        let diags = contra::engine::check_examples(&rules, lex);
        if !diags.is_empty() {
            return Err(diagnostics_error(diags));
        }
    }
    Ok((custom, rules))
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Check { paths, format, output, color, rules, input, quiet, stats } => {
            let format: Format = match (format, &output) {
                (Some(f), _) => f.into(),
                (None, Some(path)) => Format::from_path(path).ok_or_else(|| contra::Error::Usage {
                    message: format!(
                        "-o {}: cannot tell the format from the extension; use .txt, .md, .json or .html, or pass --format",
                        path.display()
                    ),
                })?,
                (None, None) => Format::Text,
            };
            let (custom, rules) = load_rules(rules.as_deref(), true)?;
            let lex = custom.as_ref().unwrap_or_else(|| Lexicon::bundled());
            let corpus = ingest::read_paths(&paths, &ingest_options(&input)?, lex)?;
            for w in &corpus.warnings {
                eprintln!("warning: {}: {}", w.origin, w.message);
            }
            let bar = Bar::for_corpus(&corpus, quiet);
            let (report, mut run_stats) = contra::check_with(corpus, &rules, lex, &bar);
            bar.stage("report");
            let render_start = std::time::Instant::now();
            emit(output.as_deref(), format == Format::Text, color, |out, color| {
                contra::report::printer(format, PrintOptions { color }).print(&report, out)
            })?;
            bar.finish();
            if stats {
                run_stats.stages.push(contra::Stage::ended("render", render_start.elapsed()));
                print_stats(&run_stats);
            }
            Ok(if report.conflicts().next().is_some() { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Review { draft, sources, format, output, color, rules, input } => {
            use contra::review::print::Format as ReviewOut;
            let format: ReviewOut = match (format, &output) {
                (Some(f), _) => f.into(),
                (None, Some(path)) => ReviewOut::from_path(path).ok_or_else(|| contra::Error::Usage {
                    message: format!(
                        "-o {}: cannot tell the format from the extension; use .txt, .md, .json, .jsonld or .html, or pass --format",
                        path.display()
                    ),
                })?,
                (None, None) => ReviewOut::Text,
            };
            let (custom, rules) = load_rules(rules.as_deref(), true)?;
            let lex = custom.as_ref().unwrap_or_else(|| Lexicon::bundled());
            let options = ingest_options(&input)?;
            let corpus = contra::review::read_inputs(&draft, &sources, &options, lex)?;
            for w in &corpus.warnings {
                eprintln!("warning: {}: {}", w.origin, w.message);
            }
            let review = contra::review::review(corpus, &rules, lex);
            emit(output.as_deref(), format == ReviewOut::Text, color, |out, color| {
                contra::review::print::print(&review, format, color, out)
            })?;
            Ok(if review.has_contradictions() { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Schema => {
            let mut out = std::io::stdout().lock();
            out.write_all(contra::report::schema::SCHEMA_JSON.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff { old, new, format } => {
            let read = |p: &std::path::Path| {
                std::fs::read_to_string(p).map_err(|e| match e.kind() {
                    std::io::ErrorKind::NotFound => contra::Error::NotFound { path: p.display().to_string() },
                    _ => contra::Error::Unreadable { path: p.display().to_string(), reason: e.to_string() },
                })
            };
            let (old_name, new_name) = (old.display().to_string(), new.display().to_string());
            let diff = contra::report::diff::diff(&old_name, &read(&old)?, &new_name, &read(&new)?)?;
            let mut out = std::io::stdout().lock();
            match format {
                DiffFormat::Text => out.write_all(contra::report::diff::render(&diff).as_bytes())?,
                DiffFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &diff)?;
                    writeln!(out)?;
                }
            }
            Ok(if diff.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Pairs { file, rules, quiet } => {
            let (custom, rules) = load_rules(rules.as_deref(), true)?;
            let lex = custom.as_ref().unwrap_or_else(|| Lexicon::bundled());
            let out = std::io::BufWriter::new(std::io::stdout().lock());
            if file == "-" {
                contra::pairs::stream("<stdin>", std::io::stdin().lock(), out, &rules, lex, &contra::Silent)?;
            } else {
                let f = std::fs::File::open(&file).map_err(|e| match e.kind() {
                    std::io::ErrorKind::NotFound => contra::Error::NotFound { path: file.clone() },
                    _ => contra::Error::Unreadable { path: file.clone(), reason: e.to_string() },
                })?;
                let size = f.metadata().map(|m| m.len()).unwrap_or(0);
                let bar = Bar::new(size, size > LARGE_BYTES && !quiet);
                contra::pairs::stream(&file, std::io::BufReader::new(f), out, &rules, lex, &bar)?;
                bar.finish();
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { action, rules } => {
            let (custom, set) = load_rules(rules.as_deref(), false)?;
            let lex = custom.as_ref().unwrap_or_else(|| Lexicon::bundled());
            let mut out = std::io::stdout().lock();
            match action {
                RulesAction::List => {
                    for r in &set.rules {
                        let first = r.description.trim().lines().next().unwrap_or("");
                        writeln!(out, "{:<34} {:<18} {:<14} {}", r.id, r.kind_name, r.level.as_str(), first)?;
                    }
                    Ok(ExitCode::SUCCESS)
                }
                RulesAction::Test => {
                    let mut failed = 0;
                    let mut total = 0;
                    for r in &set.rules {
                        for res in contra::engine::test_rule(r, &set, lex) {
                            total += 1;
                            if res.passed {
                                continue;
                            }
                            failed += 1;
                            writeln!(
                                out,
                                "FAIL {} ({} example)\n  a: {}\n  b: {}\n  fired: {}",
                                res.rule,
                                res.expect,
                                res.a,
                                res.b,
                                if res.fired.is_empty() { "nothing".to_string() } else { res.fired.join(", ") }
                            )?;
                        }
                    }
                    writeln!(out, "{} rules, {} examples, {} failed", set.rules.len(), total, failed)?;
                    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
                }
                RulesAction::Explain { id } => {
                    let Some(r) = set.get(&id) else {
                        return Err(contra::Error::Usage {
                            message: format!("no rule `{id}`; `contra rules list` shows them"),
                        }
                        .into());
                    };
                    writeln!(
                        out,
                        "{} ({}, level {}, severity {})\n{}\n",
                        r.id,
                        r.kind_name,
                        r.level.as_str(),
                        r.severity.as_str(),
                        r.path
                    )?;
                    writeln!(out, "{}\n", r.description.trim())?;
                    writeln!(out, "message: {}\n", r.message)?;
                    for (label, list) in [("flags", &r.flag), ("allows", &r.allow)] {
                        for ex in list.iter() {
                            if ex.b.is_empty() {
                                writeln!(out, "{label}:\n  story: {}", ex.a)?;
                            } else {
                                writeln!(out, "{label}:\n  a: {}\n  b: {}", ex.a, ex.b)?;
                            }
                        }
                    }
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
        Command::Debug { paths, input } => {
            let lex = Lexicon::bundled();
            let corpus = ingest::read_paths(&paths, &ingest_options(&input)?, lex)?;
            for doc in &corpus.documents {
                print!("{}", contra::attribute::explain(doc, lex));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Claims { paths, format, input, quiet } => {
            let lex = Lexicon::bundled();
            let corpus = ingest::read_paths(&paths, &ingest_options(&input)?, lex)?;
            for w in &corpus.warnings {
                eprintln!("warning: {}: {}", w.origin, w.message);
            }
            let bar = Bar::for_corpus(&corpus, quiet);
            let analysis = contra::analyze_with(corpus, lex, &bar);
            bar.finish();
            let views: Vec<ClaimView> =
                analysis.claims.iter().map(|c| ClaimView::new(c, &analysis.documents)).collect();
            let mut out = std::io::stdout().lock();
            match format {
                ClaimsFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "claims": views }))?;
                    writeln!(out)?;
                }
                ClaimsFormat::Text => {
                    for c in &analysis.claims {
                        let doc = &analysis.documents[c.doc];
                        writeln!(
                            out,
                            "{} {}:{}  [{}]",
                            c.id,
                            doc.origin,
                            doc.line_of(c.span.start),
                            c.attribution.outlets.join(" > ")
                        )?;
                        writeln!(out, "    {}", c.text.replace('\n', " "))?;
                        let mut facts = Vec::new();
                        if let Some(s) = c.speaker() {
                            facts.push(format!("speaker: {s}"));
                        }
                        facts.push(format!("{:?}/{:?}", c.polarity, c.modality).to_lowercase());
                        for t in &c.times {
                            let range = match (t.start, t.end) {
                                (Some(s), Some(e)) if s == e => s.to_string(),
                                (Some(s), Some(e)) => format!("{s}..{e}"),
                                _ => "unresolved".into(),
                            };
                            facts.push(format!("time \"{}\" = {range}", t.text));
                        }
                        for q in &c.quantities {
                            facts.push(format!(
                                "qty \"{}\" = {:?} {} {}",
                                q.text,
                                q.bound,
                                q.value,
                                q.measure.as_deref().unwrap_or("-")
                            ));
                        }
                        writeln!(out, "    {}", facts.join("; "))?;
                    }
                }
                ClaimsFormat::Jsonl => {
                    for v in &views {
                        serde_json::to_writer(&mut out, v)?;
                        writeln!(out)?;
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Inputs this large get a progress bar (on a terminal, without --quiet).
const LARGE_DOCS: usize = 200;
const LARGE_BYTES: u64 = 5 * 1024 * 1024;

/// A progress bar on stderr over bytes of text, drawn only when asked for and stderr is a
/// terminal; otherwise every call does nothing.
struct Bar(Option<indicatif::ProgressBar>);

impl Bar {
    fn new(total_bytes: u64, wanted: bool) -> Bar {
        if !wanted || !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total_bytes),
            indicatif::ProgressDrawTarget::stderr_with_hz(8),
        );
        let style = indicatif::ProgressStyle::with_template(
            "{msg:>8} [{bar:40}] {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} eta {eta}",
        )
        .expect("a valid template")
        .progress_chars("=> ");
        bar.set_style(style);
        Bar(Some(bar))
    }

    fn for_corpus(corpus: &ingest::Corpus, quiet: bool) -> Bar {
        let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
        let large = corpus.documents.len() > LARGE_DOCS || bytes as u64 > LARGE_BYTES;
        Bar::new(bytes as u64, large && !quiet)
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

impl contra::Progress for Bar {
    fn stage(&self, name: &'static str) {
        if let Some(bar) = &self.0 {
            bar.set_message(name);
        }
    }
    fn advance(&self, bytes: usize) {
        if let Some(bar) = &self.0 {
            bar.inc(bytes as u64);
        }
    }
}

fn print_stats(s: &contra::Stats) {
    let mb = s.bytes as f64 / 1e6;
    let total: f64 = s.stages.iter().map(|st| st.time.as_secs_f64()).sum();
    eprintln!(
        "stats: {} documents, {:.1} MB of text, {} claims, {} compared pairs, {} candidate pairs, {} findings",
        s.documents, mb, s.claims, s.compared, s.pairs, s.findings
    );
    let gb = |bytes: u64| bytes as f64 / 1e9;
    for st in &s.stages {
        let memory = st.memory.map_or_else(String::new, |m| {
            format!("   memory {:>6.2} GB, peak so far {:>6.2} GB", gb(m.resident), gb(m.peak))
        });
        eprintln!("stats: {:<26} {:>9.3} s{memory}", st.name, st.time.as_secs_f64());
    }
    if total > 0.0 {
        eprintln!("stats: {:<26} {:>9.3} s ({:.1} MB/s after reading)", "total", total, mb / total);
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if let Some(io) = e.downcast_ref::<std::io::Error>()
                && io.kind() == std::io::ErrorKind::BrokenPipe
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
