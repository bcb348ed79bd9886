package search

import "testing"

func TestPlainText(t *testing.T) {
	md := "## Heading {#x}\n\nSee [the **guide**](https://x.test/a_b) and <https://y.test>.\n\n![shot](https://img.test/p.png)\n\n| a | b |\n|---|---|\n| `snake_case` | _em_ |\n\n```js\nconst a = 1;\n```\n"
	prose, code := plainText(md)
	want := "Heading {#x} See the guide and . a b snake_case em"
	if prose != want {
		t.Errorf("prose\n got %q\nwant %q", prose, want)
	}
	if code != "const a = 1;\n" {
		t.Errorf("code %q", code)
	}
}
