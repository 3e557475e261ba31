package graph

import (
	"context"
	"database/sql"
)

type queryResolver struct{ db *sql.DB }

func (r *queryResolver) Users(ctx context.Context, team *string) ([]string, error) {
	rows, err := r.db.QueryContext(ctx, "SELECT name FROM users WHERE team = $1", *team)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return nil, nil
}
