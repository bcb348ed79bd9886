package tui

import (
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
)

// Styles are rebuilt whenever the theme changes (background reply, NO_COLOR).
type Styles struct {
	Theme string // "dark", "light" or "notty"; part of the render cache key

	TreeSep, TreeRow, TreeCursor, TreeCursorBlur, TreeCurrent, TreeGroup, TreeMissing lipgloss.Style
	PaneTitle, PaneFocused                                                            lipgloss.Style
	Status, StatusKey, StatusDim, Flash                                               lipgloss.Style
	Box, BoxTitle, Section, Selected, Item, Detail, Match, Dim, Error                 lipgloss.Style
	FindMatch, FindCurrent                                                            lipgloss.Style
	Prompt                                                                            lipgloss.Style
	Glamour                                                                           ansi.StyleConfig
}

// NewStyles builds the styles for a theme: "dark", "light", or "notty" (NO_COLOR).
func NewStyles(theme string) Styles {
	s := Styles{Theme: theme}
	if theme == "notty" {
		return plainStyles(s)
	}
	ld := lipgloss.LightDark(theme != "light")
	var (
		accent = ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#8C88FF"))
		dim    = ld(lipgloss.Color("#8A8A8A"), lipgloss.Color("#6C6C6C"))
		fg     = ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#E4E4E4"))
		barBg  = ld(lipgloss.Color("#E6E4FF"), lipgloss.Color("#2B2A45"))
		selBg  = ld(lipgloss.Color("#D8D6FF"), lipgloss.Color("#3B3970"))
		hit    = ld(lipgloss.Color("#FFE27A"), lipgloss.Color("#7A5F00"))
		hitCur = ld(lipgloss.Color("#FF9F1C"), lipgloss.Color("#D97706"))
		red    = ld(lipgloss.Color("#C0262D"), lipgloss.Color("#FF6B6B"))
	)
	base := lipgloss.NewStyle()
	s.TreeSep = base.Foreground(dim)
	s.TreeRow = base.Foreground(fg)
	s.TreeCursor = base.Background(selBg).Foreground(fg).Bold(true)
	s.TreeCursorBlur = base.Underline(true)
	s.PaneTitle = base.Foreground(dim)
	s.PaneFocused = base.Foreground(accent).Bold(true)
	s.TreeCurrent = base.Foreground(accent).Bold(true)
	s.TreeGroup = base.Foreground(fg).Bold(true)
	s.TreeMissing = base.Foreground(dim).Strikethrough(true)
	s.Status = base.Background(barBg).Foreground(fg)
	s.StatusKey = base.Background(accent).Foreground(lipgloss.Color("#FFFFFF")).Bold(true)
	s.StatusDim = base.Background(barBg).Foreground(dim)
	s.Flash = base.Background(barBg).Foreground(accent).Bold(true)
	s.Box = base.Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.BoxTitle = base.Foreground(accent).Bold(true)
	s.Section = base.Foreground(dim).Bold(true)
	s.Selected = base.Background(selBg).Foreground(fg)
	s.Item = base.Foreground(fg)
	s.Detail = base.Foreground(dim)
	s.Match = base.Foreground(accent).Bold(true).Underline(true)
	s.Dim = base.Foreground(dim)
	s.Error = base.Foreground(red).Bold(true)
	s.FindMatch = base.Background(hit).Foreground(fg)
	s.FindCurrent = base.Background(hitCur).Foreground(lipgloss.Color("#000000")).Bold(true)
	s.Prompt = base.Foreground(accent).Bold(true)
	s.Glamour = styles.DarkStyleConfig
	if theme == "light" {
		s.Glamour = styles.LightStyleConfig
	}
	return s
}

// plainStyles uses attributes only: NO_COLOR users still see the cursor and matches.
func plainStyles(s Styles) Styles {
	base := lipgloss.NewStyle()
	s.TreeSep = base
	s.TreeRow = base
	s.TreeCursor = base.Reverse(true)
	s.TreeCursorBlur = base.Underline(true)
	s.PaneTitle = base
	s.PaneFocused = base.Reverse(true).Bold(true)
	s.TreeCurrent = base.Bold(true)
	s.TreeGroup = base.Bold(true)
	s.TreeMissing = base.Faint(true)
	s.Status = base.Reverse(true)
	s.StatusKey = base.Reverse(true).Bold(true)
	s.StatusDim = base.Reverse(true)
	s.Flash = base.Reverse(true).Bold(true)
	s.Box = base.Border(lipgloss.NormalBorder()).Padding(0, 1)
	s.BoxTitle = base.Bold(true)
	s.Section = base.Bold(true)
	s.Selected = base.Reverse(true)
	s.Item = base
	s.Detail = base.Faint(true)
	s.Match = base.Underline(true).Bold(true)
	s.Dim = base.Faint(true)
	s.Error = base.Bold(true)
	s.FindMatch = base.Underline(true)
	s.FindCurrent = base.Reverse(true)
	s.Prompt = base.Bold(true)
	s.Glamour = styles.NoTTYStyleConfig
	return s
}
