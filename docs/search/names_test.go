package search

import "testing"

// An area with an overview and subpages that talk about the area more than
// the overview does: BM25 alone ranks a subpage first.
func namedDocs() []Doc {
	noisy := "Sign in with SSO. SSO sessions last a day; SSO logout ends SSO sessions. SSO again."
	return []Doc{
		{Path: "sso/ux/sessions", Title: "SSO Sessions", Description: "SSO session lifetimes.", Depth: 1, Sections: []Section{{Markdown: noisy}}},
		{Path: "sso", Title: "Single Sign-On", Depth: 2, Sections: []Section{{Markdown: "Let people in with their company account."}}},
		{Path: "custom-domains/authkit", Title: "AuthKit Domain", Depth: 1, Sections: []Section{{Markdown: "Serve AuthKit from your domain. AuthKit AuthKit."}}},
		{Path: "widgets/user-management", Title: "User Management Widget", Depth: 2, Sections: []Section{{Markdown: "A user management widget for AuthKit users."}}},
		{Path: "authkit", Title: "AuthKit", Depth: 2, Sections: []Section{{Markdown: "Hosted sign in for your app."}}},
		{Path: "reference/users/get", Title: "Get a user", Depth: 3, Sections: []Section{{Markdown: "Get a user. Get one."}}},
		{Path: "reference/orgs/get", Title: "Get an organization", Depth: 3, Sections: []Section{{Markdown: "Get an organization."}}},
		{Path: "guides/steps", Title: "Steps", Sections: []Section{{Level: 2, Heading: "(C) Check the result", Anchor: "c", Markdown: "## (C) Check the result\n\nLook at it."}}},
		{Path: "guides/languages", Title: "Languages", Sections: []Section{{Markdown: "Calling the API from C and from Go."}}},
	}
}

func TestQueryNamingAPageRanksItFirst(t *testing.T) {
	ix := Build(namedDocs())
	for q, want := range map[string]string{
		"sso":             "sso",     // path
		"single sign-on":  "sso",     // title
		"SSO ":            "sso",     // case, trailing space
		"user management": "authkit", // synonym of the overview's path, shallower than the widget and the domain page
		"authkit":         "authkit", // last segment of two pages: the shallower wins
		"authkit domain":  "custom-domains/authkit",
	} {
		if got := top(t, ix, q, Options{}); got != want {
			t.Errorf("%q: top = %s, want %s (all %v)", q, got, want, paths(ix.Search(q, Options{})))
		}
	}
	// Without the name, BM25 prefers the subpage: the test above measures the rule.
	if got := top(t, ix, "sso sessions", Options{}); got != "sso/ux/sessions" {
		t.Errorf("sso sessions: top = %s", got)
	}
}

func TestNamedPageNeedsAUniqueShallowest(t *testing.T) {
	ix := Build(namedDocs())
	if p := ix.named("get"); p >= 0 {
		t.Errorf(`"get" names %s; two equally shallow pages share the name`, ix.docs[p].Path)
	}
	if qy := ix.parse("GET /users"); qy.named >= 0 {
		t.Errorf("an endpoint query names page %s", ix.docs[qy.named].Path)
	}
}

func TestNameKey(t *testing.T) {
	for _, c := range [][2]string{
		{"Single Sign-On", "sso"}, {"user-management", "authkit"}, {"The SSO", "sso"},
		{"(C) Check the result", "check result"}, {"Directory Sync", "dsync"},
	} {
		if got := nameKey(c[0]); got != c[1] {
			t.Errorf("nameKey(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestOneLetterWords(t *testing.T) {
	ix := Build(namedDocs())
	// Letters beside content words are noise: the list marker "(C)" must not match.
	if r := ix.Search("c languages", Options{}); len(r.Hits) != 1 || r.Hits[0].Path != "guides/languages" {
		t.Errorf("c languages: %v", paths(r))
	}
	// A run of letters is no query.
	if r := ix.Search("a b c d e f g h", Options{}); len(r.Hits) != 0 {
		t.Errorf("letters matched %v", paths(r))
	}
	// A lone letter still is.
	if r := ix.Search("c", Options{}); len(r.Hits) != 2 {
		t.Errorf("lone letter: %v", paths(r))
	}
}

// A docs link pasted into a question names its page, also when it is an older
// address of the page, while BM25 alone prefers the noisier subpage.
func TestDocsLinkInQueryNamesItsPage(t *testing.T) {
	docs := append(namedDocs(),
		Doc{Path: "reference/directory-sync/directory-user", Title: "Directory user", Depth: 3, Sections: []Section{{Markdown: "A person a directory provides. Sessions are not kept."}}},
		Doc{Path: "reference/directory-sync", Title: "Directory Sync API", Depth: 2, Sections: []Section{{Markdown: "Directories, users and groups."}}},
	)
	ix := Build(docs)
	for q, want := range map[string]string{
		"sso sessions end early, though https://workos.com/docs/sso says otherwise":                  "sso",
		"sso sessions: see https://www.workos.com/docs/user-management/ for the hosted page":         "authkit",
		"sso sessions per https://workos.com/docs/reference/directory-sync/user. Why?":               "reference/directory-sync/directory-user",
		"sso sessions per https://workos.com/docs/reference/directory-sync/gone-page-with-long-name": "reference/directory-sync",
		"sso sessions (https://workos.com/docs/no-such-area)":                                        "sso/ux/sessions",
	} {
		if got := top(t, ix, q, Options{}); got != want {
			t.Errorf("%q: top = %s, want %s (all %v)", q, got, want, paths(ix.Search(q, Options{})))
		}
	}
}
