package tui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/workos-docs-tui/workos-docs-tui/docs"
)

// openLangPicker lists the SDK languages (json, the response bodies, is not
// one); type to filter, enter switches.
func (m *Model) openLangPicker() tea.Cmd {
	if len(m.sh.langs) <= 1 {
		return m.setFlash("this corpus has no API reference languages")
	}
	items := make([]pickItem, len(m.sh.langs))
	for i, l := range m.sh.langs {
		items[i] = pickItem{label: langLabel(l), value: l}
		if l == m.sh.lang {
			items[i].detail = "current"
		}
	}
	sel := max(slices.Index(m.sh.langs, m.sh.lang), 0)
	return m.openPicker(newPicker(m.sh, "SDK language", items, sel, func(m *Model, it pickItem) (tea.Cmd, bool) {
		return m.setLang(it.value), false
	}))
}

// openStackPicker chooses the frontend or the backend the docs' stack
// switches show; "every option" clears that side.
func (m *Model) openStackPicker() tea.Cmd {
	fronts, backs := docs.StackOptions()
	cur := m.sh.stack
	items := []pickItem{{label: "every frontend", detail: "frontend", value: "frontend:"}}
	for _, f := range fronts {
		items = append(items, pickItem{label: f, detail: "frontend", value: "frontend:" + f})
	}
	items = append(items, pickItem{label: "every backend", detail: "backend", value: "backend:"})
	for _, b := range backs {
		items = append(items, pickItem{label: b, detail: "backend", value: "backend:" + b})
	}
	sel := -1 // the cursor starts on the current frontend, else the current backend
	for i := range items {
		if items[i].value == "frontend:"+cur.Frontend || items[i].value == "backend:"+cur.Backend {
			items[i].detail += " · current"
			if sel < 0 && (cur.Frontend != "" || items[i].value == "backend:"+cur.Backend) {
				sel = i
			}
		}
	}
	if cur.IsZero() {
		sel = 0
	}
	title := "Stack · " + stackLabel(cur)
	return m.openPicker(newPicker(m.sh, title, items, max(sel, 0), func(m *Model, it pickItem) (tea.Cmd, bool) {
		st := m.sh.stack
		switch side, v, _ := strings.Cut(it.value, ":"); side {
		case "frontend":
			st.Frontend = v
		case "backend":
			st.Backend = v
		}
		m.sh.stack = st
		return tea.Batch(m.setFlash("stack: "+stackLabel(st)), m.renderCurrent()), false
	}))
}

func stackLabel(st docs.Stack) string {
	if st.IsZero() {
		return "every option"
	}
	return st.String()
}
