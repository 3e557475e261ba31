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

func (r *Rollup) add(site string, views int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.totals[site] += views
}

// Run is the nightly job: it sums page views per site across every shard.
func (r *Rollup) Run(ctx context.Context) error {
	for i, pool := range r.shards {
		err := func() error {
			conn, err := pool.Acquire(ctx)
			if err != nil {
				return err
			}
			defer conn.Release()

			rows, err := conn.Query(ctx, "SELECT site, sum(views) FROM page_views WHERE day = current_date - 1 GROUP BY site")
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var site string
				var views int64
				if err := rows.Scan(&site, &views); err != nil {
					return err
				}
				r.add(site, views)
			}
			return rows.Err()
		}()
		if err != nil {
			return fmt.Errorf("shard %d: %w", i, err)
		}
	}
	return nil
}
