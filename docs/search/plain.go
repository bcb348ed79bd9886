package search

import (
	"strings"

	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/markdown"
)

// plainText turns a section's Markdown into the text a reader sees, split into
// prose and code: link targets, URLs, images, HTML tags, emphasis and heading
// marks are dropped. Offsets are not preserved; snippets are cut from prose.
//
// In request and response samples generated from the API reference (their
// label ends in apiref.SampleMark) the lines every sample has are left out:
// the "Authorization: Bearer <api_key>" header made every endpoint a page
// about API keys ("Delete a resource by external ID" came first for a
// question about creating one). Their other lines (fields, paths) stay:
// leaving whole samples out lost two "refresh an expired access token"
// queries (summed MRR 7.511 this way, 7.506 without samples).
func plainText(md string) (prose, code string) {
	var p, c strings.Builder
	p.Grow(len(md))
	label, skip := false, false // after a sample's label; inside its fence
	for l := range markdown.Lines(md) {
		t := strings.TrimSpace(l.Text)
		if l.Kind == markdown.Marker {
			if label {
				skip, label = true, false
			} else if skip {
				skip = false
			}
			continue
		}
		if l.Kind == markdown.Code {
			if !skip || !sampleBoilerplate(t) {
				c.WriteString(t)
				c.WriteByte('\n')
			}
			continue
		}
		if t == "" {
			continue
		}
		label = false
		if strings.HasPrefix(t, "*") && strings.HasSuffix(t, apiref.SampleMark+"*") {
			label = true
			continue
		}
		t = strings.TrimLeft(t, "#>|-*+ \t")
		if t == "" || strings.Trim(t, "-|: ") == "" {
			continue
		}
		inline(&p, t)
		if n := p.Len(); n > 0 && p.String()[n-1] != ' ' {
			p.WriteByte(' ')
		}
	}
	return strings.TrimSpace(p.String()), c.String()
}

// inline writes one line of Markdown as plain text.
func inline(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		ch := s[i]
		switch {
		case ch == '!' && i+1 < len(s) && s[i+1] == '[':
			// image: drop entirely (alt text is rarely prose)
			if end, ok := linkEnd(s, i+1); ok {
				i = end
				continue
			}
			i++
		case ch == '[':
			if close := matchBracket(s, i); close > 0 {
				end, ok := linkEnd(s, i)
				if ok {
					inline(b, s[i+1:close])
					i = end
					continue
				}
			}
			i++
		case ch == '<':
			// HTML tag or autolink: skip to '>'
			if j := strings.IndexByte(s[i:], '>'); j > 0 && j < 400 {
				i += j + 1
				if n := b.Len(); n > 0 && b.String()[n-1] != ' ' {
					b.WriteByte(' ')
				}
				continue
			}
			b.WriteByte(ch)
			i++
		case ch == '*' || ch == '`' || ch == '|' || ch == '\\':
			if n := b.Len(); ch == '|' && n > 0 && b.String()[n-1] != ' ' {
				b.WriteByte(' ')
			}
			i++
		case ch == '_' && (i == 0 || !isWordByte(s[i-1]) || i+1 >= len(s) || !isWordByte(s[i+1])):
			i++ // emphasis, not snake_case
		case ch == 'h' && (strings.HasPrefix(s[i:], "https://") || strings.HasPrefix(s[i:], "http://")):
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != ')' && s[j] != '>' {
				j++
			}
			i = j
		case ch == ' ' || ch == '\t':
			if n := b.Len(); n > 0 && b.String()[n-1] != ' ' {
				b.WriteByte(' ')
			}
			i++
		default:
			// Copy the run of bytes no case above looks at in one go.
			j := i + 1
			for j < len(s) && !inlineSpecial[s[j]] {
				j++
			}
			b.WriteString(s[i:j])
			i = j
		}
	}
}

// inlineSpecial marks the bytes inline has a case for.
var inlineSpecial = func() (t [256]bool) {
	for _, c := range []byte("![<*`|\\_h \t") {
		t[c] = true
	}
	return t
}()

func isWordByte(c byte) bool {
	return c >= 0x80 || c == '_' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// matchBracket returns the index of the ']' closing s[open], or -1.
func matchBracket(s string, open int) int {
	depth := 0
	for j := open; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// linkEnd returns the index after "[text](dest)" or "[text][ref]" starting at s[open].
func linkEnd(s string, open int) (int, bool) {
	close := matchBracket(s, open)
	if close < 0 || close+1 >= len(s) {
		return 0, false
	}
	switch s[close+1] {
	case '(':
		depth := 0
		for j := close + 1; j < len(s); j++ {
			switch s[j] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return j + 1, true
				}
			}
		}
	case '[':
		if j := strings.IndexByte(s[close+1:], ']'); j > 0 {
			return close + 1 + j + 1, true
		}
	}
	return 0, false
}

// sampleBoilerplate reports a line every generated sample has: the
// Authorization header with its "<api_key>", an empty body's placeholder.
func sampleBoilerplate(line string) bool {
	return strings.Contains(line, "Authorization: Bearer") || strings.Contains(line, `"<empty>"`)
}
