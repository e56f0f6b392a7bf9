#!/usr/bin/env bash
# Inside a D-Bus session: starts an unlocked gnome-keyring (Secret Service)
# and dunst (notifications), then runs with-driver.sh with the arguments.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# A keyring of the test's own, never the user's login keyring.
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
echo -n curbside-e2e | gnome-keyring-daemon --components=secrets --unlock --daemonize >/dev/null
dunst >"$here/artifacts/dunst.log" 2>&1 &
exec bash "$here/with-driver.sh" "$@"
