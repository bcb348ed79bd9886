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
