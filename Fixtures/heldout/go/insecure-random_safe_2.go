// Package retry provides a jittered exponential backoff helper and a simple
// random load balancer. Neither value is security sensitive, so math/rand is
// the right tool here.
package retry

import (
	"context"
	"errors"
	"math/rand"
	"sync"
	"time"
)

type Backoff struct {
	Base     time.Duration
	Max      time.Duration
	Attempts int

	mu  sync.Mutex
	rng *rand.Rand
}

func NewBackoff(base, max time.Duration, attempts int) *Backoff {
	return &Backoff{
		Base:     base,
		Max:      max,
		Attempts: attempts,
		rng:      rand.New(rand.NewSource(time.Now().UnixNano())),
	}
}

// delay returns "full jitter" backoff for the given attempt.
func (b *Backoff) delay(attempt int) time.Duration {
	d := b.Base << uint(attempt)
	if d <= 0 || d > b.Max {
		d = b.Max
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return time.Duration(b.rng.Int63n(int64(d)))
}

// Do calls fn until it succeeds, the context ends, or attempts run out.
func (b *Backoff) Do(ctx context.Context, fn func(context.Context) error) error {
	var err error
	for i := 0; i < b.Attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		t := time.NewTimer(b.delay(i))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
	return err
}

// Pick chooses a backend at random to spread load.
func Pick(backends []string) (string, error) {
	if len(backends) == 0 {
		return "", errors.New("no backends")
	}
	return backends[rand.Intn(len(backends))], nil
}

// Shuffle returns the questions of a practice quiz in random order.
func Shuffle(questions []string) []string {
	out := append([]string(nil), questions...)
	rand.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
