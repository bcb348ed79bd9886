package tui

import "testing"

func TestLRUEvictsOldestByBytes(t *testing.T) {
	c := newLRU(100)
	mk := func(path string, size int) *rendered { return &rendered{key: renderKey{path: path}, size: size} }
	c.put(mk("a", 40))
	c.put(mk("b", 40))
	c.get(renderKey{path: "a"}) // a is now the most recent
	c.put(mk("c", 40))          // over budget: b goes
	if _, ok := c.get(renderKey{path: "b"}); ok {
		t.Error("b should have been evicted")
	}
	for _, p := range []string{"a", "c"} {
		if _, ok := c.get(renderKey{path: p}); !ok {
			t.Errorf("%s evicted", p)
		}
	}
	c.put(mk("huge", 500)) // larger than the budget: kept alone
	if _, ok := c.get(renderKey{path: "huge"}); !ok || c.order.Len() != 1 || c.size != 500 {
		t.Errorf("huge entry: len %d size %d", c.order.Len(), c.size)
	}
}

func TestRewriteLinks(t *testing.T) {
	md := "See [SSO](/sso#start) and ![img](x.png).\n```\n[not](a link)\n```\n[ext](https://example.com) [top](#intro)"
	out, links := rewriteLinks(md, "https://workos.com/docs/get-started")
	want := "See SSO [1] and img.\n```\n[not](a link)\n```\next [2] top [3]"
	if out != want {
		t.Errorf("got %q", out)
	}
	urls := []string{"https://workos.com/docs/sso#start", "https://example.com", "https://workos.com/docs/get-started#intro"}
	if len(links) != len(urls) {
		t.Fatalf("links %+v", links)
	}
	for i, u := range urls {
		if links[i].URL != u {
			t.Errorf("link %d = %q, want %q", i+1, links[i].URL, u)
		}
	}
}

func TestIsDocsURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://workos.com/docs":              true,
		"https://workos.com/docs/sso#start":    true,
		"HTTPS://WorkOS.com/docs/events/dsync": true,
		"https://workos.com/docs?x=1":          true,
		"https://workos.com/docsearch":         false,
		"https://workos.com/changelog":         false,
		"https://example.com/docs/sso":         false,
		"javascript:alert(1)":                  false,
	} {
		if got := isDocsURL(u); got != want {
			t.Errorf("isDocsURL(%q) = %v, want %v", u, got, want)
		}
	}
}
