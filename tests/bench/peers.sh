#!/usr/bin/env bash
# Curbside side by side with the tools people use today on Linux, on the
# same generated files: khard for contacts (import, search for a surname,
# list all) and khal for the calendar (import an .ics, list a month).
# Installs khard and khal from the system's packages when missing, writes a
# vCard file of made-up doctors (also one card per file, the folder khard
# reads) and an .ics of events with the core benchmarks' generators
# (src-tauri/core/examples/peer_files.rs), then times each command as a
# whole process, Curbside and the peer in alternation, and prints the
# medians, the peer-to-Curbside ratios and the targets of issue 20 (every
# row at least 100x, search at least 300x). Each run also checks that both
# sides give the same answer (as many contacts, matches, events): a wrong
# answer fails the script, a missed target does not.
#
# Curbside runs in a D-Bus session with a real keyring (gnome-keyring), as
# the app does; khard and khal with their own configuration in a temporary
# folder. Both sides run in UTC.
#
# khard has no import: its address book is a folder of vCard files, read
# whole by every command. Its import row is copying the cards there (one
# file each, as the generator wrote them), which is all adding a vCard file
# to khard takes; Curbside's parses, matches, encrypts and indexes.
#
# Usage: tests/bench/peers.sh PATH/TO/curbside-cli [--runs N] [--contacts N] [--events N] [--smoke]
#   --runs N      timed runs of each command (default 5); medians of them
#   --contacts N  contacts in the vCard file (default 10000)
#   --events N    events in the .ics file (default 5000)
#   --smoke       one run on 200 contacts and 100 events, listing a year
#                 instead of a month (so the check has events to compare);
#                 exits non-zero if any command fails or answers wrongly
set -euo pipefail
export LC_NUMERIC=C TZ=UTC
here=$(cd "$(dirname "$0")" && pwd)
usage="usage: tests/bench/peers.sh PATH/TO/curbside-cli [--runs N] [--contacts N] [--events N] [--smoke]"
surname=Müller

# ---- inside the D-Bus session ----------------------------------------------

fail() {
  echo "peers.sh: $*" >&2
  exit 1
}

# timed NAME SIDE COMMAND...: runs COMMAND with its output in $work/out,
# adds its wall time in seconds to $work/times/NAME.SIDE; fails on an error.
timed() {
  local name=$1 side=$2 start end
  shift 2
  start=$EPOCHREALTIME
  "$@" >"$work/out" 2>"$work/err" || fail "$side failed at '$name' ($*): $(tail -5 "$work/err")"
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", e - s }' >>"$work/times/$name.$side"
}

# same WHAT CURBSIDE PEER: both sides' counts agree.
same() {
  [ "$2" = "$3" ] || fail "Curbside and the peer disagree on $1: $2 and $3"
}

json_length() { jq length "$work/out"; }
lines() { grep -c . "$work/out" || true; }
# Distinct "uid start" lines: khal prints an event on every day it spans.
distinct_lines() { grep . "$work/out" | sort -u | grep -c . || true; }

inside() {
  work=$WORK
  export XDG_DATA_HOME="$work/xdg" HOME="$work/home"
  mkdir -p "$work/times" "$work/home" "$work/khal"
  echo -n curbside-peers | gnome-keyring-daemon --components=secrets --unlock --daemonize >/dev/null

  local files=$work/files book=$work/khard-book cal=$work/khal/calendar
  printf '[addressbooks]\n[[bench]]\npath = %s\n' "$book" >"$work/khard.conf"
  cat >"$work/khal.conf" <<EOF
[calendars]
[[bench]]
path = $cal
[locale]
local_timezone = UTC
default_timezone = UTC
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[sqlite]
path = $work/khal/cache.db
EOF
  local from=2026-06-01 to=2026-06-30 span="list a month"
  if [ "$SMOKE" = 1 ]; then from=2026-01-01 to=2026-12-31 span="list a year"; fi

  # Each run imports into empty books made beforehand, so that creating a
  # database (a new key, its recovery slot) stays outside the figures.
  local run
  for run in $(seq "$RUNS"); do
    for kind in contacts calendar; do
      "$CLI" --data-dir "$work/curbside-$kind-$run" contacts list --limit 1 >/dev/null 2>&1 ||
        fail "curbside-cli could not create a book with the keyring"
    done
  done

  for run in $(seq "$RUNS"); do
    echo "Run $run of $RUNS"
    local data=$work/curbside-contacts-$run khard=(khard -c "$work/khard.conf")
    local created curbside peer found occurrences

    timed import curbside "$CLI" --data-dir "$data" --json import "$files/contacts.vcf"
    created=$(jq .created "$work/out")
    rm -rf "$book" && mkdir "$book"
    timed import peer cp -r "$files/vdir/." "$book"
    peer=$(find "$book" -name '*.vcf' | grep -c .)
    same "contacts imported" "$created" "$peer"
    same "contacts imported (of $CONTACTS)" "$created" "$CONTACTS"

    # A line for each person found on both sides: Curbside's table (a
    # header, then id, name, specialty, institution, why) and khard's
    # parsable list; then Curbside's whole contacts as JSON, for scale.
    timed search curbside "$CLI" --data-dir "$data" search "$surname" --limit "$CONTACTS"
    curbside=$(($(lines) - 1))
    timed search peer "${khard[@]}" list -p "$surname"
    peer=$(lines)
    same "people found by '$surname'" "$curbside" "$peer"
    [ "$curbside" -gt 0 ] || fail "nobody found by '$surname'"
    found=$curbside
    timed search_json curbside "$CLI" --data-dir "$data" --json search "$surname" --limit "$CONTACTS"
    same "people found by '$surname', as JSON" "$(json_length)" "$found"

    # A line for each contact on both sides: Curbside's table (a header,
    # then id, name, credentials, specialty, institution) and khard's
    # parsable list (uid, name, address book).
    timed list curbside "$CLI" --data-dir "$data" contacts list
    curbside=$(($(lines) - 1))
    timed list peer "${khard[@]}" list -p
    peer=$(lines)
    same "contacts listed" "$curbside" "$peer"
    same "contacts listed (of $CONTACTS)" "$curbside" "$CONTACTS"
    # Every contact read whole as JSON, which khard has no form of: timed
    # against the same list for scale.
    timed json curbside "$CLI" --data-dir "$data" --json contacts list
    same "contacts listed as JSON" "$(json_length)" "$CONTACTS"

    data=$work/curbside-calendar-$run
    timed ics curbside "$CLI" --data-dir "$data" --json import "$files/calendar.ics"
    created=$(jq .created "$work/out")
    rm -rf "$cal" "$work/khal/cache.db" && mkdir -p "$cal"
    timed ics peer khal -c "$work/khal.conf" import --batch -a bench "$files/calendar.ics"
    peer=$(find "$cal" -name '*.ics' | grep -c .)
    same "events imported" "$created" "$peer"
    same "events imported (of $EVENTS)" "$created" "$EVENTS"

    timed month curbside "$CLI" --data-dir "$data" --json events list --from "$from" --to "$to" --tz UTC
    curbside=$(json_length)
    timed month peer khal -c "$work/khal.conf" list -f '{uid} {start}' --day-format '' "$from" "$to"
    peer=$(distinct_lines)
    same "occurrences from $from to $to" "$curbside" "$peer"
    [ "$curbside" -gt 0 ] || fail "no events from $from to $to"
    occurrences=$curbside
    echo "  both sides: $CONTACTS contacts, $found found by '$surname', $EVENTS events, $occurrences occurrences from $from to $to"
  done

  # The JSON rows are set against khard's same lists.
  cp "$work/times/list.peer" "$work/times/json.peer"
  cp "$work/times/search.peer" "$work/times/search_json.peer"
  echo
  echo "Medians of $RUNS runs, each a whole process ($CONTACTS contacts, $EVENTS events; $(khard --version 2>&1 | head -1), $(khal --version 2>&1 | head -1)):"
  echo
  echo "| measure | Curbside | peer | peer / Curbside | target | |"
  echo "|---|---:|---:|---:|---:|:-:|"
  local row
  for row in "import;import $CONTACTS contacts (khard: copy them into its folder);100" \
    "search;search for a surname ('$surname'), a line each (khard list -p NAME);300" \
    "search_json;search for a surname, whole contacts as JSON (against khard list -p NAME);0" \
    "list;list all contacts, a line each (khard list -p);100" \
    "json;list all contacts whole, as JSON (against khard list -p);0" \
    "ics;import an .ics of $EVENTS events (khal import --batch);100" \
    "month;$span (khal list);100"; do
    IFS=';' read -r name label target <<<"$row"
    paste <(sort -g "$work/times/$name.curbside") <(sort -g "$work/times/$name.peer") |
      awk -v label="$label" -v target="$target" '
        function show(s) { return s >= 1 ? sprintf("%.2f s", s) : sprintf("%.1f ms", s * 1000) }
        { c[NR] = $1; p[NR] = $2 }
        END {
          m = int((NR + 1) / 2)
          ratio = p[m] / c[m]
          if (target == 0) {
            printf "| %s | %s | %s | %.1f× | none | |\n", label, show(c[m]), show(p[m]), ratio
          } else {
            printf "| %s | %s | %s | %.1f× | ≥ %d× | %s |\n", label, show(c[m]), show(p[m]), ratio, target, (ratio >= target ? "met" : "MISSED")
          }
        }'
  done
}

if [ "${1:-}" = --inside ]; then
  inside
  exit
fi

# ---- outside: arguments, packages, files -----------------------------------

cli=""
runs=5 contacts=10000 events=5000 smoke=0
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2:?$usage}; shift 2 ;;
    --contacts) contacts=${2:?$usage}; shift 2 ;;
    --events) events=${2:?$usage}; shift 2 ;;
    --smoke) smoke=1; shift ;;
    -*) echo "$usage" >&2; exit 2 ;;
    *) [ -z "$cli" ] || { echo "$usage" >&2; exit 2; }; cli=$1; shift ;;
  esac
done
[ -n "$cli" ] || { echo "$usage" >&2; exit 2; }
[ -x "$cli" ] || { echo "peers.sh: $cli is not an executable curbside-cli" >&2; exit 2; }
cli=$(realpath "$cli")
if [ "$smoke" = 1 ]; then
  runs=1 contacts=200 events=100
fi
for n in "$runs" "$contacts" "$events"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "peers.sh: --runs, --contacts and --events take a whole number above 0, not '$n'" >&2; exit 2; }
done

missing=()
for package in khard khal jq gnome-keyring dbus; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Writing $contacts contacts and $events events (the core benchmarks' generators)"
(cd "$here/../.." && cargo run --quiet -p curbside-core --example peer_files -- "$work/files" "$contacts" "$events")

export CLI="$cli" RUNS="$runs" CONTACTS="$contacts" EVENTS="$events" SMOKE="$smoke" WORK="$work"
dbus-run-session -- bash "$here/peers.sh" --inside
