package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Tests on the real corpus: they run only when WORKOS_DOCS_DIR is set.

// TestRealSubPathLinkOpensSection: a site link written as a sub-path opens
// the events page at its directory-sync section, not a browser.
func TestRealSubPathLinkOpensSection(t *testing.T) {
	m := realModel(t, 120, 36)
	var sent []string
	m.sh.openURL = func(u string) tea.Cmd { sent = append(sent, u); return nil }
	drain(m, m.followURL("https://workos.com/docs/events/directory-sync"))
	if len(sent) != 0 {
		t.Fatalf("sent to the browser: %v", sent)
	}
	if m.pager.loc.Path != "events" || m.pager.loc.Anchor != "directory-sync" {
		t.Fatalf("loc %+v", m.pager.loc)
	}
	line := headLineOf(t, m, "directory-sync")
	if top := m.pager.vp.YOffset(); top != line || line == 0 {
		t.Errorf("offset %d, heading on line %d", top, line)
	}
	if !strings.Contains(strings.ToLower(m.pager.doc.plain[line]), "directory sync") {
		t.Errorf("line %d is %q", line, m.pager.doc.plain[line])
	}
}

// TestRealAPITasksInFewKeys: the keystrokes the closing note counts, from a
// fresh start to a signature in one SDK language (the palette's first key
// and enter included).
func TestRealAPITasksInFewKeys(t *testing.T) {
	for _, tc := range []struct {
		query, lang, path, signature string
	}{ // 2 + len(query) keys: 8, 7, 7
		{"go dlu", "go", "reference/directory-sync/directory-user/list", "directorysync.ListUsers(ctx"},
		{"py gc", "python", "reference/sso/connection/get", "sso.get_connection("},
		{"rb lo", "ruby", "reference/organization/list", "list_organizations("},
	} {
		m := realModel(t, 160, 45)
		press(m, "/")
		typeText(m, tc.query)
		press(m, "enter")
		if m.sh.lang != tc.lang || m.pager.loc.Path != tc.path || !strings.Contains(screenText(m), tc.signature) {
			t.Errorf("%q: lang %q loc %+v; signature %q on screen: %v", tc.query, m.sh.lang, m.pager.loc, tc.signature, strings.Contains(screenText(m), tc.signature))
		}
	}
}

// TestRealResizeKeepsTheSection: on long pages with tables and code, the
// section on top (and the heading itself when it was the top line) stays
// through resizes to 60x20 and 80x24, z and back to 160x45.
func TestRealResizeKeepsTheSection(t *testing.T) {
	for _, path := range []string{"sdks/authkit-nextjs", "events"} {
		m := realModel(t, 160, 45)
		drain(m, m.open(location{Path: path, Offset: -1}, false))
		if m.pager.doc == nil || len(m.pager.doc.heads) < 10 {
			t.Fatalf("%s: not rendered or few headings", path)
		}
		heads := m.pager.doc.heads
		for i := 0; i < len(heads); i += 4 {
			for _, down := range []int{0, 5} {
				resize(m, 160, 45)
				if !m.pager.jumpAnchor(heads[i].Anchor) || m.pager.vp.YOffset() != heads[i].Line {
					continue // near the end: the heading cannot be the top line
				}
				m.pager.scroll(down)
				want := m.pager.sectionAtTop()
				for _, step := range []string{"60x20", "80x24", "z", "z", "160x45", "z", "z"} {
					switch step {
					case "z":
						press(m, "z")
					case "60x20":
						resize(m, 60, 20)
					case "80x24":
						resize(m, 80, 24)
					case "160x45":
						resize(m, 160, 45)
					}
					top := m.pager.vp.YOffset()
					if top == m.pager.vp.maxOffset() {
						break // clamped at the end of the page
					}
					if got := m.pager.sectionAtTop(); got != want {
						t.Errorf("%s #%s +%d after %s: section on top %q, want %q", path, heads[i].Anchor, down, step, got.Text, want.Text)
						break
					}
					if down == 0 && !strings.Contains(normHead(m.pager.doc.plain[top]), headKey(want.Text)) {
						t.Errorf("%s #%s after %s: top line %q, want the heading", path, want.Anchor, step, m.pager.doc.plain[top])
						break
					}
				}
			}
		}
	}
}
