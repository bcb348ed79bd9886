package search

import "testing"

// A correction is shown in the text's spelling nearest to what was typed: the
// plural met first must not replace a singular the text also uses.
func TestDidYouMeanNearestSpelling(t *testing.T) {
	docs := []Doc{
		{Path: "a", Title: "Connections", Sections: []Section{{Markdown: "Create connections for each customer. Each connection has a domain."}}},
		{Path: "b", Title: "Widgets", Sections: []Section{{Markdown: "A widget for every page."}}},
	}
	ix := Build(docs)
	for q, want := range map[string]string{
		"sso conection":  "sso connection",
		"sso conections": "sso connections",
		"widgts":         "widgets",
	} {
		r := ix.Search(q, Options{})
		if len(r.DidYouMean) != 1 || r.DidYouMean[0] != want {
			t.Errorf("%q: DidYouMean = %v, want %q", q, r.DidYouMean, want)
		}
	}
}

// A stem the text never spells ("configur") is not offered; of the text's
// spellings, the one nearest the typo is.
func TestDidYouMeanNeverAStem(t *testing.T) {
	ix := Build([]Doc{{Path: "a", Title: "Setup", Sections: []Section{{Markdown: "Configuring the app. Configured apps."}}}})
	for q, want := range map[string]string{"confguring": "configuring", "configurd": "configured"} {
		if r := ix.Search(q, Options{}); len(r.DidYouMean) != 1 || r.DidYouMean[0] != want {
			t.Errorf("%q: DidYouMean = %v, want %q", q, r.DidYouMean, want)
		}
	}
}

// A word the docs never use is no typo of one whose stem is near it: the
// stems of "minting" and "minutes" are one edit apart, the words three.
// A real typo of the same length is still corrected.
func TestNoCorrectionThroughStems(t *testing.T) {
	ix := Build([]Doc{{Path: "a", Title: "Keys", Sections: []Section{{Markdown: "Keys expire after ten minutes. Create an organization key."}}}})
	if r := ix.Search("minting a key", Options{}); len(r.DidYouMean) != 0 {
		t.Errorf("minting: DidYouMean = %v, want none", r.DidYouMean)
	}
	if r := ix.Search("minutse", Options{}); len(r.DidYouMean) != 1 || r.DidYouMean[0] != "minutes" {
		t.Errorf("minutse: DidYouMean = %v, want minutes", r.DidYouMean)
	}
}

// A negated auxiliary ("wasn't", "couldn’t") is neither a typo of "was" nor a
// topic: no "was't" is suggested, and a page saying "doesn't" is not found
// for it.
func TestContractionsAreNoTypoAndNoTopic(t *testing.T) {
	ix := Build([]Doc{
		{Path: "a", Title: "Caveats", Sections: []Section{{Markdown: "It doesn't refresh by itself."}}},
		{Path: "b", Title: "Refreshing tokens", Sections: []Section{{Markdown: "Refresh the token before it expires. It was made to be refreshed, and it could be, and should be."}}},
	})
	for _, q := range []string{"the token wasn't refreshed", "the token couldn’t be refreshed", "shouldn't the token refresh"} {
		if r := ix.Search(q, Options{}); len(r.DidYouMean) != 0 {
			t.Errorf("%q: DidYouMean = %v, want none", q, r.DidYouMean)
		}
	}
	if r := ix.Search("the tokn wasn't refreshed", Options{}); len(r.DidYouMean) != 1 || r.DidYouMean[0] != "the token wasn't refreshed" {
		t.Errorf("tokn: DidYouMean = %v", r.DidYouMean)
	}
	for _, g := range ix.parse("token doesn't refresh").groups {
		for _, a := range g.alts {
			if ix.vocab[a.term] == "doesn" {
				t.Errorf("doesn't is a query term (minor %v)", g.minor)
			}
		}
	}
}

// An English word the docs never use ("headless", "linger") and a word typed
// as a name (AgentClash, PostgREST, my_app) are not typos of the docs' words
// one edit away; a misspelling in the same query still is.
func TestEnglishWordsAndNamesAreNoTypos(t *testing.T) {
	ix := Build([]Doc{{Path: "a", Title: "Seamless login", Sections: []Section{{Markdown: "A seamless login for longer sessions. Agentclass apps post to my_apps. Sessions expire."}}}})
	for _, q := range []string{"headless login", "sessions linger", "AgentClash login", "PostgREST sessions", "my_app sessions"} {
		if r := ix.Search(q, Options{}); len(r.DidYouMean) != 0 {
			t.Errorf("%q: DidYouMean = %v, want none", q, r.DidYouMean)
		}
	}
	if r := ix.Search("headless sesions", Options{}); len(r.DidYouMean) != 1 || r.DidYouMean[0] != "headless sessions" {
		t.Errorf("headless sesions: DidYouMean = %v, want [headless sessions]", r.DidYouMean)
	}
}
