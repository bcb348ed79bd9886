package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
	"github.com/workos-docs-tui/workos-docs-tui/internal/termsafe"
)

func newSearchCmd(g *globalFlags) *cobra.Command {
	var asJSON bool
	var o search.Options
	cmd := &cobra.Command{
		Use:   "search [--json] [--limit N] QUERY...",
		Short: "Search the docs and print the best pages with a snippet",
		Long: "Search the docs: method names in any SDK spelling (getProfileAndToken,\n" +
			"get_profile_and_token), endpoints (GET /organizations), error codes, event names\n" +
			"or plain questions. One result per page, pointing at its best section.",
		RunE: func(cmd *cobra.Command, args []string) error {
			q := strings.TrimSpace(strings.Join(args, " "))
			if q == "" {
				return usageError{errors.New("search needs a QUERY")}
			}
			if o.Limit < 1 || o.Limit > 100 {
				return usageError{fmt.Errorf("--limit must be between 1 and 100, not %d", o.Limit)}
			}
			if o.Offset < 0 {
				return usageError{fmt.Errorf("--offset must be 0 or more, not %d", o.Offset)}
			}
			c, err := loadCorpusCLI(g)
			if err != nil {
				return err
			}
			if o.Lang, err = checkLang(c, o.Lang); err != nil {
				return err
			}
			if o.Scope, err = checkScope(c, o.Scope); err != nil {
				return err
			}
			res := c.Search(q, o)
			out := cmd.OutOrStdout()
			if asJSON {
				return writeSearchJSON(out, res)
			}
			return writeSearchText(out, res, o.Offset, isTerminal(out))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "print JSON: {query, total, results: [{path, title, section, anchor, url, snippet, score}]}")
	f.IntVar(&o.Limit, "limit", 10, "number of results (1–100)")
	f.IntVar(&o.Offset, "offset", 0, "results to skip, for paging")
	f.StringVar(&o.Scope, "scope", "", "only pages under this area or path prefix (e.g. sso, reference/authkit)")
	f.StringVar(&o.Lang, "lang", "", "prefer API names of this SDK language (e.g. python, go)")
	return cmd
}

// checkScope normalises --scope ("/sso/", a docs URL) and refuses one that
// holds no page, which would otherwise print "No results" for any query.
func checkScope(c *docs.Corpus, scope string) (string, error) {
	if strings.TrimSpace(scope) == "" {
		return "", nil
	}
	if key := docs.NormPath(scope); len(c.Under(key)) > 0 {
		return key, nil
	}
	return "", usageError{fmt.Errorf("unknown --scope %q; an area or a path prefix such as: %s", scope, strings.Join(c.Areas(), ", "))}
}

// searchHitJSON is one result as `search --json` prints it.
type searchHitJSON struct {
	Path    string  `json:"path"`
	Title   string  `json:"title"`
	Section string  `json:"section"`
	Anchor  string  `json:"anchor"`
	URL     string  `json:"url"`
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"`
}

func hitURL(h search.Hit) string { return docs.URL(h.Path, h.Anchor) }

func writeSearchJSON(w io.Writer, res search.Result) error {
	out := struct {
		Query      string          `json:"query"`
		Total      int             `json:"total"`
		Results    []searchHitJSON `json:"results"`
		DidYouMean []string        `json:"didYouMean,omitempty"`
		// Prefer is the SDK or framework the query named (it ranks that stack's pages first).
		Prefer *search.Preference `json:"prefer,omitempty"`
	}{Query: res.Query, Total: res.Total, Results: []searchHitJSON{}, DidYouMean: res.DidYouMean, Prefer: res.Prefer}
	for _, h := range res.Hits {
		out.Results = append(out.Results, searchHitJSON{h.Path, h.Title, h.Section, h.Anchor, hitURL(h), h.Snippet, h.Score})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// writeSearchText prints results for people; bold marks matches on a
// terminal. It returns the first write error (a full disk, a closed pipe).
func writeSearchText(out io.Writer, res search.Result, offset int, bold bool) error {
	w := &errWriter{w: out}
	if len(res.Hits) == 0 {
		if res.Total > 0 && offset > 0 {
			fmt.Fprintf(w, "No results past --offset %d: %s has %d.\n", offset, quoteQuery(res.Query), res.Total)
			return w.err
		}
		fmt.Fprintf(w, "No results for %s.\n", quoteQuery(res.Query))
		if len(res.DidYouMean) > 0 {
			fmt.Fprintf(w, "Did you mean %s?\n", quoteQuery(res.DidYouMean[0]))
		}
		return w.err
	}
	if len(res.DidYouMean) > 0 {
		fmt.Fprintf(w, "Showing results for %s.\n\n", quoteQuery(res.DidYouMean[0]))
	}
	if p := res.Prefer; p != nil && len(p.Words) > 0 {
		// The stack names were read as a preference, not searched as topic words: say so.
		fmt.Fprintf(w, "For %s (the stack you named).\n\n", termsafe.Clean(strings.Join(p.Words, ", ")))
	}
	for i, h := range res.Hits {
		title := h.Title
		if title == "" {
			title = h.Path
		}
		// docs.Load cleaned the corpus text; these guard the terminal anyway.
		fmt.Fprintf(w, "%d. %s\n   %s\n", i+1, termsafe.Clean(title), termsafe.Clean(hitURL(h)))
		if h.Section != "" {
			fmt.Fprintf(w, "   § %s\n", termsafe.Clean(h.Section))
		}
		if h.Snippet != "" {
			snip, marks := h.Snippet, h.Marks
			if !termsafe.Safe(snip) {
				snip, marks = termsafe.Clean(snip), nil // marks index the raw text
			}
			fmt.Fprintf(w, "   %s\n", emphasise(snip, marks, bold))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d of %d pages\n", len(res.Hits), res.Total)
	return w.err
}

// errWriter keeps the first write error and drops later writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// emphasise wraps the marked byte ranges in bold when asked; otherwise the
// text is left as it is, so pipes get plain words.
func emphasise(s string, marks [][2]int, bold bool) string {
	if !bold || len(marks) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range marks {
		if m[0] < last || m[1] > len(s) || m[0] >= m[1] {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString("\x1b[1m")
		b.WriteString(s[m[0]:m[1]])
		b.WriteString("\x1b[22m")
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// quoteQuery shows a query safely: control characters escaped, long input cut.
func quoteQuery(q string) string {
	if len(q) > 80 {
		q = strings.ToValidUTF8(q[:80], "") + "…"
	}
	return strconv.Quote(q)
}
