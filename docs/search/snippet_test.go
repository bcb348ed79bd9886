package search

import (
	"strings"
	"testing"
)

// A generated reference section in this corpus's shape (own words): a
// sentence, the endpoint, SDK calls, a sample and two tables.
const widgetSection = "## Make a widget\n\n" +
	"Creates a widget for the given owner and returns its token.\n\n" +
	"**`POST /widgets`**\n\n" +
	"- js: `widgets.make(options)`\n- python: `widgets.make(owner)`\n\n" +
	"*Response — generated from the API reference*\n\n" +
	"```json\n{\"token\": \"<string>\"}\n```\n\n" +
	"**Parameters**\n\n" +
	"| Name | Type | Required | Description |\n| --- | --- | --- | --- |\n" +
	"| `owner` | `string` | yes | Who owns the widget. |\n\n" +
	"**Returns**\n\n" +
	"| Name | Type | Required | Description |\n| --- | --- | --- | --- |\n" +
	"| `token` | `string` | yes | A short-lived token for the widget. |\n"

func widgetIndex() *Index {
	return Build([]Doc{{Path: "reference/widgets/make", Title: "Make a widget", Sections: []Section{
		{Level: 2, Heading: "Make a widget", Anchor: "make-a-widget", Markdown: widgetSection},
		{Level: 3, Heading: "Errors", Anchor: "errors", Markdown: "### Errors\n\n| Code | Meaning |\n|---|---|\n| `widget_gone` | The widget expired. |\n"},
	}}})
}

func onlyHit(t *testing.T, ix *Index, q string) Hit {
	t.Helper()
	r := ix.Search(q, Options{})
	if len(r.Hits) == 0 {
		t.Fatalf("%q: no hit", q)
	}
	return r.Hits[0]
}

// Snippets are the sentences that hold the query's words, not the
// scaffolding of generated samples and tables around them.
func TestSnippetPrefersSentences(t *testing.T) {
	h := onlyHit(t, widgetIndex(), "widget token")
	if h.Snippet != "Creates a widget for the given owner and returns its token." {
		t.Errorf("snippet %q", h.Snippet)
	}
	if len(h.Marks) < 2 {
		t.Errorf("marks %v in %q", h.Marks, h.Snippet)
	}
}

// Words only a table holds still get a snippet from the table's rows, never
// from its header row or the labels above it.
func TestSnippetFromTableRowsWithoutHeaders(t *testing.T) {
	for q, want := range map[string]string{
		"short-lived": "short-lived",
		"expired":     "widget_gone The widget expired.",
	} {
		h := onlyHit(t, widgetIndex(), q)
		if !strings.Contains(h.Snippet, want) {
			t.Errorf("%s: snippet misses %q: %q", q, want, h.Snippet)
		}
		for _, junk := range []string{"Name Type Required", "Code Meaning", "Parameters", "Returns", "generated from the API reference"} {
			if strings.Contains(h.Snippet, junk) {
				t.Errorf("%s: snippet carries %q: %q", q, junk, h.Snippet)
			}
		}
	}
	// Most of the words only in an SDK call: the call is shown.
	if h := onlyHit(t, widgetIndex(), "widgets.make options"); !strings.Contains(h.Snippet, "widgets.make(options)") {
		t.Errorf("an SDK call asked for is not shown: %q", h.Snippet)
	}
}

// A long section's snippet starts at the sentence its words are in.
func TestSnippetStartsAtASentence(t *testing.T) {
	long := strings.Repeat("Filler words about nothing much at all. ", 30) +
		"Then a rather long sentence comes along and the needle sits in it. " +
		strings.Repeat("More filler text follows on and on. ", 30)
	ix := Build([]Doc{{Path: "p", Title: "P", Sections: []Section{{Markdown: long}}}})
	h := onlyHit(t, ix, "needle")
	if !strings.HasPrefix(h.Snippet, "…Then a rather long sentence") {
		t.Errorf("snippet %q", h.Snippet)
	}
}
