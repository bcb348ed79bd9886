// Package assets holds files embedded in the binary: the explorer's welcome page.
// The README screenshot (screenshot.png) lives here too but is not embedded.
package assets

import _ "embed"

// Welcome is the explorer's start page: a text/template of Markdown with
// {{.Version}}, {{.Pages}} and {{.Lang}}, and keys named by their binding
// ({{key "Global.Search"}}) so the page always matches the key map.
//
//go:embed welcome.md
var Welcome string
