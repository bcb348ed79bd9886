package docs

import (
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"

	"strings"
	"testing"
)

func TestNormPath(t *testing.T) {
	for _, tc := range []struct{ in, want, anchor string }{
		{"sso/login-flows", "sso/login-flows", ""},
		{"/sso/login-flows", "sso/login-flows", ""},
		{"https://workos.com/docs/sso/login-flows", "sso/login-flows", ""},
		{"http://www.workos.com/docs/sso/login-flows/#Top", "sso/login-flows", "Top"},
		{"HTTPS://WorkOS.com/docs/SSO", "sso", ""},
		{"sso/login-flows.mdx", "sso/login-flows", ""},
		{"sso/_diagrams/flow.md", "sso/_diagrams/flow", ""},
		{"sso/index.mdx", "sso", ""},
		{"/docs/sso/", "sso", ""},
		{"sso/login-flows#pkce", "sso/login-flows", "pkce"},
		{"sso/login-flows?x=1#a", "sso/login-flows", "a"},
		{`sso\login-flows`, "sso/login-flows", ""},
		{"  sso  ", "sso", ""},
		{"", "", ""},
		{"/", "", ""},
		{"index", "index", ""}, // the root docs/index.mdx
		// Traversal cannot leave the key space: the result is a plain key.
		{"../../README", "readme", ""},
		{"/docs/../../etc/passwd", "etc/passwd", ""},
		{`..\..\secret`, "secret", ""},
		{"sso/../../../x", "x", ""},
		{"https://workos.com/docs/../../x", "x", ""},
	} {
		p, a := SplitAnchor(tc.in)
		if p != tc.want || a != tc.anchor {
			t.Errorf("SplitAnchor(%q) = %q, %q; want %q, %q", tc.in, p, a, tc.want, tc.anchor)
		}
		if NormPath(tc.in) != tc.want {
			t.Errorf("NormPath(%q) = %q", tc.in, NormPath(tc.in))
		}
		if strings.Contains(p, "..") || strings.HasPrefix(p, "/") {
			t.Errorf("NormPath(%q) = %q escapes", tc.in, p)
		}
	}
}

func TestPagePathOf(t *testing.T) {
	for in, want := range map[string]string{
		"sso/index.mdx":                    "sso",
		"sso/login-flows.mdx":              "sso/login-flows",
		"reference/sso/connection/get.mdx": "reference/sso/connection/get",
		"sso/_seq/diagram.md":              "sso/_seq/diagram",
		"index.mdx":                        "index",
		"Foo/Bar.mdx":                      "foo/bar", // keys are lower case, as NormPath makes them
		"reindex.mdx":                      "reindex",
	} {
		if got := pagePathOf(in); got != want {
			t.Errorf("pagePathOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHumanize(t *testing.T) {
	for in, want := range map[string]string{
		"login-flows": "Login Flows",
		"authkit-js":  "AuthKit JS",
		"_sequence":   "Sequence",
		"sdks":        "SDKs",
		"":            "Untitled",
		"élan-vital":  "Élan Vital",
	} {
		if got := humanize(in); got != want {
			t.Errorf("humanize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSuggest(t *testing.T) {
	c := loadFixture(t)
	for _, tc := range []struct {
		in    string
		first string // "" means no suggestion at all
	}{
		{"relay/retry", "relay/retries"},
		{"relay/sigining", "relay/signing"},
		{"/docs/relay/concpets", "relay/concepts"},
		{"integrations/acme", "integrations/acme-mail"},
		{"reference/hooks/hook/archive", "reference/hooks/hook"}, // nearest existing ancestor
		{"relay/overview", "relay"},
		{"no/such/page", ""},
		{"../../../etc/passwd", ""},
	} {
		got := c.Suggest(tc.in, 5)
		if tc.first == "" {
			if len(got) != 0 {
				t.Errorf("Suggest(%q) = %v, want none", tc.in, got)
			}
			continue
		}
		if len(got) == 0 || got[0] != tc.first {
			t.Errorf("Suggest(%q) = %v, want %q first", tc.in, got, tc.first)
		}
		for _, s := range got {
			if _, ok := c.Page(s); !ok {
				t.Errorf("Suggest(%q) proposes missing page %q", tc.in, s)
			}
		}
	}
	if got := c.Suggest("relay/x", 1); len(got) > 1 {
		t.Errorf("limit ignored: %v", got)
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"overview", "overveiw", 5, 1}, // a swap is one edit
		{"kitten", "sitting", 5, 3},
		{"", "abc", 5, 3},
		{"abc", "abc", 0, 0},
		{"abcdefgh", "zzzzzzzz", 2, 3}, // gives up past the limit
	} {
		if got := search.EditDistance(tc.a, tc.b, tc.limit); got != tc.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}
