package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func paths(r Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Path)
	}
	return out
}

func top(t *testing.T, ix *Index, q string, o Options) string {
	t.Helper()
	r := ix.Search(q, o)
	if len(r.Hits) == 0 {
		t.Fatalf("%q: no hits", q)
	}
	return r.Hits[0].Path
}

func TestIdentifierSpellingsMeet(t *testing.T) {
	ix := Build(fixtureDocs())
	for _, q := range []string{"getProfileAndToken", "get_profile_and_token", "GetProfileAndToken", "get profile and token", "sso.getProfileAndToken()"} {
		if got := top(t, ix, q, Options{}); got != "reference/sso/profile" {
			t.Errorf("%q: top = %s, want reference/sso/profile (all %v)", q, got, paths(ix.Search(q, Options{})))
		}
	}
}

func TestStemming(t *testing.T) {
	for _, set := range [][]string{{"deleted", "deleting", "delete", "deletes"}, {"users", "user"}, {"provisioning", "provision"}, {"policies", "policy"}} {
		want := stem(set[0])
		for _, w := range set[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q", w, got, set[0], want)
			}
		}
	}
}

func TestEventName(t *testing.T) {
	ix := Build(fixtureDocs())
	r := ix.Search("dsync.user.deleted", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "directory-sync" || r.Hits[0].Anchor != "events" {
		t.Fatalf("got %+v", r.Hits)
	}
}

func TestTypoGivesDidYouMean(t *testing.T) {
	ix := Build(fixtureDocs())
	r := ix.Search("directroy sync", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "directory-sync" {
		t.Fatalf("hits %v", paths(r))
	}
	if len(r.DidYouMean) != 1 || r.DidYouMean[0] != "directory sync" {
		t.Errorf("DidYouMean = %v", r.DidYouMean)
	}
	if r := ix.Search("directory sync", Options{}); r.DidYouMean != nil {
		t.Errorf("correct query got DidYouMean %v", r.DidYouMean)
	}
}

func TestSynonyms(t *testing.T) {
	ix := Build([]Doc{
		{Path: "a", Title: "Factors", Sections: []Section{{Markdown: "Enroll a second factor with MFA."}}},
		{Path: "b", Title: "Logins", Sections: []Section{{Markdown: "Turn on multi-factor checks for admins."}}},
		{Path: "c", Title: "Other", Sections: []Section{{Markdown: "Nothing about factors here, only keys."}}},
		{Path: "d", Title: "Providers", Sections: []Section{{Markdown: "Microsoft Entra ID (formerly Azure AD) is supported."}}},
	})
	for _, q := range []string{"mfa", "multi-factor", "multi factor", "MFA"} {
		got := paths(ix.Search(q, Options{}))
		if len(got) != 2 || !contains(got, "a") || !contains(got, "b") {
			t.Errorf("%q: %v, want a and b", q, got)
		}
	}
	for _, q := range []string{"azure ad", "entra"} {
		if got := paths(ix.Search(q, Options{})); len(got) != 1 || got[0] != "d" {
			t.Errorf("%q: %v", q, got)
		}
	}
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func TestPrefixOnLastTerm(t *testing.T) {
	ix := Build(fixtureDocs())
	r := ix.Search("provisio", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "directory-sync" {
		t.Fatalf("provisio: %v", paths(r))
	}
	// A space or punctuation after the word ends it: "…provisio?" is asked, not being typed.
	for _, q := range []string{"provisio ", "provisio?", "what about provisio."} {
		if r := ix.Search(q, Options{}); len(r.Hits) != 0 && r.Hits[0].Path == "directory-sync" && r.DidYouMean == nil {
			t.Errorf("%q: a finished word should not be prefix-expanded: %v", q, paths(r))
		}
	}
}

func TestStopWordsOnly(t *testing.T) {
	ix := Build(fixtureDocs())
	if r := ix.Search("the", Options{}); len(r.Hits) == 0 {
		t.Error("a query of only stop words should still answer")
	}
}

func TestNaturalQuestionPrefersGuide(t *testing.T) {
	ix := Build(fixtureDocs())
	r := ix.Search("how do I map identity provider groups to roles", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "authkit/organizations" || r.Hits[0].Anchor != "roles" {
		t.Fatalf("got %+v", r.Hits)
	}
}

func TestScopePagingTotal(t *testing.T) {
	ix := Build(fixtureDocs())
	all := ix.Search("users", Options{})
	if all.Total < 3 {
		t.Fatalf("total %d, hits %v", all.Total, paths(all))
	}
	scoped := ix.Search("users", Options{Scope: "/reference/"})
	for _, h := range scoped.Hits {
		if !strings.HasPrefix(h.Path, "reference/") {
			t.Errorf("scope leak: %s", h.Path)
		}
	}
	if scoped.Total >= all.Total {
		t.Errorf("scope did not narrow: %d vs %d", scoped.Total, all.Total)
	}
	p1 := ix.Search("users", Options{Limit: 1})
	p2 := ix.Search("users", Options{Limit: 1, Offset: 1})
	if len(p1.Hits) != 1 || len(p2.Hits) != 1 || p1.Hits[0].Path != all.Hits[0].Path || p2.Hits[0].Path != all.Hits[1].Path {
		t.Errorf("paging: %v %v vs %v", paths(p1), paths(p2), paths(all))
	}
	if r := ix.Search("users", Options{Offset: 99}); len(r.Hits) != 0 || r.Total != all.Total {
		t.Errorf("offset past end: %+v", r)
	}
}

func TestLangBoost(t *testing.T) {
	ix := Build(fixtureDocs())
	if got := top(t, ix, "list users", Options{Lang: "python"}); got != "reference/directory-sync/users-py" {
		t.Errorf("python: %s", got)
	}
	if got := top(t, ix, "listUsers", Options{Lang: "js"}); got != "reference/directory-sync/users" {
		t.Errorf("js: %s", got)
	}
}

func TestSnippetPlainWithMarks(t *testing.T) {
	ix := Build(fixtureDocs())
	r := ix.Search("guide login", Options{})
	if len(r.Hits) == 0 {
		t.Fatal("no hits")
	}
	h := r.Hits[0]
	if strings.Contains(h.Snippet, "http") || strings.Contains(h.Snippet, "](") {
		t.Errorf("snippet keeps link syntax: %q", h.Snippet)
	}
	if len(h.Marks) == 0 {
		t.Fatalf("no marks in %q", h.Snippet)
	}
	for _, m := range h.Marks {
		w := strings.ToLower(h.Snippet[m[0]:m[1]])
		if w != "guide" && w != "login" {
			t.Errorf("mark %v covers %q", m, w)
		}
	}
}

func TestSnippetWindowOnLongText(t *testing.T) {
	long := strings.Repeat("filler words about nothing much. ", 40) + "The needle sits here. " + strings.Repeat("more filler text follows on. ", 40)
	ix := Build([]Doc{{Path: "p", Title: "P", Sections: []Section{{Markdown: long}}}})
	r := ix.Search("needle", Options{})
	if len(r.Hits) != 1 {
		t.Fatal(r)
	}
	h := r.Hits[0]
	if len(h.Snippet) > 2*snippetRadius+2*len("…") || !strings.HasPrefix(h.Snippet, "…") || !strings.HasSuffix(h.Snippet, "…") {
		t.Errorf("snippet %d bytes: %q", len(h.Snippet), h.Snippet)
	}
	if len(h.Marks) != 1 || h.Snippet[h.Marks[0][0]:h.Marks[0][1]] != "needle" {
		t.Errorf("marks %v in %q", h.Marks, h.Snippet)
	}
	if !utf8.ValidString(h.Snippet) {
		t.Error("invalid UTF-8")
	}
}

func TestHostileQueries(t *testing.T) {
	ix := Build(fixtureDocs())
	for _, q := range []string{"", "   ", strings.Repeat("sso ", 3000), "\x00\x01\x1b[31m", "\"unbalanced", "((((", "\xff\xfe", "a.b.c.d.e.f", "_", "-- --"} {
		r := ix.Search(q, Options{Limit: -5, Offset: -3})
		if r.Hits == nil {
			t.Errorf("%q: nil Hits", q)
		}
		_ = ix.GoTo(q, 0)
	}
	var nilIx *Index
	_ = nilIx.Search("x", Options{})
}

func TestEmptyIndex(t *testing.T) {
	ix := Build(nil)
	if r := ix.Search("sso", Options{}); len(r.Hits) != 0 {
		t.Error(r)
	}
	if m := ix.GoTo("sso", 5); len(m) != 0 {
		t.Error(m)
	}
}

// A page is found by what other pages call it when linking to it.
func TestLinkTextIsSearched(t *testing.T) {
	ix := Build([]Doc{
		{Path: "authkit/jit", Title: "JIT provisioning", Sections: []Section{{Markdown: "Members join when they sign in."}},
			LinkText: []string{"add users to organizations automatically"}},
		{Path: "authkit/orgs", Title: "Organizations", Sections: []Section{{Markdown: "Organizations hold users."}}},
	})
	if got := top(t, ix, "add users automatically", Options{}); got != "authkit/jit" {
		t.Errorf("top %s, want the page others link to as adding users automatically", got)
	}
}

// A conventional commit's type heading a pull request title is no topic.
func TestCommitPrefixDropped(t *testing.T) {
	for in, want := range map[string]string{
		"feat(auth): add the device grant": "add the device grant",
		"fix: refresh token rotation":      "refresh token rotation",
		"Chore(deps)!: bump the SDK":       "bump the SDK",
		"fix the login page":               "fix the login page",
		"docs:":                            "docs:",
		"Error: invalid_grant":             "Error: invalid_grant",
	} {
		if got := cleanQuery(in); got != want {
			t.Errorf("cleanQuery(%q) = %q, want %q", in, got, want)
		}
	}
	ix := Build([]Doc{{Path: "flat", Title: "Flat files", Sections: []Section{{Markdown: "Flat exports."}}}})
	if r := ix.Search("feat: flat exports", Options{}); len(r.DidYouMean) != 0 {
		t.Errorf("a commit type was corrected: %v", r.DidYouMean)
	}
}

// A question's filler ("something", "somehow") is no topic: it is not
// searched beside the words that are.
func TestFillerWordsAreNoTopic(t *testing.T) {
	ix := Build([]Doc{{Path: "a", Title: "Troubleshooting", Sections: []Section{
		{Markdown: "If something went wrong somehow, I am told to run the doctor command when a user is deleted."},
	}}})
	qy := ix.parse("I am wondering: is it possible for them to run something somehow when a user is deleted")
	for _, g := range qy.groups {
		if w := ix.vocab[g.alts[0].term]; w == stem("something") || w == stem("somehow") || w == stem("possible") || w == "am" {
			t.Errorf("filler word %q searched", w)
		}
	}
	if len(qy.groups) == 0 {
		t.Error("no words searched")
	}
}

// A parameter type named for its method (Go's GetTokenOpts) names that
// method's page, over a guide that shares its words; it is not indexed as
// text, so it does not reweigh the pages' other words.
func TestTypeNamesNameTheirPage(t *testing.T) {
	ix := Build([]Doc{
		{Path: "guides/tokens", Title: "Getting tokens with options", Sections: []Section{
			{Markdown: "Get a token, then pass options. Token options are read once, so get token options right."},
		}},
		{Path: "reference/widgets/get-token", Title: "Generate a widget token", Sections: []Section{
			{Markdown: "Creates a short-lived credential for a widget, limited to the scopes you list."},
		}, Symbols: []string{"widgets.GetToken()"}, SymbolLangs: []string{"go"},
			TypeNames: []string{"GetTokenOpts", "widgets.GetTokenOpts"}},
	})
	for _, q := range []string{"add scopes to GetTokenOpts", "widgets.GetTokenOpts is missing a field"} {
		if got := top(t, ix, q, Options{}); got != "reference/widgets/get-token" {
			t.Errorf("%q: top = %s (all %v)", q, got, paths(ix.Search(q, Options{})))
		}
	}
	if r := ix.Search("credential", Options{}); len(r.Hits) != 1 {
		t.Errorf("credential: %v", paths(r))
	}
}
