package loadbalancer

import (
	"math/rand/v2"
	"time"
)

type Pool struct {
	backends []string
}

// Pick chooses a backend at random; spreading load needs no unpredictability.
func (p *Pool) Pick() string {
	return p.backends[rand.IntN(len(p.backends))]
}

// Backoff returns an exponential delay with full jitter for retrying a failed backend.
func Backoff(attempt int) time.Duration {
	ceiling := time.Duration(100<<min(attempt, 8)) * time.Millisecond
	return time.Duration(rand.Int64N(int64(ceiling) + 1))
}

// Shuffled returns the backends in a random order for a health-check sweep.
func (p *Pool) Shuffled() []string {
	out := append([]string(nil), p.backends...)
	rand.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
