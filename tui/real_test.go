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
