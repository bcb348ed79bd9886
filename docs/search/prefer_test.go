package search

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestFindStacks(t *testing.T) {
	cases := []struct {
		q     string
		words []string
		sdk   string
	}{
		{"withAuth error in Next.js", []string{"Next.js"}, "authkit-nextjs"},
		{"@workos-inc/authkit-nextjs session expired", []string{"@workos-inc/authkit-nextjs"}, "authkit-nextjs"},
		{"workos-python get profile", []string{"workos-python"}, "python"},
		{"node SDK list users", []string{"node"}, "node"},
		{"access token inside React Router action", []string{"React Router"}, "authkit-react-router"},
		{"signOut in Remix.", []string{"Remix"}, "authkit-remix"},
		{"Impersonation status for authkit-react?", []string{"authkit-react"}, "authkit-react"},
		{"directory sync user deleted", nil, ""},
		{"withAuth in an API route", []string{"API route"}, "authkit-nextjs"}, // Next.js's own words
		{"route handlers with the app router", []string{"route handlers", "app router"}, "authkit-nextjs"},
		// of two frontend SDKs the later is asked about; a backend beside one does not displace it
		{"returnTo in signOut works in authkit-nextjs, is it possible in Remix?", []string{"authkit-nextjs", "Remix"}, "authkit-remix"},
		{"Next.js with the node SDK", []string{"Next.js", "node"}, "authkit-nextjs"},
		{"Next.js app with React: get the user on the client", []string{"Next.js", "React"}, "authkit-nextjs"},
		{"moving from React to Remix", []string{"React", "Remix"}, "authkit-remix"},
		{"read the JWT from server or client components", []string{"client components"}, "authkit-nextjs"},
		{"Add Python SDK support: the python SDK gets tokens", []string{"Python"}, "python"}, // one name, said twice
		{"are there plans for React Native support?", nil, ""},                               // a platform of its own, not the React SDK
	}
	for _, c := range cases {
		var p Preference
		p.merge(c.q, findStacks(c.q))
		if !slices.Equal(p.Words, c.words) || p.SDK != c.sdk {
			t.Errorf("%q: words %q sdk %q, want %q %q", c.q, p.Words, p.SDK, c.words, c.sdk)
		}
	}
}

// hubDocs: a question asked in an SDK's terms, the guide that answers it,
// the API reference root (which lists the SDKs' helpers) and SDK pages.
func hubDocs() []Doc {
	return []Doc{
		{Path: "reference", Title: "Getting started", Depth: 0,
			Sections: []Section{{Markdown: "The API and the SDKs: Node, Python, Next.js. Helpers: withAuth, signOut, useAuth."}},
			Symbols:  []string{"withAuth()", "signOut()", "useAuth()"}, SymbolLangs: []string{"js", "js", "js"}},
		{Path: "sdks/authkit-nextjs", Title: "AuthKit Next.js", Depth: 1,
			Sections: []Section{{Markdown: "Install the Next.js SDK with npm."}}},
		{Path: "sdks/python", Title: "Python", Depth: 1,
			Sections: []Section{{Markdown: "Install the Python SDK with pip."}}},
		{Path: "authkit/sessions", Title: "Sessions", Depth: 1,
			Sections: []Section{
				{Markdown: "Sessions last until the refresh token expires."},
				{Level: 2, Heading: "Signing out", Anchor: "signing-out", Markdown: "Sign the user out and redirect them to the return URL you configured."},
			}},
		{Path: "authkit/middleware", Title: "Protect routes with middleware", Depth: 1,
			Sections: []Section{{Markdown: "The middleware must cover every route that calls withAuth; update its matcher."}}},
	}
}

func TestHubsWinOnlyWhenNamed(t *testing.T) {
	ix := Build(hubDocs())
	if got := top(t, ix, "signOut redirect return URL in Next.js", Options{}); got != "authkit/sessions" {
		t.Errorf("sign out question: top %s, want the guide over the reference root and the SDK page", got)
	}
	if got := top(t, ix, "withAuth route not covered by the middleware", Options{}); got != "authkit/middleware" {
		t.Errorf("withAuth question: top %s, want the guide, not the root that lists withAuth", got)
	}
	if got := top(t, ix, "getting started", Options{}); got != "reference" {
		t.Errorf("named root: top %s", got)
	}
	if got := top(t, ix, "install python sdk", Options{}); got != "sdks/python" {
		t.Errorf("named SDK page: top %s", got)
	}
}

// An SDK page that documents a helper (its README, with the helper declared
// as a symbol) stays first for a question naming the helper and the stack:
// the stack preference and the hub rule must not bury it.
func TestSDKPageKeepsItsHelpers(t *testing.T) {
	docs := hubDocs()
	docs[1].Sections = append(docs[1].Sections, Section{Level: 2, Heading: "withAuth", Anchor: "withauth",
		Markdown: "withAuth returns the user and the access token; pass ensureSignedIn to redirect signed-out users."})
	docs[1].Symbols, docs[1].SymbolLangs = []string{"withAuth()"}, []string{"js"}
	ix := Build(docs)
	for _, q := range []string{"withAuth ensureSignedIn", "withAuth ensureSignedIn in Next.js", "@workos-inc/authkit-nextjs withAuth access token"} {
		if got := top(t, ix, q, Options{}); got != "sdks/authkit-nextjs" {
			t.Errorf("%q: top %s, want the SDK page that documents withAuth", q, got)
		}
	}
}

// An SDK page that spells a rare name of the question (an option or an
// environment variable its README documents) is no hub for it, even when
// the question names no stack.
func TestSDKPageSpellingARareNameIsNoHub(t *testing.T) {
	docs := hubDocs()
	docs[1].Sections = append(docs[1].Sections, Section{Level: 2, Heading: "Session cookie", Anchor: "session-cookie",
		Markdown: "Pass cookieName to rename it; any name is allowed."})
	docs[3].Sections = append(docs[3].Sections, Section{Level: 2, Heading: "The session cookie", Anchor: "cookie",
		Markdown: "Sessions live in a session cookie; we allow setting the cookie name and domain."})
	ix := Build(docs)
	if got := top(t, ix, "allow customizing the cookieName of the sessions cookie", Options{}); got != "sdks/authkit-nextjs" {
		t.Errorf("top %s, want the SDK page that documents cookieName", got)
	}
}

func TestStackWordsAreNotTopic(t *testing.T) {
	ix := Build(hubDocs())
	r := ix.Search("how long do sessions last in Next.js", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "authkit/sessions" {
		t.Fatalf("hits %v", paths(r))
	}
	if r.Prefer == nil || r.Prefer.Frontend != "nextjs" || r.Prefer.Lang != "js" || r.Prefer.SDK != "authkit-nextjs" {
		t.Fatalf("prefer %+v", r.Prefer)
	}
	b, err := json.Marshal(r)
	if err != nil || !strings.Contains(string(b), `"prefer":{"frontend":"nextjs"`) {
		t.Errorf("json %s %v", b, err)
	}
	// A query that is only a stack name is about it: no preference.
	for _, q := range []string{"next.js", "python sdk", "go live"} {
		if r := ix.Search(q, Options{}); r.Prefer != nil {
			t.Errorf("%q: prefer %+v, want none", q, r.Prefer)
		}
	}
}

func TestErrorFrameWords(t *testing.T) {
	ix := Build([]Doc{
		{Path: "errors", Title: "Errors", Sections: []Section{{Markdown: "A 400 error or exception response."}}},
		{Path: "sso/consent", Title: "Consent", Sections: []Section{{Markdown: "The callback carries access_denied when the person refuses consent."}}},
	})
	minor := func(q, term string) bool {
		qy := ix.parse(q)
		for _, g := range qy.groups {
			if ix.vocab[g.alts[0].term] == term {
				return g.minor
			}
		}
		t.Fatalf("%q: no group for %q", q, term)
		return false
	}
	if !minor("Error: access_denied when the person refuses consent", "error") {
		t.Error("Error: should frame the pasted error")
	}
	if !minor("HTTP 400 from the callback when the person refuses consent", "400") {
		t.Error("a status beside several words is frame")
	}
	if minor("400 callback", "400") {
		t.Error("a status with one other word is the question")
	}
	if !isCodeWord("invalid_grant") || isCodeWord("organization_id") || !isCodeWord("SignatureVerificationException") || isCodeWord("error") {
		t.Error("isCodeWord")
	}
}

func TestQueryKeysDropClientVariable(t *testing.T) {
	keys := queryKeys("every call to workos.userManagement.authenticateWithRefreshToken, fails")
	if !slices.Contains(keys, symbolKey("userManagement.authenticateWithRefreshToken()")) {
		t.Errorf("keys %q", keys)
	}
}

// Ruby's and PHP's qualified calls and Elixir's function/arity spelling
// reach the name the reference declares.
func TestQueryKeysOtherSDKSpellings(t *testing.T) {
	for q, decl := range map[string]string{
		"WorkOS::UserManagement.authenticate_with_code returns nil": "user_management.authenticate_with_code()",
		"$workos->userManagement->createUser fails":                 "$userManagement->createUser()",
		"WorkOS.UserManagement.list_users/1 ignores the filter":     "user_management.list_users()",
		"calling list_users/2 twice":                                "list_users",
	} {
		if keys := queryKeys(q); !slices.Contains(keys, symbolKey(decl)) {
			t.Errorf("%q: keys %q, want %q", q, keys, symbolKey(decl))
		}
	}
	for _, w := range []string{"issues/7", "v2/3", "list_users/", "a/b/1"} {
		if got := trimArity(w); got != w {
			t.Errorf("trimArity(%q) = %q", w, got)
		}
	}
}

func TestShapes(t *testing.T) {
	if !asksHowLong("How long are audit logs kept?") || asksHowLong("a long list") {
		t.Error("asksHowLong")
	}
	if !asksWhenHappens("what happens when a user is removed") || asksWhenHappens("whence") {
		t.Error("asksWhenHappens")
	}
	for q, want := range map[string]bool{
		"Allow for optional provider parameter in authorization URL": true,
		"feat: add the domains field to organizations":               true,
		"Add SSO to my app":                    false, // no API part
		"how do I pass the provider parameter": false, // a question, not a change request
	} {
		if got := asksForAPIChange(q); got != want {
			t.Errorf("asksForAPIChange(%q) = %v, want %v", q, got, want)
		}
	}
}

// A change request naming a parameter is answered by the method that takes
// it, not by the guide that shares its words.
func TestChangeRequestFindsTheMethod(t *testing.T) {
	ix := Build([]Doc{
		{Path: "integrations/google", Title: "Google OAuth", Depth: 1,
			Sections: []Section{{Markdown: "Set up Google as a provider; the authorization URL offers a Google button. The provider parameter is optional."}}},
		{Path: "reference/sso/authorize", Title: "Get an authorization URL", Depth: 3, Symbols: []string{"getAuthorizationUrl()"}, SymbolLangs: []string{"js"},
			Sections: []Section{{Markdown: "Builds the URL. Parameters: provider, organization, redirect_uri."}}},
	})
	if got := top(t, ix, "Allow for optional provider parameter in authorization URL", Options{}); got != "reference/sso/authorize" {
		t.Errorf("change request: top %s, want the method", got)
	}
}

// A pasted error matches the generic errors page by its frame (status,
// "failed"); the page about what failed answers it. A question about a
// status is still the errors page's.
func TestGenericErrorsPageOnlyForStatusQuestions(t *testing.T) {
	ix := Build([]Doc{
		{Path: "reference/errors", Title: "Errors", Sections: []Section{{Markdown: "The server returned an error code. 400 Bad request: the body failed to validate. 422 Unprocessable entity. 429 Too many requests."}}},
		{Path: "reference/rate-limits", Title: "Rate limits", Sections: []Section{{Markdown: "Rate limit exceeded: validating a code is limited to a few attempts per minute."}}},
	})
	if got := top(t, ix, "Failed to validate code. Server returned 400: Rate limit exceeded", Options{}); got != "reference/rate-limits" {
		t.Errorf("pasted error: top %s", got)
	}
	if got := top(t, ix, "what does the 422 status mean", Options{}); got != "reference/errors" {
		t.Errorf("status question: top %s", got)
	}
	if !ix.parse("Failed to validate code. Server returned 400: Rate limit exceeded").framed || ix.parse("what does the 422 status mean").framed {
		t.Error("framed: a pasted error is framed, a question about a status is not")
	}
	if !ix.frameTitle(0) || ix.frameTitle(1) {
		t.Error("frameTitle: only the page titled Errors")
	}
}

// A helper several SDK READMEs declare (signOut) names the concept when the
// query names no SDK: the guide about it leads; naming the SDK brings its
// page back.
func TestSharedHelperNamesTheConcept(t *testing.T) {
	docs := hubDocs()
	for _, p := range []string{"sdks/authkit-remix", "sdks/authkit-react"} {
		docs = append(docs, Doc{Path: p, Title: "AuthKit SDK " + p[len("sdks/authkit-"):], Depth: 1})
	}
	for i := range docs {
		if strings.HasPrefix(docs[i].Path, "sdks/authkit-") {
			docs[i].Sections = append(docs[i].Sections, Section{Level: 2, Heading: "signOut", Anchor: "signout",
				Markdown: "signOut ends the session and redirects to returnTo, or to the sign-out redirect you configured."})
			docs[i].Symbols = append(docs[i].Symbols, "signOut")
		}
	}
	ix := Build(docs)
	if got := top(t, ix, "signOut ignores returnTo and redirects to the configured URL", Options{}); got != "authkit/sessions" {
		t.Errorf("shared helper: top %s, want the sessions guide", got)
	}
	if got := top(t, ix, "signOut returnTo in Remix", Options{}); got != "sdks/authkit-remix" {
		t.Errorf("helper with its SDK named: top %s, want sdks/authkit-remix", got)
	}
}

// A helper name the docs use everywhere (accessToken, as a parameter of a
// dozen methods) does not make the README that documents it the answer.
func TestCommonNameIsNoHelperLookup(t *testing.T) {
	docs := []Doc{
		{Path: "sdks/authkit-react", Title: "AuthKit React", Depth: 1, Symbols: []string{"useAuth", "accessToken"},
			Sections: []Section{{Markdown: "Install the React SDK. `useAuth` returns the user and `accessToken`; the server can pass it to a client."}}},
		{Path: "authkit/sessions", Title: "Sessions", Depth: 1,
			Sections: []Section{{Markdown: "Pass the access token from the server to the client in a cookie; the client reads the accessToken from it."}}},
	}
	for i := range 14 {
		docs = append(docs, Doc{Path: fmt.Sprintf("reference/m%d", i), Title: fmt.Sprintf("Method %d", i), Depth: 3,
			Sections: []Section{{Markdown: fmt.Sprintf("Call method%d(accessToken) with the token.", i)}}})
	}
	ix := Build(docs)
	if got := top(t, ix, "pass the accessToken from server to client", Options{}); got != "authkit/sessions" {
		t.Errorf("top %s, want the guide, not the README declaring accessToken", got)
	}
	if got := top(t, ix, "useAuth returns no user", Options{}); got != "sdks/authkit-react" {
		t.Errorf("a rare helper: top %s, want its README", got)
	}
}

// "With this SDK" in a question that names no stack is context: the SDK
// pages (trail "SDKs") do not become the page about the question.
func TestSDKWordIsContext(t *testing.T) {
	ix := Build([]Doc{
		{Path: "sdks/acme-js", Title: "Acme JS", Trail: "SDKs", Depth: 1,
			Sections: []Section{{Markdown: "Install the SDK. The SDK can sign the user out and redirect them; see the guide for a return URL."}}},
		{Path: "authkit/sessions", Title: "Sessions", Depth: 1,
			Sections: []Section{{Markdown: "Sign the user out and redirect them to a return URL."}}},
	})
	if got := top(t, ix, "is it not possible to sign out and redirect to a return URL with this SDK?", Options{}); got != "authkit/sessions" {
		t.Errorf("top %s, want the guide", got)
	}
	if got := top(t, ix, "install the SDK", Options{}); got != "sdks/acme-js" {
		t.Errorf("a question about the SDK: top %s, want the SDK page", got)
	}
}

func TestStackSDK(t *testing.T) {
	for label, want := range map[string]string{
		"nextjs": "sdks/authkit-nextjs", "remix": "sdks/authkit-remix", "react": "sdks/authkit-react",
		"client-only": "sdks/authkit-js", "nodejs": "sdks/node", "python": "sdks/python", "php": "sdks/php",
		"": "", "cobol": "",
	} {
		if got := StackSDK(label); got != want {
			t.Errorf("StackSDK(%q) = %q, want %q", label, got, want)
		}
	}
}
