// Package search ranks WorkOS doc sections for a query (full text) and matches
// titles, paths and API symbols as the user types (fuzzy go-to). It knows nothing
// of files or MDX: package docs hands it Docs built from the model.
//
// # Full text
//
// BM25F over sections with page-level fields (title ×3, path ×2, description
// ×1.5, API symbols ×2.5) and section fields (heading path ×2, prose ×1, code
// ×0.5). Postings are packed uint32s (unit, field, tf); per-section term-id
// sequences serve the adjacency bonus. Terms are case- and accent-folded and
// lightly stemmed; identifiers are indexed whole and split (getProfileAndToken,
// get_profile_and_token and "get profile and token" meet); a few synonym
// phrases the corpus itself uses (SSO, MFA, Entra ID formerly Azure AD, AuthKit
// for user management, directory sync/dsync…) become one token on both sides.
// Query terms missing from the vocabulary get an edit-distance 1–2 correction
// (also returned as DidYouMean); the last term, unless followed by a space, also
// matches as a prefix. A page's score is its best section's, scaled by IDF-
// weighted query coverage, a title-coverage bonus, a small adjacency bonus, nav
// depth, and, for questions naming no API, a penalty on API method pages.
//
// # Engine choice (real 0.2.0 corpus, 528 pages, 2-core machine under load)
//
//	                          this index         bleve v2.6.3 (mem-only, "en" analyzer,
//	                                             one doc per page, same field boosts)
//	build                     ≈180 ms CPU        11.5 s
//	heap held by the index    4.8 MiB            22.4 MiB
//	query, median             0.3–0.5 ms CPU     0.74 ms (p95 13 ms)
//	binary size delta         < 0.3 MB           +18 MB
//	own set hit@1/@5/MRR@10   0.81/0.97/0.87     0.68/0.88/0.78
//	sample set                0.95/1.00/0.98     0.75/0.95/0.85
//
// The purpose-built index wins on every axis, so bleve is not a dependency.
// Ranking knobs (rank.go) were set by sweeping them one at a time on both query
// sets and keeping values that helped both; floors in eval_test.go sit a little
// below the figures above.
//
// # Go-to
//
// fzf's FuzzyMatchV2 over titles, paths, headings and symbols (≈ 1 ms CPU per
// keystroke on the real corpus), after a byte-subsequence prefilter; tiers
// exact > prefix > fuzzy, then fzf score, kind, nav depth and length.
package search
