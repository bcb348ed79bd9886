package docs

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/workos-docs-tui/workos-docs-tui/internal/termsafe"
	"go.yaml.in/yaml/v3"
)

// cleanText turns raw file bytes into the text every later stage sees: no BOM,
// LF line ends, valid UTF-8 (invalid bytes become U+FFFD) and no NUL bytes.
// The returned notes say what had to be repaired.
func cleanText(b []byte) (string, []string) {
	var notes []string
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(b, '\r') >= 0 {
		b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
		b = bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
	}
	if bytes.IndexByte(b, 0) >= 0 {
		b = bytes.ReplaceAll(b, []byte{0}, nil)
		notes = append(notes, "the file contains binary data; NUL bytes were dropped")
	}
	s := string(b)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		notes = append(notes, "the file is not valid UTF-8; invalid bytes are shown as \uFFFD")
	}
	if !termsafe.Safe(s) {
		s = termsafe.Clean(s)
		notes = append(notes, noteControls)
	}
	return s, notes
}

// splitFrontmatter separates a leading "---" … "---" block from the body.
// Without an opening fence the whole text is body. An opening fence with no
// closing one is reported and the whole text is kept as body, so nothing is lost.
func splitFrontmatter(s string) (front, body string, ok bool, note string) {
	first, rest, found := strings.Cut(s, "\n")
	if strings.TrimRight(first, " \t") != "---" {
		return "", s, false, ""
	}
	if !found {
		return "", "", false, "frontmatter has no closing ---"
	}
	for off := 0; off <= len(rest); {
		line, _, more := strings.Cut(rest[off:], "\n")
		if strings.TrimRight(line, " \t") == "---" {
			end := off + len(line)
			if more {
				end++
			}
			return rest[:off], rest[end:], true, ""
		}
		if !more {
			break
		}
		off += len(line) + 1
	}
	return "", s, false, "frontmatter has no closing ---"
}

// parseFront parses frontmatter YAML into its top mapping node. nil with no
// error for an empty block; an error when the YAML is malformed or not a mapping.
func parseFront(front string) (node *yaml.Node, err error) {
	if strings.TrimSpace(front) == "" {
		return nil, nil
	}
	if top, ok := fastYAML(front); ok {
		return top, nil
	}
	defer func() {
		// The YAML parser has panicked on hostile input in the past; a page
		// must never take the whole load down.
		if r := recover(); r != nil {
			node, err = nil, fmt.Errorf("frontmatter YAML: parser failure: %v", r)
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(front), &doc); err != nil {
		return nil, fmt.Errorf("frontmatter YAML: %s", oneLine(err.Error()))
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("frontmatter is not a mapping of keys")
	}
	return top, nil
}

// mapValue returns the value node for key in a mapping node, or nil.
func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return resolveAlias(m.Content[i+1])
		}
	}
	return nil
}

// deleteKey removes key from a mapping node (used for internal keys such as originalPath).
func deleteKey(m *yaml.Node, key string) {
	if m == nil || m.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content = append(m.Content[:i:i], m.Content[i+2:]...)
			return
		}
	}
}

func resolveAlias(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 8; i++ {
		n = n.Alias
	}
	return n
}

// scalarText is the text of a scalar node, trimmed; "" for anything else.
func scalarText(n *yaml.Node) string {
	n = resolveAlias(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// descriptionText reads a description that is usually a string. When it is a
// mapping (one page in 0.2.0 holds parameter texts there), a conventional key
// is preferred, else the first string found depth-first.
func descriptionText(n *yaml.Node) string {
	n = resolveAlias(n)
	if n == nil {
		return ""
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return scalarText(n)
	case yaml.MappingNode:
		for _, k := range []string{"self", "text", "summary", "description", "default"} {
			if s := scalarText(mapValue(n, k)); s != "" {
				return s
			}
		}
		budget := 1000
		return firstLeaf(n, 0, &budget)
	case yaml.SequenceNode:
		budget := 1000
		return firstLeaf(n, 0, &budget)
	}
	return ""
}

// firstLeaf finds the first non-empty scalar depth first; budget bounds the
// nodes visited, as aliases can make a tiny document a huge tree.
func firstLeaf(n *yaml.Node, depth int, budget *int) string {
	n = resolveAlias(n)
	if n == nil || depth > 8 || *budget <= 0 {
		return ""
	}
	*budget--
	switch n.Kind {
	case yaml.ScalarNode:
		return scalarText(n)
	case yaml.MappingNode:
		for i := 1; i < len(n.Content); i += 2 {
			if s := firstLeaf(n.Content[i], depth+1, budget); s != "" {
				return s
			}
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			if s := firstLeaf(c, depth+1, budget); s != "" {
				return s
			}
		}
	}
	return ""
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", "; ")
	if len(s) > 200 {
		cut := 200
		for cut > 0 && !utf8.RuneStart(s[cut]) { // never split a character
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
