//go:build race

package mcpbridge

// raceEnabled shrinks the load test: the race detector slows calls ~20×.
const raceEnabled = true
