//! Writes a generated corpus of wire coverage as JSONL, for benchmarks and scale tests:
//!
//!     cargo run --release --example gen_corpus -- --docs 10000 --seed 1 -o target/corpus-10k.jsonl
//!
//! The same `--docs` and `--seed` always give the same bytes. The wording is invented by
//! `contra::corpus`; never tune rules on it.

use clap::Parser;
use std::io::Write;

#[derive(Parser)]
#[command(about = "Write a generated JSONL corpus of news documents")]
struct Args {
    /// How many documents.
    #[arg(long, default_value_t = 1000)]
    docs: usize,
    /// Seed: the same seed and count give the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write to FILE instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<std::path::PathBuf>,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let sink: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::fs::File::create(path)?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    for doc in contra::corpus::documents(args.docs, args.seed) {
        out.write_all(doc.to_json().as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
