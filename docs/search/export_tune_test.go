//go:build searchtune

package search

// Knobs lets the evaluation test sweep ranking parameters.
var Knobs = map[string]*float32{
	"refPenalty": &refPenalty, "titleBonus": &titleBonus, "phraseBonus": &phraseBonus,
	"depthPenalty": &depthPenalty, "coverageFloor": &coverageFloor, "coveragePow": &coveragePow,
	"minorWeight": &minorWeight, "exactBonus": &exactBonus, "topicBonus": &topicBonus, "topicPow": &topicPow, "trailWeight": &fieldWeight[fTrail], "titleWeight": &fieldWeight[fTitle], "headWeight": &fieldWeight[fHead], "descWeight": &fieldWeight[fDesc], "pathWeight": &fieldWeight[fPath], "derivWeight": &derivWeight, "hubPenalty": &hubPenalty, "codeBonus": &codeBonus, "containBonus": &containBonus, "eventWeight": &eventWeight, "durationWeight": &durationWeight, "prefBoost": &prefBoost, "langBoost": &langBoost, "verbWeight": &verbWeight, "vendorPenalty": &vendorPenalty, "askerWeight": &askerWeight, "qtfWeight": &qtfWeight, "apiIntentBonus": &apiIntentBonus, "linkWeight": &linkWeight, "pageVote": &pageVote, "secVote": &secVote, "apiAreaBonus": &apiAreaBonus,
}
