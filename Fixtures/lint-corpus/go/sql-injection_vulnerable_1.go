package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"

	_ "github.com/mattn/go-sqlite3"
)

var db *sql.DB

type Product struct {
	ID    int     `json:"id"`
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

func searchProducts(w http.ResponseWriter, r *http.Request) {
	term := r.URL.Query().Get("q")
	query := "SELECT id, name, price FROM products WHERE name LIKE '%" + term + "%'"
	rows, err := db.Query(query) // expect: sql-injection
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var products []Product
	for rows.Next() {
		var p Product
		if err := rows.Scan(&p.ID, &p.Name, &p.Price); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		products = append(products, p)
	}
	json.NewEncoder(w).Encode(products)
}

func deleteReview(w http.ResponseWriter, r *http.Request) {
	author := r.FormValue("author")
	stmt := fmt.Sprintf("DELETE FROM reviews WHERE author = '%s'", author)
	if _, err := db.Exec(stmt); err != nil { // expect: sql-injection
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	var err error
	db, err = sql.Open("sqlite3", "shop.db")
	if err != nil {
		panic(err)
	}
	http.HandleFunc("/products", searchProducts)
	http.HandleFunc("/reviews/delete", deleteReview)
	http.ListenAndServe(":8080", nil)
}
