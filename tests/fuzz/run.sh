#!/usr/bin/env bash
# Builds and runs each fuzz target for SECONDS (default 120) on a nightly
# toolchain with cargo-fuzz (`rustup toolchain install nightly`,
# `cargo install cargo-fuzz`), starting from the saved corpus in
# tests/fuzz/corpus/TARGET. Inputs that find new paths go to a scratch
# corpus in fuzz/corpus (not committed); a crash is saved in
# fuzz/artifacts/TARGET and stops the script with exit 1. Keep a crash as
# a regression input by copying it into tests/fuzz/corpus/TARGET, where
# `cargo test -p curbside-core --test it fuzz_corpus` replays it on
# stable.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-120}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(vcard contacts_csv icalendar book_json)
fi
# Each input may take at most this many MB and seconds: a limit the readers
# do not hold to is a finding, like a crash.
rss_mb=2048
per_input_seconds=10
status=0
for target in "${targets[@]}"; do
  saved="tests/fuzz/corpus/$target"
  scratch="fuzz/corpus/$target"
  mkdir -p "$scratch" "fuzz/artifacts/$target"
  echo "== $target: ${seconds}s"
  if ! (cd fuzz && cargo +nightly fuzz run "$target" "corpus/$target" "../$saved" -- \
      -max_total_time="$seconds" -rss_limit_mb="$rss_mb" -timeout="$per_input_seconds" \
      -max_len=1048576 -print_final_stats=1); then
    echo "== $target found a fault: see fuzz/artifacts/$target" >&2
    status=1
  fi
done
exit "$status"
