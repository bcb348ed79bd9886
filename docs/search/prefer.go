package search

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// Preference is the stack a query names beside its topic: "withAuth error in
// Next.js", "workos-python get profile". The names say which SDK's code the
// asker wants, not what the question is about, so they stop counting as
// topic words (a page about the SDK is not the answer to a question asked in
// it) and the result carries them for the caller to show code in that stack.
type Preference struct {
	Frontend string   `json:"frontend,omitempty"` // the docs' frontend stack label: nextjs, remix, react, client-only
	Backend  string   `json:"backend,omitempty"`  // the docs' backend stack label: nodejs, python, ruby, php, go, java
	Lang     string   `json:"lang,omitempty"`     // SDK language of API symbols: js, python, ruby, php, go, java, dotnet
	SDK      string   `json:"sdk,omitempty"`      // the SDK's page under sdks/: authkit-nextjs, python…
	Words    []string `json:"words"`              // the query's words that named it, as typed
}

// stackName is what one name of an SDK, framework or language says.
type stackName struct{ frontend, backend, lang, sdk string }

// stackNames maps names people give SDKs, their packages, frameworks and
// languages (folded, "@workos-inc/" dropped) to what they prefer. Frameworks
// an SDK serves name that SDK (Django → python).
var stackNames = func() map[string]stackName {
	m := map[string]stackName{}
	add := func(s stackName, names ...string) {
		for _, n := range names {
			m[n] = s
		}
	}
	add(stackName{"nextjs", "", "js", "authkit-nextjs"}, "nextjs", "next.js", "authkit-nextjs",
		// Next.js's own vocabulary names it as surely as its name does; the docs
		// corpus uses none of these words outside Next.js.
		"app router", "pages router", "api route", "api routes", "route handler", "route handlers",
		"server action", "server actions", "server component", "server components", "client component",
		"client components", "middleware.ts", "proxy.ts")
	add(stackName{"remix", "", "js", "authkit-remix"}, "remix", "authkit-remix")
	add(stackName{"", "", "js", "authkit-react-router"}, "react-router", "react router", "authkit-react-router")
	add(stackName{"react", "", "js", "authkit-react"}, "react", "reactjs", "react.js", "authkit-react")
	add(stackName{"", "", "js", "authkit-tanstack-start"}, "tanstack", "tanstack start", "authkit-tanstack-start", "authkit-tanstack-react-start")
	add(stackName{"client-only", "", "js", "authkit-js"}, "authkit-js")
	add(stackName{"", "nodejs", "js", "node"}, "node", "nodejs", "node.js", "workos-node", "express")
	add(stackName{"", "", "js", ""}, "javascript", "typescript", "js")
	add(stackName{"", "python", "python", "python"}, "python", "workos-python", "django", "flask", "fastapi")
	add(stackName{"", "ruby", "ruby", "ruby"}, "ruby", "workos-ruby", "rails", "sinatra")
	add(stackName{"", "php", "php", "php"}, "php", "workos-php")
	add(stackName{"", "php", "php", "laravel"}, "laravel", "workos-php-laravel")
	add(stackName{"", "go", "go", "go"}, "go", "golang", "workos-go")
	add(stackName{"", "java", "java", "java"}, "java", "kotlin", "workos-java", "workos-kotlin")
	add(stackName{"", "", "dotnet", "dotnet"}, "dotnet", ".net", "csharp", "c#", "workos-dotnet")
	add(stackName{"", "", "", "elixir"}, "elixir", "workos-elixir")
	return m
}()

// StackSDK is the sdks/ page of a stack label the docs use ("nextjs" →
// "sdks/authkit-nextjs", "python" → "sdks/python"), or "" if none.
func StackSDK(label string) string {
	if label == "" {
		return ""
	}
	if s, ok := stackNames[label]; ok && s.sdk != "" && (s.frontend == label || s.backend == label) {
		return "sdks/" + s.sdk
	}
	names := slices.Sorted(maps.Keys(stackNames)) // several names share a label: pick one the same way every time
	for _, n := range names {
		if s := stackNames[n]; s.sdk != "" && (s.frontend == label || s.backend == label) {
			return "sdks/" + s.sdk
		}
	}
	return ""
}

// sdkWords are words that only say "in the SDK" once a stack is named.
var sdkWords = map[string]bool{"sdk": true, "sdks": true, "library": true, "package": true, "lib": true}

// stackMention is a stack name found in the query, with its byte range.
type stackMention struct {
	name       stackName
	start, end int
}

// rawWords splits a query at spaces and at punctuation that never joins a
// name, keeping the characters package and framework names use (@ / . - # +).
func rawWords(q string, emit func(w string, start, end int)) {
	start := -1
	for i, r := range q {
		keep := unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("@/.-_#+", r)
		switch {
		case keep && start < 0:
			start = i
		case !keep && start >= 0:
			emit(q[start:i], start, i)
			start = -1
		}
	}
	if start >= 0 {
		emit(q[start:], start, len(q))
	}
}

// findStacks returns the stack names the query spells, as typed, with
// their byte ranges; "go" only beside "sdk" or "golang"-free API syntax is
// left to the caller.
func findStacks(q string) []stackMention {
	var out []stackMention
	var prev struct {
		w          string
		start, end int
	}
	rawWords(q, func(w string, start, end int) {
		trimmed := strings.TrimRight(w, ".-/")
		end -= len(w) - len(trimmed)
		low := strings.ToLower(trimmed)
		if i := strings.LastIndexByte(low, '/'); i >= 0 && strings.HasPrefix(low, "@") {
			low = low[i+1:] // "@workos-inc/authkit-nextjs" → "authkit-nextjs"
		}
		if prev.w == "react" && low == "native" {
			if n := len(out); n > 0 && out[n-1].start == prev.start {
				out = out[:n-1] // React Native is a platform the docs guide on its own (Expo), not the React SDK
			}
		} else if s, ok := stackNames[prev.w+" "+low]; ok && prev.w != "" {
			if n := len(out); n > 0 && out[n-1].start == prev.start {
				out = out[:n-1] // "react router" is one name, not "react"
			}
			out = append(out, stackMention{s, prev.start, end})
		} else if s, ok := stackNames[low]; ok {
			out = append(out, stackMention{s, start, end})
		}
		prev.w, prev.start, prev.end = low, start, end
	})
	return out
}

// reactFramework are the SDKs of frameworks built on React.
var reactFramework = map[string]bool{"authkit-nextjs": true, "authkit-remix": true, "authkit-react-router": true, "authkit-tanstack-start": true}

// merge folds the names found into one preference; the first name of each
// kind wins ("Next.js with the node SDK" is frontend nextjs, backend nodejs),
// except that of two frontend SDKs the later is the one asked about: "X has
// signOut's returnTo; can I do it in Remix?", "a method like authkit-react's
// in authkit-nextjs", "moving from Remix to Next.js"; React does not displace
// a framework built on it ("a Next.js app with React").
func (p *Preference) merge(q string, ms []stackMention) {
	for _, m := range ms {
		s := m.name
		if s.sdk == "authkit-react" && reactFramework[p.SDK] {
			s.frontend, s.sdk = "", "" // "a Next.js app with React": React does not displace its framework
		}
		if p.Frontend == "" || s.frontend != "" {
			p.Frontend = cmp.Or(s.frontend, p.Frontend)
		}
		if p.Backend == "" {
			p.Backend = s.backend
		}
		if p.SDK == "" || (s.frontend != "" && s.sdk != "") {
			p.SDK = cmp.Or(s.sdk, p.SDK)
		}
		if p.Lang == "" {
			p.Lang = s.lang
		}
		w := q[m.start:m.end]
		if !slices.ContainsFunc(p.Words, func(o string) bool { return strings.EqualFold(o, w) }) {
			p.Words = append(p.Words, w) // "Python SDK … the Python SDK" names Python once
		}
	}
}
