#!/usr/bin/env bash
# A smoke test of the Windows command line (under Wine, or on Windows
# itself), as a doctor's script would use it: create an encrypted book with
# a passphrase, reopen it with the passphrase (also from a file with Windows
# line ends) and with the recovery key, refuse a wrong passphrase, import a
# vCard and find the contact by search, read a time in this computer's
# zone, and reopen a book from the key kept in Credential Manager. Every
# path handed to the program is a Windows path.
#
# Usage: tests/windows/cli-smoke.sh path/to/curbside-cli.exe
# On Linux it runs the program under wine (with WINEPREFIX set by the
# caller, as .ci/cross does); in Git Bash on Windows (the desktop workflow)
# it runs the program itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

exe=${1:?usage: $0 path/to/curbside-cli.exe}
[ -f "$exe" ] || { echo "cli-smoke: no such program: $exe" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/curbside-cli-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
data="$work/book"
passphrase="correct horse battery"

if command -v cygpath >/dev/null; then
  run=()
  winpath() { cygpath -w "$1"; }
else
  run=(wine)
  winpath() { wine winepath -w "$1" 2>/dev/null | tr -d '\r'; }
fi
data_win=$(winpath "$data")
vcard_win=$(winpath "src-tauri/core/tests/fixtures/vcard/rfc4.vcf")

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# Runs the program with the book's folder and no keyring; the environment
# (CURBSIDE_PASSPHRASE...) is the caller's. Sets $status, $out, $err.
cli() {
  set +e
  CURBSIDE_NO_KEYRING=1 "${run[@]}" "$exe" --data-dir "$data_win" "$@" >"$work/out" 2>"$work/err"
  status=$?
  set -e
  out=$(tr -d '\r' <"$work/out")
  err=$(tr -d '\r' <"$work/err")
}
show() { printf '  exit %s\n  stdout: %s\n  stderr: %s\n' "$status" "$out" "$err" >&2; }

# 1. A new book, protected by a passphrase.
CURBSIDE_PASSPHRASE="$passphrase" cli contacts list --json
if [ "$status" -eq 0 ] && [ "$out" = "[]" ] && [[ "$err" == *"Created a new encrypted Curbside database"* ]]; then
  pass "a new encrypted book is created with the passphrase"
else
  fail "creating a book"; show
fi
recovery=$(sed -n 's/^Recovery key: \([A-Z0-9-]*\)$/\1/p' <<<"$err")
[ -n "$recovery" ] && pass "the recovery key is shown once" || fail "no recovery key in: $err"
if [ -f "$data/curbside.db" ] && [ "$(head -c 15 "$data/curbside.db")" != "SQLite format 3" ]; then
  pass "curbside.db is encrypted (no plain SQLite header)"
else
  fail "curbside.db is missing or not encrypted"
fi

# 2. Reopened with the passphrase: nothing new is created.
CURBSIDE_PASSPHRASE="$passphrase" cli contacts list --json
if [ "$status" -eq 0 ] && [ "$out" = "[]" ] && [[ "$err" != *"Created"* ]]; then
  pass "the book reopens with its passphrase"
else
  fail "reopening with the passphrase"; show
fi

# 3. A wrong passphrase is refused with a clear message, and the book is kept.
fingerprint() { cat "$data/curbside.db" "$data/keys.json" 2>/dev/null | sha256sum || true; }
before=$(fingerprint)
CURBSIDE_PASSPHRASE="not the passphrase" cli contacts list --json
if [ "$status" -eq 1 ] && [ -z "$out" ] &&
  [ "$err" = "curbside-cli: that passphrase or recovery key does not unlock this database" ]; then
  pass "a wrong passphrase is refused (exit 1, one clear line)"
else
  fail "a wrong passphrase was not refused as documented"; show
fi
[ "$(fingerprint)" = "$before" ] &&
  pass "a refused passphrase changes nothing" || fail "a refused passphrase changed the book"

# 4. A passphrase file written on Windows (CRLF) and the recovery key unlock too.
printf '%s\r\n' "$passphrase" >"$work/passphrase.txt"
CURBSIDE_PASSPHRASE_FILE=$(winpath "$work/passphrase.txt") cli contacts list --json
[ "$status" -eq 0 ] && pass "a passphrase file with CRLF unlocks" || { fail "passphrase file with CRLF"; show; }
if [ -n "$recovery" ]; then
  CURBSIDE_PASSPHRASE="$recovery" cli contacts list --json
  [ "$status" -eq 0 ] && pass "the recovery key unlocks" || { fail "the recovery key did not unlock"; show; }
fi

# 5. A vCard import (a Windows path to the file), then search finds the contact.
CURBSIDE_PASSPHRASE="$passphrase" cli import "$vcard_win"
if [ "$status" -eq 0 ] && [[ "$out" == "Imported: 3 new, 0 updated, 0 unchanged, 0 skipped"* ]]; then
  pass "the vCard imports"
else
  fail "importing $vcard_win"; show
fi
CURBSIDE_PASSPHRASE="$passphrase" cli search raman --json
if [ "$status" -eq 0 ] && [[ "$out" == *'"display_name": "Priya Raman"'* ]] &&
  [[ "$out" != *'"display_name": "Sam Lee"'* ]]; then
  pass "search finds the imported contact (and only that one)"
else
  fail "search raman"; show
fi
CURBSIDE_PASSPHRASE="$passphrase" cli search nobody-of-that-name --json
[ "$status" -eq 0 ] && [ "$out" = "[]" ] && pass "search for no one finds no one" || { fail "search for no one"; show; }

# 6. Time zones by their IANA names: Windows has no zone database, the
# program carries its own, and TZ names this computer's zone as on Linux.
TZ=Asia/Kolkata CURBSIDE_PASSPHRASE="$passphrase" cli events add --title "Grand rounds" --start 2026-03-29T09:00
if [ "$status" -eq 0 ] && [ "$out" = "Added event 1: Grand rounds, 29 Mar 2026 09:00 Asia/Kolkata" ]; then
  pass "a civil time is read in this computer's zone (TZ), by its IANA name"
else
  fail "events add in TZ=Asia/Kolkata"; show
fi

# 7. With the keyring on, the key kept in Credential Manager (Wine's own)
# reopens a book without any passphrase.
keyring_book="$work/keyring-book"
keyring_win=$(winpath "$keyring_book")
set +e
CURBSIDE_PASSPHRASE="$passphrase" "${run[@]}" "$exe" --data-dir "$keyring_win" contacts list --json >/dev/null 2>&1
env -u CURBSIDE_PASSPHRASE -u CURBSIDE_PASSPHRASE_FILE -u CURBSIDE_NO_KEYRING \
  "${run[@]}" "$exe" --data-dir "$keyring_win" contacts list --json </dev/null >"$work/out" 2>"$work/err"
status=$?
set -e
out=$(tr -d '\r' <"$work/out")
err=$(tr -d '\r' <"$work/err")
if [ "$status" -eq 0 ] && [ "$out" = "[]" ]; then
  pass "the key in Credential Manager reopens the book without a passphrase"
else
  fail "reopening from Credential Manager"; show
fi

if [ "$failures" -gt 0 ]; then
  echo "cli-smoke: $failures check(s) failed" >&2
  exit 1
fi
echo "cli-smoke: all checks passed"
