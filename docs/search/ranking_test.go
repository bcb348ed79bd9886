package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestNounsMeetVerbs(t *testing.T) {
	for _, set := range [][]string{
		{"paginate", "pagination", "paginated"},
		{"authentication", "authenticate", "authenticated"},
		{"verification", "verify", "verified"},
		{"migration", "migrate", "migrating"},
		{"add", "added", "adding", "adds"}, // "add" keeps its double letter
		{"embed", "embedded", "embedding"},
		{"set", "setting"},
		{"cookie", "cookies"}, // not "cooky"
		{"policy", "policies"},
	} {
		want := stem(set[0])
		for _, w := range set[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, stem(%q) = %q", w, got, set[0], want)
			}
		}
	}
	// Short words and -ization nouns keep their ending.
	for _, pair := range [][2]string{{"nation", "nate"}, {"organization", "organize"}} {
		if stem(pair[0]) == stem(pair[1]) {
			t.Errorf("%s and %s should not meet", pair[0], pair[1])
		}
	}
}

func TestTypoOfNounFindsStem(t *testing.T) {
	ix := Build([]Doc{
		{Path: "guide", Title: "Impersonation", Sections: []Section{{Markdown: "Sign in as a customer to see what they see."}}},
		{Path: "other", Title: "Sessions", Sections: []Section{{Markdown: "An impersonator field names who signed in."}}},
	})
	r := ix.Search("impersonaton", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "guide" {
		t.Fatalf("hits %v", paths(r))
	}
}

func TestObjectIDs(t *testing.T) {
	for w, want := range map[string]bool{
		"org_123": true, "user_01HXYZ": true, "auth_challenge_9": true,
		"org_": false, "organization_id": false, "get_user": false, "_123": false, "Org_1": false,
	} {
		if got := isObjectID(w); got != want {
			t.Errorf("isObjectID(%q) = %v", w, got)
		}
	}
	if got := replaceObjectIDs("DELETE /organizations/org_123 now"); got != "DELETE /organizations/id now" {
		t.Errorf("replaceObjectIDs = %q", got)
	}
}

func TestSymbolKeysMeet(t *testing.T) {
	same := [][]string{
		{"GET /directory_users/:id", "get /directory_users/directory_user_01H", "GET /directory_users/{id}"},
		{"sso.getProfileAndToken()", "sso.get_profile_and_token", "sso.GetProfileAndToken(ctx, opts)"},
		{"$userManagement->getUser()", "userManagement.getUser"},
	}
	for _, set := range same {
		want := symbolKey(set[0])
		if want == "" {
			t.Fatalf("no key for %q", set[0])
		}
		for _, s := range set[1:] {
			if got := symbolKey(s); got != want {
				t.Errorf("symbolKey(%q) = %q, want %q", s, got, want)
			}
		}
	}
	if symbolKey("GET /directory_users") == symbolKey("GET /directory_users/:id") {
		t.Error("a list endpoint must not meet its get-by-id endpoint")
	}
	for _, s := range []string{"how do I", "a b", "GET userManagement.getUser()"} {
		if k := symbolKey(s); k != "" {
			t.Errorf("symbolKey(%q) = %q, want none", s, k)
		}
	}
}

func TestExactEndpointWins(t *testing.T) {
	ix := Build([]Doc{
		{Path: "reference/users/get", Title: "Get a user", Symbols: []string{"GET /users/:id"}, SymbolLangs: []string{"curl"},
			Sections: []Section{{Markdown: "Returns one user by id."}}},
		{Path: "reference/users/list", Title: "List users", Symbols: []string{"GET /users"}, SymbolLangs: []string{"curl"},
			Sections: []Section{{Markdown: "Returns users, with an id per user and a get parameter."}}},
		{Path: "guide", Title: "Users", Sections: []Section{{Markdown: "An example: user_123 belongs to org_123."}}},
	})
	if got := top(t, ix, "GET /users/user_123", Options{}); got != "reference/users/get" {
		t.Errorf("by id: %s", got)
	}
	if got := top(t, ix, "GET /users", Options{}); got != "reference/users/list" {
		t.Errorf("list: %s", got)
	}
}

func TestLangHint(t *testing.T) {
	ix := Build(fixtureDocs())
	qy := ix.parse("workos python list users")
	if qy.lang != "python" || !qy.ident {
		t.Errorf("lang %q ident %v", qy.lang, qy.ident)
	}
	if got := top(t, ix, "python list users", Options{}); got != "reference/directory-sync/users-py" {
		t.Errorf("python list users: %s", got)
	}
	for _, q := range []string{"python sdk", "python", "go live checklist"} {
		if l := ix.parse(q).lang; l != "" {
			t.Errorf("%q: lang %q, want none", q, l)
		}
	}
	if l := ix.parse("go sdk list users").lang; l != "go" {
		t.Errorf("go sdk: lang %q", l)
	}
}

func TestTrailIsSearched(t *testing.T) {
	ix := Build([]Doc{
		{Path: "x/one", Title: "Auth0", Trail: "Migrations", Sections: []Section{{Markdown: "Export users, then import them."}}},
		{Path: "y/two", Title: "Auth0", Trail: "Integrations", Sections: []Section{{Markdown: "Connect over SAML."}}},
	})
	r := ix.Search("auth0 migration", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "x/one" {
		t.Fatalf("hits %v", paths(r))
	}
	if !slices.Contains(paths(r), "y/two") {
		t.Errorf("the other page should still match: %v", paths(r))
	}
}

func TestNounFormUndoesNominal(t *testing.T) {
	for _, w := range []string{"pagination", "verification", "impersonation"} {
		if got := nounForm(nominal(w)); got != w {
			t.Errorf("nounForm(nominal(%q)) = %q", w, got)
		}
	}
}

// An everyday verb finds the API's own: "fetch" lists.
func TestEverydayVerbFindsAPIVerb(t *testing.T) {
	ix := Build([]Doc{
		{Path: "rbac/organization-roles", Title: "Organization roles", Depth: 1,
			Sections: []Section{{Markdown: "Organization roles are set up per organization in the dashboard, beside the default roles."}}},
		{Path: "reference/roles/organization-role/list", Title: "List organization roles", Depth: 3,
			Sections: []Section{{Markdown: "Returns every role an organization has. GET /organizations/:id/roles"}}},
	})
	r := ix.Search("is there a way to fetch the organization roles", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "reference/roles/organization-role/list" {
		t.Errorf("hits %v, want the list method first", paths(r))
	}
}

// "Getting" things in the plural lists them; getting one thing does not.
func TestGetBeforeAPluralLists(t *testing.T) {
	ix := Build([]Doc{
		{Path: "authkit/sessions", Title: "Sessions", Depth: 1,
			Sections: []Section{{Markdown: "Getting sessions right: a session lasts until the user signs out."}}},
		{Path: "reference/session/list", Title: "List sessions", Depth: 3,
			Sections: []Section{{Markdown: "Returns the sessions of a user. GET /users/:id/sessions"}}},
	})
	if got := top(t, ix, "add a method for getting sessions", Options{}); got != "reference/session/list" {
		t.Errorf("getting sessions: top %s, want the list method", got)
	}
	if qy := ix.parse("getting Sessions"); slices.ContainsFunc(qy.groups, func(g group) bool {
		return slices.ContainsFunc(g.alts, func(a alt) bool { return ix.vocab[a.term] == "list" })
	}) {
		t.Error("a capitalised name (a product's) after get reads as a plural to list")
	}
}

// An asker's word for the docs' own finds the page that uses the docs' word:
// "suspend" a member is the deactivate page, an "org picker" the switcher.
func TestAskerWordsMeetDocsWords(t *testing.T) {
	ix := Build([]Doc{
		{Path: "authkit/memberships", Title: "Memberships", Depth: 1,
			Sections: []Section{{Markdown: "A member can be deactivated and reactivated; a deactivated member keeps the membership but cannot sign in."}}},
		{Path: "authkit/members", Title: "Members of a team", Depth: 1,
			Sections: []Section{{Markdown: "Each member of a team has a role. Members who leave lose their role."}}},
		{Path: "widgets/switcher", Title: "Organization switcher", Depth: 1,
			Sections: []Section{{Markdown: "A component listing the organizations a user belongs to."}}},
		{Path: "widgets/profile", Title: "Profile component", Depth: 1,
			Sections: []Section{{Markdown: "A component showing the user's profile."}}},
	})
	for q, want := range map[string]string{
		"temporarily suspend a member": "authkit/memberships",
		"org picker component":         "widgets/switcher",
	} {
		if got := top(t, ix, q, Options{}); got != want {
			t.Errorf("%q: top %s, want %s", q, got, want)
		}
	}
}

// "From code instead of the dashboard" asks for the API method: the
// reference page is not penalised, and "dashboard" is no topic word.
func TestAPIIntentAsksForReference(t *testing.T) {
	ix := Build([]Doc{
		{Path: "authkit/organizations", Title: "Creating organizations", Depth: 1,
			Sections: []Section{{Markdown: "Create an organization for each customer and add its domains."}}},
		{Path: "reference/organization/create", Title: "Create an organization", Depth: 3,
			Symbols:  []string{"organizations.create()", "POST /organizations"},
			Sections: []Section{{Markdown: "Creates an organization. POST /organizations"}}},
	})
	for _, q := range []string{"create organizations from code instead of the dashboard", "create organizations programmatically"} {
		if got := top(t, ix, q, Options{}); got != "reference/organization/create" {
			t.Errorf("%q: top %s, want the API method", q, got)
		}
	}
	if got := top(t, ix, "how do I create organizations for customers", Options{}); got != "authkit/organizations" {
		t.Errorf("plain question: top %s, want the guide", got)
	}
	// A guide whose whole title the question says still yields to the method
	// when the question asks for code.
	ix = Build([]Doc{
		{Path: "authkit/roles", Title: "Roles and permissions", Depth: 1,
			Sections: []Section{{Markdown: "Create roles and permissions, then assign roles with permissions to members. Roles group permissions; create permissions first."}}},
		{Path: "reference/roles/create", Title: "Create a role", Depth: 3,
			Symbols:  []string{"roles.create()", "POST /roles"},
			Sections: []Section{{Markdown: "Creates a role with permissions."}}},
	})
	if got := top(t, ix, "How to create roles and permissions via the WorkOS SDK?", Options{}); got != "reference/roles/create" {
		t.Errorf("via the SDK: top %s, want the API method", got)
	}
}

func TestAPIIntentSpans(t *testing.T) {
	// Letters whose lower case has another length in bytes must not shift the ranges.
	q := "İİİİ rotate keys via the API"
	if sp := apiIntentSpans(q); len(sp) != 1 || q[sp[0][0]:sp[0][1]] != "via the API" {
		t.Errorf("%q: spans %v", q, sp)
	}
	for q, want := range map[string]int{
		"create orgs programmatically":            1,
		"Via the API, instead of the dashboard":   2,
		"incode review":                           0, // word boundaries
		"is there an api for this from code? yes": 1,
		"problems with the API key":               0, // not a phrase of intent
		"rotate it via the API key":               0, // a compound noun
		"keys—via the API":                        1, // an em dash is no letter
		"create roles via the WorkOS SDK?":        1,
	} {
		if got := len(apiIntentSpans(q)); got != want {
			t.Errorf("%q: %d spans, want %d", q, got, want)
		}
	}
}

// An endpoint typed from memory, without its prefix and in the singular,
// still names the page that declares it, not its sibling below the same path.
func TestEndpointTypedFromMemory(t *testing.T) {
	ix := Build([]Doc{
		{Path: "reference/roles/list", Title: "List roles", Depth: 3,
			Symbols:  []string{"GET /authorization/organizations/:id/roles"},
			Sections: []Section{{Markdown: "Every role of an organization."}}},
		{Path: "reference/roles/get", Title: "Get a role", Depth: 3,
			Symbols:  []string{"GET /authorization/organizations/:id/roles/:slug"},
			Sections: []Section{{Markdown: "One role of an organization, by its slug. Roles of an organization get a slug."}}},
	})
	for _, q := range []string{"Add GET /organization/:orgId/roles support", "/organizations/org_123/roles returns 404"} {
		if got := top(t, ix, q, Options{}); got != "reference/roles/list" {
			t.Errorf("%q: top %s, want the list endpoint", q, got)
		}
	}
}

func TestEndpointAliases(t *testing.T) {
	got := endpointAliases(symbolKey("GET /authorization/organizations/:id/roles"))
	want := []string{"/authorization/organization/:/role", "get /organization/:/role", "/organization/:/role"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("aliases %q, want %q", got, want)
	}
	if a := endpointAliases("listusers"); a != nil {
		t.Errorf("a method name has endpoint aliases: %q", a)
	}
}

// A migration or provider guide touches every topic; it counts fully only
// when the query names its product or asks about migrating.
func TestVendorPagesCountWhenNamed(t *testing.T) {
	docs := []Doc{
		{Path: "migrate/acme", Title: "Acme", Depth: 2, Trail: "Migrations",
			Sections: []Section{{Markdown: "Export users from Acme, then import them. Passkeys do not move; users enroll a passkey again."}}},
		{Path: "integrations/github-oauth", Title: "GitHub OAuth", Depth: 2,
			Sections: []Section{{Markdown: "Create a GitHub OAuth app. Users can then sign in with passkeys or GitHub."}}},
		{Path: "authkit/passkeys", Title: "Passkeys", Depth: 1,
			Sections: []Section{{Markdown: "Let users sign in with a passkey."}}},
		{Path: "integrations/next-auth", Title: "NextAuth", Depth: 2,
			Sections: []Section{{Markdown: "Add the NextAuth provider, then list the next endpoint."}}},
		{Path: "integrations/microsoft-ad-fs-saml", Title: "Microsoft AD FS SAML", Depth: 2,
			Sections: []Section{{Markdown: "Trust the relying party, then users sign in with passkeys. ADFS is on-premises."}}},
	}
	for i := range maxVendorDF {
		docs = append(docs, Doc{Path: fmt.Sprintf("guides/g%d", i), Title: fmt.Sprintf("Guide %d", i),
			Sections: []Section{{Markdown: "Read the next page of the list."}}})
	}
	ix := Build(docs)
	for _, c := range []struct {
		q      string
		page   int
		vendor bool
	}{
		{"users enroll a passkey again", 0, true},
		{"users enroll a passkey again", 1, true},
		{"users enroll a passkey again", 2, false}, // not a vendor page
		{"passkeys from Acme", 0, false},
		{"import passkeys when migrating", 0, false},
		{"import passkeys when migrating", 1, true}, // migrating names migrations, not providers
		{"sign in with github passkeys", 1, false},  // "GitHub" is one title word; the path spells it
		{"list endpoint next page", 3, true},        // "next" is on every page: no product name
		{"NextAuth passkeys", 3, false},
		{"ADFS passkeys", 4, false}, // two path parts joined name it
		{"passkeys", 4, true},
	} {
		qy := ix.parse(c.q)
		qy.termSets()
		if got := ix.vendorPage(qy, c.page); got != c.vendor {
			t.Errorf("%q on %s: vendor page %v, want %v", c.q, ix.docs[c.page].Path, got, c.vendor)
		}
	}
}

// A long question says its topic more than once; its other words are said
// in passing. The repeated word weighs more (BM25's query term frequency).
func TestRepeatedWordIsTheTopic(t *testing.T) {
	ix := Build([]Doc{
		{Path: "lanterns", Title: "Beacons", Sections: []Section{{Markdown: "Every lantern is lit at dusk."}}},
		{Path: "harbor", Title: "Harbor", Sections: []Section{{Markdown: "The ferry keeps a ledger."}}},
	})
	q := "Lantern support: light a lantern from code, since a lantern is like a ferry ledger"
	r := ix.Search(q, Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "lanterns" {
		t.Fatalf("hits %v", paths(r))
	}
}

// A version names the asker's setup ("v1 public API", "authkit v0.4.x"),
// not the topic: the one page whose endpoint paths spell "v1" is no answer.
func TestVersionIsNoTopic(t *testing.T) {
	for q, want := range map[string][]string{
		"keys for v1 public API":            {"v1"},
		"mismatch with @acme/kit v0.4.x":    {"v0.4.x"},
		"after upgrading to 3.0.0 it broke": {"3.0.0"},
		"pinned @5.2.1, not 2.0":            {"5.2.1"},
		"oauth2 flow, version 2":            nil,
		"h1 heading":                        nil,
	} {
		var got []string
		for _, sp := range versionSpans(q) {
			got = append(got, q[sp[0]:sp[1]])
		}
		if !slices.Equal(got, want) {
			t.Errorf("versionSpans(%q) = %q, want %q", q, got, want)
		}
	}
	ix := Build([]Doc{
		{Path: "vault/keys", Title: "Data keys", Sections: []Section{{Markdown: "Public keys come from /vault/v1/keys."}}},
		{Path: "api-keys", Title: "API Keys", Sections: []Section{{Markdown: "Customers create keys to call your API."}}},
	})
	qy := ix.parse("feat: API keys for the v1 public API")
	for _, g := range qy.groups {
		if ix.vocab[g.alts[0].term] == "v1" && !g.minor {
			t.Errorf("v1 is a topic word: %+v", g)
		}
	}
}

// "the Beacons API" names the API reference of Beacons: its pages beat a
// guide that says "beacons" and "API" more often.
func TestAreaAPIPhraseNamesTheReference(t *testing.T) {
	ix := Build([]Doc{
		{Path: "reference/beacons", Title: "Beacons", Sections: []Section{{Markdown: "The beacons endpoints."}}},
		{Path: "reference/beacons/list", Title: "List beacons", Symbols: []string{"GET /beacons"}, Sections: []Section{{Markdown: "Lists beacons by owner_id, passing filters."}}},
		{Path: "guides/tracking", Title: "Tracking", Sections: []Section{{Markdown: "Support for beacons: send them when calling succeeds, with an owner."}}},
	})
	if got := ix.apiArea("Add owner_id support for the Beacons API."); got != "reference/beacons" {
		t.Fatalf("apiArea = %q", got)
	}
	if got := ix.apiArea("send beacons to the API"); got != "" {
		t.Errorf("apiArea of a sentence naming no area = %q", got)
	}
	r := ix.Search("Add owner_id support for the Beacons API. Support passing owner_id when calling the Beacons API.", Options{})
	if len(r.Hits) == 0 || !strings.HasPrefix(r.Hits[0].Path, "reference/beacons") {
		t.Fatalf("hits %v", paths(r))
	}
}
