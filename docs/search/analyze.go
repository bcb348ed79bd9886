package search

// analyzed is a text field reduced to index terms. Its slices are reused from
// one field to the next while the index is built.
type analyzed struct {
	terms []string // every term to count: plain words, identifier wholes and parts, synonym tokens
	raw   []string // the text each term came from (the phrase's canonical token for synonyms)
	part  []bool   // terms[i] is a part of a compound identifier: weaker evidence than a word
	seq   []int32  // reading order for proximity, as indexes into terms: words and identifier parts, synonym tokens after their phrase
	plain []int32  // scratch: indexes of the non-whole terms
	words []string // scratch: the non-whole terms, for synonym matching
}

// reset reduces text to terms in a, adding synonym tokens after matching
// phrases; it reuses a's memory.
func (a *analyzed) reset(text string) {
	a.terms, a.raw, a.part = a.terms[:0], a.raw[:0], a.part[:0]
	a.seq, a.plain, a.words = a.seq[:0], a.plain[:0], a.words[:0]
	tokenize(text, func(t token) {
		if !t.whole {
			a.plain = append(a.plain, int32(len(a.terms)))
			a.words = append(a.words, t.term)
		}
		a.terms = append(a.terms, t.term)
		a.raw = append(a.raw, text[t.start:t.end])
		a.part = append(a.part, t.ident && !t.whole)
	})
	for i := 0; i < len(a.plain); i++ {
		a.seq = append(a.seq, a.plain[i])
		if canon, n := synonymAt(a.words, i); n > 0 {
			a.seq = append(a.seq, a.plain[i+1:i+n]...)
			a.seq = append(a.seq, int32(len(a.terms)))
			a.terms = append(a.terms, canon)
			a.raw = append(a.raw, canon)
			a.part = append(a.part, false)
			i += n - 1
		}
	}
}
