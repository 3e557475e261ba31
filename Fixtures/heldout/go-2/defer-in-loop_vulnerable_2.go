package crawler

import (
	"database/sql"
	"io"
	"net/http"
	"sync"
)

type Crawler struct {
	mu    sync.Mutex
	seen  map[string]int
	DB    *sql.DB
	Links []string
}

func (c *Crawler) Run() error {
	for _, link := range c.Links {
		c.mu.Lock()
		defer c.mu.Unlock() // expect: defer-in-loop
		if c.seen[link] > 0 {
			continue
		}
		resp, err := http.Get(link)
		if err != nil {
			return err
		}
		defer resp.Body.Close() // expect: defer-in-loop
		n, err := io.Copy(io.Discard, resp.Body)
		if err != nil {
			return err
		}
		c.seen[link] = int(n)
		rows, err := c.DB.Query("SELECT id FROM pages WHERE url = $1", link)
		if err != nil {
			return err
		}
		defer rows.Close() // expect: defer-in-loop
	}
	return nil
}
