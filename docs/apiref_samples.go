package docs

// bodiesOf lists the page bodies the API base URL is read from: generated
// requests use the host the docs' own request URLs use.
func bodiesOf(items []parsed) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		if it.page != nil {
			out = append(out, it.page.body)
		}
	}
	return out
}
