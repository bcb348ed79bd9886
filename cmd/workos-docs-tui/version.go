package main

import "github.com/workos-docs-tui/workos-docs-tui/internal/buildinfo"

// version is what --version prints and MCP clients are told: the release
// stamp, else the module version and commit the Go toolchain recorded.
var version = buildinfo.Version()
