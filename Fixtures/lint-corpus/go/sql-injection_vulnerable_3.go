package api

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

type Store struct {
	db *sql.DB
}

func (s *Store) findOrders(ctx context.Context, customer, status string) (*sql.Rows, error) {
	q := fmt.Sprintf("SELECT id, total FROM orders WHERE customer = '%s' AND status = '%s'", customer, status)
	return s.db.QueryContext(ctx, q) // expect: sql-injection
}

func (s *Store) Orders(w http.ResponseWriter, r *http.Request) {
	customer := mux.Vars(r)["customer"]
	status := r.URL.Query().Get("status")
	q := fmt.Sprintf("SELECT id, total FROM orders WHERE customer = '%s' AND status = '%s'", customer, status)
	rows, err := s.db.QueryContext(r.Context(), q) // expect: sql-injection
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var count int
	for rows.Next() {
		count++
	}
	fmt.Fprintf(w, "%d orders\n", count)
}

func (s *Store) Rename(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	name := r.PostFormValue("name")
	row := s.db.QueryRowContext(r.Context(), "UPDATE products SET name = '"+name+"' WHERE id = "+id+" RETURNING id") // expect: sql-injection
	var updated int
	if err := row.Scan(&updated); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	fmt.Fprintf(w, "renamed %d\n", updated)
}
