package tui

import (
	"os"
	"os/exec"
	"runtime"

	tea "charm.land/bubbletea/v2"
)

// openInBrowser starts the platform's URL opener ($BROWSER first) with its
// output discarded, so nothing scribbles over the screen.
func openInBrowser(url string) tea.Cmd {
	return func() tea.Msg {
		var c *exec.Cmd
		switch b := os.Getenv("BROWSER"); {
		case b != "":
			c = exec.Command(b, url)
		case runtime.GOOS == "darwin":
			c = exec.Command("open", url)
		case runtime.GOOS == "windows":
			c = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
		default:
			c = exec.Command("xdg-open", url)
		}
		c.Stdin, c.Stdout, c.Stderr = nil, nil, nil
		if err := c.Start(); err != nil {
			return flashMsg{text: "cannot open a browser (" + err.Error() + "): " + url}
		}
		go func() { _ = c.Wait() }() // reap it
		return flashMsg{text: "opened " + url}
	}
}
