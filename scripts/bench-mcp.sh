#!/usr/bin/env bash
# Side-by-side MCP benchmark: the reference server (@workos/mcp-docs-server) and
# `workos-docs-tui --mcp`, both measured by shared/bench/mcpbench on the same
# machine in one go (see shared/bench/README.md).
#
# Environment:
#   WORKOS_DOCS_DIR  corpus to use (default: a temp dir filled by our own `sync`)
#   BENCH_DIR        the shared bench folder (default: ../shared/bench from the repo)
#   REF_VERSION      reference package version (default 0.2.0)
#   RUNS             sessions per query set (default 5)
#   BENCH_OUT        keep mcpbench's JSON reports in this folder (default: not kept)
# The npm registry is whatever npm is configured with; this script names no host.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
BENCH_DIR="${BENCH_DIR:-$ROOT/../shared/bench}"
REF_VERSION="${REF_VERSION:-0.2.0}"
RUNS="${RUNS:-5}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

say() { printf '\n== %s\n' "$*" >&2; }

say "build workos-docs-tui and mcpbench"
go build -o "$WORK/workos-docs-tui" ./cmd/workos-docs-tui
(cd "$BENCH_DIR/mcpbench" && go build -o "$WORK/mcpbench" .)

if [ -z "${WORKOS_DOCS_DIR:-}" ]; then
	say "sync the corpus with the program itself"
	WORKOS_DOCS_DIR="$WORK/corpus"
	"$WORK/workos-docs-tui" sync --docs "$WORKOS_DOCS_DIR" >&2
fi
DOCS=""
for d in "$WORKOS_DOCS_DIR/docs" "$WORKOS_DOCS_DIR/organized/docs" "$WORKOS_DOCS_DIR/.docs/organized/docs" "$WORKOS_DOCS_DIR/package/.docs/organized/docs"; do
	if [ -d "$d" ]; then DOCS="$d"; break; fi
done
[ -n "$DOCS" ] || { echo "no docs/ folder under $WORKOS_DOCS_DIR" >&2; exit 1; }

say "fetch the reference server @workos/mcp-docs-server@$REF_VERSION (npm's configured registry)"
mkdir -p "$WORK/ref"
(cd "$WORK/ref" && npm pack "@workos/mcp-docs-server@$REF_VERSION" >/dev/null 2>&1 && tar xzf ./*.tgz \
	&& cd package && npm install --omit=dev --no-audit --no-fund >/dev/null 2>&1)

REF="node $WORK/ref/package/dist/index.js"
OURS="$WORK/workos-docs-tui --mcp --docs $WORKOS_DOCS_DIR"
status=0
for q in "$BENCH_DIR/sample-queries.jsonl" "$BENCH_DIR/mcpbench/fetch.jsonl"; do
	name="$(basename "$q" .jsonl)"
	for who in reference ours; do
		cmd="$REF"
		[ "$who" = ours ] && cmd="$OURS"
		say "$name — $who"
		"$WORK/mcpbench" -server "$cmd" -queries "$q" -corpus "$DOCS" -runs "$RUNS" \
			-json "$WORK/$name-$who.json" || status=$?
		if [ -n "${BENCH_OUT:-}" ]; then mkdir -p "$BENCH_OUT" && cp "$WORK/$name-$who.json" "$BENCH_OUT/"; fi
	done
done
exit "$status"
