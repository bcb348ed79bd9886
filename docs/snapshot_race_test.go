//go:build race

package docs

// raceBuild: the race detector slows the every-answer comparison on the real
// corpus past reason; CI runs it without -race as well.
const raceBuild = true
