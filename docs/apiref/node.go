package apiref

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxDepth bounds every walk over YAML and token chains: the frontmatter comes
// from files we do not control, and a hand-built node tree may even be cyclic.
const maxDepth = 24

// deref unwraps document nodes and follows aliases, giving up on alias chains
// that do not end (a cyclic tree built in memory rather than by the parser).
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && i < maxDepth; i++ {
		switch {
		case n.Kind == yaml.AliasNode:
			n = n.Alias
		case n.Kind == yaml.DocumentNode && len(n.Content) == 1:
			n = n.Content[0]
		default:
			return n
		}
	}
	if n != nil && (n.Kind == yaml.AliasNode || n.Kind == yaml.DocumentNode) {
		return nil
	}
	return n
}

// pairs calls fn for each key/value of a mapping node, in file order.
func pairs(n *yaml.Node, fn func(key string, val *yaml.Node)) {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := deref(n.Content[i])
		if k == nil || k.Kind != yaml.ScalarNode {
			continue
		}
		fn(k.Value, n.Content[i+1])
	}
}

// get is the value of key in a mapping node, or nil.
func get(n *yaml.Node, key string) *yaml.Node {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := deref(n.Content[i]); k != nil && k.Kind == yaml.ScalarNode && k.Value == key {
			return deref(n.Content[i+1])
		}
	}
	return nil
}

// scalar is the text of a scalar node; null and non-scalars give "".
func scalar(n *yaml.Node) string {
	n = deref(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

// str is the scalar text of key in a mapping, trimmed.
func str(n *yaml.Node, key string) string { return strings.TrimSpace(scalar(get(n, key))) }

// flag reads a boolean key leniently ("true", "True", "yes").
func flag(n *yaml.Node, key string) bool {
	switch strings.ToLower(str(n, key)) {
	case "true", "yes", "on":
		return true
	}
	return false
}

// kindName names a node's shape for notices.
func kindName(n *yaml.Node) string {
	n = deref(n)
	if n == nil {
		return "nothing"
	}
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "null"
		}
		return "a scalar"
	}
	return "an unknown node"
}

// fields is what reference elements and items may carry, read in one pass.
type fields struct {
	key, id, title, typ, url string
	optional                 bool
	desc                     *yaml.Node
	params, returns, props   *yaml.Node
}

func readFields(n *yaml.Node) fields {
	var f fields
	pairs(n, func(k string, v *yaml.Node) {
		switch k {
		case "key":
			f.key = strings.TrimSpace(scalar(v))
		case "id":
			f.id = strings.TrimSpace(scalar(v))
		case "title":
			f.title = strings.TrimSpace(scalar(v))
		case "type":
			f.typ = strings.TrimSpace(scalar(v))
		case "url":
			f.url = strings.TrimSpace(scalar(v))
		case "optional":
			switch strings.ToLower(strings.TrimSpace(scalar(v))) {
			case "true", "yes", "on":
				f.optional = true
			}
		case "description":
			f.desc = deref(v)
		case "parameters":
			f.params = deref(v)
		case "returns":
			f.returns = deref(v)
		case "properties":
			f.props = deref(v)
		}
	})
	return f
}
