//go:build unix

package docs

import (
	"syscall"
	"time"
)

// cpuTime is the process's user+system CPU time. Benchmarks report it next to
// wall time because on a shared, busy machine wall time mostly measures the
// neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
