//go:build !unix

package apiref

import "time"

func cpuTime() time.Duration { return 0 }
