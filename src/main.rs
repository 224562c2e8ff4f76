//! The `contra` command line: parse arguments, run the library, map errors to exit codes
//! (0 nothing contested, 1 contested points found, 2 error).

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use contra::ingest::{self, IngestOptions};
use contra::lexicon::Lexicon;
use contra::report::json::ClaimView;
use std::io::Write;
use std::process::ExitCode;

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

#[derive(clap::Args)]
struct InputArgs {
    /// Publication date (YYYY-MM-DD) for inputs that do not give one.
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
    /// Outlet for inputs that do not name one.
    #[arg(long, value_name = "NAME")]
    outlet: Option<String>,
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
    Ok(IngestOptions { published, outlet: input.outlet.clone(), role: None })
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Debug { paths, input } => {
            let lex = Lexicon::bundled();
            let corpus = ingest::read_paths(&paths, &ingest_options(&input)?, lex)?;
            for doc in &corpus.documents {
                print!("{}", contra::attribute::explain(doc, lex));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Claims { paths, format, input } => {
            let lex = Lexicon::bundled();
            let corpus = ingest::read_paths(&paths, &ingest_options(&input)?, lex)?;
            for w in &corpus.warnings {
                eprintln!("warning: {}: {}", w.origin, w.message);
            }
            let analysis = contra::analyze(corpus, lex);
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
                            doc.line_col(c.span.start).0,
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
