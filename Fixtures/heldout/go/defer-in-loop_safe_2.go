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
	defer c.mu.Unlock()
	c.results = append(c.results, r)
}

// checkOne owns the response body, so its defer runs once per URL.
func (c *Checker) checkOne(ctx context.Context, u string) (Result, error) {
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return Result{}, fmt.Errorf("build request for %s: %w", u, err)
	}
	resp, err := c.Client.Do(req)
	if err != nil {
		return Result{}, fmt.Errorf("get %s: %w", u, err)
	}
	defer resp.Body.Close()

	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return Result{}, fmt.Errorf("read %s: %w", u, err)
	}
	return Result{URL: u, Status: resp.StatusCode, Took: time.Since(start)}, nil
}

// CheckAll requests each URL sequentially.
func (c *Checker) CheckAll(ctx context.Context, urls []string) error {
	for _, u := range urls {
		r, err := c.checkOne(ctx, u)
		if err != nil {
			return err
		}
		c.record(r)
	}
	return nil
}

// Failures returns the non-200 results, grouped by status.
func (c *Checker) Failures() map[int][]string {
	c.mu.Lock()
	defer c.mu.Unlock()

	out := make(map[int][]string)
	for _, r := range c.results {
		if r.Status != http.StatusOK {
			out[r.Status] = append(out[r.Status], r.URL)
		}
	}
	return out
}

// HeadAll issues HEAD requests and closes each body explicitly inside the
// loop instead of deferring.
func (c *Checker) HeadAll(ctx context.Context, urls []string) (map[string]int, error) {
	out := make(map[string]int, len(urls))
	for _, u := range urls {
		req, err := http.NewRequestWithContext(ctx, http.MethodHead, u, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.Client.Do(req)
		if err != nil {
			return nil, err
		}
		out[u] = resp.StatusCode
		if err := resp.Body.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
