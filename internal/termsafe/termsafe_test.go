package termsafe

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestClean(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Single Sign-On\n\tcode", "Single Sign-On\n\tcode"},
		{"osc52 clipboard BEL", "a\x1b]52;c;ZWNobyBoaQ==\x07b", "ab"},
		{"osc52 clipboard ST", "a\x1b]52;c;ZWNobyBoaQ==\x1b\\b", "ab"},
		{"osc0 title", "x\x1b]0;owned\x07y", "xy"},
		{"osc2 title C1", "x\u009d2;owned\u009cy", "xy"},
		{"csi clear", "x\x1b[2J\x1b[1;1Hy", "xy"},
		{"csi C1", "x\u009b31my", "xy"},
		{"sgr", "\x1b[31mred\x1b[0m", "red"},
		{"dcs", "x\x1bP1$qm\x1b\\y", "xy"},
		{"apc pm sos", "a\x1b_k\x1b\\b\x1b^p\x1b\\c\x1bXs\x1b\\d", "abcd"},
		{"bel", "ding\x07dong", "dingdong"},
		{"lone esc at end", "end\x1b", "end"},
		{"two-byte esc", "a\x1bcb\x1b7c", "abc"},
		{"charset esc", "a\x1b(Bb", "ab"},
		{"unterminated osc keeps text", "a\x1b]0;title", "a0;title"},
		{"unterminated csi", "a\x1b[12", "a12"},
		{"cr and backspace", "over\rwrite\b!", "overwrite!"},
		{"del and c1", "a\x7fb\u0085c", "abc"},
		{"8-bit csi byte", "a\x9b31mb", "a\uFFFD31mb"},
		{"nul", "a\x00b", "ab"},
		{"unicode kept", "café — ✓ 日本", "café — ✓ 日本"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Clean(c.in); got != c.want {
				t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestSafe(t *testing.T) {
	if !Safe("plain\ttext\n€") {
		t.Error("plain text reported unsafe")
	}
	if !Safe("U+FFFD \uFFFD is text") {
		t.Error("a real U+FFFD reported unsafe")
	}
	for _, s := range []string{"\x1b", "\x07", "\u009b", "\xff", "\r"} {
		if Safe(s) {
			t.Errorf("Safe(%q) = true", s)
		}
	}
}

// assertInert parses out with x/ansi, an independent terminal parser: every
// piece must be printable text, '\n' or '\t'.
func assertInert(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Clean(%q) is not valid UTF-8: %q", in, out)
	}
	var state byte
	for rest := out; len(rest) > 0; {
		seq, width, n, st := ansi.DecodeSequence(rest, state, nil)
		state = st
		if width == 0 && seq != "\n" && seq != "\t" {
			if r, _ := utf8.DecodeRuneInString(seq); r >= 0x20 && !isControl(r) {
				// zero-width but printable (combining marks, ZWJ…)
				rest = rest[n:]
				continue
			}
			t.Fatalf("Clean(%q) left a control %q in %q", in, seq, out)
		}
		rest = rest[n:]
	}
	if strings.ContainsAny(out, "\x1b\x07\r\x00") {
		t.Fatalf("Clean(%q) = %q keeps a control byte", in, out)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"a\x1b]52;c;eA==\x07b", "\x1b[2J", "\x1bP$q\x1b\\", "\u009d0;t\u009c", "\x1b", "\x1b]", "ok\n\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Clean(s)
		assertInert(t, s, out)
		if Clean(out) != out {
			t.Fatalf("Clean is not idempotent on %q", s)
		}
	})
}

func BenchmarkCleanSafeText(b *testing.B) {
	s := strings.Repeat("Single Sign-On lets users sign in with their identity provider.\n", 200)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Clean(s)
	}
}
