#!/usr/bin/env bash
# Measures what the running app costs while nothing happens: the real binary
# on a book with reminders due later (the scheduler asleep until then), its
# window hidden to the tray, in a D-Bus session with a real keyring and dunst.
# Prints the CPU time the app process (all its threads) used over a minute.
#
# Usage: tests/bench/idle-cpu.sh PATH/TO/curbside PATH/TO/curbside-cli [SECONDS]
set -euo pipefail
app=$(realpath "${1:?usage: idle-cpu.sh PATH/TO/curbside PATH/TO/curbside-cli [SECONDS]}")
cli=$(realpath "${2:?usage: idle-cpu.sh PATH/TO/curbside PATH/TO/curbside-cli [SECONDS]}")
seconds=${3:-60}
export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

display=120
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
export DISPLAY=":$display" APP="$app" CLI="$cli" SECONDS_IDLE="$seconds" WORK="$work"

dbus-run-session -- bash -c '
  set -euo pipefail
  export XDG_DATA_HOME="$WORK/xdg"
  echo -n curbside-idle | gnome-keyring-daemon --components=secrets --unlock --daemonize >/dev/null
  dunst >/dev/null 2>&1 &
  data="$WORK/data"
  "$CLI" --data-dir "$data" contacts add --name "Dr. Amara Okafor" --birthday "--12-24" >/dev/null 2>&1
  "$CLI" --data-dir "$data" cadence set --tag mentor --every 3mo >/dev/null
  "$APP" --data-dir "$data" --background >"$WORK/app.log" 2>&1 &
  pid=$!
  sleep 15   # start, unlock, first look
  ticks() { awk "{ print \$14 + \$15 }" "/proc/$pid/stat"; }
  before=$(ticks)
  sleep "$SECONDS_IDLE"
  after=$(ticks)
  hz=$(getconf CLK_TCK)
  awk -v t=$((after - before)) -v hz="$hz" -v s="$SECONDS_IDLE" \
    "BEGIN { printf \"idle CPU over %d s: %.2f s of CPU time (%.3f%% of one core)\n\", s, t / hz, 100 * t / hz / s }"
  kill "$pid"
'
