package catalog

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/uptrace/bun"
)

type Product struct {
	ID    int64  `bun:"id,pk"`
	Name  string `bun:"name"`
	Brand string `bun:"brand"`
	Price int64  `bun:"price_cents"`
}

type Store struct {
	db  *sql.DB
	bdb *bun.DB
}

// filterClause turns the query string into a WHERE clause for the listing page.
func filterClause(r *http.Request) string {
	var parts []string
	if b := r.URL.Query().Get("brand"); b != "" {
		parts = append(parts, "brand = '"+b+"'")
	}
	if max := r.URL.Query().Get("max"); max != "" {
		parts = append(parts, "price_cents <= "+max)
	}
	if len(parts) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(parts, " AND ")
}

func (s *Store) List(w http.ResponseWriter, r *http.Request) {
	q := "SELECT id, name FROM products" + filterClause(r) + " LIMIT 50"
	rows, err := s.db.QueryContext(r.Context(), q) // expect: sql-injection
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		fmt.Fprintf(w, "%d\t%s\n", id, name)
	}
}

func (s *Store) countByCategory(ctx context.Context, category string) (int, error) {
	var n int
	query := fmt.Sprintf("SELECT count(*) FROM products WHERE category = '%s'", category)
	err := s.bdb.NewRaw(query).Scan(ctx, &n) // expect: sql-injection
	return n, err
}

func (s *Store) Count(w http.ResponseWriter, r *http.Request) {
	n, err := s.countByCategory(r.Context(), chi.URLParam(r, "category"))
	if err != nil {
		http.Error(w, "count failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "%d\n", n)
}

func Routes(s *Store) http.Handler {
	r := chi.NewRouter()
	r.Get("/products", s.List)
	r.Get("/categories/{category}/count", s.Count)
	return r
}
