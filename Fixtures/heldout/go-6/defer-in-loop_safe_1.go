package report

import (
	"context"
	"database/sql"
	"fmt"
)

type Shard struct {
	Name string
	DB   *sql.DB
}

func countShard(ctx context.Context, s Shard, counts map[string]int) error {
	rows, err := s.DB.QueryContext(ctx, "SELECT plan, count(*) FROM accounts WHERE active GROUP BY plan")
	if err != nil {
		return fmt.Errorf("%s: %w", s.Name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var plan string
		var n int
		if err := rows.Scan(&plan, &n); err != nil {
			return err
		}
		counts[plan] += n
	}
	return rows.Err()
}

func CountActive(ctx context.Context, shards []Shard) (map[string]int, error) {
	counts := make(map[string]int, len(shards))
	for _, s := range shards {
		if err := countShard(ctx, s, counts); err != nil {
			return nil, err
		}
	}
	return counts, nil
}
