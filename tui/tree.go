package tui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// treeRow is one visible row of the flattened navigation tree.
type treeRow struct {
	node  *docs.NavNode
	depth int
}

// tree is the navigation pane. bubbles' tree re-renders every node per key
// press; this one keeps a slice of visible rows and draws only those in view.
type tree struct {
	sh             *shared
	roots          []*docs.NavNode
	open           map[*docs.NavNode]bool
	rows           []treeRow
	byPath         map[string]*docs.NavNode
	parent         map[*docs.NavNode]*docs.NavNode
	cursor, offset int
	width, height  int
	current        string // path of the page shown
}

func newTree(sh *shared, roots []*docs.NavNode) *tree {
	t := &tree{sh: sh, roots: roots, open: map[*docs.NavNode]bool{},
		byPath: map[string]*docs.NavNode{}, parent: map[*docs.NavNode]*docs.NavNode{}}
	var walk func(parent *docs.NavNode, ns []*docs.NavNode)
	walk = func(parent *docs.NavNode, ns []*docs.NavNode) {
		for _, n := range ns {
			t.parent[n] = parent
			if _, seen := t.byPath[n.Path]; n.Path != "" && !seen {
				t.byPath[n.Path] = n
			}
			walk(n, n.Children)
		}
	}
	walk(nil, roots)
	t.rebuild()
	return t
}

// rebuild flattens the expanded part of the tree, keeping the cursor on its node.
func (t *tree) rebuild() {
	sel := t.selected()
	t.rows = t.rows[:0]
	var add func(ns []*docs.NavNode, depth int)
	add = func(ns []*docs.NavNode, depth int) {
		for _, n := range ns {
			t.rows = append(t.rows, treeRow{node: n, depth: depth})
			if t.open[n] {
				add(n.Children, depth+1)
			}
		}
	}
	add(t.roots, 0)
	t.cursor = 0
	for i, r := range t.rows {
		if r.node == sel {
			t.cursor = i
			break
		}
	}
	t.clamp()
}

func (t *tree) selected() *docs.NavNode {
	if t.cursor < 0 || t.cursor >= len(t.rows) {
		return nil
	}
	return t.rows[t.cursor].node
}

func (t *tree) setSize(w, h int) {
	t.width, t.height = max(0, w), max(0, h)
	t.clamp()
}

// clamp keeps the cursor in range and in view.
func (t *tree) clamp() {
	t.cursor = min(max(t.cursor, 0), max(len(t.rows)-1, 0))
	if t.height <= 0 {
		return
	}
	if t.cursor < t.offset {
		t.offset = t.cursor
	}
	if t.cursor >= t.offset+t.height {
		t.offset = t.cursor - t.height + 1
	}
	t.offset = min(max(t.offset, 0), max(len(t.rows)-t.height, 0))
}

func (t *tree) move(d int) {
	t.cursor += d
	t.clamp()
}

// scroll moves the view (mouse wheel) without moving the cursor out of range.
func (t *tree) scroll(d int) {
	t.offset = min(max(t.offset+d, 0), max(len(t.rows)-t.height, 0))
	t.cursor = min(max(t.cursor, t.offset), t.offset+max(t.height-1, 0))
	t.cursor = min(t.cursor, max(len(t.rows)-1, 0))
}

// reveal expands the ancestors of path's node and puts the cursor on it.
func (t *tree) reveal(path string) bool {
	t.current = path
	n, ok := t.byPath[path]
	if !ok {
		return false
	}
	for p := t.parent[n]; p != nil; p = t.parent[p] {
		t.open[p] = true
	}
	t.rebuild()
	for i, r := range t.rows {
		if r.node == n {
			t.cursor = i
			break
		}
	}
	// Put the revealed row a little below the top rather than on the edge.
	if t.cursor < t.offset || t.cursor >= t.offset+t.height {
		t.offset = t.cursor - t.height/3
	}
	t.clamp()
	return true
}

// update handles tree keys and returns a node to open, if any.
func (t *tree) update(msg tea.KeyPressMsg) *docs.NavNode {
	k := t.sh.keys.Tree
	n := t.selected()
	switch {
	case matches(msg, k.Down):
		t.move(1)
	case matches(msg, k.Up):
		t.move(-1)
	case matches(msg, k.PageDown):
		t.move(max(t.height-1, 1))
	case matches(msg, k.PageUp):
		t.move(-max(t.height-1, 1))
	case matches(msg, k.Top):
		t.move(-len(t.rows))
	case matches(msg, k.Bottom):
		t.move(len(t.rows))
	case matches(msg, k.Expand):
		if n != nil && len(n.Children) > 0 {
			if t.open[n] {
				t.move(1)
			} else {
				t.open[n] = true
				t.rebuild()
			}
		}
	case matches(msg, k.Collapse):
		switch {
		case n == nil:
		case t.open[n]:
			t.open[n] = false
			t.rebuild()
		case t.parent[n] != nil:
			p := t.parent[n]
			for i, r := range t.rows {
				if r.node == p {
					t.cursor = i
				}
			}
			t.clamp()
		}
	case matches(msg, k.Open):
		if n == nil {
			return nil
		}
		if len(n.Children) > 0 {
			t.open[n] = !t.open[n] || n.Path != "" && n.Path != t.current
			t.rebuild()
		}
		if n.Path != "" {
			return n
		}
	}
	return nil
}

// clickRow selects the row at screen line y of the pane.
func (t *tree) clickRow(y int) *docs.NavNode {
	i := t.offset + y
	if i < 0 || i >= len(t.rows) {
		return nil
	}
	t.cursor = i
	n := t.rows[i].node
	if len(n.Children) > 0 {
		t.open[n] = !t.open[n]
		t.rebuild()
	}
	if n.Path == "" {
		return nil
	}
	return n
}

// view draws the rows in view, each exactly width cells wide. The cursor is
// drawn strong when the tree has focus; under TERM=dumb it is a ">" in a
// one-cell gutter, since no attribute reaches the screen.
func (t *tree) view(focused bool) string {
	if t.width <= 0 || t.height <= 0 {
		return ""
	}
	st := t.sh.styles
	var b strings.Builder
	for y := range t.height {
		if y > 0 {
			b.WriteByte('\n')
		}
		i := t.offset + y
		if i >= len(t.rows) {
			b.WriteString(strings.Repeat(" ", t.width))
			continue
		}
		r := t.rows[i]
		glyph := "  "
		if len(r.node.Children) > 0 {
			glyph = "▸ "
			if t.open[r.node] {
				glyph = "▾ "
			}
		}
		title := r.node.Title
		if title == "" {
			title = r.node.Path
		}
		text := strings.Repeat("  ", min(r.depth, 8)) + glyph + title
		if t.sh.dumb {
			gutter := " "
			if i == t.cursor {
				gutter = ">"
			}
			text = gutter + text
		}
		text = ansi.Truncate(text, t.width, "…")
		text += strings.Repeat(" ", max(0, t.width-ansi.StringWidth(text)))
		style := st.TreeRow
		switch {
		case r.node.Dangling:
			style = st.TreeMissing
		case r.node.Path != "" && r.node.Path == t.current:
			style = st.TreeCurrent
		case r.node.Path == "":
			style = st.TreeGroup
		}
		if i == t.cursor {
			cursor := st.TreeCursor
			if !focused {
				cursor = st.TreeCursorBlur
			}
			style = cursor.Inherit(style)
		}
		b.WriteString(style.Render(text))
	}
	return b.String()
}

// folderKey names a folder by its titles from the root ("Authentication ›
// Single Sign-On"): folders without a page have no path, and titles survive
// a corpus update better than positions.
func (t *tree) folderKey(n *docs.NavNode) string {
	var parts []string
	for ; n != nil; n = t.parent[n] {
		parts = append(parts, n.Title)
	}
	slices.Reverse(parts)
	return strings.Join(parts, " › ")
}

// openFolders lists the open folders, for the session.
func (t *tree) openFolders() []string {
	var out []string
	for _, r := range t.rows {
		if t.open[r.node] && len(r.node.Children) > 0 {
			out = append(out, t.folderKey(r.node))
		}
	}
	return out
}

// setOpen opens the folders named by openFolders (unknown names are skipped).
func (t *tree) setOpen(keys []string) {
	if len(keys) == 0 {
		return
	}
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	for n := range t.parent {
		if len(n.Children) > 0 && want[t.folderKey(n)] {
			t.open[n] = true
		}
	}
	t.rebuild()
}
