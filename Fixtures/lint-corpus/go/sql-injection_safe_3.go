package shop

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strings"
)

type Store struct{ db *sql.DB }

// ByTags lists products carrying any of the tags, one numbered placeholder per tag.
func (s *Store) ByTags(ctx context.Context, tags []string) (*sql.Rows, error) {
	marks := make([]string, len(tags))
	args := make([]interface{}, len(tags))
	for i, tag := range tags {
		marks[i] = fmt.Sprintf("$%d", i+1)
		args[i] = tag
	}
	query := "SELECT id, name FROM products WHERE tag IN (" + strings.Join(marks, ", ") + ")"
	return s.db.QueryContext(ctx, query, args...)
}

func (s *Store) Search(w http.ResponseWriter, r *http.Request) {
	rows, err := s.ByTags(r.Context(), r.URL.Query()["tag"])
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()

	stmt, err := s.db.PrepareContext(r.Context(), "INSERT INTO searches (term) VALUES ($1)")
	if err != nil {
		return
	}
	defer stmt.Close()
	if _, err := stmt.ExecContext(r.Context(), r.URL.Query().Get("q")); err != nil {
		http.Error(w, "log failed", http.StatusInternalServerError)
	}
}
