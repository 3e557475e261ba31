// Package catalog serves the shop catalogue with the Go 1.22 router.
package catalog

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
)

type Server struct{ DB *sql.DB }

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /categories/{cat}/products", s.listProducts)
	mux.HandleFunc("POST /products/{sku}/reserve", s.reserve)
}

func (s *Server) listProducts(w http.ResponseWriter, r *http.Request) {
	rows, err := s.DB.QueryContext(r.Context(), "SELECT sku, name, price FROM products WHERE category = '"+r.PathValue("cat")+"'") // expect: sql-injection
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var sku, name string
		var price float64
		if err := rows.Scan(&sku, &name, &price); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		names = append(names, name)
	}
	if err := json.NewEncoder(w).Encode(names); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}

func (s *Server) reserve(w http.ResponseWriter, r *http.Request) {
	qty := r.FormValue("qty")
	q := fmt.Sprintf("UPDATE products SET stock = stock - %s WHERE sku = '%s' AND stock >= %s", qty, r.PathValue("sku"), qty)
	if _, err := s.DB.ExecContext(r.Context(), q); err != nil { // expect: sql-injection
		http.Error(w, "reserve failed", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
