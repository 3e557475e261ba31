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

func CountActive(ctx context.Context, shards []Shard) (map[string]int, error) {
	counts := make(map[string]int, len(shards))
	for _, s := range shards {
		rows, err := s.DB.QueryContext(ctx, "SELECT plan, count(*) FROM accounts WHERE active GROUP BY plan")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.Name, err)
		}
		defer rows.Close() // expect: defer-in-loop
		for rows.Next() {
			var plan string
			var n int
			if err := rows.Scan(&plan, &n); err != nil {
				return nil, err
			}
			counts[plan] += n
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return counts, nil
}
