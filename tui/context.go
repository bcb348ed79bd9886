package tui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
	"github.com/workos-docs-tui/workos-docs-tui/internal/userstate"
)

// shared is the context every component sees: passed explicitly, never global.
type shared struct {
	docs    Docs
	keys    KeyMap
	styles  Styles
	lang    string   // current SDK language, "" = all languages
	langs   []string // "" first, then the corpus's languages
	theme   string   // what --theme asked for: auto, dark or light
	noColor bool
	dumb    bool       // TERM=dumb: marks must be characters
	stack   docs.Stack // the reader's frontend and backend ("" sides: every option)
	openURL func(url string) tea.Cmd

	inputStyles textinput.Styles       // for inputs made after a theme change
	symbolLang  map[symbolKey][]string // an API symbol's languages (a name repeats across pages)

	// Remembered between runs (userstate).
	queries   []string // palette searches, newest first
	bookmarks []userstate.Bookmark
	recent    []string // page paths, newest first
}

// themeName picks the style set for a background.
func (s *shared) themeName(dark bool) string {
	switch {
	case s.noColor:
		return "notty"
	case s.theme == "light", s.theme == "auto" && !dark:
		return "light"
	default:
		return "dark"
	}
}

// symbolKey names an API symbol on its page.
type symbolKey struct{ name, page string }
