package search

import "testing"

func TestEditDistance(t *testing.T) {
	long := "organizationmembershipdeactivatedeventpayload" // longer than the stack buffer
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"", "", 3, 0},
		{"sso", "sso", 3, 0},
		{"", "abc", 5, 3},
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 2, 3}, // over the limit: limit+1
		{"orgnaization", "organization", 2, 1},
		{"ab", "ba", 2, 1}, // an adjacent swap is one edit
		{"ca", "abc", 5, 3},
		{"abcdef", "ab", 1, 2}, // length gap alone exceeds the limit
		{long, long + "s", 3, 1},
		{long, "x" + long[1:], 3, 1},
		{"a", "b", -1, 1},
	} {
		if got := EditDistance(tc.a, tc.b, tc.limit); got != tc.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}
