package mdx

import "bytes"

// codeTab is a <CodeBlockTab> collected by its <CodeBlock>.
type codeTab struct {
	label, lang string
	body        []byte
}

// codeBlock renders a <CodeBlock>: a caption naming the sample and the tabs
// the reader's stack shows, the SDK signature for a referenceId, tabs that
// carry a body as labelled alternatives, then one line for the tabs hidden.
func (s *state) codeBlock(f *frame, body []byte) []byte {
	t := &f.tag
	// A tab's language names a stack only when the tabs differ in language
	// (npm · Maven · Bundler); "Template · Output" in one language do not.
	langs := map[string]bool{}
	for _, tb := range f.tabs {
		if l := langStack(tb.lang); l != "" {
			langs[l] = true
		}
	}
	var labels, hidden []string
	var alts []byte
	for _, tb := range f.tabs {
		a := Alternative{Kind: AltCodeTab, Label: tb.label, Body: string(bytes.TrimSpace(tb.body))}
		a.Frontends, a.Backends = titleStacks(tb.label)
		if len(a.Frontends)+len(a.Backends) == 0 && len(langs) > 1 {
			if l := langStack(tb.lang); l != "" {
				a.Backends = []string{l}
			}
		}
		if len(a.Frontends)+len(a.Backends) > 0 {
			s.stackDep = true
		}
		if !a.Applies(s.choice) {
			hidden = addNames(hidden, a.stackNamesOf()...)
			continue
		}
		if a.Label != "" {
			labels = append(labels, a.Label)
		}
		if a.Body != "" {
			if a.Label == "" {
				a.Label = "Tab"
			}
			alts = joinBlocks(alts, []byte(a.Markdown()))
		}
	}
	var b []byte
	if id := t.get("referenceId"); id != "" {
		if sig := s.env.Signature(id); sig != "" {
			b = markHeadings(sig) // stands for the sample the web page shows here
		}
	}
	if len(b) == 0 {
		b = []byte(codeCaption(t.get("title"), labels, t.get("file")))
	}
	b = joinBlocks(b, body)
	b = joinBlocks(b, alts)
	if len(hidden) > 0 {
		b = joinBlocks(b, []byte(FoldLine(hidden)))
	}
	return b
}
