package apiref

import "strings"

// token returns the name inside a "(name)" value — the whole value, with no
// spaces or parentheses inside — or "" when s is plain text.
func token(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 3 || s[0] != '(' || s[len(s)-1] != ')' {
		return ""
	}
	inner := s[1 : len(s)-1]
	if strings.ContainsAny(inner, "() \t\r\n\v\f") {
		return ""
	}
	return inner
}

// fold lowercases and drops everything but letters and digits, so that
// "OrganizationMembership", "organization_membership" and "organization-membership"
// compare equal.
func fold(s string) string {
	folded := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			folded = false
			break
		}
	}
	if folded {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + ('a' - 'A'))
		case r > 127:
			b.WriteString(strings.ToLower(string(r)))
		}
	}
	return b.String()
}

// foldPath folds each dotted segment but keeps the dots: "Connection.Id" →
// "connection.id", "OrganizationMembership.userId" → "organizationmembership.userid".
func foldPath(s string) string {
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = fold(p)
	}
	return strings.Join(parts, ".")
}

// commonPrefix counts the leading path segments two page paths share; the
// nearest definition of a token is the one with the longest shared prefix.
func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ha, ta, _ := strings.Cut(a, "/")
		hb, tb, _ := strings.Cut(b, "/")
		if ha != hb {
			break
		}
		n++
		a, b = ta, tb
	}
	return n
}
