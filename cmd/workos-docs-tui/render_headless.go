//go:build headless

package main

import "io"

// The headless build (go build -tags headless) leaves out glamour and the
// explorer: their package initialisation (chroma's lexer and style registries,
// goldmark, bluemonday) costs about 45 ms of every process start, which an MCP
// server pays before it can answer initialize. show prints plain Markdown.

func renderTerminal(md string, _ io.Writer, _ string) (string, error) { return md, nil }

func showStyle(string) string { return "dark" }
