package apiref

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// A tiny invented API (gizmos) in the corpus's frontmatter format: tokens that
// resolve in the same file, in another file, through ".self", through a shared
// definition on another page, case-insensitively, through an entry key, plus a
// cycle and a group without text.
var fixture = map[string]string{
	"reference": `
descriptions:
  go:
    context: Carries deadlines and cancellation.
    error: Nil on success.
reference:
  go:
    - key: ctx
      type: context.Context
      description: (go.context)
    - key: err
      type: error
      description: (go.error)
`,
	"reference/shared": `
descriptions:
  shade:
    lowercase: Finish of the paint, |matte| or |gloss|.
    titlecase: Finish of the paint, Matte or Gloss.
reference:
  curl:
    - key: shade
      optional: true
      type: string
      description: (shade.lowercase)
  go:
    - key: Shade
      optional: true
      type: gizmos.Shade
      description: (shade.titlecase)
`,
	"reference/gizmo": `
descriptions:
  gizmo:
    self: A gizmo that spins.
    id: Identifier of the gizmo.
    color:
      lowercase: >
        Paint color. Possible values:

        - ` + "`red`" + `

        - ` + "`blue`" + `
      titlecase: Paint color, Red or Blue.
    parts:
      count: How many parts it has.
    loop_a: (gizmo.loop_b)
    loop_b: (gizmo.loop_a)
    alias: (gizmo.id)
reference:
  curl:
    - key: gizmo
      id: gizmo
      url: /reference/gizmo
      title: gizmo
      properties:
        - key: id
          type: string
          description: (gizmo.id)
        - key: color
          type: enum
          optional: true
          description: (gizmo.color.lowercase)
        - key: parts
          type: object
          description: (gizmo.parts)
          properties:
            - key: count
              type: number
              description: (gizmo.parts.count)
        - key: spin
          type: number
          description: (gizmo.loop_a)
  js:
    - key: Gizmo
      id: gizmo
      url: /reference/gizmo
      title: interface Gizmo
      properties:
        - key: id
          type: string
          description: (gizmo.alias)
  go:
    - key: GizmoRecord
      id: gizmo
      url: /reference/gizmo
      title: gizmos.GizmoRecord
      properties:
        - key: ID
          type: string
          description: (GizmoRecord.id)
`,
	"reference/other": `
descriptions:
  gizmo:
    id: A different text that nearer definitions must win over.
`,
	"reference/gizmo/get": `
descriptions:
  get_gizmo:
    verbose: Include the parts list.
reference:
  curl:
    - key: get_gizmo
      id: get_gizmo
      url: /reference/gizmo/get
      title: /gizmos/:id
      type: GET
      parameters:
        - (gizmo.id)
        - key: verbose
          type: boolean
          optional: true
          description: (get_gizmo.verbose)
        - (shade)
      returns:
        - (gizmo)
  js:
    - key: getGizmo
      id: get_gizmo
      url: /reference/gizmo/get
      title: gizmos.getGizmo()
      parameters:
        - (Gizmo.id)
      returns:
        - (Gizmo)
  go:
    - key: GetGizmo
      id: get_gizmo
      url: /reference/gizmo/get
      title: gizmos.GetGizmo()
      parameters:
        - (ctx)
        - key: opts
          type: gizmos.GetGizmoOpts
          properties:
            - key: Gizmo
              type: string
              description: (GIZMO.ID)
            - key: Color
              type: gizmos.Color
              optional: true
              description: (gizmo.color.titlecase)
            - (Shade)
      returns:
        - (Gizmo)
        - (err)
`,
	"reference/gizmo/spin-up": `
reference:
  curl:
    - key: spin_up_gizmo
      id: spin_up_gizmo
      url: /reference/gizmo/spin-up
      title: /gizmos/:id/spin
      type: POST
      parameters:
        - (gizmo.id)
  python:
    - key: spin_up_gizmo
      id: spin_up_gizmo
      url: /reference/gizmo/spin-up
      title: gizmos.spin_up_gizmo()
      parameters:
        - key: gizmo_id
          type: str
          description: (gizmo.id)
`,
}

func sources(t testing.TB, files map[string]string) []Source {
	t.Helper()
	var out []Source
	for _, path := range sortedPaths(files) {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(files[path]), &doc); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, Source{Path: path, Front: &doc})
	}
	return out
}

func sortedPaths(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }

func build(t testing.TB) (*Set, []Notice) {
	t.Helper()
	return Build(sources(t, fixture))
}

func entry(t *testing.T, s *Set, id, lang string) Entry {
	t.Helper()
	for _, e := range s.Entries(id) {
		if e.Lang == lang {
			return e
		}
	}
	t.Fatalf("no %s entry %q", lang, id)
	return Entry{}
}

func TestResolution(t *testing.T) {
	s, notices := build(t)
	curl := entry(t, s, "get_gizmo", "curl")
	if curl.Verb != "GET" || curl.Title != "/gizmos/:id" || curl.Page != "reference/gizmo/get" {
		t.Errorf("curl entry %+v", curl)
	}
	js := entry(t, s, "get_gizmo", "js")
	goe := entry(t, s, "get_gizmo", "go")
	obj := entry(t, s, "gizmo", "curl")
	cases := []struct {
		what string
		got  Item
		want Item
	}{
		{"bare token, other file, typed from the curl object", curl.Parameters[0],
			Item{Name: "id", Type: "string", Description: "Identifier of the gizmo."}},
		{"same-file token", curl.Parameters[1],
			Item{Name: "verbose", Type: "boolean", Optional: true, Description: "Include the parts list."}},
		{"bare token naming a shared definition elsewhere", curl.Parameters[2],
			Item{Name: "shade", Type: "string", Optional: true, Description: "Finish of the paint, |matte| or |gloss|."}},
		{"bare object token: .self and Ref", curl.Returns[0],
			Item{Name: "gizmo", Type: "gizmo", Ref: "gizmo", Description: "A gizmo that spins."}},
		{"case differs from the descriptions key", js.Parameters[0],
			Item{Name: "id", Type: "string", Description: "Identifier of the gizmo."}},
		{"shared go definition on another page", goe.Parameters[0],
			Item{Name: "ctx", Type: "context.Context", Description: "Carries deadlines and cancellation."}},
		{"go object keyed differently: no Ref", goe.Returns[0],
			Item{Name: "Gizmo", Description: "A gizmo that spins."}},
		{"description that is itself a token", entry(t, s, "gizmo", "js").Properties[0],
			Item{Name: "id", Type: "string", Description: "Identifier of the gizmo."}},
		{"entry key head: GizmoRecord.id → gizmo.id", entry(t, s, "gizmo", "go").Properties[0],
			Item{Name: "ID", Type: "string", Description: "Identifier of the gizmo."}},
	}
	for _, c := range cases {
		if !sameItem(c.got, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.what, c.got, c.want)
		}
	}
	opts := goe.Parameters[1]
	if len(opts.Properties) != 3 || opts.Properties[0].Description != "Identifier of the gizmo." ||
		opts.Properties[1].Description != "Paint color, Red or Blue." ||
		opts.Properties[2].Type != "gizmos.Shade" {
		t.Errorf("go opts properties %+v", opts.Properties)
	}
	if !strings.HasPrefix(obj.Properties[1].Description, "Paint color. Possible values:") {
		t.Errorf("multi-level descriptions key: %q", obj.Properties[1].Description)
	}
	if got := obj.Properties[2].Properties[0].Description; got != "How many parts it has." {
		t.Errorf("three-level key: %q", got)
	}

	st := s.Stats()
	if st.Unresolved != 1 || st.Empty != 1 || st.Resolved+st.Unresolved != st.Tokens {
		t.Errorf("stats %+v: want exactly the cycle unresolved and one empty group", st)
	}
	if st.Entries != 8 || st.Pages != 3 {
		t.Errorf("stats %+v: want 8 entries on 3 pages", st)
	}
	var cycle bool
	for _, n := range notices {
		if strings.Contains(n.Message, "cycle") && n.Path == "reference/gizmo" {
			cycle = true
		} else {
			t.Errorf("unexpected notice %+v", n)
		}
	}
	if !cycle {
		t.Errorf("no notice for the token cycle: %v", notices)
	}
}

func sameItem(a, b Item) bool {
	return a.Name == b.Name && a.Type == b.Type && a.Optional == b.Optional &&
		a.Description == b.Description && a.Ref == b.Ref
}

func TestPageAndLanguages(t *testing.T) {
	s, _ := build(t)
	p := s.Page("reference/gizmo/get")
	if p == nil {
		t.Fatal("no page")
	}
	if got := strings.Join(p.Langs, ","); got != "curl,go,js" {
		t.Errorf("page langs %s: want the global order", got)
	}
	if got := strings.Join(p.IDs(), ","); got != "get_gizmo" {
		t.Errorf("ids %s", got)
	}
	if s.Page("reference") != nil {
		t.Error("a page with only shared definitions has no entries")
	}
	if got := strings.Join(s.Languages(), ","); got != "curl,go,js,python" {
		t.Errorf("languages %s: want curl, then by count, then by name", got)
	}
	var endpoint bool
	for _, sym := range s.Symbols() {
		if sym.Name == "GET /gizmos/:id" && sym.ID == "get_gizmo" && sym.Lang == "curl" && sym.Page == "reference/gizmo/get" {
			endpoint = true
		}
	}
	if !endpoint {
		t.Error("no endpoint symbol")
	}
}

func TestRenderAllLanguages(t *testing.T) {
	s, _ := build(t)
	md := s.Render("get_gizmo", "")
	for _, want := range []string{
		"**`GET /gizmos/:id`**",
		"- js: `gizmos.getGizmo(id)`",
		"- go: `gizmos.GetGizmo(ctx, opts)`",
		"**Parameters (curl)**",
		"| `verbose` | `boolean` | no | Include the parts list. |",
		`Finish of the paint, \|matte\| or \|gloss\|.`,
		"**Returns (curl)**",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("missing %q in\n%s", want, md)
		}
	}
	assertClean(t, md)
	if s.Render("no_such_id", "") != "" {
		t.Error("unknown id renders")
	}
}

func TestRenderLanguage(t *testing.T) {
	s, _ := build(t)
	md := s.Render("get_gizmo", "golang")
	for _, want := range []string{
		"```go\ngizmos.GetGizmo(ctx, opts)\n```",
		"| `ctx` | `context.Context` | yes | Carries deadlines and cancellation. |",
		"| `opts.Color` | `gizmos.Color` | no | Paint color, Red or Blue. |",
		"| `err` | `error` | yes | Nil on success. |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("missing %q in\n%s", want, md)
		}
	}
	assertClean(t, md)

	obj := s.Render("gizmo", "curl")
	if !strings.Contains(obj, "Paint color. Possible values: `red`, `blue`") || !strings.Contains(obj, "`parts.count`") {
		t.Errorf("object rendering:\n%s", obj)
	}
	assertClean(t, obj)

	fb := s.Render("get_gizmo", "ruby")
	if !strings.HasPrefix(fb, "_No ruby version") || !strings.Contains(fb, "GET /gizmos/:id") {
		t.Errorf("fallback rendering:\n%s", fb)
	}
}

// assertClean checks that rendered Markdown shows no raw tokens or YAML and
// that every table row has the header's column count.
func assertClean(t *testing.T, md string) {
	t.Helper()
	if bad := rawToken.FindString(md); bad != "" {
		t.Errorf("raw token %q in\n%s", bad, md)
	}
	for _, bad := range []string{"key:", "description:"} {
		if strings.Contains(md, bad) {
			t.Errorf("raw %q in\n%s", bad, md)
		}
	}
	for line := range strings.SplitSeq(md, "\n") {
		if strings.HasPrefix(line, "|") {
			if n := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|"); n != 5 {
				t.Errorf("row with %d pipes: %s", n, line)
			}
		}
	}
}

// rawToken matches a token left in a table cell or a code span.
var rawToken = regexp.MustCompile("(\\| |`)\\([A-Za-z_$][A-Za-z0-9_.$-]*\\)( \\||`)")

func TestCellAndCode(t *testing.T) {
	for in, want := range map[string]string{
		"a | b":              "`a \\| b`",
		"x`y":                "``x`y``",
		"`edge":              "`` `edge ``",
		"  many \n  spaces ": "`many spaces`",
		"":                   "",
	} {
		if got := code(in); got != want {
			t.Errorf("code(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cell("One.\n\nTwo | three:\n\n- `a`\n- `b`\n\nAfter."); got != "One. Two \\| three: `a`, `b`. After." {
		t.Errorf("cell = %q", got)
	}
}

func TestLookup(t *testing.T) {
	s, _ := build(t)
	for _, c := range []struct{ q, id, lang string }{
		{"get_gizmo", "get_gizmo", ""},
		{"getGizmo", "get_gizmo", "js"},
		{"GetGizmo", "get_gizmo", "go"},
		{"gizmos.getGizmo()", "get_gizmo", "js"},
		{"Gizmos.GetGizmo", "get_gizmo", "go"},
		{"get-gizmo", "get_gizmo", ""},
		{"GET /gizmos/:id", "get_gizmo", "curl"},
		{"GET /gizmos/{id}", "get_gizmo", "curl"},
		{"/gizmos/gz_123", "get_gizmo", "curl"},
		{"https://api.example.test/gizmos/gz_123?verbose=true", "get_gizmo", "curl"},
		{"POST /gizmos/gz_1/spin", "spin_up_gizmo", "curl"},
		{"spinUpGizmo", "spin_up_gizmo", ""},
		{"workos.gizmos.spin_up_gizmo", "spin_up_gizmo", "python"},
		{"GizmoRecord", "gizmo", "go"},
	} {
		got := s.Lookup(c.q)
		if len(got) == 0 || got[0].ID != c.id || (c.lang != "" && got[0].Lang != c.lang) {
			t.Errorf("Lookup(%q) = %v, want %s/%s first", c.q, brief(got), c.id, c.lang)
			continue
		}
		for i, e := range got {
			if e.ID != c.id && i < len(s.Entries(c.id)) {
				t.Errorf("Lookup(%q): entries of the best id are not grouped first: %v", c.q, brief(got))
				break
			}
		}
	}
	if got := s.Lookup("   "); got != nil {
		t.Errorf("blank lookup %v", brief(got))
	}
	if got := s.Lookup("frobnicate"); len(got) != 0 {
		t.Errorf("unrelated lookup %v", brief(got))
	}
}

func brief(es []Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID+"/"+e.Lang)
	}
	return out
}

func TestRenderOnPicksThePage(t *testing.T) {
	s, _ := Build(sources(t, map[string]string{
		"reference/a": "reference:\n  curl:\n    - {key: thing, id: thing, title: thing on a}\n",
		"reference/b": "reference:\n  curl:\n    - {key: thing, id: thing, title: thing on b}\n  js:\n    - {key: Thing, id: thing, title: interface Thing}\n",
	}))
	if got := s.Render("thing", ""); !strings.Contains(got, "thing on b") || strings.Contains(got, "thing on a") {
		t.Errorf("Render should use the page holding most entries:\n%s", got)
	}
	if got := s.RenderOn("reference/a", "thing", ""); !strings.Contains(got, "thing on a") {
		t.Errorf("RenderOn(a):\n%s", got)
	}
	if got := s.RenderOn("reference/zzz", "thing", "js"); !strings.Contains(got, "interface Thing") {
		t.Errorf("RenderOn falls back to Render:\n%s", got)
	}
	if len(s.Entries("thing")) != 3 {
		t.Errorf("Entries: %v", brief(s.Entries("thing")))
	}
}

func TestConcurrentReads(t *testing.T) {
	s, _ := build(t)
	done := make(chan bool)
	for range 4 {
		go func() {
			for _, sym := range s.Symbols() {
				_ = s.Render(sym.ID, sym.Lang)
				_ = s.Lookup(sym.Name)
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}
