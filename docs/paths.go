package docs

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormPath turns any spelling of a page address into the key of the page map:
// "sso/login-flows", "/sso/login-flows", "https://workos.com/docs/sso/login-flows",
// ".mdx"/".md" suffixes, "#anchor", "?query", backslashes and "/index". The result
// is only ever a map key, never a file path; path.Clean keeps ".." from escaping.
func NormPath(s string) string {
	p, _ := SplitAnchor(s)
	return p
}

// SplitAnchor is NormPath that also returns the "#anchor" part (without "#").
func SplitAnchor(s string) (pagePath, anchor string) {
	p := strings.TrimSpace(strings.ReplaceAll(s, `\`, "/"))
	p, anchor, _ = strings.Cut(p, "#")
	p, _, _ = strings.Cut(p, "?")
	p = strings.ToLower(p)
	for _, pre := range []string{"https://", "http://"} {
		if strings.HasPrefix(p, pre) {
			p = strings.TrimPrefix(p[len(pre):], "www.")
			if host, rest, ok := strings.Cut(p, "/"); ok && host == "workos.com" {
				p = "/" + rest
			} else if p == "workos.com" {
				p = "/"
			}
			break
		}
	}
	p = strings.TrimSuffix(p, "/")
	p = strings.TrimSuffix(strings.TrimSuffix(p, ".mdx"), ".md")
	p = path.Clean("/" + p) // "/../../x" cleans to "/x"
	if p == "/docs" || strings.HasPrefix(p, "/docs/") {
		p = p[len("/docs"):]
	}
	p = strings.TrimPrefix(p, "/")
	p = strings.TrimSuffix(p, "/index") // a root docs/index.mdx keeps the path "index"
	return p, strings.TrimSpace(anchor)
}

// pagePathOf is the page path of a file under docs/ ("sso/index.mdx" → "sso").
// Lower case, like every lookup key NormPath makes, so "Foo/Bar.mdx" stays reachable.
func pagePathOf(file string) string {
	p := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(file, ".mdx"), ".md"))
	return strings.TrimSuffix(p, "/index") // the root docs/index.mdx keeps "index"
}

// humanize makes a title from a path segment: "login-flows" → "Login Flows",
// "authkit-js" → "AuthKit JS".
func humanize(seg string) string {
	seg = strings.TrimLeft(seg, "_")
	words := strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(seg))
	if len(words) == 0 {
		return "Untitled"
	}
	for i, w := range words {
		if s, ok := titleWords[w]; ok {
			words[i] = s
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// titleWords spells the product words and acronyms found in file names.
var titleWords = map[string]string{
	"api": "API", "authkit": "AuthKit", "cli": "CLI", "css": "CSS", "dotnet": ".NET",
	"fga": "FGA", "id": "ID", "js": "JS", "jwt": "JWT", "mfa": "MFA", "nextjs": "Next.js",
	"oauth": "OAuth", "oidc": "OIDC", "php": "PHP", "rbac": "RBAC", "saml": "SAML",
	"scim": "SCIM", "sdk": "SDK", "sdks": "SDKs", "sso": "SSO", "ui": "UI", "url": "URL",
	"workos": "WorkOS", "tanstack": "TanStack",
}

// lastSegment is the part after the final slash.
func lastSegment(p string) string {
	return p[strings.LastIndexByte(p, '/')+1:]
}

// areaOf is the top-level folder of a page path ("sso/login-flows" → "sso").
func areaOf(pagePath string) string {
	a, _, _ := strings.Cut(pagePath, "/")
	return a
}
