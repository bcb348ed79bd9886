package search

import (
	"math"
	"slices"
)

// Link votes. The pages that match a question best tend to point to the
// page that answers it: a guide on sessions and the refresh endpoint both
// link to the sessions page an asker needs, and three event pages link to
// the webhooks guide. So each of the top linkTopK candidates lends the pages
// it links to a vote worth its score relative to the first: pageVote for
// every link on it, secVote more for a link in the section that matched.
// A page's score grows by linkWeight × its votes. A vote is divided by
// ln(2 + the page's inlinks): overviews that every page links to (the
// AuthKit root) would otherwise win every question near them.
//
// Measured in round three (summed MRR@10 over the nine tuning sets, 7.796
// without votes; the held-out real4 0.731): whole-page votes alone 7.857 and
// 0.750, but the own set's hit@1 fell below its floor (0.868); matched-section
// votes alone 7.864 / 0.734; both (0.5 + 0.75) 7.880 / 0.736 with every floor
// kept. linkWeight 0.25–0.4 measured the same within ±0.01, 0.5 lost the SDK
// set; undivided votes lost the SDK set too (−0.056); votes divided by
// √inlinks or by the voter's outlinks gained less; linkTopK 10 and 20 gained
// less than 15. A global inlink-count prior, tried in round two, did not
// help: the vote is local to what the question matched.
var (
	linkTopK   = 15
	linkWeight = float32(0.3)
	pageVote   = float32(0.5)
	secVote    = float32(0.75)
)

// linkGraph resolves the pages' and sections' LinksTo to page numbers and
// counts the pages linking to each page. Dead links, links to the page
// itself and repeats are left out. Sections are numbered as in secPage.
func (ix *Index) linkGraph(docs []Doc) {
	id := make(map[string]int32, len(docs))
	for i, d := range docs {
		id[d.Path] = int32(i)
	}
	resolve := func(from int, paths []string) []int32 {
		var out []int32
		for _, p := range paths {
			if j, ok := id[p]; ok && j != int32(from) && !slices.Contains(out, j) {
				out = append(out, j)
			}
		}
		return out
	}
	ix.links = make([][]int32, len(docs))
	ix.inlinks = make([]int32, len(docs))
	ix.secLinks = make([][]int32, len(ix.secPage))
	for i, d := range docs {
		ix.links[i] = resolve(i, d.LinksTo)
		for _, j := range ix.links[i] {
			ix.inlinks[j]++
		}
		for s, sec := range d.Sections {
			if n := int(ix.firstSec[i]) + s; n < len(ix.secPage) && ix.secPage[n] == int32(i) {
				ix.secLinks[n] = resolve(i, sec.LinksTo)
			}
		}
	}
}

// voteByLinks re-ranks the top of out (sorted) by the votes of its links.
func (ix *Index) voteByLinks(out []scored) {
	var votes [32]float32 // per slot in out[:k]
	k := min(len(out), linkTopK, len(votes))
	if k < 2 || linkWeight == 0 || out[0].score <= 0 || len(ix.links) != len(ix.docs) || len(ix.secLinks) != len(ix.secPage) {
		return
	}
	vote := func(targets []int32, w float32) {
		for _, t := range targets {
			for i := range out[:k] {
				if out[i].page == t {
					votes[i] += w / float32(math.Log(2+float64(ix.inlinks[t])))
					break
				}
			}
		}
	}
	for _, voter := range out[:k] {
		w := voter.score / out[0].score
		vote(ix.links[voter.page], pageVote*w)
		vote(ix.secLinks[voter.sec], secVote*w)
	}
	for i := range out[:k] {
		out[i].score *= 1 + linkWeight*votes[i]
	}
	sortScored(out[:k])
}
