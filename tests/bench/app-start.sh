#!/usr/bin/env bash
# Measures the app against a bare Tauri window of the same Tauri version
# (tests/bench/bare-window): a book of generated contacts is imported with
# curbside-cli into a data folder unlocked with a real keyring, as a user
# would, then the app and the bare window start in turn, round after round,
# under Xvfb in a D-Bus session with gnome-keyring and dunst. For each start:
# the time from process start to the first screen settled (each writes a
# marker, CURBSIDE_BENCH_MARK, two frames after its first screen has its
# data; the app both on its sealed book and with every page checked first),
# and the PSS summed over its process tree (the app and its WebKit
# processes) after idling. Then the input-to-frame times on the same book
# over WebDriver (tests/bench/app-frames.mjs), and the binaries' sizes.
# Prints the medians and the Curbside/bare ratios.
#
# Usage: tests/bench/app-start.sh APP CLI BARE [--runs N] [--contacts N] [--idle S] [--smoke]
#   APP, CLI, BARE: the curbside, curbside-cli and bare-window binaries
#   (release: cargo build --release -p curbside -p curbside-cli -p bare-window
#   --features curbside/custom-protocol, with the UI built first).
#   --runs N      rounds of each (default 5)
#   --contacts N  contacts in the book (default 100000)
#   --idle S      seconds after the start at which PSS is read (default 20)
#   --smoke       one round on 500 contacts, PSS after 5 s: checks that every
#                 measurement can be taken (exit 1 when one cannot), figures
#                 not asserted
# The book is written by the bench `app_book` of curbside-core (cargo bench
# for a full run, its debug build for --smoke); APP_BOOK=FILE reuses a book
# file written before. E2E_PORT picks the WebDriver port (default 4460).
set -euo pipefail
usage="usage: app-start.sh APP CLI BARE [--runs N] [--contacts N] [--idle S] [--smoke]"
root=$(cd "$(dirname "$0")/../.." && pwd)
app=$(realpath "${1:?$usage}")
cli=$(realpath "${2:?$usage}")
bare=$(realpath "${3:?$usage}")
shift 3
runs=5 contacts=100000 idle=20 smoke=0
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2:?$usage}; shift 2 ;;
    --contacts) contacts=${2:?$usage}; shift 2 ;;
    --idle) idle=${2:?$usage}; shift 2 ;;
    --smoke) smoke=1 runs=1 contacts=500 idle=5; shift ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
for bin in "$app" "$cli" "$bare"; do
  [ -x "$bin" ] || { echo "app-start.sh: $bin is not an executable" >&2; exit 2; }
done

work=$(mktemp -d)
cleanup() { [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The book, as a whole-book file.
book=${APP_BOOK:-$work/book.json}
if [ -z "${APP_BOOK:-}" ]; then
  echo "== writing a book of $contacts contacts"
  if [ "$smoke" = 1 ]; then
    (cd "$root" && cargo test -q -p curbside-core --bench app_book -- "$book" "$contacts")
  else
    (cd "$root" && cargo bench -q -p curbside-core --bench app_book -- "$book" "$contacts")
  fi
fi

export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
unset CURBSIDE_PASSPHRASE CURBSIDE_PASSPHRASE_FILE CURBSIDE_DATA_DIR CURBSIDE_NO_KEYRING CURBSIDE_BENCH_MARK
display=140
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
export DISPLAY=":$display" APP="$app" CLI="$cli" BARE="$bare" BOOK="$book" WORK="$work" ROOT="$root"
export RUNS="$runs" IDLE="$idle" RESULTS="$work/results"
: >"$RESULTS"

dbus-run-session -- bash -c '
  set -euo pipefail
  export XDG_DATA_HOME="$WORK/xdg"
  echo -n curbside-bench | gnome-keyring-daemon --components=secrets --unlock --daemonize >/dev/null
  dunst >/dev/null 2>&1 &
  data="$WORK/data"
  echo "== importing the book with curbside-cli (keyring)"
  "$CLI" --data-dir "$data" import "$BOOK" >/dev/null 2>"$WORK/import.log" || { cat "$WORK/import.log" >&2; exit 1; }

  # Every process under $1, itself included.
  tree() { echo "$1"; for child in $(pgrep -P "$1" || true); do tree "$child"; done; }
  pss() { awk "/^Pss:/ { kb += \$2 } END { print kb / 1024 }" "$@" 2>/dev/null || echo 0; }

  # Starts one (app, app-checked or bare), waits for its marker, reads PSS at IDLE seconds,
  # ends it (SIGTERM: the app closes the book and seals it, as at a log-out). app-checked is the
  # app with its seal removed first: the start after a crash or a change from outside, when the
  # damage check reads every page before the first screen.
  one() {
    local kind=$1 mark="$WORK/mark-$1" pid start settled
    rm -f "$mark"
    [ "$kind" = app-checked ] && rm -f "$data/curbside.db.checked"
    start=$(date +%s%N)
    if [ "$kind" != bare ]; then
      CURBSIDE_BENCH_MARK="$mark" "$APP" --data-dir "$data" >"$WORK/$kind.log" 2>&1 &
    else
      CURBSIDE_BENCH_MARK="$mark" "$BARE" >"$WORK/bare.log" 2>&1 &
    fi
    pid=$!
    for _ in $(seq 3600); do [ -s "$mark" ] && break; sleep 0.05; done
    if [ ! -s "$mark" ]; then
      echo "app-start.sh: $kind wrote no marker within 180 s" >&2
      cat "$WORK/$kind.log" >&2
      kill "$pid" 2>/dev/null || true
      return 1
    fi
    settled=$(awk "NR == 1 { print \$2 }" "$mark")
    echo "start:$kind $(awk -v s="$settled" -v t="$start" "BEGIN { printf \"%.1f\", s - t / 1e6 }")" >>"$RESULTS"
    while [ $(( ($(date +%s%N) - start) / 1000000 )) -lt $((IDLE * 1000)) ]; do sleep 0.2; done
    local procs rest
    procs=$(tree "$pid")
    rest=$(grep -vx "$pid" <<<"$procs" || true)
    echo "pss:$kind $(pss $(sed "s|.*|/proc/&/smaps_rollup|" <<<"$procs"))" >>"$RESULTS"
    echo "pss:$kind-main $(pss "/proc/$pid/smaps_rollup")" >>"$RESULTS"
    echo "pss:$kind-children $( [ -n "$rest" ] && pss $(sed "s|.*|/proc/&/smaps_rollup|" <<<"$rest") || echo 0)" >>"$RESULTS"
    kill $procs 2>/dev/null || true
    for _ in $(seq 100); do
      alive=0
      for p in $procs; do kill -0 "$p" 2>/dev/null && alive=1; done
      [ "$alive" = 0 ] && break
      sleep 0.1
    done
    kill -KILL $procs 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  }

  for round in $(seq "$RUNS"); do
    echo "== round $round of $RUNS: app with every page checked, app, bare window"
    one app-checked
    one app
    one bare
  done

  echo "== input to frame over WebDriver"
  mkdir -p "$ROOT/tests/e2e/artifacts"
  CURBSIDE_APP="$APP" BENCH_DATA_DIR="$data" BENCH_RESULTS="$RESULTS" BENCH_ROUNDS="$RUNS" \
    bash "$ROOT/tests/e2e/with-driver.sh" "${E2E_PORT:-4460}" node "$ROOT/tests/bench/app-frames.mjs"
'

size_mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
echo "size:app $(size_mb "$app")" >>"$RESULTS"
echo "size:bare $(size_mb "$bare")" >>"$RESULTS"
echo "size:cli $(size_mb "$cli")" >>"$RESULTS"

# Medians, and the ratio where the bare window has the same measure.
median() { grep "^$1 " "$RESULTS" | awk '{ print $2 }' | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
round() { awk '{ if ($1 == "-") print "-"; else if ($1 >= 100) printf "%.0f\n", $1; else printf "%.1f\n", $1 }'; }
count() { grep -c "^$1 " "$RESULTS" || true; }
missing=0
row() { # label, app measure, bare measure (or -), unit
  local a b ratio
  a=$(median "$2" | round)
  b=$([ "$3" = - ] && echo - || median "$3" | round)
  [ "$a" = - ] && missing=1
  [ "$3" != - ] && [ "$b" = - ] && missing=1
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { if (b == "-" || a == "-" || b == 0) print "—"; else printf "%.2f×", a / b }')
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$([ "$b" = - ] && echo — || echo "$b $4")" "$([ "$a" = - ] && echo — || echo "$a $4")" "$ratio" "$(count "$2")"
}
echo
echo "$contacts contacts, medians of $runs rounds (app and bare window in turn); PSS $idle s after the start"
echo
echo "| Measure | Bare window | Curbside | Curbside/bare | Samples |"
echo "|---|---|---|---|---|"
row "process start → first screen settled" start:app start:bare ms
row "the same, every page checked first (after a crash)" start:app-checked start:bare ms
row "PSS over the process tree" pss:app pss:bare MiB
row "PSS, the app process" pss:app-main pss:bare-main MiB
row "PSS, its child processes (WebKit)" pss:app-children pss:bare-children MiB
row "click Contacts → list painted" frame:contacts_open - ms
row "click Contacts at once (the start still reading) → list painted" frame:contacts_open_at_ready - ms
row "search, keystroke → results painted" frame:search_keystroke - ms
row "click a contact → profile with 1,000 interactions painted" frame:profile_open - ms
row "click Calendar → month painted" frame:calendar_month - ms
row "binary size" size:app size:bare MiB
echo
echo "curbside-cli: $(median size:cli) MiB. Search keystrokes that left the rows shown as they were (nothing new to paint, so not timed): $(count unchanged:search_keystroke)."
if [ "$missing" = 1 ]; then
  echo "app-start.sh: a measurement could not be taken (a — above)" >&2
  exit 1
fi
