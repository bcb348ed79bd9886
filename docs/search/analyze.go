package search

// analyzed is a text field reduced to index terms.
type analyzed struct {
	terms []string // every term to count: plain words, identifier wholes and parts, synonym tokens
	part  []bool   // terms[i] is a part of a compound identifier: weaker evidence than a word
	seq   []string // reading order for proximity: words and identifier parts, synonym tokens after their phrase
}

// analyze reduces text to terms, adding synonym tokens after matching phrases.
// surf, if not nil, sees each term with the text it came from.
func analyze(text string, surf func(term, raw string)) analyzed {
	var a analyzed
	tokenize(text, func(t token) {
		if surf != nil {
			surf(t.term, text[t.start:t.end])
		}
		a.terms = append(a.terms, t.term)
		a.part = append(a.part, t.ident && !t.whole)
		if !t.whole {
			a.seq = append(a.seq, t.term)
		}
	})
	if len(a.seq) == 0 {
		return a
	}
	var seq []string
	for i := 0; i < len(a.seq); i++ {
		seq = append(seq, a.seq[i])
		if canon, n := synonymAt(a.seq, i); n > 0 {
			seq = append(seq, a.seq[i+1:i+n]...)
			seq = append(seq, canon)
			a.terms = append(a.terms, canon)
			a.part = append(a.part, false)
			i += n - 1
		}
	}
	a.seq = seq
	return a
}
