package balancer

import (
	"math/rand/v2"
	"time"
)

type Pool struct {
	backends []string
}

// Pick chooses a backend at random; fairness, not secrecy, matters here.
func (p *Pool) Pick() string {
	return p.backends[rand.IntN(len(p.backends))]
}

// Backoff returns a jittered retry delay.
func Backoff(attempt int) time.Duration {
	base := time.Duration(1<<min(attempt, 6)) * 100 * time.Millisecond
	return base/2 + time.Duration(rand.Int64N(int64(base/2)+1))
}

// SampleNames returns deterministic fixture names for load tests.
func SampleNames(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, 0))
	names := []string{"ada", "linus", "grace", "ken", "barbara"}
	out := make([]string, n)
	for i := range out {
		out[i] = names[r.IntN(len(names))]
	}
	return out
}
