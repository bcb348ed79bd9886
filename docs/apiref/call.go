package apiref

import "strings"

// sdkCall writes the call of an SDK method from its signature: the title
// without "()" and each required argument named, as the language spells
// named arguments (keywords in Python and Ruby, object fields in JavaScript,
// struct fields in Go). Values are placeholders named after the argument;
// arguments a caller already holds (Go's ctx, .NET's cancellation token) are
// written as that variable.
func sdkCall(e *Entry) string {
	fn := strings.TrimSuffix(strings.TrimSpace(e.Title), "()")
	var args []string
	for _, p := range e.Parameters {
		if p.Optional || p.Name == "" || p.Name == "anonymous" {
			continue
		}
		args = append(args, argument(e.Lang, p))
	}
	call := fn + "(" + strings.Join(args, ", ") + ")"
	if len(call) > 72 && len(args) > 1 {
		call = fn + "(\n  " + strings.Join(args, ",\n  ") + ",\n)"
	}
	if e.Lang == "go" {
		if lhs := goResults(e.Returns); lhs != "" {
			call = lhs + " := " + call
		}
	}
	return call
}

// argument is one argument of a call in lang.
func argument(lang string, p Item) string {
	v := value(lang, p)
	switch lang {
	case "python":
		return p.Name + "=" + v
	case "ruby":
		return p.Name + ": " + v
	}
	return v
}

// value is the placeholder for one parameter: a literal of its required
// properties when it has them, a string placeholder for a string, the
// parameter's own name for a value the caller holds.
func value(lang string, p Item) string {
	var fields []string
	for _, q := range p.Properties {
		if !q.Optional && q.Name != "" && q.Name != "anonymous" {
			fields = append(fields, field(lang, q))
		}
	}
	if len(p.Properties) > 0 {
		switch lang {
		case "js":
			return "{ " + strings.Join(fields, ", ") + " }"
		case "go":
			return strings.TrimPrefix(strings.TrimSpace(p.Type), "*") + "{" + strings.Join(fields, ", ") + "}"
		case "python":
			return "{" + strings.Join(fields, ", ") + "}"
		case "ruby":
			return "{ " + strings.Join(fields, ", ") + " }"
		case "php":
			return "[" + strings.Join(fields, ", ") + "]"
		}
		return p.Name // Java and .NET build an options object first
	}
	if held(p) {
		return p.Name
	}
	if stringType(p.Type) {
		return `"` + placeholder(p.Name) + `"`
	}
	return placeholder(p.Name)
}

// field is one named property inside an object literal.
func field(lang string, q Item) string {
	v := value(lang, q)
	switch lang {
	case "go":
		return q.Name + ": " + v
	case "python":
		return `"` + q.Name + `": ` + v
	case "ruby":
		return q.Name + ": " + v
	case "php":
		return `"` + q.Name + `" => ` + v
	}
	return q.Name + ": " + v
}

// held reports an argument the caller passes as a variable of its own: a
// context or cancellation token.
func held(p Item) bool {
	t := strings.TrimSpace(p.Type)
	return t == "context.Context" || t == "CancellationToken" || p.Name == "ctx"
}

func stringType(t string) bool {
	switch strings.TrimSpace(t) {
	case "string", "str", "String":
		return true
	}
	return false
}

// goResults names what a Go method returns ("user, err"); "" unless every
// result has a variable's name (a type name such as "Gizmo" is not one).
func goResults(rs []Item) string {
	var names []string
	for _, r := range rs {
		n := strings.TrimSpace(r.Name)
		if n == "" || n == "anonymous" || strings.ContainsAny(n, " .[]*()") || n[0] < 'a' || n[0] > 'z' {
			return ""
		}
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}
