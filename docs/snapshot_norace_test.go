//go:build !race

package docs

const raceBuild = false
