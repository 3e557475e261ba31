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

func (t *Tracker) flushShard(ctx context.Context, s *shard) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for tenant, bytes := range s.usage {
		if _, err := t.db.ExecContext(ctx,
			"UPDATE usage SET bytes = bytes + $1 WHERE tenant = $2", bytes, tenant); err != nil {
			return err
		}
	}
	s.usage = map[string]int64{}
	return nil
}

// Flush copies each shard's counters into the usage table.
func (t *Tracker) Flush(ctx context.Context) error {
	for _, s := range t.shards {
		if err := t.flushShard(ctx, s); err != nil {
			return err
		}
	}
	return nil
}

// Totals reads the stored usage of several tenants in one query.
func (t *Tracker) Totals(ctx context.Context, tenants []string) (map[string]int64, error) {
	rows, err := t.db.QueryContext(ctx,
		"SELECT tenant, bytes FROM usage WHERE tenant = ANY($1)", tenants)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[string]int64, len(tenants))
	for rows.Next() {
		var tenant string
		var b int64
		if err := rows.Scan(&tenant, &b); err != nil {
			return nil, err
		}
		out[tenant] += b
	}
	return out, rows.Err()
}
