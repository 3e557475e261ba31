package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"strconv"
	"time"

	_ "github.com/go-sql-driver/mysql"
	"github.com/gorilla/mux"
)

type Product struct {
	ID    int     `json:"id"`
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

// sortColumns maps the public sort keys to real column names. Anything not
// in this map falls back to the default ordering.
var sortColumns = map[string]string{
	"name":    "name",
	"price":   "price",
	"newest":  "created_at",
	"popular": "sales_count",
}

type App struct {
	DB *sql.DB
}

func (a *App) listProducts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()

	col, ok := sortColumns[q.Get("sort")]
	if !ok {
		col = "id"
	}
	dir := "ASC"
	if q.Get("order") == "desc" {
		dir = "DESC"
	}
	limit := 20
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			http.Error(w, "invalid limit", http.StatusBadRequest)
			return
		}
		limit = n
	}

	// Identifiers cannot be bound as parameters, so the column and
	// direction come from the fixed tables above; the user-supplied
	// category is still passed as a placeholder argument.
	query := fmt.Sprintf("SELECT id, name, price FROM products WHERE category = ? ORDER BY %s %s LIMIT %d", col, dir, limit)
	rows, err := a.DB.QueryContext(r.Context(), query, q.Get("category"))
	if err != nil {
		log.Printf("list products: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()

	var out []Product
	for rows.Next() {
		var p Product
		if err := rows.Scan(&p.ID, &p.Name, &p.Price); err != nil {
			log.Printf("scan: %v", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		log.Printf("rows: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(out); err != nil {
		log.Printf("encode: %v", err)
	}
}

func (a *App) deleteProduct(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	if err != nil {
		http.Error(w, "invalid id", http.StatusBadRequest)
		return
	}

	// id is an int64 at this point, so formatting it with %d is safe.
	if _, err := a.DB.ExecContext(r.Context(), fmt.Sprintf("DELETE FROM products WHERE id = %d", id)); err != nil {
		log.Printf("delete product %d: %v", id, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	db, err := sql.Open("mysql", os.Getenv("MYSQL_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	app := &App{DB: db}
	r := mux.NewRouter()
	r.HandleFunc("/products", app.listProducts).Methods(http.MethodGet)
	r.HandleFunc("/products/{id:[0-9]+}", app.deleteProduct).Methods(http.MethodDelete)

	srv := &http.Server{Addr: ":8000", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
