#!/usr/bin/env bash
# The official TypeScript SDK client against `workos-docs-tui --mcp`, over
# stdio and streamable HTTP (scripts/mcp-ts-smoke.mjs says what it checks).
# The SDK is installed from npm's configured registry into a temp folder;
# nothing is installed globally.
#
# Environment:
#   WORKOS_DOCS_DIR  corpus to serve (default: the small fixture in mcpbridge/testdata)
#   TS_SDK_VERSION   @modelcontextprotocol/sdk version (default 1.32.2)
#   BIN              a built workos-docs-tui (default: built here)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DOCS="${WORKOS_DOCS_DIR:-$PWD/mcpbridge/testdata/corpus}"
if [ -z "${BIN:-}" ]; then
	BIN="$WORK/workos-docs-tui"
	go build -o "$BIN" ./cmd/workos-docs-tui
fi
mkdir -p "$WORK/node"
cp scripts/mcp-ts-smoke.mjs "$WORK/node/"
(cd "$WORK/node" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error \
	"@modelcontextprotocol/sdk@${TS_SDK_VERSION:-1.32.2}" >/dev/null)
echo "TypeScript SDK $(node -p 'require("'"$WORK"'/node/node_modules/@modelcontextprotocol/sdk/package.json").version'), corpus $DOCS"
node "$WORK/node/mcp-ts-smoke.mjs" "$BIN" "$DOCS"
