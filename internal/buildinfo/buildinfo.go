// Package buildinfo says which build of the program is running: the stamp a
// release build sets, else what the Go toolchain recorded about the module and
// the git checkout it was built from. It never guesses.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// Release builds set these with
//
//	-ldflags "-X github.com/workos-docs-tui/workos-docs-tui/internal/buildinfo.version=1.2.3 …commit=… …date=…"
//
// (see .goreleaser.yaml). Other builds leave them empty.
var (
	version string
	commit  string
	date    string
)

// Version is the one-line version the program prints for --version and tells
// MCP clients.
func Version() string {
	bi, _ := debug.ReadBuildInfo()
	return describe(stamp{version, commit, date}, bi)
}

// stamp is what a release build wrote in with -ldflags -X.
type stamp struct{ version, commit, date string }

// describe picks the most exact account available: a release stamp, else the
// module version the go command recorded (a tag for `go install …@v1.2.3`, a
// pseudo-version naming the commit, with "+dirty" for local changes, for a
// build in a git checkout), else the bare VCS revision. "devel" is left only
// when the toolchain recorded nothing (go run, -buildvcs=false outside a tag).
func describe(s stamp, bi *debug.BuildInfo) string {
	if s.version != "" {
		return s.version + details(short(s.commit), s.date)
	}
	var rev, when string
	var dirty bool
	modVersion := ""
	if bi != nil {
		modVersion = bi.Main.Version
		for _, kv := range bi.Settings {
			switch kv.Key {
			case "vcs.revision":
				rev = kv.Value
			case "vcs.time":
				when = kv.Value
			case "vcs.modified":
				dirty = kv.Value == "true"
			}
		}
	}
	if modVersion == "(devel)" {
		modVersion = ""
	}
	rev = short(rev)
	switch {
	case modVersion != "" && (rev == "" || strings.Contains(modVersion, rev)):
		// A release tag, or a pseudo-version that already names the commit.
		return modVersion
	case modVersion != "":
		// A tag build whose version does not show the commit (e.g. v1.2.3+dirty).
		return modVersion + details(rev, when)
	case rev != "":
		if dirty {
			rev += "-dirty"
		}
		return "devel" + details(rev, when)
	}
	return "devel"
}

// details formats "(commit abc, date)" from whichever parts are known.
func details(rev, when string) string {
	var parts []string
	if rev != "" {
		parts = append(parts, "commit "+rev)
	}
	if when != "" {
		parts = append(parts, when)
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// short cuts a full git hash to the 12 characters Go's pseudo-versions use.
func short(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}
