package tui

import (
	"errors"
	"os/exec"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestSubPathLinkOpensInExplorer: the site writes section links as sub-paths
// (/docs/magic-auth/sending-codes); they open the page at the section here,
// not in a browser.
func TestSubPathLinkOpensInExplorer(t *testing.T) {
	m, o := newTestModel(t, 100, 20)
	drain(m, m.open(location{Path: "magic-auth", Offset: -1}, true))
	press(m, "1", "enter")
	if len(o.urls) != 0 {
		t.Fatalf("docs link went to the browser: %v", o.urls)
	}
	if m.pager.loc.Path != "magic-auth" || m.pager.loc.Anchor != "sending-codes" {
		t.Fatalf("loc %+v, want magic-auth#sending-codes", m.pager.loc)
	}
	line := headLineOf(t, m, "sending-codes")
	if want := min(line, m.pager.vp.TotalLineCount()-m.pager.vp.Height()); m.pager.vp.YOffset() != want || want <= 0 {
		t.Errorf("offset %d, want %d (heading on line %d)", m.pager.vp.YOffset(), want, line)
	}
	// A docs URL this corpus lacks goes to the browser.
	drain(m, m.followURL("https://workos.com/docs/not/a-page"))
	if len(o.urls) != 1 {
		t.Errorf("unknown docs page not sent to the browser: %v", o.urls)
	}
}

func TestStartAtSubPath(t *testing.T) {
	o := &opened{}
	m := New(Options{Docs: newFakeDocs(), Theme: "dark", OpenURL: o.open, Start: "sso/testing"})
	m.tick = noTick
	drain(m, m.Init())
	drain(m, func() tea.Msg { return tea.WindowSizeMsg{Width: 100, Height: 20} })
	if m.pager.loc.Path != "sso" || m.pager.loc.Anchor != "testing" {
		t.Fatalf("start at %+v, want sso#testing", m.pager.loc)
	}
}

func headLineOf(t *testing.T, m *Model, anchor string) int {
	t.Helper()
	for _, h := range m.pager.doc.heads {
		if h.Anchor == anchor {
			return h.Line
		}
	}
	t.Fatalf("no heading %q on %s", anchor, m.pager.loc.Path)
	return -1
}

// TestOnlyWebSchemesOpen: a page cannot make the opener run other schemes.
func TestOnlyWebSchemesOpen(t *testing.T) {
	m, o := newTestModel(t, 100, 30)
	for _, u := range []string{"javascript:alert(1)", "file:///etc/passwd", "ssh://host", "vscode://x", "https:///nohost"} {
		drain(m, m.followURL(u))
		if !strings.Contains(m.flash, "only http, https and mailto") {
			t.Errorf("%s: flash %q", u, m.flash)
		}
	}
	if len(o.urls) != 0 {
		t.Fatalf("opened %v", o.urls)
	}
	for _, u := range []string{"https://example.com/x", "http://example.com", "mailto:someone@example.com"} {
		drain(m, m.followURL(u))
	}
	if len(o.urls) != 3 {
		t.Errorf("web links not opened: %v", o.urls)
	}
}

func TestBrowserCommandFromEnv(t *testing.T) {
	have := map[string]bool{"firefox": true, "xdg-open": true}
	look := func(name string) (string, error) {
		if have[name] {
			return "/bin/" + name, nil
		}
		return "", errors.New("not found")
	}
	const u = "https://example.com/a"
	for _, c := range []struct {
		env, goos string
		want      []string
	}{
		{"missing-browser:firefox --new-tab", "linux", []string{"firefox", "--new-tab", u}},
		{"firefox -url %s -x", "linux", []string{"firefox", "-url", u, "-x"}},
		{"missing-browser", "linux", []string{"xdg-open", u}},
		{"", "darwin", []string{"open", u}},
	} {
		cmd, err := browserCommand(c.env, c.goos, u, look)
		if err != nil {
			t.Errorf("%q: %v", c.env, err)
			continue
		}
		if got := strings.Join(cmd.Args, " "); got != strings.Join(c.want, " ") {
			t.Errorf("%q on %s: %q, want %q", c.env, c.goos, got, strings.Join(c.want, " "))
		}
	}
	have["xdg-open"] = false
	if _, err := browserCommand("", "linux", u, look); err == nil {
		t.Error("no opener at all is not an error")
	}
}

// TestFailedBrowserLaunchIsReported: an opener that exits with an error is
// reported as such, not as "opened".
func TestFailedBrowserLaunchIsReported(t *testing.T) {
	if _, err := exec.LookPath("false"); err != nil {
		t.Skip("no false command")
	}
	t.Setenv("BROWSER", "false")
	msg, ok := openInBrowser("https://example.com/x")().(flashMsg)
	if !ok || !strings.Contains(msg.text, "cannot open a browser") || strings.Contains(msg.text, "opened") {
		t.Errorf("failed launch reported as %q", msg.text)
	}
}
