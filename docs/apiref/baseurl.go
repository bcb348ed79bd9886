package apiref

import "strings"

// BaseURLIn finds the API base URL as the docs' own request URLs write it:
// among the absolute URLs in texts whose path starts like one of the set's
// HTTP endpoints ("/organizations…"), the scheme and host seen most often
// (the first seen wins a tie). "" when no text holds one. The reference's own
// "API Base URL" block is not trusted: the corpus ships it mangled.
func (s *Set) BaseURLIn(texts []string) string {
	if s == nil {
		return ""
	}
	heads := map[string]bool{}
	for _, all := range s.byID {
		for _, e := range all {
			if e.Verb != "" {
				if h := firstSegment(e.Title); h != "" {
					heads[h] = true
				}
			}
		}
	}
	if len(heads) == 0 {
		return ""
	}
	count := map[string]int{}
	var order []string
	for _, t := range texts {
		for _, u := range requestURLs(t) {
			base, rest, _ := strings.Cut(u, "\x00")
			if heads[firstSegment(rest)] {
				if count[base] == 0 {
					order = append(order, base)
				}
				count[base]++
			}
		}
	}
	best := ""
	for _, b := range order {
		if count[b] > count[best] {
			best = b
		}
	}
	return best
}

// firstSegment is the first segment of a URL path ("/a/b?c" → "a").
func firstSegment(path string) string {
	path = strings.TrimPrefix(strings.TrimSpace(path), "/")
	if i := strings.IndexAny(path, "/?#"); i >= 0 {
		path = path[:i]
	}
	return path
}

// requestURLs finds "scheme://host/path" in t, each as base + "\x00" + path.
// Hosts are plain names (letters, digits, dots, dashes, a port): a templated
// host such as ${host} is not a base URL.
func requestURLs(t string) []string {
	var out []string
	for i := 0; i < len(t); {
		j := strings.Index(t[i:], "://")
		if j < 0 {
			break
		}
		j += i
		k := j
		for k > 0 && isLetter(t[k-1]) {
			k--
		}
		scheme := t[k:j]
		i = j + 3
		if scheme != "https" && scheme != "http" {
			continue
		}
		h := i
		for h < len(t) && (isLetter(t[h]) || t[h] >= '0' && t[h] <= '9' || t[h] == '.' || t[h] == '-' || t[h] == ':') {
			h++
		}
		if h == i || h >= len(t) || t[h] != '/' || !strings.Contains(t[i:h], ".") {
			continue
		}
		e := h
		for e < len(t) && !strings.ContainsRune(" \t\n\"'`<>()[]{}", rune(t[e])) {
			e++
		}
		out = append(out, strings.ToLower(t[k:h])+"\x00"+t[h:e])
		i = e
	}
	return out
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
