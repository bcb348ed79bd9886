package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"", "sso", "getProfileAndToken", "GET /organizations/:id", "\"unbalanced", "dsync.user.deleted", "directroy", "a\x00b", "ÄÖÜ émigré", "__..--", strings.Repeat("x", 600),
		"withAuth error in Next.js", "@workos-inc/authkit-nextjs", "react router react", "how long do sessions last?", "HTTP 422 invalid_grant Exception",
		"workos.userManagement.x.y(", "what happens when a go sdk", "@/", "node node node"} {
		f.Add(s)
	}
	ix := Build(fixtureDocs())
	f.Fuzz(func(t *testing.T, q string) {
		r := ix.Search(q, Options{Limit: 3})
		if r.Hits == nil || len(r.Hits) > 3 || r.Total < len(r.Hits) {
			t.Fatalf("bad result %+v", r)
		}
		if r.Prefer != nil {
			for _, w := range r.Prefer.Words {
				if w == "" || !strings.Contains(cleanQuery(q), w) {
					t.Fatalf("preference word %q not in the query %q", w, q)
				}
			}
		}
		for _, h := range r.Hits {
			if !utf8.ValidString(h.Snippet) {
				t.Fatalf("invalid snippet %q", h.Snippet)
			}
			for _, m := range h.Marks {
				if m[0] < 0 || m[1] > len(h.Snippet) || m[0] >= m[1] {
					t.Fatalf("mark %v out of %q", m, h.Snippet)
				}
			}
		}
		for _, m := range ix.GoTo(q, 5) {
			n := utf8.RuneCountInString(m.Label)
			for _, p := range m.Positions {
				if p < 0 || p >= n {
					t.Fatalf("position %d out of %q", p, m.Label)
				}
			}
		}
		_ = tokenizeAll(q)
	})
}

func tokenizeAll(s string) int {
	n := 0
	tokenize(s, func(token) { n++ })
	return n
}
