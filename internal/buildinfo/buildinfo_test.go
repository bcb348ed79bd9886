package buildinfo

import (
	"runtime/debug"
	"testing"
)

const rev = "3f2a9c1e7b4d5a6b7c8d9e0f1a2b3c4d5e6f7a8b"

func vcs(modified string) []debug.BuildSetting {
	return []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: rev},
		{Key: "vcs.time", Value: "2026-12-03T11:00:00Z"},
		{Key: "vcs.modified", Value: modified},
	}
}

func info(version string, settings []debug.BuildSetting) *debug.BuildInfo {
	bi := &debug.BuildInfo{Settings: settings}
	bi.Main.Path = "github.com/workos-docs-tui/workos-docs-tui"
	bi.Main.Version = version
	return bi
}

func TestDescribe(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    stamp
		bi   *debug.BuildInfo
		want string
	}{
		{"release stamp wins over build info",
			stamp{"v1.4.0", rev, "2026-12-03T10:00:00Z"}, info("(devel)", vcs("false")),
			"v1.4.0 (commit 3f2a9c1e7b4d, 2026-12-03T10:00:00Z)"},
		{"stamp without commit or date",
			stamp{version: "v1.4.0"}, nil,
			"v1.4.0"},
		{"go install module@tag",
			stamp{}, info("v1.2.3", nil),
			"v1.2.3"},
		{"clean checkout: Go's pseudo-version names the commit",
			stamp{}, info("v0.0.0-20261203110000-3f2a9c1e7b4d", vcs("false")),
			"v0.0.0-20261203110000-3f2a9c1e7b4d"},
		{"checkout with local changes",
			stamp{}, info("v0.0.0-20261203110000-3f2a9c1e7b4d+dirty", vcs("true")),
			"v0.0.0-20261203110000-3f2a9c1e7b4d+dirty"},
		{"checkout at a tag with local changes adds the commit",
			stamp{}, info("v1.2.3+dirty", vcs("true")),
			"v1.2.3+dirty (commit 3f2a9c1e7b4d, 2026-12-03T11:00:00Z)"},
		{"toolchain without module versions, clean",
			stamp{}, info("(devel)", vcs("false")),
			"devel (commit 3f2a9c1e7b4d, 2026-12-03T11:00:00Z)"},
		{"toolchain without module versions, modified",
			stamp{}, info("(devel)", vcs("true")),
			"devel (commit 3f2a9c1e7b4d-dirty, 2026-12-03T11:00:00Z)"},
		{"go run: nothing recorded",
			stamp{}, info("(devel)", nil),
			"devel"},
		{"no build info at all",
			stamp{}, nil,
			"devel"},
	} {
		if got := describe(tc.s, tc.bi); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
