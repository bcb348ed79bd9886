package search

import "testing"

func TestDerivRoots(t *testing.T) {
	meet := [][2]string{{"customize", "customization"}, {"customize", "custom"}, {"secure", "security"}, {"expire", "expiration"}}
	for _, p := range meet {
		if a, b := derivRoot(stem(p[0])), derivRoot(stem(p[1])); a != b {
			t.Errorf("%s → %q, %s → %q: should meet", p[0], a, p[1], b)
		}
	}
	apart := [][2]string{{"direct", "directory"}, {"user", "usage"}, {"secret", "secure"}, {"format", "form"}}
	for _, p := range apart {
		if a, b := derivRoot(stem(p[0])), derivRoot(stem(p[1])); a == b && a != "" {
			t.Errorf("%s and %s both → %q: should stay apart", p[0], p[1], a)
		}
	}
}

// A query word finds a page that only uses another form of it, but a page
// with the word itself in the same place ranks first.
func TestRelativesMatchWeakly(t *testing.T) {
	ix := Build([]Doc{
		{Path: "theme", Title: "Theme customization", Sections: []Section{{Markdown: "Pick colors and fonts for the sign-in box."}}},
		{Path: "emails", Title: "Customize emails", Sections: []Section{{Markdown: "Change the wording of every message."}}},
		{Path: "other", Title: "Sessions", Sections: []Section{{Markdown: "Cookies last a week."}}},
	})
	r := ix.Search("customizing colors", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "theme" {
		t.Fatalf("customizing colors: hits %v", paths(r))
	}
	r = ix.Search("customize", Options{})
	if len(r.Hits) != 2 || r.Hits[0].Path != "emails" {
		t.Fatalf("customize: hits %v", paths(r))
	}
}

// Words whose shared root is no English word are not kin: identity and
// identical both read "ident", yet one is not found for the other.
func TestRelativesNeedAWordRoot(t *testing.T) {
	ix := Build([]Doc{
		{Path: "twins", Title: "Twin records", Sections: []Section{{Markdown: "Two records can be identical."}}},
		{Path: "secure", Title: "Secure cookies", Sections: []Section{{Markdown: "Cookies are signed."}}},
	})
	if r := ix.Search("identity", Options{}); len(r.Hits) != 0 {
		t.Errorf("identity found %v", paths(r))
	}
	if r := ix.Search("security", Options{}); len(r.Hits) != 1 || r.Hits[0].Path != "secure" {
		t.Errorf("security: hits %v, want secure (root secur+e is a word)", paths(r))
	}
}
