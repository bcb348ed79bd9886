#!/usr/bin/env bash
# Builds the npm packages from a GoReleaser dist folder:
#   dist/npm/<name>/             the wrapper (npm/workos-docs-tui with the version
#                                and optionalDependencies filled in)
#   dist/npm/<name>-<os>-<cpu>/  one per binary GoReleaser built, holding it
# <name> is the "name" in npm/workos-docs-tui/package.json: renaming the
# packages (to a scope, say) is that one line.
#
#   scripts/build-npm.sh [DIST]     (default: dist)
#
# Works after `goreleaser release --snapshot` (all targets) and after
# `goreleaser build --snapshot --single-target` (this host only). The wrapper
# always lists every supported platform, as the published one must.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist}"
[ -f "$dist/metadata.json" ] && [ -f "$dist/artifacts.json" ] || {
	echo "build-npm: $dist has no metadata.json/artifacts.json; run goreleaser first" >&2
	exit 1
}
rm -rf "$dist/npm"
mkdir -p "$dist/npm"

DIST="$dist" node - <<'JS'
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const dist = process.env.DIST;
const out = path.join(dist, "npm");
const wrapperSrc = path.join("npm", "workos-docs-tui");
const wrapper = JSON.parse(fs.readFileSync(path.join(wrapperSrc, "package.json"), "utf8"));
const name = wrapper.name;
const version = JSON.parse(fs.readFileSync(path.join(dist, "metadata.json"), "utf8")).version;

// GoReleaser's GOOS/GOARCH → Node's process.platform/process.arch.
const platforms = {
  "linux/amd64": ["linux", "x64"],
  "linux/arm64": ["linux", "arm64"],
  "darwin/amd64": ["darwin", "x64"],
  "darwin/arm64": ["darwin", "arm64"],
  "windows/amd64": ["win32", "x64"],
  "windows/arm64": ["win32", "arm64"],
};

const built = JSON.parse(fs.readFileSync(path.join(dist, "artifacts.json"), "utf8"))
  .filter((a) => a.type === "Binary" && a.extra && a.extra.ID === "workos-docs-tui");
if (built.length === 0) throw new Error(`build-npm: no workos-docs-tui binaries in ${dist}/artifacts.json`);

const common = {
  version,
  license: wrapper.license,
  homepage: wrapper.homepage,
  repository: wrapper.repository,
};

for (const a of built) {
  const target = platforms[`${a.goos}/${a.goarch}`];
  if (!target) continue; // a target npm does not carry
  const [os, cpu] = target;
  const pkg = `${name}-${os}-${cpu}`;
  const dir = path.join(out, pkg.replace("/", "__"));
  const exe = os === "win32" ? "workos-docs-tui.exe" : "workos-docs-tui";
  fs.mkdirSync(path.join(dir, "bin"), { recursive: true });
  fs.copyFileSync(a.path, path.join(dir, "bin", exe));
  fs.chmodSync(path.join(dir, "bin", exe), 0o755);
  fs.copyFileSync("LICENSE", path.join(dir, "LICENSE"));
  fs.writeFileSync(
    path.join(dir, "README.md"),
    `# ${pkg}\n\nThe ${os}-${cpu} binary of \`${name}\`. ` +
      `Install \`${name}\`, not this package; npm picks the right one for your machine.\n`,
  );
  const manifest = {
    name: pkg,
    ...common,
    description: `The ${os}-${cpu} binary for ${name}`,
    os: [os],
    cpu: [cpu],
    files: ["bin/", "README.md", "LICENSE"],
    preferUnplugged: true,
  };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
  console.log(`${pkg}@${version}  ${dir}  (${a.path})`);
}

const wdir = path.join(out, name.replace("/", "__"));
fs.mkdirSync(path.join(wdir, "bin"), { recursive: true });
fs.copyFileSync(path.join(wrapperSrc, "bin", "workos-docs-tui.js"), path.join(wdir, "bin", "workos-docs-tui.js"));
fs.chmodSync(path.join(wdir, "bin", "workos-docs-tui.js"), 0o755);
fs.copyFileSync("README.md", path.join(wdir, "README.md"));
fs.copyFileSync("LICENSE", path.join(wdir, "LICENSE"));
const optional = {};
for (const [os, cpu] of Object.values(platforms)) optional[`${name}-${os}-${cpu}`] = version;
fs.writeFileSync(
  path.join(wdir, "package.json"),
  JSON.stringify({ ...wrapper, version, optionalDependencies: optional }, null, 2) + "\n",
);
console.log(`${name}@${version}  ${wdir}  (wrapper)`);
JS
