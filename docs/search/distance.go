package search

// EditDistance is the optimal-string-alignment (restricted Damerau–Levenshtein)
// distance of a and b in bytes: insertions, deletions, substitutions and swaps
// of two adjacent bytes each cost one. It gives up early and returns limit+1
// as soon as the distance must exceed limit, so typo look-ups over a
// vocabulary stay cheap; pass limit ≥ max(len(a), len(b)) for the exact distance;
// a negative limit counts as 0.
func EditDistance(a, b string, limit int) int {
	limit = max(limit, 0)
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	var buf [3][40]int // short words, the common case, need no allocation
	var prev2, prev, cur []int
	if len(b)+1 <= len(buf[0]) {
		prev2, prev, cur = buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	} else {
		rows := make([]int, 3*(len(b)+1))
		prev2, prev, cur = rows[:len(b)+1], rows[len(b)+1:2*(len(b)+1)], rows[2*(len(b)+1):]
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
