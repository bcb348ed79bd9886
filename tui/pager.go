package tui

import (
	"fmt"
	"regexp"

	"github.com/charmbracelet/x/ansi"

	tea "charm.land/bubbletea/v2"
)

// pager is the page pane: a viewport over the rendered page, find in page and
// the numbered links of the page.
type pager struct {
	sh      *shared
	vp      scroller
	loc     location // what is shown, or being rendered
	title   string
	doc     *rendered // nil until the first render of loc arrives
	loading bool
	err     error
	find    finder
	digits  string // a link number being typed

	pendingAnchor string
	pendingOffset int    // -1: none
	pendingPlace  *place // where to land when the offset was measured at another width

	// kept is the reading place taken before the last re-layout, valid while
	// keptDoc is shown at line keptAt (the reader has not moved since): a
	// series of resizes and z presses restores the same place, without drift.
	kept    *place
	keptDoc *rendered
	keptAt  int
}

func newPager(sh *shared) *pager {
	return &pager{sh: sh, pendingOffset: -1}
}

func (p *pager) setSize(w, h int) {
	w, h = max(0, w), max(0, h)
	if p.doc != nil && (w != p.vp.Width() || h != p.vp.Height()) {
		p.keepPlace() // before the height clamps the offset
	}
	p.vp.SetWidth(w)
	p.vp.SetHeight(h)
	if p.kept != nil && p.keptDoc == p.doc {
		p.keptAt = p.vp.YOffset()
	}
}

// keepPlace notes the reading place, unless the one noted is still valid.
func (p *pager) keepPlace() {
	if p.doc == nil || p.placeKept() {
		return
	}
	pl := placeOf(p.doc, p.vp.YOffset())
	p.kept, p.keptDoc, p.keptAt = &pl, p.doc, p.vp.YOffset()
}

func (p *pager) placeKept() bool {
	return p.kept != nil && p.keptDoc == p.doc && p.keptAt == p.vp.YOffset()
}

// goTo starts showing loc; the content arrives with show.
func (p *pager) goTo(loc location, title string) {
	if p.loc.Path != loc.Path {
		p.doc = nil
		p.find.reset()
	}
	p.loc, p.title, p.err, p.digits = loc, title, nil, ""
	p.pendingAnchor, p.pendingOffset, p.pendingPlace = loc.Anchor, loc.Offset, nil
	if loc.Offset >= 0 && loc.place != nil && loc.Width != p.vp.Width() {
		p.pendingOffset, p.pendingPlace = -1, loc.place
	}
}

// here is the location on screen, with its place for another width.
func (p *pager) here() location {
	loc := location{Path: p.loc.Path, Offset: p.vp.YOffset(), Width: p.vp.Width()}
	if p.doc != nil && p.doc.key.path == loc.Path {
		pl := placeOf(p.doc, loc.Offset)
		loc.place = &pl
	}
	return loc
}

// scrollTo scrolls the page on screen to loc (the same page).
func (p *pager) scrollTo(loc location) {
	switch {
	case loc.Offset >= 0 && loc.place != nil && loc.Width != p.vp.Width() && p.doc != nil:
		p.vp.SetYOffset(loc.place.lineIn(p.doc))
	case loc.Offset >= 0:
		p.vp.SetYOffset(loc.Offset)
	case loc.Anchor == "" || !p.jumpAnchor(loc.Anchor):
		p.vp.GotoTop()
	}
}

// show puts a rendering on screen and applies a pending anchor or offset.
func (p *pager) show(r *rendered) {
	sameDoc := p.doc != nil && p.doc.key.path == r.key.path && p.doc.key.lang == r.key.lang
	top := p.vp.YOffset()
	var pl *place
	if sameDoc {
		p.keepPlace()
		pl = p.kept
	}
	p.kept = nil
	p.doc, p.loading, p.err = r, false, nil
	if p.find.active() {
		p.find.search(r.plain, p.find.query, top)
	}
	p.repaint()
	switch {
	case p.pendingAnchor != "":
		p.jumpAnchor(p.pendingAnchor)
	case p.pendingOffset >= 0:
		p.vp.SetYOffset(p.pendingOffset)
	case p.pendingPlace != nil:
		p.vp.SetYOffset(p.pendingPlace.lineIn(r))
	case sameDoc: // re-wrapped at a new width: keep the reader at the same text
		p.vp.SetYOffset(pl.lineIn(r))
		p.kept, p.keptDoc, p.keptAt = pl, r, p.vp.YOffset()
	default:
		p.vp.GotoTop()
	}
	p.pendingAnchor, p.pendingOffset, p.pendingPlace = "", -1, nil
}

// repaint hands the current rendering and find highlights to the scroller;
// highlights are painted per frame on the visible lines only.
func (p *pager) repaint() {
	if p.doc == nil {
		p.vp.SetContentLines(nil, nil)
		p.vp.paint = nil
		return
	}
	p.vp.SetContentLines(p.doc.lines, p.doc.width)
	p.vp.paint = nil
	if len(p.find.matches) > 0 {
		f, st, plain, dumb := &p.find, p.sh.styles, p.doc.plain, p.sh.dumb
		p.vp.paint = func(i int, line string) string {
			line = f.paintLine(i, line, plain[i], st.FindMatch, st.FindCurrent)
			if dumb { // no attributes reach a dumb terminal: mark the line in the margin
				line = f.marginMark(i, line)
			}
			return line
		}
	}
}

// sectionAtTop is the last heading at or above the first visible line
// (zero when none): where a bookmark or a resumed session points.
func (p *pager) sectionAtTop() headSpec {
	var h headSpec
	if p.doc == nil {
		return h
	}
	for _, hl := range p.doc.heads {
		if hl.Line > p.vp.YOffset() {
			break
		}
		h = hl.headSpec
	}
	return h
}

// linkAt is the number of the link marker "[n]" at cell x of visible row y, or 0.
func (p *pager) linkAt(x, y int) int {
	i := p.vp.YOffset() + y
	if p.doc == nil || i < 0 || i >= len(p.doc.plain) {
		return 0
	}
	line := p.doc.plain[i]
	for _, loc := range linkMarker.FindAllStringSubmatchIndex(line, -1) {
		c0, c1 := ansi.StringWidth(line[:loc[0]]), ansi.StringWidth(line[:loc[1]])
		if x >= c0 && x < c1 {
			var n int
			fmt.Sscanf(line[loc[2]:loc[3]], "%d", &n)
			return n
		}
	}
	return 0
}

var linkMarker = regexp.MustCompile(`\[(\d{1,4})\]`)

// jumpAnchor scrolls to a heading by anchor; false if the page has none such.
func (p *pager) jumpAnchor(anchor string) bool {
	if p.doc == nil {
		return false
	}
	for _, h := range p.doc.heads {
		if h.Anchor == anchor {
			p.vp.SetYOffset(h.Line)
			return true
		}
	}
	return false
}

// setFind runs an incremental search from the top of the view.
func (p *pager) setFind(q string) {
	if p.doc == nil {
		p.find.query = q
		return
	}
	p.find.search(p.doc.plain, q, p.vp.YOffset())
	p.repaint()
	p.revealMatch()
}

func (p *pager) stepFind(d int) {
	p.find.step(d)
	p.repaint()
	p.revealMatch()
}

// revealMatch scrolls the current match into view, a third from the top.
func (p *pager) revealMatch() {
	m, ok := p.find.current()
	if !ok {
		return
	}
	if top := p.vp.YOffset(); m.line < top || m.line >= top+p.vp.Height() {
		p.vp.SetYOffset(max(0, m.line-p.vp.Height()/3))
	}
}

func (p *pager) clearFind() {
	p.find.reset()
	p.repaint()
}

// link returns link n (1-based).
func (p *pager) link(n int) (linkRef, bool) {
	if p.doc == nil || n < 1 || n > len(p.doc.links) {
		return linkRef{}, false
	}
	return p.doc.links[n-1], true
}

// update handles the page keys; it reports a link number typed and confirmed.
func (p *pager) update(msg tea.KeyPressMsg) (follow int, links bool) {
	k := p.sh.keys.Page
	switch {
	case matches(msg, k.Digit):
		if len(p.digits) < 4 {
			p.digits += msg.Text
		}
	case matches(msg, k.Links):
		if p.digits == "" {
			return 0, true
		}
		fmt.Sscanf(p.digits, "%d", &follow)
		p.digits = ""
		return follow, false
	case matches(msg, k.Clear):
		p.digits = ""
		if p.find.active() {
			p.clearFind()
		}
	case matches(msg, k.Down):
		p.vp.ScrollDown(1)
	case matches(msg, k.Up):
		p.vp.ScrollUp(1)
	case matches(msg, k.PageDown):
		p.vp.PageDown()
	case matches(msg, k.PageUp):
		p.vp.PageUp()
	case matches(msg, k.HalfDown):
		p.vp.HalfPageDown()
	case matches(msg, k.HalfUp):
		p.vp.HalfPageUp()
	case matches(msg, k.Top):
		p.vp.GotoTop()
	case matches(msg, k.Bottom):
		p.vp.GotoBottom()
	case matches(msg, k.Next):
		p.stepFind(1)
	case matches(msg, k.Prev):
		p.stepFind(-1)
	}
	return 0, false
}

func (p *pager) scroll(lines int) {
	if lines > 0 {
		p.vp.ScrollDown(lines)
	} else {
		p.vp.ScrollUp(-lines)
	}
}

func (p *pager) view() string {
	w, h := p.vp.Width(), p.vp.Height()
	if w <= 0 || h <= 0 {
		return ""
	}
	switch {
	case p.err != nil:
		return fit(p.sh.styles.Error.Render("Cannot show this page: ")+p.err.Error(), w, h)
	case p.doc == nil:
		return fit(p.sh.styles.Dim.Render(" Loading "+p.title+"…"), w, h)
	}
	return p.vp.View()
}

// percent is the scroll position for the status bar.
func (p *pager) percent() int {
	if p.doc == nil || p.vp.TotalLineCount() <= p.vp.Height() {
		return 100
	}
	return int(p.vp.ScrollPercent() * 100)
}
