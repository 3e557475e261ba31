// Package crawler checks that every URL in a sitemap responds with 200.
package crawler

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

type Result struct {
	URL    string
	Status int
	Took   time.Duration
}

type Checker struct {
	Client *http.Client

	mu      sync.Mutex
	results []Result
}

func (c *Checker) record(r Result) {
	c.mu.Lock()
	c.results = append(c.results, r)
	c.mu.Unlock()
}

// CheckAll requests each URL sequentially.
func (c *Checker) CheckAll(ctx context.Context, urls []string) error {
	for _, u := range urls {
		start := time.Now()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return fmt.Errorf("build request for %s: %w", u, err)
		}
		resp, err := c.Client.Do(req)
		if err != nil {
			return fmt.Errorf("get %s: %w", u, err)
		}
		defer resp.Body.Close() // expect: defer-in-loop

		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return fmt.Errorf("read %s: %w", u, err)
		}
		c.record(Result{URL: u, Status: resp.StatusCode, Took: time.Since(start)})
	}
	return nil
}

// Failures returns the non-200 results, grouped by status.
func (c *Checker) Failures() map[int][]string {
	out := make(map[int][]string)
	for i := range c.results {
		c.mu.Lock()
		defer c.mu.Unlock() // expect: defer-in-loop
		r := c.results[i]
		if r.Status != http.StatusOK {
			out[r.Status] = append(out[r.Status], r.URL)
		}
	}
	return out
}
