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
	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
)

// Options configure the explorer. Exactly one of Docs, Load or Sync+Load starts it.
type Options struct {
	Docs    Docs                 // a corpus already loaded
	Load    func() (Docs, error) // loads the corpus in a Cmd (first frame shows "loading")
	Sync    SyncFunc             // set when there is no corpus yet: fetched first, then Load
	Theme   string               // auto (default), dark or light
	Lang    string               // default SDK language for reference pages (any spelling apiref.CanonicalLang knows)
	NoColor bool                 // NO_COLOR: attributes only, plain glamour style
	Start   string               // page to open first instead of the welcome page
	OpenURL func(url string) tea.Cmd
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

type overlay int

const (
	overlayNone overlay = iota
	overlayPalette
	overlayPicker
	overlayHelp
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
	overlay       overlay
	dark          bool
	mouse         bool

	tree     *tree
	pager    *pager
	palette  *palette
	picker   *picker
	syncer   *syncer
	helpView *helpView
	help     help.Model
	find     textinput.Model
	finding  bool

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
	sh := &shared{keys: DefaultKeyMap(), theme: o.Theme, noColor: o.NoColor, lang: apiref.CanonicalLang(o.Lang), openURL: o.OpenURL}
	m := &Model{sh: sh, opts: o, dark: o.Theme != "light", mouse: true, focus: panePage,
		help: help.New(), cache: newLRU(cacheBytes), tick: tea.Tick}
	m.pager = newPager(sh)
	m.palette = newPalette(sh)
	m.picker = newPicker(sh)
	m.helpView = &helpView{sh: sh}
	m.find = textinput.New()
	m.find.Prompt = "find: "
	m.applyTheme()
	switch {
	case o.Docs != nil:
		m.flash = m.setDocs(o.Docs) // cleared by the tick Init starts
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
	m.sh.langs = append([]string{""}, d.Languages()...)
	if l := m.sh.lang; l != "" && !slices.Contains(m.sh.langs, l) {
		warning = fmt.Sprintf("no SDK language %q in these docs (%s): showing all languages", l, strings.Join(d.Languages(), ", "))
		m.sh.lang = ""
	}
	roots := append(d.Tree()[:len(d.Tree()):len(d.Tree())], changelogNode())
	m.tree = newTree(m.sh, roots)
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
	m.help.Styles = help.DefaultStyles(m.dark)
	if m.sh.noColor {
		m.help.Styles = help.Styles{}
	}
	// A steady cursor: no blink ticks, fewer frames while reading.
	is := textinput.DefaultStyles(m.dark)
	is.Cursor.Blink = false
	for _, in := range []*textinput.Model{&m.palette.input, &m.picker.input, &m.find} {
		in.SetStyles(is)
	}
}
