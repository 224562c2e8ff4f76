#!/usr/bin/env bash
# A short smoke run of every cargo-fuzz target (SECONDS_PER_TARGET each, 30 by default),
# seeded from fuzz/seeds/. Installs the nightly toolchain and cargo-fuzz when missing.
# A crash leaves its input in fuzz/artifacts/TARGET/ and fails the run: copy it to
# fuzz/regressions/TARGET/ so `cargo test` (tests/fuzz_regressions.rs) keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET="${SECONDS_PER_TARGET:-30}"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "installing the nightly toolchain for cargo-fuzz"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
cargo +nightly fuzz build -O
for target in $(cargo +nightly fuzz list); do
  mkdir -p "corpus/$target"
  cp -n "seeds/$target"/* "corpus/$target/" 2>/dev/null || true
  echo "fuzzing $target for ${SECONDS_PER_TARGET}s"
  cargo +nightly fuzz run -O "$target" "corpus/$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -max_len=8192 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 2>&1 |
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done|==|SUMMARY|artifact_prefix|Test unit written)' || true
  if compgen -G "artifacts/$target/*" >/dev/null; then
    echo "fuzz target $target found a crash: fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
