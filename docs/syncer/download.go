package syncer

import (
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// digest is the expected hash of a tarball.
type digest struct {
	algo string // "sha512", "sha384", "sha256" or "sha1"
	sum  []byte
}

func (d digest) newHash() hash.Hash {
	switch d.algo {
	case "sha512":
		return sha512.New()
	case "sha384":
		return sha512.New384()
	case "sha256":
		return sha256.New()
	default:
		return sha1.New()
	}
}

// sri renders the digest as a Subresource Integrity token.
func (d digest) sri() string { return d.algo + "-" + base64.StdEncoding.EncodeToString(d.sum) }

// pickDigest takes the strongest hash of an SRI string, falling back to the
// legacy hex sha1 shasum only when there is no usable integrity at all.
func pickDigest(integrity, shasum string) (digest, error) {
	var best digest
	rank := map[string]int{"sha256": 1, "sha384": 2, "sha512": 3}
	for _, tok := range strings.Fields(integrity) {
		algo, b64, ok := strings.Cut(tok, "-")
		if !ok || rank[algo] == 0 {
			continue
		}
		b64, _, _ = strings.Cut(b64, "?") // SRI options
		sum, err := base64.StdEncoding.DecodeString(b64)
		if err != nil || rank[algo] <= rank[best.algo] {
			continue
		}
		best = digest{algo, sum}
	}
	if best.algo != "" {
		return best, nil
	}
	if sum, err := hex.DecodeString(strings.TrimSpace(shasum)); err == nil && len(sum) == sha1.Size {
		return digest{"sha1", sum}, nil
	}
	return digest{}, errors.New("the registry gives no integrity hash for the tarball; refusing to install it unverified")
}

// download fetches rawURL into f while hashing it. The deadline moves with
// progress: it cancels a stalled transfer, not a slow one.
func (s *syncRun) download(ctx context.Context, rawURL string, f *os.File, want digest, version string, rc npmrc) error {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return fmt.Errorf("registry gave a tarball URL that is not http(s): %q", rawURL)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	errStalled := fmt.Errorf("download stalled for %s", s.o.Timeout)
	watchdog := time.AfterFunc(s.o.Timeout, func() { cancel(errStalled) })
	defer watchdog.Stop()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return err
	}
	rc.authorize(req)
	resp, err := s.o.HTTPClient.Do(req)
	if err != nil {
		return downloadErr(ctx, err)
	}
	defer resp.Body.Close()
	if err := statusErr(resp, "the tarball"); err != nil {
		return err
	}
	if resp.ContentLength > s.o.limits.total {
		return fmt.Errorf("tarball is %d bytes, more than the %d allowed", resp.ContentLength, s.o.limits.total)
	}
	h := want.newHash()
	var done int64
	buf := make([]byte, 64<<10)
	for {
		n, rerr := resp.Body.Read(buf)
		if n > 0 {
			watchdog.Reset(s.o.Timeout)
			done += int64(n)
			if done > s.o.limits.total {
				return fmt.Errorf("tarball is more than the %d bytes allowed", s.o.limits.total)
			}
			h.Write(buf[:n])
			if _, err := f.Write(buf[:n]); err != nil {
				return err
			}
			s.o.report(Progress{Stage: StageDownload, Version: version, Done: done, Total: max(resp.ContentLength, 0)})
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return downloadErr(ctx, rerr)
		}
	}
	s.o.report(Progress{Stage: StageVerify, Version: version, Done: done, Total: done})
	if got := h.Sum(nil); subtle.ConstantTimeCompare(got, want.sum) != 1 {
		return fmt.Errorf("integrity check failed: the registry promised %s, the download is %s", want.sri(), digest{want.algo, got}.sri())
	}
	return nil
}

func downloadErr(ctx context.Context, err error) error {
	if cause := context.Cause(ctx); cause != nil && cause != context.Canceled {
		return fmt.Errorf("downloading the tarball: %w", cause)
	}
	return fmt.Errorf("downloading the tarball: %w", err)
}
