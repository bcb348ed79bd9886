package search

import (
	"fmt"
	"slices"
	"testing"
)

// The pages matching a question best vote for the pages they link to: the
// lantern care guide that three matching pages point to beats a page that
// says the question's words a little more often but that nothing cites.
func TestLinksVoteForTheAnswer(t *testing.T) {
	docs := []Doc{
		{Path: "care", Title: "Lantern care", Sections: []Section{{Markdown: "Trim the wick of a lantern before dusk."}}},
		{Path: "wicks", Title: "Wicks", Sections: []Section{{Markdown: "A lantern wick burns down; trim the wick and trim it again."}}},
	}
	for i := range 3 {
		docs = append(docs, Doc{
			Path: fmt.Sprintf("notes/%d", i), Title: fmt.Sprintf("Note %d", i), LinksTo: []string{"care"},
			Sections: []Section{{Markdown: "Trim a lantern wick short, or it smokes."}},
		})
	}
	ix := Build(docs)
	r := ix.Search("trim lantern wick", Options{})
	if len(r.Hits) == 0 || r.Hits[0].Path != "care" {
		t.Fatalf("hits %v", paths(r))
	}
	if ix.inlinks[0] != 3 || len(ix.links[2]) != 1 || ix.links[2][0] != 0 {
		t.Errorf("link graph: inlinks %v, links %v", ix.inlinks, ix.links)
	}
}

// Links to a page no Doc has, to the page itself or twice to one page are
// not in the graph; a section keeps its own links.
func TestLinkGraphIgnoresDeadSelfAndRepeatedLinks(t *testing.T) {
	ix := Build([]Doc{
		{Path: "a", LinksTo: []string{"a", "b", "b", "gone"}, Sections: []Section{
			{Markdown: "intro"},
			{Level: 2, Heading: "More", Markdown: "see b", LinksTo: []string{"b", "a"}},
		}},
		{Path: "b"},
	})
	if !slices.Equal(ix.links[0], []int32{1}) || !slices.Equal(ix.inlinks, []int32{0, 1}) {
		t.Errorf("links %v inlinks %v", ix.links, ix.inlinks)
	}
	if len(ix.secLinks) != 3 || len(ix.secLinks[0]) != 0 || !slices.Equal(ix.secLinks[1], []int32{1}) || len(ix.secLinks[2]) != 0 {
		t.Errorf("section links %v", ix.secLinks)
	}
}
