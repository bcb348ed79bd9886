package tui

import "charm.land/bubbles/v2/key"

// KeyMap holds every binding of the explorer. Help is generated from it, so a
// binding's help text is the only place a key is described.
type KeyMap struct {
	Interrupt key.Binding // quits from anywhere, inputs included
	Global    GlobalKeys
	Tree      TreeKeys
	Page      PageKeys
	List      ListKeys // palette, pickers and the find prompt
	Help      HelpKeys // the help overlay
}

// GlobalKeys work whenever no input owns the keyboard.
type GlobalKeys struct {
	Quit, Help, FocusNext, FocusPrev, HideTree     key.Binding
	Search, Find, TOC, Symbols, Changelog          key.Binding
	Lang, LangNext, LangPrev, Stack                key.Binding
	Bookmark, Bookmarks                            key.Binding
	Back, Forward, CopyURL, OpenBrowser, MouseMode key.Binding
}

// TreeKeys act on the navigation tree when it has focus.
type TreeKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Expand, Collapse, Open key.Binding
}

// PageKeys act on the page when it has focus.
type PageKeys struct {
	Up, Down, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding
	Next, Prev, Links, Digit, Clear                           key.Binding
}

// ListKeys drive the search palette, the pickers (TOC, links, symbols) and
// the find prompt (Up/Down step between matches, Choose/Close end it).
type ListKeys struct {
	Up, Down, PageUp, PageDown, Choose, Close key.Binding
}

// HelpKeys scroll and close the help overlay.
type HelpKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Close key.Binding
}

func bind(keys []string, helpKey, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
}

// DefaultKeyMap is the documented key map.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Interrupt: bind([]string{"ctrl+c"}, "ctrl+c", "quit from anywhere"),
		Global: GlobalKeys{
			Quit:        bind([]string{"q"}, "q", "quit"),
			Help:        bind([]string{"?"}, "?", "help"),
			FocusNext:   bind([]string{"tab"}, "tab", "switch pane"),
			FocusPrev:   bind([]string{"shift+tab"}, "shift+tab", "switch pane"),
			Search:      bind([]string{"/", "ctrl+k"}, "/", "search"),
			Find:        bind([]string{"f", "ctrl+f"}, "f", "find in page"),
			TOC:         bind([]string{"t"}, "t", "contents"),
			Symbols:     bind([]string{"s"}, "s", "API symbols"),
			HideTree:    bind([]string{"z"}, "z", "hide/show the tree"),
			Lang:        bind([]string{"L"}, "L", "pick SDK language"),
			LangNext:    bind([]string{">"}, ">", "next language"),
			LangPrev:    bind([]string{"<"}, "<", "previous language"),
			Stack:       bind([]string{"S"}, "S", "pick your stack"),
			Bookmark:    bind([]string{"B"}, "B", "bookmark on/off"),
			Bookmarks:   bind([]string{"'"}, "'", "bookmarks & recent"),
			Changelog:   bind([]string{"c"}, "c", "changelog"),
			Back:        bind([]string{"backspace", "ctrl+o", "alt+left", "["}, "⌫/[", "back"),
			Forward:     bind([]string{"alt+right", "]"}, "]", "forward"),
			CopyURL:     bind([]string{"y"}, "y", "copy URL"),
			OpenBrowser: bind([]string{"o"}, "o", "open in browser"),
			MouseMode:   bind([]string{"m"}, "m", "mouse on/off"),
		},
		Tree: TreeKeys{
			Up:       bind([]string{"up", "k"}, "↑/k", "up"),
			Down:     bind([]string{"down", "j"}, "↓/j", "down"),
			PageUp:   bind([]string{"pgup", "b"}, "pgup", "page up"),
			PageDown: bind([]string{"pgdown", "space"}, "pgdn", "page down"),
			Top:      bind([]string{"home", "g"}, "g", "top"),
			Bottom:   bind([]string{"end", "G"}, "G", "bottom"),
			Expand:   bind([]string{"right", "l"}, "→/l", "expand"),
			Collapse: bind([]string{"left", "h"}, "←/h", "collapse"),
			Open:     bind([]string{"enter"}, "enter", "open"),
		},
		Page: PageKeys{
			Up:       bind([]string{"up", "k"}, "↑/k", "up"),
			Down:     bind([]string{"down", "j"}, "↓/j", "down"),
			PageDown: bind([]string{"pgdown", "space"}, "space", "page down"),
			PageUp:   bind([]string{"pgup", "b"}, "b", "page up"),
			HalfDown: bind([]string{"d"}, "d", "half page down"),
			HalfUp:   bind([]string{"u"}, "u", "half page up"),
			Top:      bind([]string{"home", "g"}, "g", "top"),
			Bottom:   bind([]string{"end", "G"}, "G", "bottom"),
			Next:     bind([]string{"n"}, "n", "next match"),
			Prev:     bind([]string{"N"}, "N", "previous match"),
			Links:    bind([]string{"enter"}, "enter", "links (3 enter: follow [3])"),
			Digit:    bind([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, "0-9", "type a link number"),
			Clear:    bind([]string{"esc"}, "esc", "clear"),
		},
		List: ListKeys{
			Up:       bind([]string{"up", "ctrl+p"}, "↑/ctrl+p", "previous"),
			Down:     bind([]string{"down", "ctrl+n"}, "↓/ctrl+n", "next"),
			PageUp:   bind([]string{"pgup"}, "pgup", "page up"),
			PageDown: bind([]string{"pgdown"}, "pgdn", "page down"),
			Choose:   bind([]string{"enter"}, "enter", "open"),
			Close:    bind([]string{"esc"}, "esc", "close"),
		},
		Help: HelpKeys{
			Up:       bind([]string{"up", "k"}, "↑/k", "up"),
			Down:     bind([]string{"down", "j"}, "↓/j", "down"),
			PageUp:   bind([]string{"pgup", "b"}, "pgup", "page up"),
			PageDown: bind([]string{"pgdown", "space"}, "pgdn", "page down"),
			Top:      bind([]string{"home", "g"}, "g", "top"),
			Bottom:   bind([]string{"end", "G"}, "G", "bottom"),
			Close:    bind([]string{"esc", "?", "q"}, "esc/?/q", "close"),
		},
	}
}

// bindings lists a key group's bindings, for help and the conflict test.
func (g GlobalKeys) bindings() []key.Binding {
	return []key.Binding{g.Quit, g.Help, g.FocusNext, g.FocusPrev, g.HideTree, g.Search, g.Find, g.TOC,
		g.Symbols, g.Changelog, g.Lang, g.LangNext, g.LangPrev, g.Stack, g.Bookmark, g.Bookmarks,
		g.Back, g.Forward, g.CopyURL, g.OpenBrowser, g.MouseMode}
}

func (t TreeKeys) bindings() []key.Binding {
	return []key.Binding{t.Up, t.Down, t.PageUp, t.PageDown, t.Top, t.Bottom, t.Expand, t.Collapse, t.Open}
}

func (p PageKeys) bindings() []key.Binding {
	return []key.Binding{p.Up, p.Down, p.PageDown, p.PageUp, p.HalfDown, p.HalfUp, p.Top, p.Bottom,
		p.Next, p.Prev, p.Links, p.Digit, p.Clear}
}

func (l ListKeys) bindings() []key.Binding {
	return []key.Binding{l.Up, l.Down, l.PageUp, l.PageDown, l.Choose, l.Close}
}

func (h HelpKeys) bindings() []key.Binding {
	return []key.Binding{h.Up, h.Down, h.PageUp, h.PageDown, h.Top, h.Bottom, h.Close}
}

// helpMap adapts a set of bindings to help.KeyMap.
type helpMap struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h helpMap) ShortHelp() []key.Binding  { return h.short }
func (h helpMap) FullHelp() [][]key.Binding { return h.full }

// treeHelp and pageHelp are the contextual help of each pane.
func (k KeyMap) treeHelp() helpMap {
	g, t := k.Global, k.Tree
	return helpMap{
		short: []key.Binding{t.Open, t.Expand, k.Global.Search, g.Bookmarks, g.FocusNext, g.Help, g.Quit},
		full: [][]key.Binding{
			t.bindings(),
			{g.Search, g.Find, g.TOC, g.Changelog, g.Symbols, g.Back, g.Forward},
			{g.Lang, g.LangNext, g.LangPrev, g.Stack, g.Bookmark, g.Bookmarks},
			{g.FocusNext, g.HideTree, g.CopyURL, g.OpenBrowser, g.MouseMode, g.Help, g.Quit, k.Interrupt},
		},
	}
}

func (k KeyMap) pageHelp() helpMap {
	g, p := k.Global, k.Page
	return helpMap{
		short: []key.Binding{g.Search, g.Find, g.TOC, p.Links, g.Back, g.Bookmarks, g.FocusNext, g.Help, g.Quit},
		full: [][]key.Binding{
			{p.Up, p.Down, p.PageDown, p.PageUp, p.HalfDown, p.HalfUp, p.Top, p.Bottom},
			{g.Find, p.Next, p.Prev, p.Clear, g.TOC, p.Links, p.Digit},
			{g.Search, g.Symbols, g.Changelog, g.Back, g.Forward},
			{g.Lang, g.LangNext, g.LangPrev, g.Stack, g.Bookmark, g.Bookmarks},
			{g.FocusNext, g.HideTree, g.CopyURL, g.OpenBrowser, g.MouseMode, g.Help, g.Quit, k.Interrupt},
		},
	}
}

// findHelp is the find prompt's help line: the list keys it answers to.
func (k KeyMap) findHelp() helpMap {
	l := k.List
	b := func(from key.Binding, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(from.Keys()...), key.WithHelp(from.Help().Key, desc))
	}
	short := []key.Binding{b(l.Down, "next match"), b(l.Up, "previous match"), b(l.Choose, "done"), b(l.Close, "clear")}
	return helpMap{short: short, full: [][]key.Binding{short}}
}

func (k KeyMap) helpHelp() helpMap {
	h := k.Help
	return helpMap{short: h.bindings(), full: [][]key.Binding{h.bindings()}}
}

func (k KeyMap) listHelp() helpMap {
	l := k.List
	return helpMap{short: l.bindings(), full: [][]key.Binding{l.bindings()}}
}
