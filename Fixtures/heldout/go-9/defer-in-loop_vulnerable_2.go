package quota

import (
	"context"
	"database/sql"
	"sync"
)

type shard struct {
	mu    sync.Mutex
	usage map[string]int64
}

type Tracker struct {
	db     *sql.DB
	shards []*shard
}

// Flush copies each shard's counters into the usage table.
func (t *Tracker) Flush(ctx context.Context) error {
	for _, s := range t.shards {
		s.mu.Lock()
		defer s.mu.Unlock() // expect: defer-in-loop
		for tenant, bytes := range s.usage {
			if _, err := t.db.ExecContext(ctx,
				"UPDATE usage SET bytes = bytes + $1 WHERE tenant = $2", bytes, tenant); err != nil {
				return err
			}
		}
		s.usage = map[string]int64{}
	}
	return nil
}

// Totals reads the stored usage of several tenants.
func (t *Tracker) Totals(ctx context.Context, tenants []string) (map[string]int64, error) {
	out := make(map[string]int64, len(tenants))
	for _, tenant := range tenants {
		rows, err := t.db.QueryContext(ctx, "SELECT bytes FROM usage WHERE tenant = $1", tenant)
		if err != nil {
			return nil, err
		}
		defer rows.Close() // expect: defer-in-loop
		for rows.Next() {
			var b int64
			if err := rows.Scan(&b); err != nil {
				return nil, err
			}
			out[tenant] += b
		}
	}
	return out, nil
}
