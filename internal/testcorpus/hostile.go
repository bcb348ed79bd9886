package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Payloads a hostile corpus hides in its text. Each carries a marker word
// that must never reach a terminal either.
var Payloads = map[string]string{
	"OSC 52 clipboard": "\x1b]52;c;Y2xpcGJvYXJk\x07",  // writes "clipboard" to the clipboard
	"OSC 0 title":      "\x1b]0;titlezero\x1b\\",      // sets icon name and title
	"OSC 2 title":      "\u009d2;titletwo\u009c",      // C1 form
	"CSI clear":        "\x1b[2J\x1b[H\x1b[38;5;196m", // clears the screen, moves, colours
	"DCS":              "\x1bP1$qdcsquery\x1b\\",      // DECRQSS request
	"APC":              "\x1b_apcpayload\x1b\\",       // kitty graphics and the like
	"BEL":              "\x07",                        //
	"lone ESC":         "\x1b",                        //
	"C1 CSI":           "\u009b6n",                    // cursor position report request
}

// Markers are words inside the payloads; none may appear in safe output.
var Markers = []string{"Y2xpcGJvYXJk", "titlezero", "titletwo", "dcsquery", "apcpayload"}

// HostileTitle is what the hostile page's title reads once cleaned.
const HostileTitle = "Hostile page"

// Hostile writes a two-page corpus whose texts (body, title, description,
// nav titles, changelog) carry every payload, and returns its folder. The
// page is "hostile/page"; a search for "quokka" finds it.
func Hostile(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	all := ""
	for _, p := range []string{"OSC 52 clipboard", "OSC 0 title", "OSC 2 title", "CSI clear", "DCS", "APC", "BEL", "C1 CSI"} {
		all += Payloads[p]
	}
	files := map[string]string{
		"docs/hostile/page.mdx": "---\n" +
			// YAML's own escapes make an ESC out of clean bytes.
			`title: "Hostile` + ` \e]0;titlezero\a` + `page"` + "\n" +
			"description: \"A quokka \\x1b]52;c;Y2xpcGJvYXJk\\x07description\"\n" +
			"---\n\n" +
			"# Quokka" + Payloads["OSC 0 title"] + " heading\n\n" +
			"The quokka " + all + "smiles." + Payloads["lone ESC"] + "\n\n" +
			"## Clipboard" + Payloads["OSC 52 clipboard"] + " section\n\n" +
			"Text with a bell" + Payloads["BEL"] + " and a " + Payloads["CSI clear"] + "colour.\n\n" +
			"```sh\necho quokka " + Payloads["DCS"] + Payloads["OSC 2 title"] + "\n```\n",
		"docs/hostile/other.mdx": "---\ntitle: Calm page\n---\n\nNothing to see" + Payloads["APC"] + " here.\n",
		"docs/hostile/_navigation.mdx": "---\ntitle: \"Hostile" + Payloads["OSC 2 title"] + " area\"\nlinks:\n" +
			"  - title: \"Hostile" + Payloads["C1 CSI"] + " page\"\n    url: /hostile/page\n" +
			"  - title: Calm page\n    url: /hostile/other\n---\n",
		"changelogs/hostile.json": `[{"package":"hostile","version":"Release \u001b]0;titlezero\u0007one","date":"2026-01-01","changes":["quokka \u001b[2J change"],"url":"https://example.com/x"}]`,
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}
