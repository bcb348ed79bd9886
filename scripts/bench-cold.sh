#!/usr/bin/env bash
# Cold-start benchmark: `search`, `show` and `tree` as fresh processes, and
# MCP spawn → first answer, with the corpus snapshot and without it
# (WORKOS_DOCS_SNAPSHOT=off), beside a process that only prints --version.
#
#   1. hyperfine, all commands in one run: wall time, and every command as a
#      ratio of the --version process (the goal: cold search ≤ 3×).
#   2. /usr/bin/time -v over RUNS runs each: medians of wall, CPU (user+sys)
#      and peak RSS — CPU is the steadier figure on a shared, busy machine.
#   3. shared/bench/mcpbench: spawn → initialize, and the first tools/call.
#
# Environment:
#   WORKOS_DOCS_DIR  the corpus (required). It is copied: the snapshot is
#                    written beside the copy, never beside the original.
#   RUNS             runs per command (default 20)
#   BENCH_DIR        the shared bench folder (default: ../shared/bench from the
#                    repo); the MCP part is skipped when it is missing.
# Needs: go, hyperfine and /usr/bin/time (Debian packages hyperfine, time).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
RUNS="${RUNS:-20}"
BENCH_DIR="${BENCH_DIR:-$ROOT/../shared/bench}"
: "${WORKOS_DOCS_DIR:?set WORKOS_DOCS_DIR to a corpus}"
command -v hyperfine >/dev/null || { echo "hyperfine missing (apt-get install hyperfine)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing (apt-get install time)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
say() { printf '\n== %s\n' "$*" >&2; }

say "build"
go build -o "$WORK/w" ./cmd/workos-docs-tui
BIN="$WORK/w"
ORG=""
for d in "$WORKOS_DOCS_DIR" "$WORKOS_DOCS_DIR/organized" "$WORKOS_DOCS_DIR/.docs/organized" "$WORKOS_DOCS_DIR/package/.docs/organized"; do
	if [ -d "$d/docs" ]; then ORG="$d"; break; fi
done
[ -n "$ORG" ] || { echo "no corpus (docs/ folder) under $WORKOS_DOCS_DIR" >&2; exit 1; }
cp -a "$ORG" "$WORK/corpus"
rm -f "$WORK/corpus/.workos-docs-tui.snapshot"
export WORKOS_DOCS_DIR="$WORK/corpus"

say "write the snapshot (first start)"
/usr/bin/time -f "first start, writes the snapshot: %e s wall, %U+%S s CPU, %M KB peak RSS" "$BIN" search warmup >/dev/null
ls -l "$WORK/corpus/.workos-docs-tui.snapshot" | awk '{printf "snapshot: %.1f MB\n", $5/1e6}'

Q="reset a user password"
PAGE="sso"
declare -a NAMES CMDS
add() { NAMES+=("$1"); CMDS+=("$2"); }
add "version" "$BIN --version"
for v in snap off; do
	e="env WORKOS_DOCS_SNAPSHOT=$([ $v = off ] && echo off || echo on)"
	add "search/$v" "$e $BIN search --json \"$Q\""
	add "show/$v" "$e $BIN show --plain $PAGE"
	add "tree/$v" "$e $BIN tree"
done

say "hyperfine: wall time, $RUNS runs each"
args=()
for i in "${!NAMES[@]}"; do args+=(-n "${NAMES[$i]}" "${CMDS[$i]}"); done
hyperfine -N --style basic --warmup 2 --runs "$RUNS" --export-json "$WORK/hf.json" "${args[@]}" >/dev/null
python3 - "$WORK/hf.json" <<'PY'
import json, sys
rs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
base = rs["version"]["median"]
print(f"{'command':<14}{'median ms':>11}{'min ms':>9}{'× --version':>13}{'snapshot speed-up':>19}")
for name, r in rs.items():
    up = ""
    if name.endswith("/snap"):
        up = f"{rs[name.replace('/snap', '/off')]['median'] / r['median']:.1f}×"
    print(f"{name:<14}{r['median']*1e3:>11.1f}{r['min']*1e3:>9.1f}{r['median']/base:>13.2f}{up:>19}")
PY

say "/usr/bin/time: medians of $RUNS runs (wall, CPU user+sys, peak RSS)"
printf '%-14s%10s%10s%10s\n' command "wall ms" "CPU ms" "RSS MB"
for i in "${!NAMES[@]}"; do
	: >"$WORK/t"
	for _ in $(seq "$RUNS"); do
		eval "/usr/bin/time -f '%e %U %S %M' -a -o '$WORK/t' ${CMDS[$i]}" >/dev/null
	done
	python3 - "${NAMES[$i]}" "$WORK/t" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[2]) if l.strip() and l[0].isdigit()]
med = lambda xs: statistics.median(xs)
print(f"{sys.argv[1]:<14}{med([r[0] for r in rows])*1e3:>10.0f}{med([r[1]+r[2] for r in rows])*1e3:>10.0f}{med([r[3] for r in rows])/1024:>10.1f}")
PY
done

if [ -d "$BENCH_DIR/mcpbench" ]; then
	say "MCP: spawn → initialize and first tools/call (mcpbench, $RUNS sessions)"
	(cd "$BENCH_DIR/mcpbench" && go build -o "$WORK/mcpbench" .)
	for v in on off; do
		echo "-- snapshot $v"
		"$WORK/mcpbench" -server "env WORKOS_DOCS_SNAPSHOT=$v $BIN --mcp --docs $WORKOS_DOCS_DIR" \
			-queries "$BENCH_DIR/mcpbench/smoke.jsonl" -corpus "$WORKOS_DOCS_DIR/docs" -runs "$RUNS" \
			| grep -E 'session \(ms\)|spawn|first tools/call|server CPU|peak RSS' || true
	done
else
	say "no $BENCH_DIR/mcpbench: MCP part skipped (set BENCH_DIR)"
fi
