package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/docs/search"
)

const (
	gotoLimit   = 8
	searchLimit = 20
	queriesMax  = 50
)

// palette is the live search overlay: fuzzy go-to matches and full-text hits,
// both looked up in Cmds; answers to older queries are dropped by sequence number.
type palette struct {
	sh            *shared
	input         textinput.Model
	gotos         []search.Match // what go-to shows: typed and fixed merged (mergeGoTo)
	typed         []search.Match // go-to for the query as typed
	fixed         []search.Match // go-to for the spelling full text corrected it to
	gotoLang      string         // the SDK language the query named ("go dlu"), else ""
	hits          []search.Hit   // allHits minus what go-to already lists
	allHits       []search.Hit
	total         int
	sel, offset   int
	seq           int
	pending       bool        // a full-text query is running
	corrected     string      // the spelling full text searched instead ("Showing results for …")
	histIdx       int         // -1, or the previous query shown (index into sh.queries)
	chooseAhead   bool        // enter came before the first go-to answer: choose it on arrival
	fixing        bool        // go-to for the corrected spelling is on its way
	gotoSeq       int         // the query go-to last answered
	named         *search.Hit // the page the query names, as full text ranks it (first)
	width, height int         // inner size of the box
}

type searchResultMsg struct {
	seq int
	res search.Result
}

type gotoResultMsg struct {
	seq     int
	matches []search.Match
	fixed   string // the corrected spelling these matches are for; "" = the query as typed
}

func newPalette(sh *shared) *palette {
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = "search pages, sections, API methods…"
	return &palette{sh: sh, input: in}
}

func (p *palette) open() tea.Cmd {
	p.input.Reset()
	p.gotos, p.hits, p.allHits, p.total, p.sel, p.offset = nil, nil, nil, 0, 0, 0
	p.typed, p.fixed, p.gotoLang = nil, nil, ""
	p.corrected, p.histIdx, p.named = "", -1, nil
	p.seq++
	return p.input.Focus()
}

// openWith opens the palette with a query typed (an unknown start path).
func (p *palette) openWith(q string) tea.Cmd {
	cmd := p.open()
	p.input.SetValue(q)
	p.input.CursorEnd()
	return tea.Batch(cmd, p.query())
}

// chooseNow opens the selected result, as enter does (a click, or an enter
// typed ahead of the answers).
func (p *palette) chooseNow(m *Model) tea.Cmd {
	loc := p.chosen()
	if loc == nil {
		return nil
	}
	lang := p.chosenLang(m)
	p.input.Blur()
	p.seq++
	p.remember(p.input.Value())
	m.pop(p)
	return m.openChosen(*loc, lang)
}

// answered is called when a go-to or full-text answer arrived: an enter
// typed ahead is carried out once both have answered (and go-to for a
// corrected spelling, if full text corrected one) and there is a result.
func (p *palette) answered(m *Model) tea.Cmd {
	if !p.chooseAhead || p.gotoSeq != p.seq || p.pending || p.fixing || p.count() == 0 || m.top() != overlay(p) {
		return nil
	}
	p.chooseAhead = false
	return p.chooseNow(m)
}

func (p *palette) key(m *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	cmd, loc, done := p.update(msg)
	if loc != nil {
		return tea.Batch(cmd, m.openChosen(*loc, p.chosenLang(m))), true
	}
	return cmd, done
}

func (p *palette) paste(msg tea.PasteMsg) tea.Cmd {
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return tea.Batch(cmd, p.query())
}

func (p *palette) help() helpMap { return p.sh.keys.listHelp() }

// click opens the result on content line y (the input and a blank line come first).
func (p *palette) click(m *Model, y int) (tea.Cmd, bool) {
	line, hs := 2, p.heights()
	for i := p.offset; i < len(hs); i++ {
		if y >= line && y < line+hs[i] {
			p.sel = i
			return p.chooseNow(m), false // chooseNow closed the palette
		}
		line += hs[i]
	}
	return nil, false
}

// chosenLang is the SDK language to show the chosen result in: the one the
// query named ("go dlu"), else that of a symbol of one language only
// ("directorysync.ListUsers" is Go).
func (p *palette) chosenLang(m *Model) string {
	if l, _ := langPrefix(p.sh.langs, p.input.Value()); l != "" {
		return l
	}
	if p.sel < len(p.gotos) && p.gotos[p.sel].Kind == "symbol" {
		g := p.gotos[p.sel]
		if ls := p.sh.symbolLang[symbolKey{g.Label, g.Path}]; len(ls) == 1 {
			return ls[0]
		}
	}
	return ""
}

// langPrefix splits "go list users" into an SDK language and the rest of
// the query when the first word names one of langs and more follows.
func langPrefix(langs []string, q string) (lang, rest string) {
	first, rest, ok := strings.Cut(strings.TrimLeft(q, " "), " ")
	first = strings.ToLower(first)
	if !slices.Contains(langs, first) && !langAliases[first] {
		return "", q // "api keys", "rest api": words that CanonicalLang reads as curl stay words
	}
	first = apiref.CanonicalLang(first)
	if !ok || strings.TrimSpace(rest) == "" || first == "" || !slices.Contains(langs, first) {
		return "", q
	}
	return first, strings.TrimSpace(rest)
}

// langAliases are the other names a query may start with to pick a language.
var langAliases = map[string]bool{"py": true, "rb": true, "golang": true, "node": true,
	"javascript": true, "typescript": true, "ts": true, "csharp": true, "c#": true, ".net": true}

// gotoInLang is go-to for a query that named an SDK language: that
// language's symbols first, those whose word initials spell the query
// ("dlu" → directorysync.ListUsers) before the rest; other symbols dropped.
func gotoInLang(d Docs, symLangs map[symbolKey][]string, lang, q string) []search.Match {
	var initials, syms, rest []search.Match
	for _, m := range d.GoTo(q, 300) {
		switch {
		case m.Kind != "symbol":
			rest = append(rest, m)
		case !slices.Contains(symLangs[symbolKey{m.Label, m.Path}], lang):
		case strings.HasPrefix(wordInitials(m.Label), strings.ToLower(strings.ReplaceAll(q, " ", ""))):
			initials = append(initials, m)
		default:
			syms = append(syms, m)
		}
	}
	out := oneEach(d, slices.Concat(initials, syms, rest), q)
	return out[:min(len(out), gotoLimit)]
}

// wordInitials is the lower-case first letter of each word of an
// identifier: directorysync.ListUsers → "dlu", list_users → "lu".
func wordInitials(s string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		if letter && (!unicode.IsLetter(prev) && !unicode.IsDigit(prev) || unicode.IsUpper(r) && unicode.IsLower(prev)) {
			b.WriteRune(unicode.ToLower(r))
		}
		prev = r
	}
	return b.String()
}

// walkHistory shows an earlier (d=-1 is older) query; it reports false when
// the palette is not walking history (the input holds something else).
func (p *palette) walkHistory(d int) bool {
	v := p.input.Value()
	walking := p.histIdx >= 0 && p.histIdx < len(p.sh.queries) && v == p.sh.queries[p.histIdx]
	if v != "" && !walking {
		return false
	}
	i := p.histIdx - d // queries are newest first
	switch {
	case i < 0:
		p.histIdx = -1
		p.input.SetValue("")
	case i >= len(p.sh.queries):
		return true // the oldest stays
	default:
		p.histIdx = i
		p.input.SetValue(p.sh.queries[i])
	}
	p.input.CursorEnd()
	return true
}

// remember puts a query on top of the history.
func (p *palette) remember(q string) {
	if q = strings.TrimSpace(q); q == "" {
		return
	}
	p.sh.queries = slices.Insert(slices.DeleteFunc(p.sh.queries, func(s string) bool { return s == q }), 0, q)
	if len(p.sh.queries) > queriesMax {
		p.sh.queries = p.sh.queries[:queriesMax]
	}
}

func (p *palette) setSize(w, h int) {
	p.width, p.height = max(0, w), max(0, h)
	p.input.SetWidth(max(1, w-3))
	p.scroll()
}

// rows is the number of lines for results under the input and a blank line.
func (p *palette) rows() int { return max(p.height-2, 0) }

// heights is the number of lines each result takes: go-to matches one line,
// full-text hits two; the first of each group carries its header line.
func (p *palette) heights() []int {
	hs := make([]int, 0, p.count())
	for i, g := range p.gotos {
		hs = append(hs, 1+b2i(i == 0 || g.Kind != "suggest" && p.gotos[i-1].Kind == "suggest"))
	}
	for i := range p.hits {
		hs = append(hs, 2+b2i(i == 0))
	}
	return hs
}

// scroll keeps the selected result in view; view only reads offset.
func (p *palette) scroll() {
	if p.count() == 0 {
		p.offset = 0
		return
	}
	p.offset = listWindow(p.heights(), p.sel, p.offset, p.rows())
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (p *palette) count() int { return len(p.gotos) + len(p.hits) }

// update handles a key; it returns a location when the user picks a result.
func (p *palette) update(msg tea.KeyPressMsg) (tea.Cmd, *location, bool) {
	k := p.sh.keys.List
	switch {
	case matches(msg, k.Close):
		p.input.Blur()
		p.seq++ // ignore searches still running
		return nil, nil, true
	case matches(msg, k.Choose):
		if p.count() == 0 && p.pending {
			p.chooseAhead = true // typed ahead of the search: take its first answer
			return nil, nil, false
		}
		if loc := p.chosen(); loc != nil {
			p.input.Blur()
			p.seq++
			p.remember(p.input.Value())
			return nil, loc, true
		}
		return nil, nil, false
	case matches(msg, k.Down):
		if p.histIdx >= 0 && p.count() == 0 && p.walkHistory(1) {
			return p.query(), nil, false
		}
		p.move(1)
		return nil, nil, false
	case matches(msg, k.Up):
		if p.sel == 0 && p.walkHistory(-1) {
			return p.query(), nil, false
		}
		p.move(-1)
		return nil, nil, false
	case matches(msg, k.PageDown):
		p.move(5)
		return nil, nil, false
	case matches(msg, k.PageUp):
		p.move(-5)
		return nil, nil, false
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() == before {
		return cmd, nil, false
	}
	p.histIdx = -1
	return tea.Batch(cmd, p.query()), nil, false
}

// query updates go-to matches now and starts the full-text search.
func (p *palette) query() tea.Cmd {
	q := strings.TrimSpace(p.input.Value())
	p.seq++
	p.sel, p.offset, p.chooseAhead, p.named, p.fixing = 0, 0, false, nil, false
	if q == "" {
		p.gotos, p.hits, p.allHits, p.total, p.pending, p.corrected = nil, nil, nil, 0, false, ""
		p.typed, p.fixed = nil, nil
		return nil
	}
	p.pending = true
	p.fixed = nil
	// Both lookups run in Cmds, so a keystroke costs one frame whatever the
	// corpus size; answers to older queries are dropped by sequence number.
	seq, d, lang, symLangs := p.seq, p.sh.docs, p.sh.lang, p.sh.symbolLang
	named, rest := langPrefix(p.sh.langs, q)
	mine := p.sh.stack.SDKPages() // their entries come first among entries with one label
	gotoFn := func() []search.Match { return stackFirst(gotoWithSuggestions(d, q), mine) }
	if named != "" { // "go list users": that language's API first, full text in it
		lang, q = named, rest
		gotoFn = func() []search.Match { return gotoInLang(d, symLangs, named, rest) }
	}
	p.gotoLang = named
	return tea.Batch(
		func() tea.Msg { return gotoResultMsg{seq: seq, matches: gotoFn()} },
		func() tea.Msg {
			return searchResultMsg{seq: seq, res: d.Search(q, search.Options{Limit: searchLimit, Lang: lang})}
		})
}

func (p *palette) setGoTo(msg gotoResultMsg) {
	if msg.seq != p.seq || msg.fixed != "" && msg.fixed != p.corrected {
		return
	}
	if msg.fixed != "" {
		p.fixed, p.fixing = msg.matches, false
	} else {
		p.typed, p.gotoSeq = msg.matches, msg.seq
	}
	_, q := langPrefix(p.sh.langs, strings.TrimSpace(p.input.Value()))
	p.gotos = mergeGoTo(p.typed, p.fixed, q)
	p.promoteNamed()
	p.hits = dropDuplicateHits(p.allHits, p.gotos)
	p.sel = min(p.sel, max(p.count()-1, 0))
	p.scroll()
}

// setResults shows full-text hits. When full text searched a corrected
// spelling ("magik" → "magic"), it returns a Cmd that looks go-to up for that
// spelling too (mergeGoTo decides what shows).
func (p *palette) setResults(msg searchResultMsg) tea.Cmd {
	if msg.seq != p.seq {
		return nil // typing went on: a newer query is coming
	}
	p.pending = false
	p.allHits, p.total = msg.res.Hits, msg.res.Total
	p.corrected = ""
	if len(msg.res.DidYouMean) > 0 {
		p.corrected = msg.res.DidYouMean[0]
	}
	p.named = nil
	if q := strings.TrimSpace(strings.ToLower(msg.res.Query)); len(msg.res.Hits) > 0 && q != "" {
		if h := msg.res.Hits[0]; strings.EqualFold(h.Title, q) || h.Path == q {
			p.named = &h
		}
	}
	p.promoteNamed()
	p.hits = dropDuplicateHits(p.allHits, p.gotos)
	p.sel = min(p.sel, max(p.count()-1, 0))
	p.scroll()
	cmd := p.gotoFixed()
	p.fixing = cmd != nil
	return cmd
}

// gotoFixed looks go-to up for the corrected spelling, in a Cmd like every lookup.
func (p *palette) gotoFixed() tea.Cmd {
	fixed := p.corrected
	_, typed := langPrefix(p.sh.langs, strings.TrimSpace(p.input.Value()))
	if fixed == "" || strings.EqualFold(fixed, typed) {
		return nil
	}
	seq, d, lang, symLangs := p.seq, p.sh.docs, p.gotoLang, p.sh.symbolLang
	return func() tea.Msg {
		ms := gotoWithSuggestions(d, fixed)
		if lang != "" {
			ms = gotoInLang(d, symLangs, lang, fixed)
		}
		return gotoResultMsg{seq: seq, matches: ms, fixed: fixed}
	}
}

// mergeGoTo is what go-to shows for query q: the matches of q as typed
// where its words appear whole in the label (what the reader typed exactly
// stays first), then the matches of the corrected spelling, then the
// rest of the typed matches (fuzzy on a typo, they match poorly); one entry
// per destination, no more than typed alone would show.
func mergeGoTo(typed, fixed []search.Match, q string) []search.Match {
	out := typed
	if len(fixed) > 0 {
		var good, poor []search.Match
		for _, m := range typed {
			if _, ok := termPositions(m.Label, q); ok || m.Kind == "suggest" {
				good = append(good, m)
			} else {
				poor = append(poor, m)
			}
		}
		out = slices.Concat(good, fixed, poor)
	}
	out = uniqueDest(out)
	return out[:min(len(out), max(gotoLimit, len(typed)))]
}

// uniqueDest keeps the first match of each destination (page and anchor).
func uniqueDest(ms []search.Match) []search.Match {
	seen := make(map[[2]string]bool, len(ms))
	out := make([]search.Match, 0, len(ms))
	for _, m := range ms {
		k := [2]string{m.Path, m.Anchor}
		if !seen[k] {
			seen[k] = true
			out = append(out, m)
		}
	}
	return out
}

// oneEach is go-to's answer as the palette lists it: one entry per
// destination (a page's title, its path and its API spellings all open the
// same place; the best ranked stays) and pages shown by their title, never
// by their path.
func oneEach(d Docs, ms []search.Match, q string) []search.Match {
	ms = slices.Clone(ms)
	for i, m := range ms {
		if m.Kind != "path" {
			continue
		}
		if pg := d.Page(m.Path); pg != nil && pg.Title != "" {
			pos, _ := termPositions(pg.Title, q)
			ms[i].Label, ms[i].Kind, ms[i].Positions = pg.Title, "page", pos
		}
	}
	return uniqueDest(ms)
}

// promoteNamed puts the page the query names ("authkit", "sso") first in
// go-to, as the search command ranks it, unless the reader already moved.
func (p *palette) promoteNamed() {
	if p.named == nil || p.sel != 0 {
		return
	}
	h := *p.named
	i := slices.IndexFunc(p.gotos, func(g search.Match) bool { return g.Path == h.Path && g.Anchor == "" })
	switch {
	case i == 0:
		return
	case i > 0:
		g := p.gotos[i]
		p.gotos = slices.Insert(slices.Delete(p.gotos, i, i+1), 0, g)
	default:
		p.gotos = slices.Insert(p.gotos, 0, search.Match{Target: search.Target{Label: h.Title, Path: h.Path, Kind: "page"}})
	}
	p.hits = dropDuplicateHits(p.allHits, p.gotos)
}

// gotoWithSuggestions is go-to for q; a query that looks like a page path
// ("no/such/page", an opened address) gets the pages it may have meant first.
func gotoWithSuggestions(d Docs, q string) []search.Match {
	// More than is shown: oneEach folds entries that open the same place.
	ms := oneEach(d, d.GoTo(q, 3*gotoLimit), q)
	ms = ms[:min(len(ms), gotoLimit)]
	if !strings.ContainsAny(q, "/#") {
		return ms
	}
	var out []search.Match
	for _, p := range d.Suggest(q, 5) {
		title := p
		if pg := d.Page(p); pg != nil && pg.Title != "" {
			title = pg.Title
		}
		out = append(out, search.Match{Target: search.Target{Label: title, Path: p, Kind: "suggest"}})
	}
	for _, m := range ms {
		if !slices.ContainsFunc(out, func(o search.Match) bool { return o.Path == m.Path && m.Anchor == "" }) {
			out = append(out, m)
		}
	}
	return out
}

// stackFirst moves, within each run of go-to entries that share a label
// (withAuth in four SDK guides), the reader's stack's entries first, and
// keeps every other order.
func stackFirst(ms []search.Match, mine []string) []search.Match {
	if len(mine) == 0 {
		return ms
	}
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].Label == ms[i].Label {
			j++
		}
		slices.SortStableFunc(ms[i:j], func(a, b search.Match) int {
			return cmp.Compare(b2i(!slices.Contains(mine, a.Path)), b2i(!slices.Contains(mine, b.Path)))
		})
		i = j
	}
	return ms
}

// dropDuplicateHits removes full-text hits that go-to already lists at the top.
func dropDuplicateHits(hits []search.Hit, gotos []search.Match) []search.Hit {
	seen := map[[2]string]bool{}
	for _, g := range gotos {
		seen[[2]string{g.Path, g.Anchor}] = true
	}
	out := hits[:0:0]
	for _, h := range hits {
		if !seen[[2]string{h.Path, h.Anchor}] {
			out = append(out, h)
		}
	}
	return out
}

func (p *palette) move(d int) {
	if n := p.count(); n > 0 {
		p.sel = min(max(p.sel+d, 0), n-1)
	}
	p.scroll()
}

func (p *palette) chosen() *location {
	switch {
	case p.sel < len(p.gotos):
		g := p.gotos[p.sel]
		return &location{Path: g.Path, Anchor: g.Anchor, Offset: -1}
	case p.sel-len(p.gotos) < len(p.hits):
		h := p.hits[p.sel-len(p.gotos)]
		return &location{Path: h.Path, Anchor: h.Anchor, Offset: -1}
	}
	return nil
}

// view renders the palette's inner content (the root draws the box).
func (p *palette) view() string {
	st := p.sh.styles
	w := p.width
	lines := []string{p.input.View(), ""}
	rows := p.rows()
	q := strings.TrimSpace(p.input.Value())
	if p.corrected != "" && q != "" && len(p.hits) > 0 {
		// As the search command says it: full text searched a corrected spelling.
		lines[1] = st.Dim.Render(ansi.Truncate("Showing results for “"+p.corrected+"”.", w, "…"))
	}

	// Each result is one or two lines; headers are drawn before the first of a group.
	var items []string
	for i, g := range p.gotos {
		head := ""
		switch {
		case i == 0 && g.Kind == "suggest":
			head = st.Section.Render("Did you mean") + "\n"
		case i == 0, g.Kind != "suggest" && p.gotos[i-1].Kind == "suggest":
			head = st.Section.Render("Go to") + "\n"
		}
		// Titles repeat across areas ("Magic Auth"): the path tells them apart.
		detail := kindLabel(g.Kind) + " · " + g.Path
		dw := splitRow(ansi.StringWidth(g.Label), ansi.StringWidth(detail), w)
		label := highlight(g.Label, g.Positions, st.Match, st.Item, w-dw-3)
		line := padRight(label, w-dw-2) + highlight(" "+detail, nil, st.Match, st.Detail, dw)
		items = append(items, head+p.mark(i, line))
	}
	for i, h := range p.hits {
		head := ""
		if i == 0 {
			head = st.Section.Render(fmt.Sprintf("Full text (%d pages)", p.total)) + "\n"
		}
		title := h.Title
		if h.Section != "" && h.Section != h.Title {
			title += " › " + h.Section
		}
		tpos, _ := termPositions(title, q)
		snip := strings.ReplaceAll(h.Snippet, "\n", " ")
		dw := splitRow(ansi.StringWidth(title), ansi.StringWidth(h.Path), w)
		line1 := padRight(highlight(title, tpos, st.Match, st.Item, w-dw-3), w-dw-2) + highlight(" "+h.Path, nil, st.Match, st.Detail, dw)
		line2 := "  " + highlight(snip, byteRangesToRunes(snip, h.Marks), st.Match, st.Detail, w-4)
		idx := len(p.gotos) + i
		items = append(items, head+p.mark(idx, line1)+"\n"+p.mark(idx, line2))
	}
	switch {
	case q == "":
		k := p.sh.keys.List
		lines = append(lines, st.Dim.Width(w).Render(fmt.Sprintf("Type to search; start with an SDK language for its API (go dlu: directorysync.ListUsers). %s and %s choose (on an empty line: earlier searches), %s %s, %s %s.",
			k.Up.Help().Key, k.Down.Help().Key, k.Choose.Help().Key, k.Choose.Help().Desc, k.Close.Help().Key, k.Close.Help().Desc)))
	case len(items) == 0 && p.pending:
		lines = append(lines, st.Dim.Render("Searching…"))
	case len(items) == 0:
		lines = append(lines, st.Dim.Render("No results for “"+q+"”."))
	}
	if len(items) > 0 {
		heights, used := p.heights(), 0
		for i := p.offset; i < len(items) && used+heights[i] <= rows; i++ {
			lines = append(lines, items[i])
			used += heights[i]
		}
	}
	return strings.Join(lines, "\n")
}

// mark draws a selection bar in front of the selected result's lines.
func (p *palette) mark(i int, line string) string {
	if i == p.sel {
		return p.sh.styles.Prompt.Render("▌") + line
	}
	return " " + line
}

func kindLabel(kind string) string {
	switch kind {
	case "symbol":
		return "API"
	case "section":
		return "section"
	case "suggest":
		return "page"
	default:
		return "page"
	}
}
