package search

import (
	"strings"
	"testing"

	"github.com/workos-docs-tui/workos-docs-tui/docs/apiref"
)

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

// A generated sample's boilerplate (the auth header every request has, an
// empty body's placeholder) is no evidence; its fields are.
func TestPlainTextSampleBoilerplate(t *testing.T) {
	md := "Creates a key.\n\n*Request — " + apiref.SampleMark + "*\n\n```sh\ncurl -X POST 'https://api.example.test/keys' \\\n  -H 'Authorization: Bearer <api_key>' \\\n  -d '{\"owner_id\": \"<owner_id>\"}'\n```\n\n*Response — " + apiref.SampleMark + "*\n\n```json\n{\n  \"empty\": \"<empty>\"\n}\n```\n\n```sh\necho 'Authorization: Bearer mine'\n```\n"
	_, code := plainText(md)
	if strings.Contains(code, "api_key") || strings.Contains(code, "<empty>") {
		t.Errorf("sample boilerplate indexed: %q", code)
	}
	if !strings.Contains(code, "owner_id") {
		t.Errorf("sample fields lost: %q", code)
	}
	if !strings.Contains(code, "Bearer mine") {
		t.Errorf("the docs' own code lost: %q", code)
	}
}
