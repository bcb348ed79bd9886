//go:build !linux

package syncer

import "errors"

func exchange(a, b string) error { return errors.ErrUnsupported }
