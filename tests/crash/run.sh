#!/usr/bin/env bash
# The long proof of crash safety and concurrency, beyond what `cargo test`
# runs: the real curbside-cli killed with SIGKILL at random moments of an
# import of 10,000 cards, of runs of edits, merges and deletes, of an export,
# and of backups and restores (once the CLI has those commands), hundreds of
# rounds per scenario (after each: the book opens, integrity_check is ok,
# every acknowledged write is there, the killed write is whole or absent);
# then two CLI writers and a reader on one book for a minute (no failure, no
# lost write).
#
# Usage: tests/crash/run.sh [ROUNDS] [SEED] [SECONDS]
#   ROUNDS   rounds per scenario (default 500; cargo test runs 3 to 10)
#   SEED     varies the steps and kill moments (default: the time now)
#   SECONDS  how long the writers and the reader run (default 60)
#
# A failure names the scenario, round, seed and kill moment. A round takes
# 2 to 5 s in a debug build, so 500 rounds of the five scenarios take about
# two and a half hours; set CARGO_PROFILE=release for a release build
# (quicker steps, so the kills fall on shorter spans).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"

export CURBSIDE_CRASH_ROUNDS="${1:-500}"
export CURBSIDE_CRASH_SEED="${2:-$(date +%s)}"
export CURBSIDE_CONCURRENCY_SECONDS="${3:-60}"
profile=()
if [ "${CARGO_PROFILE:-dev}" = release ]; then profile=(--release); fi

echo "crash rounds per scenario: $CURBSIDE_CRASH_ROUNDS, seed $CURBSIDE_CRASH_SEED"
# One test at a time, so each scenario has the cores to itself and the
# kill moments measured in its round 0 hold for the rest.
# (`crash::` and `concurrent::` pick the modules of the CLI's one test binary.)
cargo test "${profile[@]}" -p curbside-cli --test it -- crash:: --nocapture --test-threads 1

echo "two writers and a reader for $CURBSIDE_CONCURRENCY_SECONDS s"
cargo test "${profile[@]}" -p curbside-cli --test it -- concurrent:: --nocapture
