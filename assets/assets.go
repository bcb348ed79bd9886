// Package assets holds files embedded in the binary: the explorer's welcome page.
// The README screenshot (screenshot.png) lives here too but is not embedded.
package assets

import _ "embed"

// Welcome is the explorer's start page, Markdown with {{version}}, {{pages}}
// and {{lang}} placeholders.
//
//go:embed welcome.md
var Welcome string
