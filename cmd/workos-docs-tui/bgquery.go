//go:build !headless

package main

import (
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/lucasb-eyer/go-colorful"
	"github.com/muesli/cancelreader"
)

// bgQueryTimeout bounds the wait for a terminal that answers neither the
// background-colour query nor the device-attributes one behind it. Terminals
// that answer do so in a few milliseconds.
const bgQueryTimeout = 300 * time.Millisecond

// queryDarkBackground asks the terminal once (OSC 11, then DA1, which every
// terminal answers, so one without OSC 11 ends the wait early). ok is false
// when there is no answer; lipgloss's own query asks stdin and stdout in turn,
// 2 s each, which made show wait 4 s on silent terminals.
func queryDarkBackground(in, out *os.File, timeout time.Duration) (dark, ok bool) {
	if !term.IsTerminal(in.Fd()) || !term.IsTerminal(out.Fd()) {
		return false, false
	}
	state, err := term.MakeRaw(in.Fd())
	if err != nil {
		return false, false
	}
	defer term.Restore(in.Fd(), state)
	rd, err := cancelreader.NewReader(in)
	if err != nil {
		return false, false
	}
	defer rd.Close()
	timer := time.AfterFunc(timeout, func() { rd.Cancel() })
	defer timer.Stop()
	if _, err := io.WriteString(out, ansi.RequestBackgroundColor+ansi.RequestPrimaryDeviceAttributes); err != nil {
		return false, false
	}
	pa := ansi.GetParser()
	defer ansi.PutParser(pa)
	var acc []byte
	var buf [256]byte
	var st byte
	for {
		n, err := rd.Read(buf[:])
		if err != nil {
			return dark, ok
		}
		for p := buf[:n]; len(p) > 0; {
			seq, _, read, ns := ansi.DecodeSequence(p, st, pa)
			acc = append(acc, seq...)
			if ns == ansi.NormalState {
				s := string(acc)
				switch {
				case ansi.HasOscPrefix(s) && pa.Command() == 11:
					if _, spec, found := strings.Cut(string(pa.Data()), ";"); found {
						if c := ansi.XParseColor(spec); c != nil {
							cf, _ := colorful.MakeColor(c)
							_, _, l := cf.Hsl()
							dark, ok = l < 0.5, true
						}
					}
				case ansi.HasCsiPrefix(s) && pa.Command() == ansi.Command('?', 0, 'c'):
					return dark, ok // DA1 comes after any OSC 11 answer
				}
				acc = acc[:0]
			}
			st = ns
			p = p[read:]
		}
	}
}
