package rollup

import (
	"context"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Rollup struct {
	mu     sync.Mutex
	shards []*pgxpool.Pool
	totals map[string]int64
}

// Run is the nightly job: it sums page views per site across every shard.
func (r *Rollup) Run(ctx context.Context) error {
	for i, pool := range r.shards {
		conn, err := pool.Acquire(ctx)
		if err != nil {
			return fmt.Errorf("shard %d: %w", i, err)
		}
		defer conn.Release() // expect: defer-in-loop

		rows, err := conn.Query(ctx, "SELECT site, sum(views) FROM page_views WHERE day = current_date - 1 GROUP BY site")
		if err != nil {
			return fmt.Errorf("shard %d query: %w", i, err)
		}
		r.mu.Lock()
		defer r.mu.Unlock() // expect: defer-in-loop
		for rows.Next() {
			var site string
			var views int64
			if err := rows.Scan(&site, &views); err != nil {
				rows.Close()
				return err
			}
			r.totals[site] += views
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
