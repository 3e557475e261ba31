package report

import (
	"database/sql"
	"strings"
)

type Filter struct {
	Region string
}

func Count(db *sql.DB, f Filter) (int, error) {
	var b strings.Builder
	var args []any
	b.WriteString("SELECT count(*) FROM orders WHERE 1=1")
	if f.Region != "" {
		b.WriteString(" AND region = ?")
		args = append(args, f.Region)
	}
	var n int
	err := db.QueryRow(b.String(), args...).Scan(&n)
	return n, err
}
