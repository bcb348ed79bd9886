package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/internal/termsafe"
)

func newShowCmd(g *globalFlags) *cobra.Command {
	var plain bool
	var lang, stack string
	cmd := &cobra.Command{
		Use:   "show [--plain] [--lang LANG] [--stack FRONTEND,BACKEND] PATH",
		Short: "Print one page as Markdown (rendered on a terminal)",
		Long: "Print one page as Markdown. PATH may be sso/login-flows, /sso/login-flows,\n" +
			"https://workos.com/docs/sso/login-flows, with .mdx, or with #anchor or #heading (prints\n" +
			"that section and its subsections).",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{errors.New("show takes exactly one PATH")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			styled := !plain && isTerminal(out)
			if err := checkTheme(g.theme); err != nil {
				return err
			}
			// Asking the terminal for its background can take a moment when it
			// does not answer; overlap the question with loading.
			style := make(chan string, 1)
			if styled {
				go func() { style <- showStyle(g.theme) }()
			}
			st, err := docs.ParseStack(stack)
			if err != nil {
				return usageError{fmt.Errorf("--stack: %w", err)}
			}
			c, err := loadCorpusCLI(g)
			if err != nil {
				return err
			}
			md, err := showMarkdown(c, args[0], lang, st)
			if err != nil {
				return err
			}
			md = termsafe.Clean(md) // docs.Load cleaned it; this guards the terminal against any later path
			if styled {
				if r, err := renderTerminal(md, out, <-style); err == nil {
					md = r
				}
			}
			_, err = io.WriteString(out, md)
			return err
		},
	}
	cmd.Flags().BoolVar(&plain, "plain", false, "print Markdown even on a terminal")
	cmd.Flags().StringVar(&g.theme, "theme", "auto", "colour theme on a terminal: auto, dark or light (NO_COLOR: no colours)")
	cmd.Flags().StringVar(&lang, "lang", "", "SDK language for the API reference (e.g. go, python, curl)")
	cmd.Flags().StringVar(&stack, "stack", "", "your frontend and/or backend, e.g. nextjs,nodejs: options for other stacks fold away")
	return cmd
}

// showMarkdown is what show prints: a title, the canonical source URL, then the
// page (or, with #anchor, the section with that anchor and its subsections).
func showMarkdown(c *docs.Corpus, arg, lang string, st docs.Stack) (string, error) {
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
	v := c.ViewWith(p, lang, st)
	body, src := v.Markdown, p.URL()
	if anchor != "" {
		i := v.Find(anchor)
		start, end, ok := v.Span(i)
		if !ok {
			return "", noSection(p, v, anchor)
		}
		if a := v.Sections[i].Anchor; a != "" {
			anchor = a // the canonical spelling, whichever the reader typed
		}
		body, src = body[start:end], docs.URL(p.Path, anchor)
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
	if canon, ok := c.Lang(lang); ok {
		return canon, nil
	}
	langs := c.Languages()
	if len(langs) == 0 {
		return "", usageError{fmt.Errorf("unknown --lang %q: this corpus has no API reference languages", lang)}
	}
	return "", usageError{fmt.Errorf("unknown --lang %q; one of: %s", lang, strings.Join(langs, ", "))}
}

// noSection explains a missing #anchor in one line, with the anchors closest
// in spelling to it.
func noSection(p *docs.Page, v docs.View, anchor string) error {
	msg := fmt.Sprintf("no section %q in %s", anchor, p.Path)
	near := v.NearestAnchors(anchor, 5)
	if len(near) == 0 {
		return errors.New(msg + " (it has no sections)")
	}
	return fmt.Errorf("%s (anchors: %s)", msg, strings.Join(near, ", "))
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
	if err == nil {
		for _, w := range c.Warnings() {
			fmt.Fprintln(os.Stderr, "workos-docs-tui: warning:", w)
		}
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

// checkTheme refuses a --theme other than auto, dark or light (exit 2).
func checkTheme(theme string) error {
	switch theme {
	case "auto", "dark", "light":
		return nil
	}
	return usageError{fmt.Errorf("--theme must be auto, dark or light (got %q)", theme)}
}
