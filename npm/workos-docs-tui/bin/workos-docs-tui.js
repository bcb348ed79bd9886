#!/usr/bin/env node
// Runs the workos-docs-tui binary from the platform package npm installed
// beside this one (an optionalDependency whose os/cpu match this machine), so
// nothing is downloaded at install time. Arguments and stdio go straight to
// the binary; its exit code (or the signal that ended it) becomes ours.
"use strict";

const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

// Platform packages are named after this package: <name>-<os>-<cpu>, so a
// rename (to a scope, say) is the "name" line of package.json alone.
const self = require("../package.json");
const platformPackage = `${self.name}-${process.platform}-${process.arch}`;
const exe = process.platform === "win32" ? "workos-docs-tui.exe" : "workos-docs-tui";

function binaryPath() {
  const override = process.env.WORKOS_DOCS_TUI_BINARY;
  if (override) return override;
  let dir;
  try {
    dir = path.dirname(require.resolve(`${platformPackage}/package.json`));
  } catch {
    const supported = Object.keys(self.optionalDependencies || {}).join(", ") || "none listed";
    process.stderr.write(
      `workos-docs-tui: no binary for ${process.platform}-${process.arch}: the package ` +
        `${platformPackage} is not installed (was npm run with --omit=optional or --no-optional?). ` +
        `Platform packages: ${supported}. Other ways in: a release archive, Homebrew, or ` +
        `go install; set WORKOS_DOCS_TUI_BINARY to use a binary you already have.\n`,
    );
    process.exit(1);
  }
  const bin = path.join(dir, "bin", exe);
  if (!fs.existsSync(bin)) {
    process.stderr.write(`workos-docs-tui: ${platformPackage} is installed but has no ${path.join("bin", exe)}\n`);
    process.exit(1);
  }
  return bin;
}

const child = spawn(binaryPath(), process.argv.slice(2), { stdio: "inherit" });

// Pass signals on. A terminal's Ctrl+C reaches the whole process group, so the
// binary may see SIGINT twice; it treats a repeat like the first.
const forwarded = ["SIGINT", "SIGTERM", "SIGHUP"];
const forward = (sig) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(sig);
};
for (const sig of forwarded) process.on(sig, forward);

child.on("error", (err) => {
  process.stderr.write(`workos-docs-tui: cannot run ${child.spawnfile}: ${err.message}\n`);
  process.exit(1);
});

child.on("exit", (code, signal) => {
  if (signal) {
    // Die of the same signal, so a shell or MCP client sees what happened.
    for (const sig of forwarded) process.removeListener(sig, forward);
    process.kill(process.pid, signal);
    // Where a process cannot re-raise a signal on itself, exit as a shell would.
    setTimeout(() => process.exit(128 + (os.constants.signals[signal] || 0)), 500);
    return;
  }
  process.exit(code === null ? 1 : code);
});
