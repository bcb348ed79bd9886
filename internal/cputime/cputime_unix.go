//go:build unix

// Package cputime reads the process's CPU time. Benchmarks report it next to
// wall time because on a shared, busy machine wall time mostly measures the
// neighbours.
package cputime

import (
	"syscall"
	"time"
)

// Process is the user+system CPU time this process has used; 0 if unknown.
func Process() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
