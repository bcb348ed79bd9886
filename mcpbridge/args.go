package mcpbridge

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// Argument bounds: agents sometimes paste whole files into a query.
const (
	maxQueryChars = 1000
	maxPathChars  = 512
	maxArgChars   = 200
)

// foldKey makes argument names comparable: case, "_" and "-" do not matter.
func foldKey(k string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "", " ", "").Replace(k))
}

// rename is one argument name an agent may send: what it stands for and its
// precedence (lower wins).
type rename struct {
	to   string
	rank int
}

// renames indexes a tool's accepted spellings by foldKey: the canonical names
// (rank 0) and its aliases in table order.
func renames(canon []string, table []string) map[string]rename {
	out := map[string]rename{}
	for _, n := range canon {
		out[foldKey(n)] = rename{n, 0}
	}
	for i, e := range table {
		from, to, _ := strings.Cut(e, "=")
		if _, taken := out[foldKey(from)]; !taken {
			out[foldKey(from)] = rename{to, i + 1}
		}
	}
	return out
}

// argNormalizer renames guessed argument names to canonical ones before the
// handler runs. A canonical name given exactly always wins; otherwise the
// spelling with the best precedence does, ties broken by name, so the result
// never depends on map order.
func argNormalizer(defs []toolDef) server.ToolHandlerMiddleware {
	canon := map[string][]string{}
	byTool := map[string]map[string]rename{}
	for _, d := range defs {
		name := d.tool.Name
		for p := range d.tool.InputSchema.Properties {
			canon[name] = append(canon[name], p)
		}
		byTool[name] = renames(canon[name], d.aliases)
	}
	return func(next server.ToolHandlerFunc) server.ToolHandlerFunc {
		return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			args := req.GetArguments()
			names, table := canon[req.Params.Name], byTool[req.Params.Name]
			if len(args) == 0 || names == nil {
				return next(ctx, req)
			}
			var guessed []string
			for k := range args {
				if _, ok := table[foldKey(k)]; ok && !slices.Contains(names, k) {
					guessed = append(guessed, k)
				}
			}
			if len(guessed) == 0 {
				return next(ctx, req)
			}
			slices.SortFunc(guessed, func(a, b string) int {
				return cmp.Or(cmp.Compare(table[foldKey(a)].rank, table[foldKey(b)].rank), strings.Compare(a, b))
			})
			out := maps.Clone(args)
			for _, k := range guessed {
				to := table[foldKey(k)].to
				if _, has := out[to]; !has {
					out[to] = args[k]
				}
				delete(out, k)
			}
			req.Params.Arguments = out
			req.Params.RawArguments = nil // BindArguments would otherwise re-read the original JSON
			return next(ctx, req)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// strArg reads a string argument leniently: numbers and string lists are accepted.
func strArg(req mcp.CallToolRequest, key string) string {
	switch v := req.GetArguments()[key].(type) {
	case string:
		return strings.TrimSpace(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case int:
		return strconv.Itoa(v)
	case bool:
		return strconv.FormatBool(v)
	case []any:
		parts := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				parts = append(parts, s)
			}
		}
		return strings.TrimSpace(strings.Join(parts, " "))
	}
	return ""
}

// intArg reads a number leniently (5, 5.0, "5", "5.0") and clamps it to [lo, hi].
// Absent or unreadable values give def; out-of-range values are clamped, never rejected.
func intArg(req mcp.CallToolRequest, key string, def, lo, hi int) int {
	n := def
	switch v := req.GetArguments()[key].(type) {
	case float64:
		if !math.IsNaN(v) {
			n = int(math.Max(math.Min(v, 1e9), -1e9))
		}
	case int:
		n = v
	case string:
		if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && !math.IsNaN(f) {
			n = int(math.Max(math.Min(f, 1e9), -1e9))
		}
	}
	return min(max(n, lo), hi)
}

// capText shortens s to at most n bytes on a rune boundary; ok is false when it cut.
func capText(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, true
	}
	for n > 0 && !utf8Start(s[n]) {
		n--
	}
	return s[:n], false
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// quote renders a value for a call example the model can copy.
func quote(s string) string { return strconv.Quote(s) }

// plural is "1 result" / "3 results".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%s %sies", commas(n), word[:len(word)-1])
	}
	return fmt.Sprintf("%s %ss", commas(n), word)
}

// commas formats 12345 as "12,345".
func commas(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + commas(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
