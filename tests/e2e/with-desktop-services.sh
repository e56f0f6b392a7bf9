#!/usr/bin/env bash
# Inside a D-Bus session: starts an unlocked gnome-keyring (Secret Service)
# and dunst (notifications), then runs with-driver.sh with the arguments.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
echo -n curbside-e2e | gnome-keyring-daemon --components=secrets --unlock --daemonize >/dev/null
dunst >"$here/artifacts/dunst.log" 2>&1 &
exec bash "$here/with-driver.sh" "$@"
