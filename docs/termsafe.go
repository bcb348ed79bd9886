package docs

import (
	"github.com/workos-docs-tui/workos-docs-tui/internal/termsafe"
	"go.yaml.in/yaml/v3"
)

// Corpus text comes from a package registry and is treated as hostile: every
// string the load produces (page text, frontmatter values, file names,
// changelog entries, manifest fields) passes through termsafe once, here at
// load, so no face (show, search, tree, the explorer and its window title,
// MCP) can hand an escape sequence to a terminal. The real corpus holds no
// control characters, so this changes nothing for it.

const noteControls = "the file contains terminal control characters or escape sequences; they were removed"

// cleanNode strips controls from every scalar of a YAML tree in place: YAML
// escapes ("\e", "\x1b", "\u009b") make control characters out of clean text.
// Aliases are not followed; the anchors they point to are cleaned where they
// stand in the tree, so each node is visited once.
func cleanNode(n *yaml.Node) bool {
	if n == nil {
		return false
	}
	changed := false
	if !termsafe.Safe(n.Value) {
		n.Value, changed = termsafe.Clean(n.Value), true
	}
	for _, c := range n.Content {
		if cleanNode(c) {
			changed = true
		}
	}
	return changed
}

// cleanChangelog strips controls from one feed entry.
func cleanChangelog(e *feedEntry) {
	e.Package = termsafe.Clean(e.Package)
	e.Version = termsafe.Clean(e.Version)
	e.Date = termsafe.Clean(e.Date)
	e.URL = termsafe.Clean(e.URL)
	for i, s := range e.Changes {
		e.Changes[i] = termsafe.Clean(s)
	}
}
