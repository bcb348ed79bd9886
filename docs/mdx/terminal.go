package mdx

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Terminal pre-passes: Markdown in, Markdown out, run just before a terminal
// renderer (glamour) lays the page out at a known width. MCP and --plain never
// see them; they only change how a terminal draws the same text.

// Columns glamour's styles take around a block: the document margin on each
// side, and the code block's own margin.
const (
	docMargin  = 2
	codeMargin = 2
)

// ForTerminal is FitWidth then KeepParagraphs: what the explorer and `show`
// on a terminal run before glamour.
func ForTerminal(md string, width int) string {
	return KeepParagraphs(FitWidth(md, width))
}

// mdLine is a line of Markdown with its indentation measured.
type mdLine struct {
	text    string
	ind     int    // leading spaces (a tab counts 4)
	body    string // text without the indentation
	dropped bool   // left out of the output (KeepParagraphs)
}

func splitLines(md string) []mdLine {
	raw := strings.Split(md, "\n")
	out := make([]mdLine, len(raw))
	for i, t := range raw {
		n, j := 0, 0
		for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
			if t[j] == '\t' {
				n += 4
			} else {
				n++
			}
			j++
		}
		out[i] = mdLine{text: t, ind: n, body: t[j:]}
	}
	return out
}

// fenceOpen reports a fence opener: its character and run length.
func fenceOpen(body string) (byte, int) {
	c, n := fenceRun(body)
	if n == 0 || (c == '`' && strings.IndexByte(body[n:], '`') >= 0) {
		return 0, 0
	}
	return c, n
}

func fenceClose(body string, c byte, n int) bool {
	cc, m := fenceRun(body)
	return cc == c && m >= n && strings.TrimSpace(body[m:]) == ""
}

var listItem = regexp.MustCompile(`^([-*+]|\d{1,9}[.)])( +|$)`)

// itemContent is the content indentation of a list item line, or -1.
func itemContent(l mdLine) int {
	m := listItem.FindStringSubmatch(l.body)
	if m == nil || strings.HasPrefix(l.body, "---") || strings.HasPrefix(l.body, "***") {
		return -1
	}
	w := len(m[0])
	if m[2] == "" || len(m[2]) > 4 {
		w = len(m[1]) + 1
	}
	return l.ind + w
}

// isParaLine reports a line that continues or starts a paragraph: not a
// block of another kind.
func isParaLine(l mdLine) bool {
	b := l.body
	if b == "" {
		return false
	}
	switch b[0] {
	case '#', '>', '|', '<':
		return false
	}
	if c, _ := fenceOpen(b); c != 0 {
		return false
	}
	if strings.Trim(b, "-*_ ") == "" { // thematic break
		return false
	}
	return true
}

// KeepParagraphs keeps the break between paragraphs of a loose list item,
// which glamour (v2.0.1, its issue #167) runs together: consecutive
// paragraphs of one item become one paragraph with an empty hard-broken line
// between them ("one\" / "\" / "two"), which glamour draws as an empty line.
func KeepParagraphs(md string) string {
	if !strings.Contains(md, "\n\n") {
		return md
	}
	lines := splitLines(md)
	var items []int // content indentation of the open list items
	var fc byte
	fn := 0
	prev := -1 // index of the last non-blank line outside fences
	changed := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if fn > 0 {
			if fenceClose(l.body, fc, fn) {
				fn = 0
				prev = i
			}
			continue
		}
		if l.body == "" {
			continue
		}
		if c, n := fenceOpen(l.body); n > 0 {
			fc, fn = c, n
			prev = -1
			continue
		}
		for len(items) > 0 && l.ind < items[len(items)-1] {
			items = items[:len(items)-1]
		}
		ci := itemContent(l)
		// A paragraph of the innermost item after a blank line.
		if ci < 0 && len(items) > 0 && prev >= 0 && prev < i-1 && isParaLine(l) && l.ind < items[len(items)-1]+4 {
			in := items[len(items)-1]
			if paraEnd(lines[prev], in) {
				// After a paragraph of the same item: join them.
				pl := &lines[prev]
				pl.text = strings.TrimRight(pl.text, " ") + `\`
			}
			// Otherwise (after code, a quote, a nested list) the paragraph
			// opens with a hard break: an empty line before it.
			for j := prev + 1; j < i; j++ {
				lines[j].dropped = true // a flag, not a sentinel text: a line may be any text
			}
			lines[i-1].text, lines[i-1].dropped = strings.Repeat(" ", in)+`\`, false
			changed = true
		}
		if ci >= 0 {
			items = append(items, ci)
		}
		prev = i
	}
	if !changed {
		return md
	}
	var b strings.Builder
	b.Grow(len(md) + 64)
	for i, l := range lines {
		if l.dropped {
			continue
		}
		b.WriteString(l.text)
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// paraEnd reports a line that ends a paragraph of the item with content
// indentation ci: the item's own first line or a paragraph line inside it.
func paraEnd(l mdLine, ci int) bool {
	if c := itemContent(l); c >= 0 {
		rest := strings.TrimSpace(l.body[min(c-l.ind, len(l.body)):])
		return c == ci && rest != "" && isParaLine(mdLine{body: rest})
	}
	return l.ind >= ci && isParaLine(l) && !strings.HasSuffix(l.body, `\`)
}

// FitWidth makes Markdown fit a terminal of width columns without breaking
// words: a table whose columns cannot fit becomes stacked records ("name:
// value" lines), code lines too long for the width wrap with their
// indentation kept and the continuation marked "↪". (Links in tables: render
// with glamour.WithInlineTableLinks(true); its footnotes drop e-mail text.)
func FitWidth(md string, width int) string {
	if width <= 0 {
		return md
	}
	lines := splitLines(md)
	out := make([]string, 0, len(lines)+8)
	emit := func(s string) { out = append(out, s) }
	var fc byte
	fn, find := 0, 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if fn > 0 {
			if fenceClose(l.body, fc, fn) {
				fn = 0
				emit(l.text)
				continue
			}
			for _, s := range wrapCode(l.text, find, width-2*docMargin-codeMargin-find) {
				emit(s)
			}
			continue
		}
		if c, n := fenceOpen(l.body); n > 0 {
			fc, fn, find = c, n, l.ind
			emit(l.text)
			continue
		}
		if strings.Contains(l.body, "|") && i+1 < len(lines) && isDelimRow(lines[i+1].body) {
			j := i + 2
			for j < len(lines) && strings.Contains(lines[j].body, "|") && lines[j].ind >= l.ind {
				j++
			}
			for _, s := range fitTable(lines[i:j], width-2*docMargin-l.ind) {
				emit(strings.Repeat(" ", l.ind) + s)
			}
			i = j - 1
			continue
		}
		emit(l.text)
	}
	return strings.Join(out, "\n")
}

var delimCell = regexp.MustCompile(`^\s*:?-+:?\s*$`)

func isDelimRow(body string) bool {
	if !strings.Contains(body, "-") || !strings.Contains(body, "|") {
		return false
	}
	cells := splitRow(body)
	for _, c := range cells {
		if !delimCell.MatchString(c) {
			return false
		}
	}
	return len(cells) > 0
}

// splitRow splits a table row on unescaped pipes, dropping the outer ones.
func splitRow(body string) []string {
	body = strings.TrimSpace(body)
	body = strings.TrimPrefix(body, "|")
	if strings.HasSuffix(body, "|") && !strings.HasSuffix(body, `\|`) {
		body = body[:len(body)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, strings.TrimSpace(body[start:i]))
			start = i + 1
		}
	}
	return append(cells, strings.TrimSpace(body[start:]))
}

// fitTable returns the table's lines unchanged when its columns fit in avail
// columns without breaking a word, else one record per row.
func fitTable(rows []mdLine, avail int) []string {
	header := splitRow(rows[0].body)
	var data [][]string
	for _, r := range rows[2:] {
		data = append(data, splitRow(r.body))
	}
	if tableFits(header, data, avail) {
		out := make([]string, 0, len(rows))
		for _, r := range rows {
			out = append(out, r.body)
		}
		return out
	}
	// A record per row: the first field as a paragraph, the others as a
	// list of "name: value" items. The "+" marker keeps a record's list from
	// merging with a page list ("-", "*") before or after the table.
	field := func(c int, cell string) string {
		cell = strings.ReplaceAll(cell, `\|`, "|")
		name := ""
		if c < len(header) {
			name = strings.Trim(strings.ReplaceAll(header[c], `\|`, "|"), "* ")
		}
		if name == "" {
			return cell
		}
		return "**" + name + ":** " + cell
	}
	var out []string
	for i, r := range data {
		if i > 0 {
			out = append(out, "")
		}
		first := true
		for c, cell := range r {
			if cell == "" {
				continue
			}
			if first {
				out = append(out, field(c, cell), "")
				first = false
				continue
			}
			out = append(out, "+ "+field(c, cell))
		}
	}
	return out
}

// Glamour draws a table with lipgloss: one space of padding on each side of
// a cell, "│" between columns, no outer border.
const cellPadding = 2

// tableFits reports whether glamour can lay the table out in avail columns
// without breaking a word: it replays lipgloss's column shrinking (v2:
// widest columns first, then those furthest above their median, each down to
// its narrowest cell) and checks every column keeps its longest word.
func tableFits(header []string, data [][]string, avail int) bool {
	n := len(header)
	for _, r := range data {
		n = max(n, len(r))
	}
	if n == 0 {
		return true
	}
	maxW := make([]int, n)
	minW := make([]int, n)
	longest := make([]int, n)
	cols := make([][]int, n)
	for i, r := range append([][]string{header}, data...) {
		for c := range n {
			cell := ""
			if c < len(r) {
				cell = r[c]
			}
			w := ansi.StringWidth(plainCell(cell))
			if i == 0 || w < minW[c] {
				minW[c] = w
			}
			maxW[c] = max(maxW[c], w)
			if i > 0 {
				cols[c] = append(cols[c], w)
			}
			for _, word := range strings.Fields(plainCell(cell)) {
				longest[c] = max(longest[c], ansi.StringWidth(word))
			}
		}
	}
	widths := make([]int, n)
	for c := range n {
		widths[c] = maxW[c] + cellPadding
	}
	border := n - 1
	total := func() int {
		t := border
		for _, w := range widths {
			t += w
		}
		return t
	}
	floor := func(c int) int { return cellPadding + max(minW[c], 1) }
	shrinkBiggest := func(veryBig bool) {
		for total() > avail {
			big, bw := -1, -1
			for c, w := range widths {
				if w <= floor(c) {
					continue
				}
				if (!veryBig || w >= avail/2) && w > bw {
					big, bw = c, w
				}
			}
			if big < 0 {
				return
			}
			widths[big]--
		}
	}
	shrinkMedian := func() {
		for total() > avail {
			idx, diff := -1, 0
			for c, w := range widths {
				if w <= floor(c) {
					continue
				}
				if d := w - median(cols[c]); d > 0 && d > diff {
					idx, diff = c, d
				}
			}
			if idx <= 0 { // lipgloss stops here too, even for column 0
				return
			}
			widths[idx]--
		}
	}
	shrinkBiggest(true)
	shrinkMedian()
	shrinkBiggest(false)
	if total() > avail {
		return false
	}
	for c := range n {
		if widths[c]-cellPadding < longest[c] {
			return false
		}
	}
	return true
}

// median is lipgloss's: the mean of the two middle values for an even count.
func median(v []int) int {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 0 {
		return (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return s[len(s)/2]
}

var (
	inlineLink = regexp.MustCompile(`!?\[([^\]\n]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)`)
)

// plainCell is roughly what a cell shows: a link as its text and address
// (glamour's inline table links; the explorer's "text [n]" is narrower),
// code with a space of padding on each side, no emphasis marks.
func plainCell(s string) string {
	s = inlineLink.ReplaceAllString(s, "$1 $2")
	// The padding of code belongs to its word: glamour cannot wrap inside it.
	return strings.NewReplacer("`", "·", "**", "", `\|`, "|", `\`, "").Replace(s)
}

// wrapCode wraps a code line wider than avail columns: continuation lines
// keep the line's own indentation and start with "↪ ". ind is the fence's
// indentation, kept on every line.
func wrapCode(line string, ind, avail int) []string {
	if avail < 12 || ansi.StringWidth(line) <= avail+ind {
		return []string{line}
	}
	line = strings.ReplaceAll(line, "\t", "    ")
	prefix := line[:min(ind, len(line))]
	code := line[len(prefix):]
	lead := len(code) - len(strings.TrimLeft(code, " "))
	if lead > avail/2 {
		lead = avail / 2
	}
	var out []string
	first := true
	for {
		room := avail
		if !first {
			room = avail - lead - 2
		}
		if ansi.StringWidth(code) <= room {
			break
		}
		cut := cutAt(code, room)
		out = append(out, prefix+cont(first, lead)+strings.TrimRight(code[:cut], " "))
		code = strings.TrimLeft(code[cut:], " ")
		first = false
	}
	return append(out, prefix+cont(first, lead)+code)
}

func cont(first bool, lead int) string {
	if first {
		return ""
	}
	return strings.Repeat(" ", lead) + "↪ "
}

// cutAt is a byte index at most room columns into s: after the last space
// in its second half, else at room.
func cutAt(s string, room int) int {
	cut := 0
	w := 0
	for i := 0; i < len(s); {
		// The rune's own length in s: an invalid byte decodes to U+FFFD,
		// whose encoding is longer than the byte.
		_, n := utf8.DecodeRuneInString(s[i:])
		rw := ansi.StringWidth(s[i : i+n])
		if w+rw > room {
			break
		}
		w += rw
		i += n
		cut = i
	}
	if cut == 0 {
		_, n := utf8.DecodeRuneInString(s)
		return n
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut/2 && strings.TrimSpace(s[:sp]) != "" {
		return sp + 1
	}
	return cut
}
