package search

import (
	"strings"
)

// Question shapes. How a question is put says what kind of page answers it,
// beyond its topic words:
//
//   - "how long …": the answer states a duration or a lifetime, so the words
//     the docs use for one (expire, retention, lifetime, valid for, days…)
//     join the query as light evidence ("how long are audit logs kept").
//
// Tried and dropped: reading the clause after "instead of" / "rather than"
// as what the asker replaces (its words made minor) lost two queries — the
// page that answers names the replaced thing too ("poll the events API
// instead of receiving webhooks" → the events API guide has a section on
// migrating from webhooks). So did a penalty on reference pages that list an
// object's fields (symbols, no endpoint) for questions that spell an API
// name: ×0.75 changed nothing, ×0.5 and ×0.3 lost on the real set.

// durationWords are how the docs say how long something lasts, as stems.
var durationWords = []string{"expire", "expiration", "retention", "lifetime", "duration", "valid", "ttl", "days", "minutes", "hours"}

// durationWeight is how much a duration word counts beside the query's own words.
var durationWeight = float32(0.3)

// asksHowLong reports a question about a duration: "how long", "how many days".
func asksHowLong(q string) bool {
	low := strings.ToLower(q)
	return strings.Contains(low, "how long") || strings.Contains(low, "how many days") ||
		strings.Contains(low, "how many minutes") || strings.Contains(low, "how many hours")
}

// durationGroup is a minor group matching the docs' duration words, or false
// if the index has none of them.
func (ix *Index) durationGroup() (group, bool) {
	g := group{minor: true}
	for _, w := range durationWords {
		if id, ok := ix.termID[stem(w)]; ok {
			g.alts = append(g.alts, alt{id, durationWeight})
			g.idf = max(g.idf, ix.idf[id])
		}
	}
	return g, len(g.alts) > 0
}
