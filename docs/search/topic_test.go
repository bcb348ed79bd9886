package search

import (
	"strings"
	"testing"
)

// topicDocs: a long tutorial where one section's prose holds every query
// word, and a short page whose title and description are the question.
func topicDocs() []Doc {
	filler := strings.Repeat("Copy the settings, run the importer and check the logs for errors. ", 8)
	return []Doc{
		{
			Path: "guides/acme", Title: "Move from Acme", Description: "Bring accounts over from Acme.", Depth: 1,
			Sections: []Section{
				{Markdown: filler},
				{Level: 2, Heading: "Accounts", Anchor: "accounts", Markdown: "## Accounts\n\n" + filler},
				{Level: 2, Heading: "Portal logins", Anchor: "portal-logins", Markdown: "## Portal logins\n\nCustomer admins configure logins in the self-serve portal. Once customer admins configure logins there, the self-serve portal keeps them. " + filler},
			},
		},
		{
			Path: "self-serve-portal", Title: "Self-serve portal", Description: "Where customer admins configure logins.", Depth: 1,
			Sections: []Section{{Markdown: "Create a link and send it to them; the page walks through each step."}},
		},
	}
}

func TestTopicPageBeatsTutorialParagraph(t *testing.T) {
	ix := Build(topicDocs())
	q := "customer admins configure logins in a self-serve portal"
	if got := top(t, ix, q, Options{}); got != "self-serve-portal" {
		t.Errorf("top %q, want the page whose topic is the question", got)
	}
	// The topic priors decide: without them (the topic bonus, and the
	// whole title found among the query's words) the tutorial's paragraph
	// wins, so this fixture keeps testing them.
	saved, savedContain := topicBonus, containBonus
	topicBonus, containBonus = 0, 0
	defer func() { topicBonus, containBonus = saved, savedContain }()
	if got := top(t, ix, q, Options{}); got != "guides/acme" {
		t.Fatalf("fixture no longer exercises the topic bonus (top %q without it)", got)
	}
}

// "IT" as in IT admin is a term; "it" the pronoun is a stop word.
func TestUpperCaseAcronymIsNotAStopWord(t *testing.T) {
	ix := Build([]Doc{
		{Path: "faq", Title: "Questions from IT teams", Sections: []Section{{Markdown: "What IT admins ask before approving an app."}}},
		{Path: "admins", Title: "Admin roles", Sections: []Section{{Markdown: "Give it to the admin who owns billing; it is theirs."}}},
	})
	if got := top(t, ix, "IT admin", Options{}); got != "faq" {
		t.Errorf("IT admin: top %q, want faq", got)
	}
	if got := top(t, ix, "it admin", Options{}); got != "admins" {
		t.Errorf("it admin: top %q, want admins (lower-case it is a stop word)", got)
	}
}

// Stemming must not turn content words into stop words: "theming" and
// "theme" meet each other, not "them".
func TestStemKeepsContentWordsOffStopWords(t *testing.T) {
	for _, w := range []string{"theme", "themes", "theming", "themed"} {
		if got := stem(w); stopWords[got] || got != stem("theme") {
			t.Errorf("stem(%q) = %q, want %q and no stop word", w, got, stem("theme"))
		}
	}
	if stem("installation") != stem("install") {
		t.Errorf("installation %q and install %q should meet", stem("installation"), stem("install"))
	}
}

// Product and vendor names written in their own mixed case (WorkOS, GitHub)
// are plain words, not API names: they do not make a question look like
// code, and their parts ("work", "os", "git", "hub") are not searched. An
// API type name spelled the same way still is one.
func TestBrandNamesAreNoAPINames(t *testing.T) {
	ix := Build([]Doc{
		{Path: "integrations/github", Title: "GitHub OAuth", Sections: []Section{{Markdown: "Sign in with GitHub."}}},
		{Path: "reference/membership", Title: "Organization membership", Symbols: []string{"OrganizationMembership"}, Sections: []Section{{Markdown: "An OrganizationMembership links a user to an organization. Work with it."}}},
		{Path: "guide", Title: "Memberships", Sections: []Section{{Markdown: "A user belongs to an organization. Users work in one."}}},
	})
	for q, code := range map[string]bool{
		"a disabled user still belongs to the WorkOS organization": false,
		"users who sign up via GitHub":                             false,
		"set up directory sync with WorkOS.":                       false, // the name ends the sentence
		// An object ID is code, and shortened before the name it must not shift the name's span.
		"user_01HXYZ2ABCDEFGHJKMNPQRSTVW    is gone from GitHub": true,
	} {
		qy := ix.parse(q)
		if qy.ident != code {
			t.Errorf("%q: reads as an API name = %v, want %v", q, qy.ident, code)
		}
		for _, g := range qy.groups {
			for _, a := range g.alts {
				if w := ix.vocab[a.term]; w == "work" || w == "hub" || w == "git" {
					t.Errorf("%q searches the name's part %q", q, w)
				}
			}
		}
	}
	if qy := ix.parse("roles on an OrganizationMembership"); !qy.ident {
		t.Error("an API type name no longer reads as one")
	}
	// Inside an identifier the name is one part: WorkOSMembership is WorkOS
	// (a stop word) and "membership", not "work", "os" and "membership".
	for _, g := range ix.parse("expose the WorkOSMembership type").groups {
		for _, a := range g.alts {
			if w := ix.vocab[a.term]; w == "work" || w == "os" {
				t.Errorf("WorkOSMembership searches the name's part %q", w)
			}
		}
	}
}

// Hyphenated English ("sign-in", "password-based") and a slash between words
// ("OTP / magic link") are prose; an API path ("/sso/token") and a
// snake_case name are code.
func TestProseIsNoAPIName(t *testing.T) {
	ix := Build([]Doc{{Path: "a", Title: "Sign-in", Sections: []Section{{Markdown: "A password-based sign-in, or OTP / magic link."}}}})
	for q, want := range map[string]bool{
		"password-based users never see the sign-in prompt": false,
		"users sign in via OTP / magic link only":           false,
		"POST /sso/token returns 400":                       true,
		"the sign_in hook":                                  true,
	} {
		if got := ix.parse(q).ident; got != want {
			t.Errorf("%q: reads as an API name = %v, want %v", q, got, want)
		}
	}
}
