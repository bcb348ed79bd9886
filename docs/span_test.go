package docs

import (
	"strings"
	"testing"
)

// viewOf builds a view the way the loader does: sections from the headings
// of Markdown this package wrote.
func viewOf(md string) View {
	return View{Markdown: md, Sections: sections(md, scanHeadings(md, 0, nil))}
}

const spanPage = `Intro words.

## Feeding the cat

Once a day.

### Wet food

Half a tin.

` + "```sh\n# not a heading\n```" + `

#### Warming it

Ten seconds.

### Dry food

A handful.

## Brushing the cat

Weekly.
`

// A section is its heading through the next heading of the same or a higher
// level: subsections come along, siblings and parents do not. show and
// workos_docs both cut with this.
func TestSpanTakesSubsectionsStopsAtSiblings(t *testing.T) {
	v := viewOf(spanPage)
	text := func(q string) string {
		t.Helper()
		a, z, ok := v.Span(v.Find(q))
		if !ok {
			t.Fatalf("no span for %q", q)
		}
		return v.Markdown[a:z]
	}
	feed := text("feeding-the-cat")
	for _, want := range []string{"## Feeding the cat", "### Wet food", "#### Warming it", "### Dry food", "A handful."} {
		if !strings.Contains(feed, want) {
			t.Errorf("feeding section lacks %q:\n%s", want, feed)
		}
	}
	if strings.Contains(feed, "Brushing") {
		t.Errorf("feeding section runs into its sibling:\n%s", feed)
	}
	wet := text("wet-food")
	if !strings.Contains(wet, "Warming it") || strings.Contains(wet, "Dry food") {
		t.Errorf("wet food:\n%s", wet)
	}
	if !strings.HasSuffix(text("brushing-the-cat"), "Weekly.\n") {
		t.Error("the last section does not run to the end of the page")
	}
	if got := text("#warming-it"); got != "#### Warming it\n\nTen seconds.\n\n" {
		t.Errorf("leaf section = %q", got)
	}
	// The fenced "# not a heading" is code, so it opens no section.
	if v.Find("not-a-heading") >= 0 {
		t.Error("a line inside a fence became a section")
	}
	// The intro (level 0) is its own range only.
	if a, z, ok := v.Span(0); !ok || v.Sections[0].Level != 0 || v.Markdown[a:z] != "Intro words.\n\n" {
		t.Errorf("intro span = %q", v.Markdown[a:z])
	}
}

func TestSpanRefusesWhatDoesNotFit(t *testing.T) {
	v := viewOf(spanPage)
	for _, i := range []int{-1, len(v.Sections)} {
		if _, _, ok := v.Span(i); ok {
			t.Errorf("Span(%d) ok", i)
		}
	}
	broken := View{Markdown: "short", Sections: []Section{{Level: 2, Anchor: "x", Start: 99, End: 120}}}
	if _, _, ok := broken.Span(0); ok {
		t.Error("a section past the end of its Markdown gave a span")
	}
}

// Readers type anchors, headings in any case, or the heading as words; models
// guess further. Find stays strict enough that a typo is a miss.
func TestFindAndGuess(t *testing.T) {
	v := viewOf(spanPage)
	anchor := func(i int) string {
		if i < 0 {
			return ""
		}
		return v.Sections[i].Anchor
	}
	for q, want := range map[string]string{
		"dry-food": "dry-food", "#dry-food": "dry-food", "Dry Food": "dry-food",
		"  dry food ": "dry-food", "warming it": "warming-it",
		"dry-fod": "", "cat": "", "": "", "#": "",
	} {
		if got := anchor(v.Find(q)); got != want {
			t.Errorf("Find(%q) = %q, want %q", q, got, want)
		}
	}
	for q, want := range map[string]string{
		"dry":          "dry-food",         // contained
		"brushing cat": "brushing-the-cat", // most shared words: 2 against feeding's 1
		"zebra":        "",
	} {
		if got := anchor(v.Guess(q)); got != want {
			t.Errorf("Guess(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestAtIsTheInnermostHeading(t *testing.T) {
	v := viewOf(spanPage)
	if i := v.At(0); i != -1 {
		t.Errorf("intro text is under heading %d", i)
	}
	pos := strings.Index(spanPage, "Ten seconds")
	if i := v.At(pos); i < 0 || v.Sections[i].Anchor != "warming-it" {
		t.Errorf("At(%d) = %d", pos, i)
	}
}

func TestNearestAnchorsClosestFirst(t *testing.T) {
	v := viewOf(spanPage)
	got := v.NearestAnchors("dry-fod", 2)
	if len(got) != 2 || got[0] != "dry-food" {
		t.Errorf("NearestAnchors = %v", got)
	}
	if got := viewOf("no headings\n").NearestAnchors("x", 5); len(got) != 0 {
		t.Errorf("a page without sections offers %v", got)
	}
}

// Blocks know the view's headings; a part is never cut inside a fence.
func TestViewBlocksAndCut(t *testing.T) {
	v := viewOf(spanPage)
	heads := 0
	for _, b := range v.Blocks() {
		if b.Level > 0 {
			heads++
		}
	}
	if heads != 5 {
		t.Errorf("%d heading blocks, want 5", heads)
	}
	fence := strings.Index(spanPage, "```sh")
	inside := fence + 6
	if got := v.Snap(inside); got != fence {
		t.Errorf("Snap inside the fence = %d, want %d", got, fence)
	}
	start, end := v.Cut(inside, len(spanPage), 10, 1000)
	if start != fence || !strings.HasPrefix(spanPage[start:end], "```sh") || !strings.Contains(spanPage[start:end], "```\n") {
		t.Errorf("Cut = %q", spanPage[start:end])
	}
}

func TestGeneratedSampleIsKnownByItsLabel(t *testing.T) {
	md := "*Request — generated from the API reference*\n\n```sh\ncurl x\n```\n\nOwn words:\n\n```sh\nls\n```\n"
	v := viewOf(md)
	var got []bool
	for _, b := range v.Blocks() {
		if b.Fence {
			got = append(got, v.GeneratedSample(b))
		}
	}
	if len(got) != 2 || !got[0] || got[1] {
		t.Errorf("generated = %v, want [true false]", got)
	}
}
