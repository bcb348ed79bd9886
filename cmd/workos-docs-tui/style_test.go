//go:build !headless

package main

import (
	"os"
	"testing"
	"time"
)

// TestShowStyleAsksOnce: NO_COLOR, --theme and $COLORFGBG answer without a
// question to the terminal; otherwise it is asked once, and no answer is dark.
func TestShowStyleAsksOnce(t *testing.T) {
	asked := 0
	answer, answered := false, false
	orig := queryBackground
	t.Cleanup(func() { queryBackground = orig })
	queryBackground = func(_, _ *os.File, timeout time.Duration) (bool, bool) {
		asked++
		if timeout > time.Second {
			t.Errorf("query timeout %s; a silent terminal would hold show that long", timeout)
		}
		return answer, answered
	}
	for _, tc := range []struct {
		noColor, colorfgbg, theme string
		answer, answered          bool
		want                      string
		asks                      int
	}{
		{noColor: "1", theme: "auto", want: "notty"},
		{noColor: "1", theme: "light", want: "notty"},
		{theme: "light", want: "light"},
		{theme: "dark", want: "dark"},
		{colorfgbg: "0;15", theme: "auto", want: "light"},
		{colorfgbg: "15;0", theme: "auto", want: "dark"},
		{theme: "auto", answer: false, answered: true, want: "light", asks: 1},
		{theme: "auto", answer: true, answered: true, want: "dark", asks: 1},
		{theme: "auto", answered: false, want: "dark", asks: 1},
	} {
		t.Setenv("NO_COLOR", tc.noColor)
		t.Setenv("COLORFGBG", tc.colorfgbg)
		asked, answer, answered = 0, tc.answer, tc.answered
		if got := showStyle(tc.theme); got != tc.want || asked != tc.asks {
			t.Errorf("%+v: style %q after %d questions; want %q after %d", tc, got, asked, tc.want, tc.asks)
		}
	}
}
