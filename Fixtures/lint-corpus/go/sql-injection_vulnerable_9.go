package graph

import (
	"context"
	"database/sql"
)

type queryResolver struct{ db *sql.DB }

// A GraphQL resolver: its arguments are what the client sent.
func (r *queryResolver) Users(ctx context.Context, team *string) ([]string, error) {
	rows, err := r.db.QueryContext(ctx, "SELECT name FROM users WHERE team = '"+*team+"'") // expect: sql-injection
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return nil, nil
}
