package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// matches reports whether a key press triggers an enabled binding.
func matches(msg tea.KeyPressMsg, b key.Binding) bool { return key.Matches(msg, b) }
