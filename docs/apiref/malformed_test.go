package apiref

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

var malformed = map[string]string{
	"reference/broken": `
descriptions: [1, 2]
reference:
  curl: not a list
  python: ~
  js:
    - 42
    - key: odd
      id: odd
      title: odd.thing()
      parameters: (nowhere.id)
      returns:
        - null
        - [1, 2]
        - key: deep
          description: {a: b}
        - plain words
        - key: nested
          properties: 7
  go:
    - key: NoID
      title: go.NoID()
    - {}
`,
	"reference/numbers": `
descriptions:
  7: (8)
  8: (7)
  n:
    1: one
reference:
  12:
    - key: 3
      id: 4
      title: 5
      parameters:
        - (n.1)
        - (7)
`,
	"reference/notmap": `reference: [a, b]`,
	"reference/scalar": `just text`,
}

func TestMalformedNeverPanics(t *testing.T) {
	srcs := sources(t, malformed)
	// Shapes the YAML parser never produces but a caller could.
	self := &yaml.Node{Kind: yaml.AliasNode}
	self.Alias = self
	srcs = append(srcs,
		Source{Path: "nil"},
		Source{Path: "alias-loop", Front: self},
		Source{Path: "empty-doc", Front: &yaml.Node{Kind: yaml.DocumentNode}},
		Source{Path: "odd-mapping", Front: &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{{Kind: yaml.ScalarNode, Value: "reference"}}}},
		Source{Path: "deep", Front: deepItems(200)},
	)
	s, notices := Build(srcs)
	if s == nil {
		t.Fatal("nil set")
	}
	joined := ""
	for _, n := range notices {
		joined += n.Path + ": " + n.Message + "\n"
	}
	for _, want := range []string{
		"reference/broken: descriptions is a list",
		"reference.curl is a scalar, not a list",
		"element that is a scalar",
		"where a list is expected",
		"unresolved token (nowhere.id)",
		"description is a mapping",
		`item "plain words" is plain text`,
		`entry "NoID" has no id`,
		"neither key nor id",
		"reference/notmap: reference is a list",
		"reference/scalar: frontmatter is a scalar",
		"reference/numbers: reference.12 4 parameters: token (7) is part of a cycle",
		"deep: reference.go deep parameters",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("no notice containing %q in\n%s", want, joined)
		}
	}
	odd := s.Entries("odd")
	if len(odd) != 1 || len(odd[0].Parameters) != 1 || odd[0].Parameters[0].Name != "id" {
		t.Errorf("odd entry %+v", odd)
	}
	num := s.Entries("4")
	if len(num) != 1 || num[0].Lang != "12" || num[0].Parameters[0].Description != "one" {
		t.Errorf("numeric keys: %+v", num)
	}
	// Rendering and lookup over the wreckage stay well-formed.
	for _, id := range []string{"odd", "4", "NoID"} {
		assertClean(t, s.Render(id, ""))
		assertClean(t, s.Render(id, "js"))
	}
	_ = s.Lookup("odd.thing")
	_ = s.Lookup("GET /")
}

// deepItems nests properties n levels deep under one go parameter.
func deepItems(n int) *yaml.Node {
	leaf := &yaml.Node{Kind: yaml.MappingNode}
	cur := leaf
	for range n {
		next := &yaml.Node{Kind: yaml.MappingNode}
		cur.Content = append(cur.Content, scalarNode("key"), scalarNode("k"), scalarNode("properties"),
			&yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{next}})
		cur = next
	}
	entry := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		scalarNode("key"), scalarNode("deep"), scalarNode("id"), scalarNode("deep"),
		scalarNode("parameters"), {Kind: yaml.SequenceNode, Content: []*yaml.Node{leaf}},
	}}
	return &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		scalarNode("reference"), {Kind: yaml.MappingNode, Content: []*yaml.Node{
			scalarNode("go"), {Kind: yaml.SequenceNode, Content: []*yaml.Node{entry}},
		}},
	}}
}

func scalarNode(v string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
}

func TestAliasBombIsBounded(t *testing.T) {
	// Each level refers to the previous one nine times: 9^8 items if walked
	// naively. The walk budget must cut it short with a notice.
	var b strings.Builder
	b.WriteString("reference:\n  go:\n    - key: bomb\n      id: bomb\n      parameters: &l0\n        - (x)\n")
	b.WriteString("      returns:\n")
	prev := "l0"
	for i := 1; i <= 8; i++ {
		name := "l" + string(rune('0'+i))
		b.WriteString("        - key: k\n          properties: &" + name + "\n")
		for range 9 {
			b.WriteString("            - {key: k, properties: *" + prev + "}\n")
		}
		prev = name
	}
	srcs := sources(t, map[string]string{"bomb": b.String()})
	_, notices := Build(srcs)
	found := false
	for _, n := range notices {
		found = found || strings.Contains(n.Message, "bomb: too large to expand")
	}
	if !found {
		t.Errorf("no budget notice among %d notices", len(notices))
	}
}

func FuzzBuild(f *testing.F) {
	for _, files := range []map[string]string{fixture, malformed} {
		for _, p := range sortedPaths(files) {
			f.Add(files[p], fixture["reference/gizmo"])
		}
	}
	f.Add("reference:\n  go:\n    - &a {key: a, id: a, parameters: [*a]}\n", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		var srcs []Source
		for i, text := range []string{a, b} {
			var doc yaml.Node
			if yaml.Unmarshal([]byte(text), &doc) != nil {
				continue
			}
			srcs = append(srcs, Source{Path: []string{"reference/a", "reference/b"}[i], Front: &doc})
		}
		s, _ := Build(srcs)
		st := s.Stats()
		if st.Resolved+st.Unresolved != st.Tokens || st.Empty > st.Resolved {
			t.Fatalf("inconsistent stats %+v", st)
		}
		for _, sym := range s.Symbols() {
			_ = s.Render(sym.ID, "")
			_ = s.Render(sym.ID, sym.Lang)
			for _, sm := range s.Samples("", sym.ID, sym.Lang) {
				if sm.Lang == "json" && !json.Valid([]byte(sm.Code)) {
					t.Fatalf("%s: generated JSON does not parse:\n%s", sym.ID, sm.Code)
				}
			}
			if len(s.Lookup(sym.Name)) == 0 {
				t.Fatalf("symbol %q finds nothing", sym.Name)
			}
		}
	})
}

func TestDescriptionsBombIsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("descriptions:\n  d0: &d0 {a: text, b: text}\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "  d%d: &d%d {a: *d%d, b: *d%d, c: *d%d, e: *d%d}\n", i, i, i-1, i-1, i-1, i-1)
	}
	good := "reference:\n  curl:\n    - {key: k, id: k, title: /k, type: GET, parameters: [(d0.a)]}\n"
	s, notices := Build(sources(t, map[string]string{"reference/bomb": b.String(), "reference/good": good}))
	found := false
	for _, n := range notices {
		found = found || strings.Contains(n.Message, "descriptions: too large to expand")
	}
	if !found {
		t.Errorf("no budget notice among %v", notices)
	}
	if e := s.Entries("k"); len(e) != 1 || e[0].Parameters[0].Description != "text" {
		t.Errorf("the entry after the bomb was starved: %+v", e)
	}
}
