package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

func newShowCmd(g *globalFlags) *cobra.Command {
	var plain bool
	var lang string
	cmd := &cobra.Command{
		Use:   "show [--plain] [--lang LANG] PATH",
		Short: "Print one page as Markdown (rendered on a terminal)",
		Long: "Print one page as Markdown. PATH may be sso/login-flows, /sso/login-flows,\n" +
			"https://workos.com/docs/sso/login-flows, with .mdx or #anchor (prints that section).",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{errors.New("show takes exactly one PATH")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			styled := !plain && isTerminal(out)
			// Asking the terminal for its background can take a while when it
			// does not answer; overlap the question with loading.
			dark := make(chan bool, 1)
			if styled {
				go func() { dark <- darkBackground() }()
			}
			c, err := loadCorpusCLI(g)
			if err != nil {
				return err
			}
			md, err := showMarkdown(c, args[0], lang)
			if err != nil {
				return err
			}
			if styled {
				if r, err := renderTerminal(md, out, <-dark); err == nil {
					md = r
				}
			}
			_, err = io.WriteString(out, md)
			return err
		},
	}
	cmd.Flags().BoolVar(&plain, "plain", false, "print Markdown even on a terminal")
	cmd.Flags().StringVar(&lang, "lang", "", "SDK language for the API reference (e.g. go, python, curl)")
	return cmd
}

// showMarkdown is what show prints: a title, the canonical source URL, then the
// page (or, with #anchor, the section with that anchor and its subsections).
func showMarkdown(c *docs.Corpus, arg, lang string) (string, error) {
	lang, err := checkLang(c, lang)
	if err != nil {
		return "", err
	}
	if docs.NormPath(arg) == "" {
		return "", usageError{fmt.Errorf("%q names no page; give a path such as sso/login-flows (see `workos-docs-tui tree`)", arg)}
	}
	p, anchor, ok := c.Resolve(arg)
	if !ok && len(c.Children(arg)) > 0 {
		// A folder of the tree with no page of its own: name what is in it.
		var names []string
		for _, n := range c.Children(arg)[:min(5, len(c.Children(arg)))] {
			names = append(names, cmp.Or(n.Path, n.Title))
		}
		return "", fmt.Errorf("%q is a section without a page of its own; it holds %s… (see `workos-docs-tui tree`)",
			docs.NormPath(arg), strings.Join(names, ", "))
	}
	if !ok {
		msg := fmt.Sprintf("no page %q", docs.NormPath(arg))
		if s := c.Suggest(arg, 5); len(s) > 0 {
			msg += " (did you mean: " + strings.Join(s, ", ") + "?)"
		}
		return "", errors.New(msg)
	}
	// Section offsets index the Markdown of the view they come from, so the
	// body and its sections must come from the same (language) view.
	v := c.View(p, lang)
	body, src := v.Markdown, p.URL()
	if anchor != "" {
		start, end, ok := sectionRange(v, anchor)
		if !ok {
			return "", noSection(p, v, anchor)
		}
		body, src = body[start:end], src+"#"+anchor
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\nSource: %s\n\n", p.Title, src)
	if p.Description != "" && anchor == "" {
		b.WriteString(p.Description + "\n\n")
	}
	b.WriteString(strings.Trim(body, "\n") + "\n")
	return b.String(), nil
}

// checkLang turns --lang into the canonical name of one of the corpus's SDK
// languages ("golang" → "go"); "" stays "". Anything else is a usage error.
func checkLang(c *docs.Corpus, lang string) (string, error) {
	if strings.TrimSpace(lang) == "" {
		return "", nil
	}
	canon := apiref.CanonicalLang(lang)
	langs := c.Languages()
	if slices.Contains(langs, canon) {
		return canon, nil
	}
	if len(langs) == 0 {
		return "", usageError{fmt.Errorf("unknown --lang %q: this corpus has no API reference languages", lang)}
	}
	return "", usageError{fmt.Errorf("unknown --lang %q; one of: %s", lang, strings.Join(langs, ", "))}
}

// sectionRange is the byte range in v.Markdown of the section named anchor
// (or heading) with the subsections below it, up to the next heading of the
// same or a higher level.
func sectionRange(v docs.View, anchor string) (start, end int, ok bool) {
	s, ok := v.Section(anchor)
	if !ok {
		return 0, 0, false
	}
	end = s.End
	for _, n := range v.Sections {
		if n.Start > s.Start && s.Level > 0 && n.Level > s.Level {
			end = max(end, n.End)
		} else if n.Start > s.Start {
			break
		}
	}
	if s.Start < 0 || s.Start > end || end > len(v.Markdown) {
		return 0, 0, false // a broken view must not take the command down
	}
	return s.Start, end, true
}

// noSection explains a missing #anchor in one line, with the anchors closest
// in spelling to it.
func noSection(p *docs.Page, v docs.View, anchor string) error {
	type cand struct {
		anchor string
		d      int
	}
	var cs []cand
	for _, s := range v.Sections {
		if s.Anchor != "" {
			cs = append(cs, cand{s.Anchor, search.EditDistance(anchor, s.Anchor, max(len(anchor), len(s.Anchor)))})
		}
	}
	msg := fmt.Sprintf("no section %q in %s", anchor, p.Path)
	if len(cs) == 0 {
		return errors.New(msg + " (it has no sections)")
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return a.d - b.d })
	names := make([]string, 0, 5)
	for _, c := range cs[:min(5, len(cs))] {
		names = append(names, c.anchor)
	}
	return fmt.Errorf("%s (anchors: %s)", msg, strings.Join(names, ", "))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// loadCorpusCLI loads the corpus the flags name, or explains how to get one.
func loadCorpusCLI(g *globalFlags) (*docs.Corpus, error) {
	dir, err := docs.ResolveDir(g.docsDir)
	if err != nil {
		return nil, err
	}
	c, err := docs.Open(dir)
	if errors.Is(err, docs.ErrNoCorpus) {
		return nil, fmt.Errorf("no WorkOS docs corpus in %s; run `workos-docs-tui sync` first (or pass --docs DIR)", dir)
	}
	return c, err
}

// versionTemplate prints the binary version and, when a corpus is present,
// the version of the docs package it came from.
func versionTemplate(g *globalFlags) string {
	cobra.AddTemplateFunc("corpusVersion", func() string {
		dir, err := docs.ResolveDir(g.docsDir)
		if err != nil {
			return ""
		}
		if v := docs.CorpusVersion(dir); v != "" {
			return " (docs corpus " + v + ")"
		}
		return ""
	})
	return "{{.Version}}{{corpusVersion}}\n"
}
