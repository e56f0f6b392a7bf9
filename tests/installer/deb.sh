#!/usr/bin/env bash
# The Debian package as a user installs it: built by the Tauri bundler (the
# debug profile, so it reuses the build the tests made), unpacked into a
# temporary root as dpkg would install it, its desktop entry checked (opens
# .vcf and .ics files), and the installed binary started from there under
# its own Xvfb until its first window shows.
#
# Usage: tests/installer/deb.sh   (from a checkout whose UI is built)
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "-- building the .deb"
# The UI is built already (ui/dist); the bundler must not build it again.
ui/node_modules/.bin/tauri build --debug --bundles deb --features custom-protocol \
  --config '{"build":{"beforeBuildCommand":""}}'
deb=$(ls target/debug/bundle/deb/*.deb)

work=$(mktemp -d)
display=:97
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "-- installing $(basename "$deb") into a temporary root"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -f "$deb" Package Version Depends
binary="$work/root/usr/bin/curbside"
entry="$work/root/usr/share/applications/Curbside.desktop"
test -x "$binary" || { echo "the package holds no usr/bin/curbside"; exit 1; }
grep -qx 'Exec=curbside %F' "$entry" || { echo "the desktop entry does not start curbside with files"; exit 1; }
for type in text/vcard text/calendar; do
  grep -q "^MimeType=.*$type" "$entry" || { echo "the desktop entry does not open $type"; exit 1; }
done
test -s "$work/root/usr/share/icons/hicolor/128x128/apps/curbside.png" || { echo "no icon"; exit 1; }

echo "-- starting the installed app to its first window"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display "$binary" --data-dir "$work/book" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 120); do
  if DISPLAY=$display xdotool search --onlyvisible --name '^Curbside$' >/dev/null 2>&1; then
    echo "the installed app opened its window"
    exit 0
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "the installed app exited:"; cat "$work/app.log"; exit 1
  fi
  sleep 0.5
done
echo "the installed app showed no window within a minute:"; cat "$work/app.log"
exit 1
