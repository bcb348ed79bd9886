package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

type pickItem struct {
	label, detail string
	indent        int
	loc           location // where the item leads (TOC, symbols, bookmarks)
	link          int      // link number (links)
	value         string   // what the item sets (a language, a stack side)
}

// picker is a filterable list overlay: the table of contents, the page's
// links, the API symbols, the languages, the stack and the bookmarks are each
// a picker with their own items and choose. Only the rows in view are drawn.
type picker struct {
	sh            *shared
	title         string
	input         textinput.Model
	items         []pickItem
	shown         []int
	pos           map[int][]int
	sel, offset   int
	width, height int
	// choose acts on the chosen item; the picker closes unless keep is set.
	choose func(m *Model, it pickItem) (cmd tea.Cmd, keep bool)
}

// newPicker builds a picker with sel selected; focus its input with m.openPicker.
func newPicker(sh *shared, title string, items []pickItem, sel int, choose func(*Model, pickItem) (tea.Cmd, bool)) *picker {
	in := textinput.New()
	in.Prompt = "filter › "
	in.SetStyles(sh.inputStyles)
	p := &picker{sh: sh, title: title, input: in, items: items, choose: choose}
	p.filter()
	p.sel = min(max(sel, 0), max(len(p.shown)-1, 0))
	p.offset = -1 // placed by the first setSize, when the rows are known
	return p
}

// openPicker pushes a picker and focuses its input.
func (m *Model) openPicker(p *picker) tea.Cmd {
	m.push(p)
	return p.input.Focus()
}

func (p *picker) key(m *Model, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	cmd, it, done := p.update(msg)
	if it == nil {
		return cmd, done
	}
	c, keep := p.choose(m, *it)
	return tea.Batch(cmd, c), !keep
}

func (p *picker) paste(msg tea.PasteMsg) tea.Cmd {
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	p.filter()
	return cmd
}

func (p *picker) help() helpMap { return p.sh.keys.listHelp() }

// click chooses the row on content line y (line 0 holds the title and filter).
func (p *picker) click(m *Model, y int) (tea.Cmd, bool) {
	off := max(p.offset, 0)
	i := off + y - 1
	if y < 1 || i >= len(p.shown) || i >= off+p.rows() {
		return nil, false
	}
	p.sel = i
	p.input.Blur()
	c, keep := p.choose(m, p.items[p.shown[i]])
	return c, !keep
}

func (p *picker) setSize(w, h int) {
	p.width, p.height = max(0, w), max(0, h)
	p.input.SetWidth(max(1, w-len(p.input.Prompt)-1))
	p.scroll()
}

// scroll keeps the selection in view and the box full: the list from the top
// when it all fits, else (on opening) the selection a third down, with the
// entries above it in view. view only reads offset.
func (p *picker) scroll() {
	if p.height == 0 {
		return // not sized yet
	}
	rows := max(p.rows(), 1)
	if p.offset < 0 {
		p.offset = p.sel - rows/3
	}
	if p.sel < p.offset {
		p.offset = p.sel
	}
	if p.sel >= p.offset+rows {
		p.offset = p.sel - rows + 1
	}
	p.offset = max(min(p.offset, len(p.shown)-rows), 0)
}

func (p *picker) filter() {
	q := strings.TrimSpace(p.input.Value())
	p.shown, p.pos = p.shown[:0], map[int][]int{}
	for i, it := range p.items {
		if q == "" {
			p.shown = append(p.shown, i)
			continue
		}
		if pos, ok := termPositions(it.label, q); ok {
			p.shown = append(p.shown, i)
			p.pos[i] = pos
		} else if _, ok := termPositions(it.label+" "+it.detail, q); ok {
			p.shown = append(p.shown, i)
		} else if _, ok := termPositions(squash(it.label+" "+it.detail), squash(q)); ok {
			p.shown = append(p.shown, i) // "listusers" finds list_users and ListUsers
		}
	}
	p.sel, p.offset = 0, 0
}

// update handles a key; it returns the chosen item, or done when the picker closes.
func (p *picker) update(msg tea.KeyPressMsg) (cmd tea.Cmd, chosen *pickItem, done bool) {
	k := p.sh.keys.List
	switch {
	case matches(msg, k.Close):
		p.input.Blur()
		return nil, nil, true
	case matches(msg, k.Choose):
		if p.sel < len(p.shown) {
			p.input.Blur()
			it := p.items[p.shown[p.sel]]
			return nil, &it, true
		}
		return nil, nil, false
	case matches(msg, k.Down):
		p.move(1)
	case matches(msg, k.Up):
		p.move(-1)
	case matches(msg, k.PageDown):
		p.move(max(p.rows()-1, 1))
	case matches(msg, k.PageUp):
		p.move(-max(p.rows()-1, 1))
	default:
		before := p.input.Value()
		p.input, cmd = p.input.Update(msg)
		if p.input.Value() != before {
			p.filter()
		}
	}
	return cmd, nil, false
}

// squash drops the separators identifiers differ by (list_users, list-users,
// directorySync.listUsers), so a filter typed without them still matches.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == '.' {
			return -1
		}
		return r
	}, s)
}

func (p *picker) rows() int { return max(p.height-2, 0) }

func (p *picker) move(d int) {
	if n := len(p.shown); n > 0 {
		p.sel = min(max(p.sel+d, 0), n-1)
	}
	p.scroll()
}

func (p *picker) view() string {
	st := p.sh.styles
	head := fmt.Sprintf("%s (%d)", p.title, len(p.shown))
	lines := []string{st.BoxTitle.Render(head) + "  " + p.input.View()}
	rows := p.rows()
	if len(p.shown) == 0 {
		lines = append(lines, st.Dim.Render("Nothing matches."))
		return strings.Join(lines, "\n")
	}
	off := max(p.offset, 0)
	for i := off; i < len(p.shown) && i < off+rows; i++ {
		it := p.items[p.shown[i]]
		indent := strings.Repeat("  ", min(it.indent, 5))
		detailW := splitRow(len(indent)+ansi.StringWidth(it.label), ansi.StringWidth(it.detail), p.width+1)
		labelW := max(p.width-2-len(indent)-detailW, 0)
		line := indent + highlight(it.label, p.pos[p.shown[i]], st.Match, st.Item, labelW)
		if detailW > 0 {
			line = padRight(line, p.width-1-detailW) + highlight(" "+it.detail, nil, st.Match, st.Detail, detailW)
		}
		if i == p.sel {
			line = st.Prompt.Render("▌") + line
		} else {
			line = " " + line
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
