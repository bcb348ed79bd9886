package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
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
// page (or, with #anchor, the section with that anchor).
func showMarkdown(c *docs.Corpus, arg, lang string) (string, error) {
	p, anchor, ok := c.Resolve(arg)
	if !ok {
		key := docs.NormPath(arg)
		msg := fmt.Sprintf("no page %q", key)
		if s := c.Suggest(arg, 5); len(s) > 0 {
			msg += "\ndid you mean:\n  " + strings.Join(s, "\n  ")
		}
		return "", errors.New(msg)
	}
	if lang != "" && !hasLang(c.Languages(), apiref.CanonicalLang(lang)) && len(c.Languages()) > 0 {
		return "", usageError{fmt.Errorf("unknown --lang %q; one of: %s", lang, strings.Join(c.Languages(), ", "))}
	}
	body := c.Markdown(p, lang)
	src := p.URL()
	if anchor != "" {
		for _, s := range p.Sections {
			if s.Anchor == anchor {
				body, src = body[s.Start:s.End], src+"#"+anchor
				break
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\nSource: %s\n\n", p.Title, src)
	if p.Description != "" && anchor == "" {
		b.WriteString(p.Description + "\n\n")
	}
	b.WriteString(strings.Trim(body, "\n") + "\n")
	return b.String(), nil
}

func hasLang(langs []string, l string) bool {
	for _, x := range langs {
		if strings.EqualFold(x, l) {
			return true
		}
	}
	return false
}

// renderTerminal styles Markdown with glamour for the terminal behind out.
func renderTerminal(md string, out io.Writer, dark bool) (string, error) {
	style := styles.LightStyleConfig
	if dark {
		style = styles.DarkStyleConfig
	}
	width := 80
	if f, ok := out.(*os.File); ok {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			width = w
		}
	}
	r, err := glamour.NewTermRenderer(glamour.WithStyles(style), glamour.WithWordWrap(width))
	if err != nil {
		return "", err
	}
	return r.Render(md)
}

// darkBackground trusts $COLORFGBG ("15;0": light text on dark) when set,
// else asks the terminal.
func darkBackground() bool {
	if v := os.Getenv("COLORFGBG"); v != "" {
		bg := v[strings.LastIndexByte(v, ';')+1:]
		if n, err := strconv.Atoi(bg); err == nil {
			return n < 7 || n == 8
		}
	}
	return lipgloss.HasDarkBackground(os.Stdin, os.Stdout)
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
	c, err := docs.Load(dir)
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
