package mdx

import "strings"

var textEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", `\<`, "[", `\[`, "]", `\]`,
)

// escapeText makes attribute text safe inside generated Markdown emphasis.
func escapeText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if !strings.ContainsAny(s, "\\*_`<[]") {
		return s
	}
	return textEscaper.Replace(s)
}

func firstOf(v ...string) string {
	for _, s := range v {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// codeCaption names a code sample whose files are not in the package.
func codeCaption(title string, tabs []string, file string) string {
	var b strings.Builder
	b.WriteString("*Code sample")
	sep := ": "
	if title = firstOf(title, file); title != "" && (len(tabs) == 0 || title != file) {
		b.WriteString(sep + escapeText(title))
		sep = " — "
	}
	for i, t := range tabs {
		if i > 0 {
			sep = " · "
		}
		b.WriteString(sep + escapeText(t))
	}
	b.WriteString("* (see the web page)")
	return b.String()
}

// propsLine stands for a PropsTable, whose data is not bundled.
func propsLine(t *tag) string {
	name := firstOf(t.get("data"), t.get("name"), t.get("of"))
	name = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(name, "{"), "}"))
	if name == "" {
		return "*Props table: the data is not bundled — see the web page*"
	}
	return "*Props table `" + strings.ReplaceAll(name, "`", "") + "`: the data is not bundled — see the web page*"
}

// widgetLine names an interactive component that cannot be shown offline.
func widgetLine(name string) string {
	h := escapeText(humanize(name))
	switch {
	case strings.Contains(name, "Diagram"):
		return "*Diagram: " + h + " — see the web page*"
	case strings.Contains(name, "Table") || strings.Contains(name, "Grid"):
		return "*Table: " + h + " — see the web page*"
	case strings.Contains(name, "Callout") || strings.Contains(name, "Caution"):
		return "*Notice: " + h + " — see the web page*"
	}
	return "*Interactive widget: " + h + " — open the web page to use it*"
}

// humanize splits a component name into words: "SsoDemoSignIn" → "Sso Demo Sign In",
// "WorkOSCli" → "Work OS Cli", "A.B" → "A B".
func humanize(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == '.' || c == '_' || c == '-' {
			b.WriteByte(' ')
			continue
		}
		if i > 0 && isUpper(c) {
			prev := name[i-1]
			next := byte(0)
			if i+1 < len(name) {
				next = name[i+1]
			}
			if isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(next)) {
				b.WriteByte(' ')
			}
		}
		b.WriteByte(c)
	}
	// The product's own name is one word, however it is cased inside a
	// component name (WorkOSCliCallout → "WorkOS Cli Callout").
	return strings.ReplaceAll(strings.Join(strings.Fields(b.String()), " "), "Work OS", "WorkOS")
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
