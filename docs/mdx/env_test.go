package mdx

import "strings"

// testEnv resolves signatures from a map and makes site-relative links absolute.
type testEnv struct {
	sigs map[string]string
}

func (e testEnv) Signature(id string) string { return e.sigs[id] }

func (e testEnv) Link(d string) string {
	if strings.HasPrefix(d, "/") {
		return "https://docs.example.test" + d
	}
	return d
}
