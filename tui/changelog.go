package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// changelogMarkdown lays the changelog out newest first: title, date, text, link.
func changelogMarkdown(entries []docs.ChangelogEntry) (string, []headSpec) {
	es := slices.Clone(entries)
	slices.SortStableFunc(es, func(a, b docs.ChangelogEntry) int { return cmp.Compare(b.Date, a.Date) })
	var b strings.Builder
	b.WriteString("# Changelog\n\n")
	if len(es) == 0 {
		b.WriteString("This corpus has no changelog.\n")
	}
	heads := make([]headSpec, 0, len(es))
	for i, e := range es {
		title := strings.TrimSpace(e.Title)
		if title == "" {
			title = "Update"
		}
		fmt.Fprintf(&b, "## %s\n\n*%s*", title, e.Date)
		if e.Package != "" {
			fmt.Fprintf(&b, " · %s", e.Package)
		}
		b.WriteString("\n\n")
		for _, c := range e.Changes {
			b.WriteString(strings.TrimSpace(c))
			b.WriteString("\n\n")
		}
		if e.URL != "" {
			fmt.Fprintf(&b, "[Read more](%s)\n\n", e.URL)
		}
		heads = append(heads, headSpec{Level: 2, Text: title, Anchor: fmt.Sprintf("entry-%d", i)})
	}
	return b.String(), heads
}
