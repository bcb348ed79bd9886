#!/usr/bin/env bash
# HTTP load benchmark: 200 clients × 20 tool calls over loopback against
# `workos-docs-tui --mcp --http`, per binary given, alternating runs so a busy
# machine weighs on each alike. Reports calls/s, p50, p99, RSS and the GC
# count during the load (from GODEBUG=gctrace=1). Not a test: numbers only.
#
#   scripts/bench-http.sh [BIN ...]     (default: a binary built here)
# Environment: WORKOS_DOCS_DIR (required: the corpus), RUNS (default 3),
# CLIENTS (200), CALLS (20).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${WORKOS_DOCS_DIR:?set WORKOS_DOCS_DIR to a synced corpus}"
RUNS="${RUNS:-3}"
WORK="$(mktemp -d)"
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
go build -o "$WORK/mcpload" ./mcpbridge/mcpload/cmd/mcpload
BINS=("$@")
if [ ${#BINS[@]} -eq 0 ]; then
	go build -o "$WORK/workos-docs-tui" ./cmd/workos-docs-tui
	BINS=("$WORK/workos-docs-tui")
fi

one() { # BIN LABEL
	local bin="$1" log="$WORK/server.log"
	GODEBUG=gctrace=1 "$bin" --mcp --http 127.0.0.1:0 --docs "$WORKOS_DOCS_DIR" 2>"$log" &
	local pid=$!
	PIDS+=("$pid")
	local url=""
	for _ in $(seq 300); do
		url="$(grep -o 'http://[^ ]*/mcp' "$log" | head -1 || true)"
		if [ -n "$url" ] && grep -q 'corpus ready' "$log"; then break; fi
		sleep 0.1
	done
	[ -n "$url" ] || { echo "server did not start: $(cat "$log")" >&2; exit 1; }
	local gc0 gc1 out cpu0 cpu1
	cpu0="$(awk '{print $14+$15}' "/proc/$pid/stat")"
	gc0="$(grep -c '^gc ' "$log" || true)"
	out="$("$WORK/mcpload" -url "$url" -clients "${CLIENTS:-200}" -calls "${CALLS:-20}" -json)" || true
	gc1="$(grep -c '^gc ' "$log" || true)"
	cpu1="$(awk '{print $14+$15}' "/proc/$pid/stat")"
	local rss hwm
	rss="$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$pid/status")"
	hwm="$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$pid/status")"
	kill -INT "$pid"
	wait "$pid" 2>/dev/null || true
	echo "$out" | LABEL="$2" GC="$((gc1 - gc0))" TICKS="$((cpu1 - cpu0))" HZ="$(getconf CLK_TCK)" RSS="$rss" HWM="$hwm" python3 -c '
import json, os, sys
r = json.load(sys.stdin)
cpu = int(os.environ["TICKS"]) * 1000.0 / int(os.environ["HZ"]) / max(r["calls"], 1)
print("%-10s %7.0f calls/s  p50 %6.1f ms  p99 %6.1f ms  errors %d  server CPU %.2f ms/call  GCs %4s  RSS %s MiB (peak %s)" % (
    os.environ["LABEL"], r["callsPerSecond"], r["p50ms"], r["p99ms"], r["errors"], cpu, os.environ["GC"], os.environ["RSS"], os.environ["HWM"]))'
}

for run in $(seq "$RUNS"); do
	i=0
	for b in "${BINS[@]}"; do
		one "$b" "bin$i#$run"
		i=$((i + 1))
	done
done
