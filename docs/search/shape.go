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
//   - "when a user …", "after a …", "what happens …": the answer is what
//     happens in reaction, so the docs' event words (event, webhook,
//     trigger) join the same way ("what happens when a user is removed from
//     the directory" → the directory events).
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

// eventWeight is how much an event word counts beside the query's own words.
var eventWeight = float32(0.3)

// durationWeight is how much a duration word counts beside the query's own words.
var durationWeight = float32(0.3)

// eventWords are how the docs say something happens in reaction, as stems.
var eventWords = []string{"event", "webhook", "trigger", "triggered", "occurs"}

// asksWhenHappens reports a question about reacting to something: "when a
// user signs up", "after a user is removed", "what happens when".
func asksWhenHappens(q string) bool {
	low := " " + strings.ToLower(q) + " "
	for _, m := range []string{" when a ", " when an ", " after a ", " after an ", " whenever ", " once a ", " what happens "} {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// asksHowLong reports a question about a duration: "how long", "how many days".
func asksHowLong(q string) bool {
	low := strings.ToLower(q)
	return strings.Contains(low, "how long") || strings.Contains(low, "how many days") ||
		strings.Contains(low, "how many minutes") || strings.Contains(low, "how many hours")
}

// wordsGroup is a minor group matching words at weight w, or false if the
// index has none of them.
func (ix *Index) wordsGroup(words []string, wt float32) (group, bool) {
	g := group{minor: true}
	for _, w := range words {
		if id, ok := ix.termID[stem(w)]; ok {
			g.alts = append(g.alts, alt{id, wt})
			g.idf = max(g.idf, ix.idf[id])
		}
	}
	return g, len(g.alts) > 0
}
