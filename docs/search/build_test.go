package search

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// syntheticDocs grows the fixture into a few hundred pages of made-up text
// with the things analysis treats specially: identifiers in every spelling,
// synonym phrases, accents, acronyms, code fences, links and nested headings.
func syntheticDocs(n int) []Doc {
	r := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields(`the directory sync single sign on user management users organization
		getProfileAndToken get_profile_and_token HTTPServer dsync.user.deleted sign-in IT US admin café
		Résumé naïve paginate pagination installing installation theming verified multi factor azure ad
		log out webhooks webhook events token tokens redirect_uri org_123 GET /users/:id role based access`)
	text := func(k int) string {
		var b strings.Builder
		for i := range k {
			if i > 0 {
				b.WriteByte(" \n"[r.IntN(8)/7])
			}
			w := words[r.IntN(len(words))]
			switch r.IntN(12) {
			case 0:
				w = "[" + w + "](https://example.test/" + w + ")"
			case 1:
				w = "`" + w + "`"
			case 2:
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
		}
		return b.String()
	}
	docs := fixtureDocs()
	for p := len(docs); p < n; p++ {
		d := Doc{Path: fmt.Sprintf("area%d/page-%d", p%7, p), Title: text(1 + r.IntN(4)), Description: text(r.IntN(12)), Depth: r.IntN(4), Trail: text(r.IntN(3))}
		if p%3 == 0 {
			d.Path = "reference/" + d.Path
		}
		for range r.IntN(6) {
			d.Symbols = append(d.Symbols, words[r.IntN(len(words))]+"()")
			d.SymbolLangs = append(d.SymbolLangs, []string{"", "js", "python"}[r.IntN(3)])
		}
		for s := range r.IntN(7) {
			lvl := 2 + r.IntN(3)
			h := text(1 + r.IntN(3))
			md := text(r.IntN(80))
			if s%2 == 1 {
				md += "\n```js\nconst x = await workos." + words[r.IntN(len(words))] + "();\n```\n" + text(5)
			}
			d.Sections = append(d.Sections, Section{Level: lvl, Heading: h, Anchor: fmt.Sprint("s", s), Markdown: md})
		}
		docs = append(docs, d)
	}
	return docs
}

// The index must not depend on how pages were spread over workers: term ids,
// postings, spellings and go-to targets all come out as a one-worker build's.
func TestBuildSameForAnyWorkerCount(t *testing.T) {
	docs := syntheticDocs(400)
	want := buildWith(docs, 1)
	if len(want.vocab) < 50 || len(want.surfaces) == 0 || len(want.gotoItems) < len(docs) {
		t.Fatalf("synthetic corpus too poor to test with: %d terms, %d surfaces", len(want.vocab), len(want.surfaces))
	}
	for _, n := range []int{2, 3, 8} {
		for range 3 {
			if got := buildWith(docs, n); !reflect.DeepEqual(got, want) {
				t.Fatalf("%d workers: index differs from the one-worker build", n)
			}
		}
	}
}

func TestBuildEmpty(t *testing.T) {
	ix := Build(nil)
	if r := ix.Search("sso", Options{}); r.Total != 0 {
		t.Fatalf("empty index found %d pages", r.Total)
	}
}
