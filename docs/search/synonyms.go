package search

// synonyms maps word sequences (folded, stemmed) to one canonical token. The
// index adds the canonical token wherever a phrase occurs; a query has its
// phrases replaced by it, so "SSO" finds "single sign-on" and the reverse.
// Kept small: only renames and abbreviations the corpus itself uses
// ("Microsoft Entra ID (formerly Azure AD)", "MFA" beside "multi-factor").
var synonyms = []struct {
	canon  string
	phrase []string
}{
	{"sso", []string{"single", "sign", "on"}},
	{"sso", []string{"single", "signon"}},
	{"dsync", []string{"directory", "sync"}},
	{"dsync", []string{"directory", "synchronization"}},
	{"mfa", []string{"multi", "factor"}},
	{"mfa", []string{"multifactor"}},
	{"mfa", []string{"two", "factor"}},
	{"mfa", []string{"second", "factor"}},
	{"mfa", []string{"2fa"}},
	{"entra", []string{"azure", "ad"}},
	{"entra", []string{"azure", "active", "directory"}},
	{"entra", []string{"aad"}},
	{"authkit", []string{"user", "management"}},
	{"authkit", []string{"usermanagement"}},
	{"jit", []string{"just", "in", "time"}},
	{"rbac", []string{"role", "based", "access"}},
	{"fga", []string{"fine", "grained", "authorization"}},
	{"idp", []string{"identity", "provider"}},
	{"logout", []string{"log", "out"}},
	{"logout", []string{"sign", "out"}},
	{"logout", []string{"signout"}},
}

// synFirst maps a phrase's first word to the synonyms starting with it.
var synFirst = map[string][]int{}

// synMaybe has bit len(w) of entry w[0] set for each first word w: most
// words fail it and skip the map.
var synMaybe [256]uint64

func init() {
	for i := range synonyms {
		for k, w := range synonyms[i].phrase {
			synonyms[i].phrase[k] = stem(w)
		}
		first := synonyms[i].phrase[0]
		synFirst[first] = append(synFirst[first], i)
		synMaybe[first[0]] |= 1 << min(len(first), 63)
	}
}

// synonymAt reports the canonical token for a phrase starting at terms[i] and
// the phrase length, or "", 0.
func synonymAt(terms []string, i int) (string, int) {
	if t := terms[i]; t == "" || synMaybe[t[0]]&(1<<min(len(t), 63)) == 0 {
		return "", 0
	}
	for _, si := range synFirst[terms[i]] {
		s := synonyms[si]
		if i+len(s.phrase) > len(terms) {
			continue
		}
		ok := true
		for k, w := range s.phrase {
			if terms[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return s.canon, len(s.phrase)
		}
	}
	return "", 0
}
