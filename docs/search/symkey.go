package search

import (
	"strings"
)

// Exact API names. A query that spells an endpoint or a method the way a page
// declares it ("DELETE /organizations/org_123", "sso.GetProfileAndToken",
// "user_management.list_users") names that page; BM25 alone spreads such a
// query over every page sharing its words.

// symbolKey folds an API spelling to a comparable key: lower case, no
// punctuation inside names (so getProfileAndToken, get_profile_and_token and
// GetProfileAndToken meet), arguments and "$" dropped, "->" and "::" as ".",
// and every path parameter or concrete object id as ":".
func symbolKey(s string) string {
	s = strings.TrimSpace(s)
	verb := ""
	if v, rest, ok := strings.Cut(s, " "); ok && isHTTPVerb(v) {
		verb, s = strings.ToLower(v)+" ", strings.TrimSpace(rest)
	}
	if strings.HasPrefix(s, "/") {
		if i := strings.IndexAny(s, "? "); i >= 0 {
			s = s[:i]
		}
		segs := strings.Split(strings.TrimSuffix(s, "/"), "/")
		for i, g := range segs {
			if strings.HasPrefix(g, ":") || strings.HasPrefix(g, "{") || isObjectID(g) {
				segs[i] = ":"
			} else {
				segs[i] = singular(strings.ToLower(g))
			}
		}
		return verb + strings.Join(segs, "/")
	}
	if verb != "" {
		return "" // "GET userManagement.getUser()": the method spelling is listed on its own too
	}
	if i := strings.IndexByte(s, '('); i >= 0 {
		s = s[:i]
	}
	s = symbolPunct.Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '.':
			b.WriteByte(c)
		case c == '_' || c == '-':
		default:
			return "" // not a name
		}
	}
	if b.Len() < 4 {
		return ""
	}
	return b.String()
}

// singular folds a path segment's plural roughly (both sides fold the same
// way, so "status" → "statu" is harmless), so an endpoint typed from memory
// ("GET /organization/:orgId/roles") meets the one declared
// ("GET /organizations/:id/roles").
func singular(seg string) string {
	switch {
	case strings.HasSuffix(seg, "ies") && len(seg) > 4:
		return seg[:len(seg)-3] + "y"
	case strings.HasSuffix(seg, "s") && !strings.HasSuffix(seg, "ss") && len(seg) > 3:
		return seg[:len(seg)-1]
	}
	return seg
}

// endpointAliases are the other keys an endpoint key answers to as askers
// type it: the path without its verb, and the path without leading
// segments ("GET /organizations/:id/roles" for the declared
// "GET /authorization/organizations/:id/roles"), at least two segments long
// and starting with a name.
func endpointAliases(key string) []string {
	verb, path, ok := strings.Cut(key, " /")
	if !ok || !isHTTPVerb(verb) {
		return nil
	}
	out := []string{"/" + path}
	segs := strings.Split(path, "/")
	for i := 1; i+2 <= len(segs); i++ {
		if segs[i] == ":" {
			continue
		}
		tail := "/" + strings.Join(segs[i:], "/")
		out = append(out, verb+" "+tail, tail)
	}
	return out
}

// symbolPunct is built once: a Replacer is costly to make and safe to share.
var symbolPunct = strings.NewReplacer("->", ".", "::", ".", "$", "")

func isHTTPVerb(v string) bool {
	switch v {
	case "GET", "POST", "PUT", "PATCH", "DELETE", "get", "post", "put", "patch", "delete":
		return true
	}
	return false
}

// isObjectID reports a concrete object id such as "org_123", "user_01HXYZ"
// or "auth_challenge_9": letters and underscores, then a last part with a digit.
func isObjectID(w string) bool {
	k := strings.LastIndexByte(w, '_')
	if k <= 0 || k == len(w)-1 {
		return false
	}
	for i := 0; i < k; i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || c == '_') {
			return false
		}
	}
	digit := false
	for i := k + 1; i < len(w); i++ {
		c := w[i]
		switch {
		case '0' <= c && c <= '9':
			digit = true
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return digit
}

// queryKeys are the symbol keys a query may spell: the whole query, each
// word with API syntax, and a verb with the path after it.
func queryKeys(q string) []string {
	var keys []string
	add := func(s string) {
		if k := symbolKey(s); k != "" {
			keys = append(keys, k)
		}
	}
	f := strings.Fields(q)
	if len(f) == 0 {
		return nil
	}
	add(q)
	for i, w := range f {
		w = strings.TrimRight(strings.TrimLeft(w, "'("), ",;:!?.'")
		if i > 0 && strings.HasPrefix(w, "/") && isHTTPVerb(f[i-1]) {
			add(f[i-1] + " " + w)
		}
		w = trimArity(w)
		if len(f) > 1 && hasIdentSyntax(w) {
			add(w)
		}
		// "workos.userManagement.listUsers", "workos_client.sso.get_profile",
		// "WorkOS::UserManagement.list_users", "$workos->sso->getProfile":
		// the client variable in front is the asker's, not the API's name.
		name, _, _ := strings.Cut(w, "(")
		if name = symbolPunct.Replace(name); strings.Count(name, ".") >= 2 {
			for rest := name; strings.Count(rest, ".") >= 2; {
				_, rest, _ = strings.Cut(rest, ".")
				add(rest)
			}
		}
	}
	return keys
}

// trimArity drops an Elixir function's arity ("list_users/1" → "list_users"):
// it is how Elixir developers cite a function, not part of its name.
func trimArity(w string) string {
	i := strings.LastIndexByte(w, '/')
	if i <= 0 || i == len(w)-1 || strings.TrimLeft(w[i+1:], "0123456789") != "" {
		return w
	}
	if name := w[:i]; !strings.Contains(name, "/") && hasIdentSyntax(name) { // not "issues/7"
		return name
	}
	return w
}

// replaceObjectIDs turns concrete ids in a query into "id", the word the
// reference uses for them ("/users/user_01H" reads as "/users/:id").
func replaceObjectIDs(q string) string {
	if !strings.Contains(q, "_") {
		return q
	}
	f := strings.Fields(q)
	changed := false
	for i, w := range f {
		segs := strings.Split(w, "/")
		for j, g := range segs {
			if isObjectID(g) {
				segs[j], changed = "id", true
			}
		}
		f[i] = strings.Join(segs, "/")
	}
	if !changed {
		return q
	}
	return strings.Join(f, " ")
}
