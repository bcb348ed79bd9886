package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// matches reports whether a key press triggers an enabled binding. Two quick
// esc presses reach us as one alt+esc (tmux, most terminals: ESC ESC), so
// alt+esc does what esc does wherever esc is bound and alt+esc is not.
func matches(msg tea.KeyPressMsg, b key.Binding) bool {
	if key.Matches(msg, b) {
		return true
	}
	return msg.Code == tea.KeyEscape && msg.Mod == tea.ModAlt && b.Enabled() && slices.Contains(b.Keys(), "esc")
}
