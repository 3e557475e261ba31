package report

import (
	"database/sql"
	"strings"
)

type Filter struct {
	Region string
	Status string
}

// The SQL is written into a builder around quotes the values are meant to stay inside.
func Count(db *sql.DB, f Filter) (int, error) {
	var b strings.Builder
	b.WriteString("SELECT count(*) FROM orders WHERE 1=1")
	if f.Region != "" {
		b.WriteString(" AND region = '")
		b.WriteString(f.Region)
		b.WriteString("'")
	}
	var n int
	err := db.QueryRow(b.String()).Scan(&n) // expect: sql-injection
	return n, err
}
