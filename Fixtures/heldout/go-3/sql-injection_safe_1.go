package catalog

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"strconv"
)

type SafeServer struct{ DB *sql.DB }

func (s *SafeServer) listProducts(w http.ResponseWriter, r *http.Request) {
	rows, err := s.DB.QueryContext(r.Context(),
		"SELECT sku, name FROM products WHERE category = $1 ORDER BY name", r.PathValue("cat"))
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	names := []string{}
	for rows.Next() {
		var sku, name string
		if err := rows.Scan(&sku, &name); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		names = append(names, name)
	}
	if err := json.NewEncoder(w).Encode(names); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}

func (s *SafeServer) reserve(w http.ResponseWriter, r *http.Request) {
	qty, err := strconv.Atoi(r.FormValue("qty"))
	if err != nil || qty <= 0 {
		http.Error(w, "bad quantity", http.StatusBadRequest)
		return
	}
	const q = "UPDATE products SET stock = stock - $1 WHERE sku = $2 AND stock >= $1"
	if _, err := s.DB.ExecContext(r.Context(), q, qty, r.PathValue("sku")); err != nil {
		http.Error(w, "reserve failed", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
