//go:build searchtune

package search

import (
	"fmt"
	"strings"
)

// Knobs lets the evaluation test sweep ranking parameters.
var Knobs = map[string]*float32{
	"refPenalty": &refPenalty, "titleBonus": &titleBonus, "phraseBonus": &phraseBonus,
	"depthPenalty": &depthPenalty, "coverageFloor": &coverageFloor, "coveragePow": &coveragePow,
	"minorWeight": &minorWeight, "exactBonus": &exactBonus, "topicBonus": &topicBonus, "topicPow": &topicPow, "trailWeight": &fieldWeight[fTrail], "titleWeight": &fieldWeight[fTitle], "headWeight": &fieldWeight[fHead], "descWeight": &fieldWeight[fDesc], "pathWeight": &fieldWeight[fPath], "derivWeight": &derivWeight, "hubPenalty": &hubPenalty, "codeBonus": &codeBonus, "containBonus": &containBonus, "eventWeight": &eventWeight, "durationWeight": &durationWeight, "prefBoost": &prefBoost, "langBoost": &langBoost, "verbWeight": &verbWeight, "vendorPenalty": &vendorPenalty, "askerWeight": &askerWeight, "qtfWeight": &qtfWeight, "apiIntentBonus": &apiIntentBonus, "apiChangeBonus": &apiChangeBonus, "linkWeight": &linkWeight, "pageVote": &pageVote, "secVote": &secVote, "apiAreaBonus": &apiAreaBonus,
}

// ParseInfo describes how a query was understood, for auditing the rules.
func ParseInfo(ix *Index, q string) string {
	qy := ix.parse(q)
	var b []string
	add := func(f string, a ...any) { b = append(b, fmt.Sprintf(f, a...)) }
	if qy.named >= 0 {
		add("named=%s", ix.docs[qy.named].Path)
	}
	if qy.apiArea != "" {
		add("apiArea=%s", qy.apiArea)
	}
	if len(qy.pref.Words) > 0 {
		add("pref=%v sdk=%s", qy.pref.Words, qy.pref.SDK)
	}
	if qy.lang != "" {
		add("lang=%s", qy.lang)
	}
	if qy.apiIntent {
		add("apiIntent")
	}
	if qy.framed {
		add("framed")
	}
	if qy.ident {
		add("ident")
	}
	if qy.migrate {
		add("migrate")
	}
	for _, p := range qy.exact {
		add("exact=%s", ix.docs[p].Path)
	}
	var gs []string
	for _, g := range qy.groups {
		var as []string
		for _, a := range g.alts {
			as = append(as, fmt.Sprintf("%s:%.2g", ix.vocab[a.term], a.w))
		}
		tag := ""
		if g.minor {
			tag = "~"
		}
		if g.code {
			tag += "#"
		}
		gs = append(gs, tag+strings.Join(as, "|"))
	}
	add("groups=[%s]", strings.Join(gs, " "))
	return strings.Join(b, " ")
}
