package docs

import "strings"

// URL is the canonical web address of a page path and section anchor: the one
// place the program builds docs URLs. path "" is the docs root; anchor "" the
// whole page.
func URL(path, anchor string) string {
	u := strings.TrimSuffix(BaseURL, "/")
	if path != "" {
		u = BaseURL + path
	}
	if anchor != "" {
		u += "#" + anchor
	}
	return u
}

// IsDocsURL reports an absolute URL into the docs site, in any case, with
// nothing or one of /, # and ? after the root.
func IsDocsURL(s string) bool {
	l := strings.ToLower(s)
	for _, pre := range []string{"https://workos.com/docs", "http://workos.com/docs", "https://www.workos.com/docs", "http://www.workos.com/docs"} {
		if strings.HasPrefix(l, pre) {
			rest := l[len(pre):]
			return rest == "" || rest[0] == '/' || rest[0] == '#' || rest[0] == '?'
		}
	}
	return false
}
