// Package tui is the interactive explorer: a navigation tree, a page pane over
// glamour output, live search, find in page, links, history, the API reference
// per SDK language and the changelog. It reads everything through Docs; see
// AGENTS.md for the rules this package follows.
package tui

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
	"github.com/workos-docs-tui/workos-docs-tui/internal/userstate"
)

// Options configure the explorer. Exactly one of Docs, Load or Sync+Load starts it.
type Options struct {
	Docs    Docs                 // a corpus already loaded
	Load    func() (Docs, error) // loads the corpus in a Cmd (first frame shows "loading")
	Sync    SyncFunc             // set when there is no corpus yet: fetched first, then Load
	Theme   string               // auto (default), dark or light
	Lang    string               // default SDK language for reference pages (any spelling apiref.CanonicalLang knows)
	NoColor bool                 // NO_COLOR: attributes only, plain glamour style
	Start   string               // page to open first (any form Docs.Resolve reads); unknown: the palette opens with it typed
	OpenURL func(url string) tea.Cmd

	Dumb    bool            // TERM=dumb: no attributes at all, so marks are characters
	Stack   docs.Stack      // the reader's frontend and backend
	Keys    *KeyMap         // a remapped key map (nil: DefaultKeyMap)
	NoMouse bool            // start with the mouse off
	Session userstate.State // the remembered session to resume (zero: none)
	Notice  string          // one status line to show at start (a session that could not be read)
	// Save persists the session; it runs in a Cmd (on quit and when bookmarks change).
	Save func(userstate.State) error
}

type appState int

const (
	stateLoading appState = iota
	stateSyncing
	stateFailed // sync or load failed: error and fix shown, q leaves
	stateReady
)

type pane int

const (
	paneTree pane = iota
	panePage
)

const (
	resizeSettle = 100 * time.Millisecond
	flashFor     = 4 * time.Second
	cacheBytes   = 64 << 20
	wideEnough   = 80 // below this the tree and the page share the screen by turns
)

// Model is the root: it owns layout, focus, routing, history and the render cache.
type Model struct {
	sh    *shared
	opts  Options
	state appState
	err   error

	width, height int
	treeW, pageW  int // 0 when hidden
	bodyH         int
	focus         pane
	overlays      []overlay // the top one has the keyboard
	dark          bool
	mouse         bool
	treeHidden    bool // full-width reading

	tree    *tree
	pager   *pager
	palette *palette
	syncer  *syncer
	help    help.Model
	find    textinput.Model
	finding bool

	hist      history
	cache     *lru
	renderSeq int
	resizeSeq int
	flash     string
	flashSeq  int

	tick func(time.Duration, func(time.Time) tea.Msg) tea.Cmd // tea.Tick; tests stub it
}

// New builds the explorer.
func New(o Options) *Model {
	if o.Theme == "" {
		o.Theme = "auto"
	}
	if o.OpenURL == nil {
		o.OpenURL = openInBrowser
	}
	km := DefaultKeyMap()
	if o.Keys != nil {
		km = *o.Keys
	}
	sh := &shared{keys: km, theme: o.Theme, noColor: o.NoColor || o.Dumb, dumb: o.Dumb,
		lang: apiref.CanonicalLang(o.Lang), stack: o.Stack, openURL: o.OpenURL,
		queries: o.Session.Queries, bookmarks: o.Session.Bookmarks, recent: o.Session.Recent}
	m := &Model{sh: sh, opts: o, dark: o.Theme != "light", mouse: !o.NoMouse, focus: panePage,
		help: help.New(), cache: newLRU(cacheBytes), tick: tea.Tick}
	m.pager = newPager(sh)
	m.palette = newPalette(sh)
	m.find = textinput.New()
	m.find.Prompt = "find: "
	m.applyTheme()
	m.flash = o.Notice
	switch {
	case o.Docs != nil:
		if w := m.setDocs(o.Docs); w != "" {
			m.flash = w // cleared by the tick Init starts
		}
	case o.Sync != nil:
		m.state = stateSyncing
		m.syncer = newSyncer(sh, o.Sync)
	}
	return m
}

// NoColorFromEnv reports whether NO_COLOR asks for no colour (https://no-color.org).
func NoColorFromEnv() bool { return os.Getenv("NO_COLOR") != "" }

// setDocs switches to the ready state with a loaded corpus. It returns a
// warning when the SDK language asked for is not in the corpus: the explorer
// then shows all languages (the CLI rejects such a --lang before starting when
// it can; after a first-run sync only the corpus can tell).
func (m *Model) setDocs(d Docs) (warning string) {
	m.sh.docs = d
	m.sh.langs = []string{""}
	for _, l := range d.Languages() {
		if l != "json" { // response bodies, not an SDK language one reads the reference in
			m.sh.langs = append(m.sh.langs, l)
		}
	}
	m.sh.symbolLang = symbolLangs(d.Symbols())
	if l := m.sh.lang; l != "" && !slices.Contains(m.sh.langs, l) {
		warning = fmt.Sprintf("no SDK language %q in these docs (%s): showing all languages", l, strings.Join(d.Languages(), ", "))
		m.sh.lang = ""
	}
	roots := append(d.Tree()[:len(d.Tree()):len(d.Tree())], changelogNode())
	m.tree = newTree(m.sh, roots)
	m.tree.setOpen(m.opts.Session.Open)
	m.state = stateReady
	m.layout()
	return warning
}

func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.flash != "" {
		seq := m.flashSeq
		cmds = append(cmds, m.tick(flashFor, func(time.Time) tea.Msg { return flashClearMsg{seq} }))
	}
	if m.opts.Theme == "auto" && !m.opts.NoColor {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	switch {
	case m.state == stateSyncing:
		cmds = append(cmds, m.syncer.start())
	case m.state == stateLoading && m.opts.Load != nil:
		cmds = append(cmds, m.loadCmd())
	}
	return tea.Batch(cmds...)
}

type loadedMsg struct {
	docs Docs
	err  error
}

func (m *Model) loadCmd() tea.Cmd {
	load := m.opts.Load
	return func() tea.Msg {
		d, err := load()
		return loadedMsg{docs: d, err: err}
	}
}

func (m *Model) applyTheme() {
	m.sh.styles = NewStyles(m.sh.themeName(m.dark))
	if m.sh.dumb { // matches in capitals (and a margin mark): nothing else reaches the screen
		up := lipgloss.NewStyle().Transform(strings.ToUpper)
		m.sh.styles.FindMatch, m.sh.styles.FindCurrent = up, up
	}
	m.help.Styles = help.DefaultStyles(m.dark)
	if m.sh.noColor {
		m.help.Styles = help.Styles{}
	}
	// A steady cursor: no blink ticks, fewer frames while reading.
	is := textinput.DefaultStyles(m.dark)
	is.Cursor.Blink = false
	m.sh.inputStyles = is
	for _, in := range []*textinput.Model{&m.palette.input, &m.find} {
		in.SetStyles(is)
	}
	for _, o := range m.overlays {
		if p, ok := o.(*picker); ok {
			p.input.SetStyles(is)
		}
	}
}

// symbolLangs maps each API symbol (name and page) to its languages, so
// choosing one of a single language can switch the page to it.
func symbolLangs(syms []apiref.Symbol) map[symbolKey][]string {
	out := map[symbolKey][]string{}
	for _, s := range syms {
		k := symbolKey{s.Name, s.Page}
		if !slices.Contains(out[k], s.Lang) {
			out[k] = append(out[k], s.Lang)
		}
	}
	return out
}
