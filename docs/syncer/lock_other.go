//go:build !unix

package syncer

import "context"

func lockDir(ctx context.Context, dir string, waiting func()) (func(), error) {
	return lockExclusive(ctx, dir, waiting)
}
