#!/usr/bin/env bash
# Starts tauri-driver on PORT (and WebKitWebDriver on PORT+1), waits until it
# answers, runs the command with TAURI_DRIVER_PORT set, then stops the driver.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
port=$1
shift
tauri-driver --port "$port" --native-port "$((port + 1))" >"$here/artifacts/tauri-driver-$port.log" 2>&1 &
driver=$!
trap 'kill $driver 2>/dev/null || true' EXIT
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
TAURI_DRIVER_PORT=$port "$@"
