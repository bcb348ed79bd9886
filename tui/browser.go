package tui

import (
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// browsable reports a URL the explorer may hand to a browser: http, https and
// mailto only, so a page cannot make the opener run file:, javascript: or an
// OS-specific handler.
func browsable(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return p.Host != ""
	case "mailto":
		return p.Opaque != "" || p.Path != ""
	}
	return false
}

// openInBrowser starts $BROWSER or the platform's URL opener with its output
// discarded, so nothing scribbles over the screen.
func openInBrowser(u string) tea.Cmd {
	return func() tea.Msg {
		if !browsable(u) {
			return flashMsg{text: "not opening " + u + ": only http, https and mailto links open in a browser"}
		}
		c, err := browserCommand(os.Getenv("BROWSER"), runtime.GOOS, u, exec.LookPath)
		if err == nil {
			c.Stdin, c.Stdout, c.Stderr = nil, nil, nil
			err = c.Start()
		}
		if err != nil {
			return flashMsg{text: "cannot open a browser (" + err.Error() + "): " + u}
		}
		// Openers such as xdg-open start the browser and exit at once; one
		// that fails says so by its exit status. A browser that keeps running
		// (a $BROWSER without a launcher) is taken as opened after a moment.
		done := make(chan error, 1)
		go func() { done <- c.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				return flashMsg{text: "cannot open a browser (" + filepath.Base(c.Path) + ": " + err.Error() + "): " + u}
			}
		case <-time.After(browserWait):
		}
		return flashMsg{text: "opened " + u}
	}
}

const browserWait = 3 * time.Second

// browserCommand picks the opener. $BROWSER may list several commands
// separated by the path-list separator; the first one found wins, and "%s" in
// it stands for the URL (else the URL is the last argument). With none found
// the platform's opener is used.
func browserCommand(env, goos, u string, lookPath func(string) (string, error)) (*exec.Cmd, error) {
	for _, entry := range filepath.SplitList(env) {
		f := strings.Fields(entry)
		if len(f) == 0 {
			continue
		}
		if _, err := lookPath(f[0]); err != nil {
			continue
		}
		args, placed := make([]string, 0, len(f)), false
		for _, a := range f[1:] {
			if strings.Contains(a, "%s") {
				a, placed = strings.ReplaceAll(a, "%s", u), true
			}
			args = append(args, a)
		}
		if !placed {
			args = append(args, u)
		}
		return exec.Command(f[0], args...), nil
	}
	switch goos {
	case "darwin":
		return exec.Command("open", u), nil
	case "windows":
		return exec.Command("rundll32", "url.dll,FileProtocolHandler", u), nil
	}
	if _, err := lookPath("xdg-open"); err != nil {
		return nil, errors.New("no $BROWSER and no xdg-open")
	}
	return exec.Command("xdg-open", u), nil
}
