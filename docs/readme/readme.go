// Package readme turns an SDK package's README (GitHub-flavoured Markdown with
// raw HTML, badges and repository-relative links) into the plain Markdown the
// docs model shows: no HTML reaches a reader, badges are dropped, images read
// as "image: alt" links, relative links point into the package's repository,
// and headings shift below the page's own.
package readme

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/net/html"
)

// Options say where the README came from.
type Options struct {
	// Repo is the repository's web URL ("https://github.com/acme/sdk"); relative
	// links resolve against it. Empty: relative links lose their destination
	// and keep their text (a file path is never shown as a link).
	Repo string
	// Dir is the package's folder inside a monorepo ("packages/sdk"), or "".
	Dir string
	// Shift is added to every heading level (capped at 6).
	Shift int
}

// Result is the cleaned Markdown.
type Result struct {
	Markdown string
	// Title is the text of a leading level-1 heading, which Clean removes
	// (the page names the package itself); "" when the README starts otherwise.
	Title string
}

// Clean rewrites md as described in the package comment. Fenced code is kept
// byte for byte (its language included); everything else is prose.
func Clean(md string, o Options) Result {
	md = strings.ReplaceAll(strings.ReplaceAll(md, "\r\n", "\n"), "\r", "\n")
	md = stripControls(strings.ToValidUTF8(md, "\uFFFD"))
	if !printable(o.Repo) {
		o.Repo = ""
	}
	if !printable(o.Dir) {
		o.Dir = ""
	}
	md = stripComments(md)
	var res Result
	var out []string
	fence := ""
	titleDone := false
	for line := range strings.SplitSeq(md, "\n") {
		t := strings.TrimLeft(line, " ")
		indent := len(line) - len(t)
		if fence != "" {
			out = append(out, line)
			if indent < 4 && strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
			}
			continue
		}
		if indent < 4 && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")) {
			fence = t[:3]
			n := 3
			for n < len(t) && t[n] == t[0] {
				n++
			}
			fence = t[:n]
			out = append(out, line)
			continue
		}
		if lvl, text := heading(t); lvl > 0 && indent < 4 {
			text = prose(text, o)
			if !titleDone && lvl == 1 && strings.TrimSpace(strings.Join(out, "")) == "" {
				res.Title = plainHeading(text)
				titleDone = true
				continue
			}
			titleDone = true
			out = append(out, strings.Repeat("#", min(lvl+o.Shift, 6))+" "+text)
			continue
		}
		if strings.TrimSpace(line) != "" {
			titleDone = true
		}
		line = alertLabel(line)
		p := prose(line, o)
		if strings.TrimSpace(p) == "" && strings.TrimSpace(line) != "" {
			continue // a line of badges or bare HTML: nothing left to read
		}
		if strings.HasPrefix(t, "<") {
			p = strings.TrimLeft(p, " ") // HTML indentation is not Markdown indentation
		}
		out = append(out, p)
	}
	res.Markdown = collapseBlank(strings.Join(out, "\n"))
	return res
}

// heading parses an ATX heading ("## Text") into its level and text.
func heading(t string) (int, string) {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return 0, ""
	}
	return n, strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[n:]), "#"))
}

func plainHeading(s string) string {
	return strings.TrimSpace(strings.NewReplacer("`", "", "*", "", "_", " ").Replace(s))
}

var comment = regexp.MustCompile(`(?s)<!--.*?-->`)

// stripComments removes HTML comments outside fenced code.
func stripComments(md string) string {
	if !strings.Contains(md, "<!--") {
		return md
	}
	var b strings.Builder
	fence := ""
	var chunk strings.Builder // prose waiting for comment removal (comments may span lines)
	flush := func() {
		b.WriteString(comment.ReplaceAllString(chunk.String(), ""))
		chunk.Reset()
	}
	for line := range strings.SplitSeq(md, "\n") {
		t := strings.TrimLeft(line, " ")
		switch {
		case fence != "":
			b.WriteString(line + "\n")
			if strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
			}
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			flush()
			fence = t[:3]
			b.WriteString(line + "\n")
		default:
			chunk.WriteString(line + "\n")
		}
	}
	flush()
	return strings.TrimSuffix(b.String(), "\n")
}

// prose rewrites one line outside code: code spans are kept, the rest loses
// its HTML and has its images and links rewritten.
func prose(line string, o Options) string {
	if !strings.ContainsAny(line, "<[!") {
		return line
	}
	var b strings.Builder
	for i, part := range splitCodeSpans(line) {
		if i%2 == 1 {
			b.WriteString(part) // a code span, backticks included
			continue
		}
		b.WriteString(links(dropHTML(part), o))
	}
	return b.String()
}

// splitCodeSpans splits s into alternating text and code spans (with their
// backticks); an unclosed backtick run is text.
func splitCodeSpans(s string) []string {
	var parts []string
	last := 0
	for i := 0; i < len(s); {
		if s[i] != '`' {
			i++
			continue
		}
		n := 0
		for i+n < len(s) && s[i+n] == '`' {
			n++
		}
		ticks := s[i : i+n]
		end := strings.Index(s[i+n:], ticks)
		if end < 0 {
			i += n
			continue
		}
		stop := i + n + end + n
		parts = append(parts, s[last:i], s[i:stop])
		last, i = stop, stop
	}
	return append(parts, s[last:])
}

// htmlTags are the tag names treated as HTML; anything else in angle brackets
// (`<AuthKitProvider>` named in prose, `<your password>`) is text.
var htmlTags = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`a abbr b big blockquote br center code dd del details div dl dt em
		figcaption figure font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp
		small source span strike strong sub summary sup table tbody td tfoot th thead tr tt u ul video`) {
		htmlTags[t] = true
	}
}

// dropHTML removes HTML tags from text, keeping what a reader would see: the
// text inside, an image's alt text as an image link, a link's text with its
// destination, a <summary> in bold.
func dropHTML(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	var href []string // destinations of open <a> tags
	var linkText []*strings.Builder
	write := func(t string) {
		if n := len(linkText); n > 0 {
			linkText[n-1].WriteString(t)
			return
		}
		b.WriteString(t)
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := string(z.Raw())
		switch tt {
		case html.TextToken:
			write(raw)
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			if !htmlTags[tag] {
				write(raw)
				continue
			}
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			switch {
			case tag == "img" && tt != html.EndTagToken:
				if alt := strings.TrimSpace(attrs["alt"]); alt != "" && !isBadge(attrs["src"]) {
					write(imageLink(alt, attrs["src"]))
				}
			case tag == "a" && tt == html.StartTagToken:
				href = append(href, attrs["href"])
				linkText = append(linkText, &strings.Builder{})
			case tag == "a" && tt == html.EndTagToken && len(href) > 0:
				n := len(href) - 1
				text, dest := strings.TrimSpace(linkText[n].String()), href[n]
				href, linkText = href[:n], linkText[:n]
				switch {
				case text == "":
				case dest == "" || strings.HasPrefix(text, "[image: "):
					write(text)
				default:
					write("[" + text + "](" + dest + ")")
				}
			case tag == "summary" && tt != html.EndTagToken:
				write("**")
			case tag == "summary":
				write("**")
			case tag == "br":
				write(" ")
			}
		case html.CommentToken, html.DoctypeToken:
		}
	}
	for i := range linkText { // unclosed <a>: keep the text
		b.WriteString(linkText[i].String())
	}
	return b.String()
}

// mdImage matches a Markdown image, optionally wrapped in a link:
// ![alt](src) or [![alt](src)](dest).
var mdImage = regexp.MustCompile(`\[!\[([^\]\n]*)\]\(([^()\s]*)(?:\s+"[^"\n]*")?\)\]\(([^()\s]*)(?:\s+"[^"\n]*")?\)|!\[([^\]\n]*)\]\(([^()\s]*)(?:\s+"[^"\n]*")?\)`)

// mdLinkDest matches the destination of a Markdown link: [text](dest).
var mdLinkDest = regexp.MustCompile(`\[([^\]\n]*)\]\(([^()\s]*)((?:\s+"[^"\n]*")?)\)`)

// links rewrites images and link destinations in s.
func links(s string, o Options) string {
	if !strings.Contains(s, "](") {
		return s
	}
	s = mdImage.ReplaceAllStringFunc(s, func(m string) string {
		g := mdImage.FindStringSubmatch(m)
		alt, src := g[4], g[5]
		if g[2] != "" || g[1] != "" {
			alt, src = g[1], g[2]
		}
		if isBadge(src) || strings.TrimSpace(alt) == "" {
			return ""
		}
		return imageLink(alt, resolve(src, o, "raw"))
	})
	return mdLinkDest.ReplaceAllStringFunc(s, func(m string) string {
		g := mdLinkDest.FindStringSubmatch(m)
		if strings.HasPrefix(g[1], "image: ") {
			return m // made above
		}
		dest := resolve(g[2], o, "blob")
		if dest == "" {
			return g[1]
		}
		return "[" + g[1] + "](" + dest + g[3] + ")"
	})
}

func imageLink(alt, src string) string {
	alt = strings.NewReplacer("[", "(", "]", ")", "\n", " ").Replace(strings.TrimSpace(alt))
	if src == "" {
		return "image: " + alt
	}
	return "[image: " + alt + "](" + src + ")"
}

// isBadge reports a status-badge image: shields and CI badges carry no content.
func isBadge(src string) bool {
	l := strings.ToLower(src)
	return strings.Contains(l, "shields.io") || strings.Contains(l, "/badge.svg") ||
		strings.Contains(l, "badge.fury.io") || strings.Contains(l, "badgen.net") ||
		strings.Contains(l, "codecov.io") && strings.Contains(l, "graph")
}

// resolve makes a link destination absolute: URLs and in-page anchors stay,
// repository-relative paths point into the repository ("blob" for pages,
// "raw" for images); "" when there is no repository to point into.
func resolve(dest string, o Options, kind string) string {
	d := strings.TrimSpace(dest)
	switch {
	case d == "", strings.HasPrefix(d, "#"), strings.HasPrefix(d, "//"), hasScheme(d):
		return d
	case o.Repo == "":
		return ""
	}
	p := d
	if !strings.HasPrefix(p, "/") && o.Dir != "" {
		p = strings.Trim(o.Dir, "/") + "/" + p
	}
	p = strings.TrimPrefix(cleanPath(strings.TrimPrefix(p, "/")), "/")
	if kind == "raw" {
		return strings.TrimSuffix(o.Repo, "/") + "/raw/HEAD/" + p
	}
	return strings.TrimSuffix(o.Repo, "/") + "/blob/HEAD/" + p
}

// cleanPath resolves "." and ".." inside a repository path without ever
// climbing above its root.
func cleanPath(p string) string {
	var parts []string
	for _, s := range strings.Split(p, "/") {
		switch s {
		case "", ".":
		case "..":
			if len(parts) > 0 {
				parts = parts[:len(parts)-1]
			}
		default:
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "/")
}

func hasScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ':':
			return i > 0
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return false
}

// collapseBlank keeps at most one blank line in a row outside code and trims the ends.
func collapseBlank(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	fence := ""
	for _, l := range lines {
		t := strings.TrimLeft(l, " ")
		if fence == "" && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")) {
			fence = t[:3]
		} else if fence != "" && strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
			fence = ""
		}
		if strings.TrimSpace(l) == "" && fence == "" {
			if blank++; blank > 1 {
				continue
			}
			l = ""
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.Trim(strings.Join(out, "\n"), "\n") + "\n"
}

// RepoURL turns package.json's repository field (a string or {url, directory})
// into a web URL and folder: "git+https://github.com/a/b.git" →
// "https://github.com/a/b"; "github:a/b" and "a/b" shorthands too. "" when it
// names no web host.
func RepoURL(raw string) string {
	u := strings.TrimSpace(raw)
	u = strings.TrimPrefix(u, "git+")
	switch {
	case strings.HasPrefix(u, "github:"):
		u = "https://github.com/" + strings.TrimPrefix(u, "github:")
	case strings.HasPrefix(u, "gitlab:"):
		u = "https://gitlab.com/" + strings.TrimPrefix(u, "gitlab:")
	case strings.HasPrefix(u, "ssh://git@"):
		u = "https://" + strings.TrimPrefix(u, "ssh://git@")
	case strings.HasPrefix(u, "git@"):
		u = "https://" + strings.Replace(strings.TrimPrefix(u, "git@"), ":", "/", 1)
	case strings.HasPrefix(u, "git://"):
		u = "https://" + strings.TrimPrefix(u, "git://")
	case !strings.Contains(u, ":") && strings.Count(u, "/") == 1:
		u = "https://github.com/" + u
	}
	u = strings.TrimSuffix(strings.TrimSuffix(u, "/"), ".git")
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return ""
	}
	if strings.ContainsAny(u, " \"'<>`") {
		return ""
	}
	return u
}

// stripControls removes terminal escape sequences and control characters
// (tab and newline stay): a README comes from a registry and must not drive
// the reader's terminal.
func stripControls(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return -1
		}
		return r
	}, s)
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f)
}

// printable reports valid UTF-8 without control characters or spaces: what a
// repository URL or folder from package.json must be to be used at all.
func printable(s string) bool {
	return utf8.ValidString(s) && strings.IndexFunc(s, func(r rune) bool { return isControl(r) || r == ' ' || r == '\n' || r == '\t' }) < 0
}

// gfmAlert matches a GitHub alert marker opening a quote: "> [!WARNING]".
var gfmAlert = regexp.MustCompile(`^(\s*>\s*)\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*>?\s*`)

// alertLabel turns a GitHub alert marker into the bold label the docs' own
// callouts carry ("> **Warning:**"): other renderers show the marker raw.
func alertLabel(line string) string {
	m := gfmAlert.FindStringSubmatchIndex(line)
	if m == nil {
		return line
	}
	kind := line[m[4]:m[5]]
	label := kind[:1] + strings.ToLower(kind[1:])
	rest := line[m[1]:]
	if rest == "" {
		return line[m[2]:m[3]] + "**" + label + ":**"
	}
	return line[m[2]:m[3]] + "**" + label + ":** " + rest
}
