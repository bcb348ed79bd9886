//go:build unix

package search_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used: on a shared, loaded machine
// it tracks the work done better than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
