package api

import (
	"database/sql"
	"fmt"
	"net/http"
)

var sortColumns = map[string]string{"name": "name", "date": "created_at", "price": "price"}

type Handler struct {
	db *sql.DB
}

func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	column, ok := sortColumns[r.URL.Query().Get("sort")]
	if !ok {
		column = "name"
	}
	category := r.URL.Query().Get("category")
	query := fmt.Sprintf("SELECT id, name FROM products WHERE category = $1 ORDER BY %s", column)
	rows, err := h.db.QueryContext(r.Context(), query, category)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
	}
	fmt.Fprintf(w, "%d products\n", n)
}

func (h *Handler) Migrate() error {
	for _, table := range []string{"products", "orders"} {
		if _, err := h.db.Exec("ANALYZE " + table); err != nil {
			return err
		}
	}
	return nil
}
