package docs

import (
	"slices"
	"strings"
	"testing"
)

func TestParseStack(t *testing.T) {
	for in, want := range map[string]Stack{
		"":                {},
		"nextjs,nodejs":   {Frontend: "nextjs", Backend: "nodejs"},
		" NodeJS , Remix": {Frontend: "remix", Backend: "nodejs"},
		"python":          {Backend: "python"},
	} {
		got, err := ParseStack(in)
		if err != nil || got != want {
			t.Errorf("ParseStack(%q) = %+v, %v", in, got, err)
		}
		if back, _ := ParseStack(got.String()); back != got {
			t.Errorf("String round trip of %+v gave %+v", got, back)
		}
	}
	for _, bad := range []string{"rails", "nextjs,remix", "nodejs,go"} {
		if _, err := ParseStack(bad); err == nil {
			t.Errorf("ParseStack(%q) accepted", bad)
		}
	}
	if _, err := ParseStack("rails"); err == nil || !strings.Contains(err.Error(), "nextjs") || !strings.Contains(err.Error(), "nodejs") {
		t.Errorf("error should list the labels: %v", err)
	}
}

// TestRealViewWith: on the AuthKit quick start a Next.js + Node reader gets
// their packages, not Remix's, in at most 65 % of the page.
func TestRealViewWith(t *testing.T) {
	c := loadReal(t)
	p, _, ok := c.Resolve("authkit")
	if !ok {
		t.Fatal("no authkit page")
	}
	all := c.View(p, "")
	if v := c.ViewWith(p, "", Stack{}); v.Markdown != all.Markdown {
		t.Error("the zero Stack changed the page")
	}
	v := c.ViewWith(p, "", Stack{Frontend: "nextjs", Backend: "nodejs"})
	for _, want := range []string{"@workos-inc/authkit-nextjs", "@workos-inc/node", "change the stack to see them"} {
		if !strings.Contains(v.Markdown, want) {
			t.Errorf("missing %q", want)
		}
	}
	if strings.Contains(v.Markdown, "@workos-inc/authkit-remix") {
		t.Error("Remix package shown to a Next.js reader")
	}
	if r := float64(len(v.Markdown)) / float64(len(all.Markdown)); r > 0.65 {
		t.Errorf("filtered page is %.0f%% of the full one, want ≤ 65%%", r*100)
	}
	for _, s := range v.Sections {
		if s.Start < 0 || s.End > len(v.Markdown) || s.Start > s.End {
			t.Fatalf("section %q out of range", s.Heading)
		}
		if s.Level > 0 && !strings.HasPrefix(v.Markdown[s.Start:], "#") {
			t.Errorf("section %q does not start at a heading", s.Heading)
		}
	}
	// Pages without stack alternatives share the plain view.
	q, _, _ := c.Resolve("email")
	if q != nil && c.ViewWith(q, "", Stack{Frontend: "remix"}).Markdown != c.View(q, "").Markdown {
		t.Error("a page without stack alternatives changed")
	}
}

func TestStackSDKPages(t *testing.T) {
	got := Stack{Frontend: "nextjs", Backend: "python"}.SDKPages()
	if want := []string{"sdks/authkit-nextjs", "sdks/python"}; !slices.Equal(got, want) {
		t.Errorf("SDKPages = %q, want %q", got, want)
	}
	if got := (Stack{}).SDKPages(); len(got) != 0 {
		t.Errorf("every option: %q", got)
	}
}
