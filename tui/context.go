package tui

import tea "charm.land/bubbletea/v2"

// shared is the context every component sees: passed explicitly, never global.
type shared struct {
	docs    Docs
	keys    KeyMap
	styles  Styles
	lang    string   // current SDK language, "" = all languages
	langs   []string // "" first, then the corpus's languages
	theme   string   // what --theme asked for: auto, dark or light
	noColor bool
	openURL func(url string) tea.Cmd
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
