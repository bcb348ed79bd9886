#!/usr/bin/env bash
# Smoke test of the npm packages, as a user gets them, without a registry:
# builds them from a GoReleaser dist folder (scripts/build-npm.sh), packs the
# wrapper and this host's platform package, installs both from the tarballs
# into an empty folder with `npm install --offline`, then through the wrapper
# checks --version (the stamped version), exit codes, an MCP initialize over
# stdio (with a corpus, and with none and no registry reachable), and that
# SIGTERM reaches the binary.
#
#   scripts/npm-smoke.sh [DIST]     (default: dist; after a goreleaser snapshot)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
dist="${1:-dist}"
case "$dist" in /*) ;; *) dist="$root/$dist" ;; esac

scripts/build-npm.sh "$dist" >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
name="$(node -p 'require("./npm/workos-docs-tui/package.json").name')"
host="$(node -p 'process.platform + "-" + process.arch')"
version="$(node -p "require(process.argv[1]).version" "$dist/metadata.json")"
wrapper_dir="$dist/npm/${name//\//__}"
platform_dir="$dist/npm/${name//\//__}-$host"
[ -d "$platform_dir" ] || { echo "npm-smoke: no package for $host in $dist/npm" >&2; exit 1; }

# A private npm cache: nothing from the machine's cache, nothing fetched.
export npm_config_cache="$work/npm-cache" npm_config_update_notifier=false
mkdir -p "$work/tgz/wrapper" "$work/tgz/platform" "$work/app" "$work/empty"
(cd "$wrapper_dir" && npm pack --silent --pack-destination "$work/tgz/wrapper" >/dev/null)
(cd "$platform_dir" && npm pack --silent --pack-destination "$work/tgz/platform" >/dev/null)
ls -l "$work"/tgz/*/*.tgz | awk '{print "packed", $5, $NF}'
echo "[${SECONDS}s] packed"

cd "$work/app"
echo '{"name":"npm-smoke","private":true}' >package.json
npm install --offline --no-audit --no-fund --loglevel=error "$work"/tgz/wrapper/*.tgz "$work"/tgz/platform/*.tgz
echo "[${SECONDS}s] installed: $(ls node_modules | tr '\n' ' ')"

fail() { echo "npm-smoke: FAIL: $*" >&2; exit 1; }

out="$(npx --offline workos-docs-tui --version --docs "$work/empty")"
echo "npx workos-docs-tui --version: $out"
case "$out" in "v$version (commit "*) ;; *) fail "--version says '$out', want v$version (commit …)" ;; esac

set +e
npx --offline workos-docs-tui --no-such-flag 2>/dev/null
code=$?
set -e
[ "$code" = 2 ] || fail "a usage error exited $code through the wrapper, want 2"
echo "[${SECONDS}s] usage error exit code through the wrapper: $code"

# MCP over stdio through npx and the wrapper, then signals to the wrapper alone.
WORKOS_DOCS_REGISTRY="http://127.0.0.1:9/" FIXTURE="$root/docs/testdata/corpus" EMPTY="$work/empty" \
	node - <<'JS'
"use strict";
const t0 = Date.now();
const log = (s) => console.log(`[+${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
const { spawn } = require("node:child_process");
const fs = require("node:fs");

const init = {
  jsonrpc: "2.0", id: 1, method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "npm-smoke", version: "1" } },
};

// Starts cmd, sends initialize, resolves with the reply and the process.
function initialize(cmd, args, what) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"], shell: process.platform === "win32" });
    let out = "", err = "";
    const timer = setTimeout(() => { p.kill("SIGKILL"); reject(new Error(`${what}: no initialize reply in 60s; stderr: ${err}`)); }, 60000);
    p.stderr.on("data", (d) => { err += d; });
    p.stdout.on("data", (d) => {
      out += d;
      const nl = out.indexOf("\n");
      if (nl < 0) return;
      clearTimeout(timer);
      const msg = JSON.parse(out.slice(0, nl));
      if (msg.id !== 1 || !msg.result || !msg.result.serverInfo) { reject(new Error(`${what}: bad reply ${out.slice(0, nl)}`)); return; }
      resolve({ p, msg, stderr: () => err });
    });
    p.stdin.write(JSON.stringify(init) + "\n");
  });
}

function exited(p, what) {
  return new Promise((resolve, reject) => {
    if (p.exitCode !== null || p.signalCode !== null) { resolve({ code: p.exitCode, signal: p.signalCode }); return; }
    const timer = setTimeout(() => { p.kill("SIGKILL"); reject(new Error(`${what}: still running 30s later`)); }, 30000);
    p.on("exit", (code, signal) => { clearTimeout(timer); resolve({ code, signal }); });
  });
}

(async () => {
  // 1. With a corpus: initialize, then a tool call, then EOF ends the server.
  const a = await initialize("npx", ["--offline", "workos-docs-tui", "--mcp", "--docs", process.env.FIXTURE], "with a corpus");
  log(`initialize through npx: ${a.msg.result.serverInfo.name} ${a.msg.result.serverInfo.version}, protocol ${a.msg.result.protocolVersion}`);
  a.p.stdin.write(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }) + "\n");
  a.p.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" }) + "\n");
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("tools/list: no reply in 30s")), 30000);
    let buf = "";
    a.p.stdout.removeAllListeners("data");
    a.p.stdout.on("data", (d) => {
      buf += d;
      for (const line of buf.split("\n").slice(0, -1)) {
        const m = JSON.parse(line);
        if (m.id === 2) {
          clearTimeout(timer);
          const n = (m.result && m.result.tools || []).length;
          if (n === 0) reject(new Error(`tools/list: no tools: ${line}`));
          log(`tools/list through npx: ${n} tools`);
          resolve();
        }
      }
    });
  });
  a.p.stdin.end();
  const ea = await exited(a.p, "after EOF");
  if (ea.code !== 0) throw new Error(`server exited ${JSON.stringify(ea)} after EOF; stderr: ${a.stderr()}`);
  log("EOF on stdin: exit 0");

  // 2. No corpus and no registry reachable: initialize is still answered
  //    (the first sync runs beside the server and fails on its own).
  const b = await initialize("npx", ["--offline", "workos-docs-tui", "--mcp", "--docs", process.env.EMPTY], "without a corpus");
  log(`initialize with no corpus and no registry: answered (${b.msg.result.serverInfo.name})`);
  b.p.stdin.end();
  await exited(b.p, "no corpus, after EOF");
  log("no corpus: exited after EOF");

  // 3. SIGTERM to the wrapper reaches the binary (Linux: find it in /proc).
  if (process.platform === "linux") {
    const c = await initialize("node_modules/.bin/workos-docs-tui", ["--mcp", "--docs", process.env.FIXTURE], "signals");
    const kids = fs.readFileSync(`/proc/${c.p.pid}/task/${c.p.pid}/children`, "utf8").trim().split(/\s+/).map(Number);
    if (kids.length !== 1) throw new Error(`wrapper has children ${kids}`);
    c.p.kill("SIGTERM");
    const ec = await exited(c.p, "wrapper after SIGTERM");
    let alive = true;
    try { process.kill(kids[0], 0); } catch { alive = false; }
    if (alive) throw new Error(`binary ${kids[0]} still running after SIGTERM to the wrapper`);
    log(`SIGTERM to the wrapper: binary ended, wrapper exit ${JSON.stringify(ec)}`);
  }
})().catch((e) => { console.error(`npm-smoke: FAIL: ${e.message}`); process.exit(1); });
JS
# The wrapper passes on exit codes and deaths by signal of whatever it runs
# (WORKOS_DOCS_TUI_BINARY points it at a shell here), and says so plainly
# when the platform package is missing.
wrap=node_modules/.bin/workos-docs-tui
set +e
WORKOS_DOCS_TUI_BINARY=/bin/sh "$wrap" -c 'exit 7'
code=$?
WORKOS_DOCS_TUI_BINARY=/bin/sh "$wrap" -c 'kill -TERM $$'
sig=$?
set -e
[ "$code" = 7 ] || fail "exit 7 came through the wrapper as $code"
[ "$sig" = 143 ] || fail "a child killed by SIGTERM left the wrapper with status $sig, want 143 (SIGTERM)"
echo "[${SECONDS}s] through the wrapper: exit 7 -> $code, killed by SIGTERM -> status $sig"
platform_pkg="node_modules/${name}-$host"
mv "$platform_pkg" "$work/moved-away"
set +e
msg="$("$wrap" --version 2>&1)"
code=$?
set -e
mv "$work/moved-away" "$platform_pkg"
[ "$code" = 1 ] && case "$msg" in *"no binary for $host"*) true ;; *) false ;; esac ||
	fail "without the platform package: exit $code, '$msg'"
echo "[${SECONDS}s] without the platform package: exit 1, $msg"
echo "npm-smoke: ok"
