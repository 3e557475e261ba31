package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"strconv"

	_ "github.com/mattn/go-sqlite3"
)

var db *sql.DB

func searchProducts(w http.ResponseWriter, r *http.Request) {
	term := r.URL.Query().Get("q")
	rows, err := db.Query("SELECT id, name FROM products WHERE name LIKE ?", "%"+term+"%")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	names := []string{}
	for rows.Next() {
		var id int
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		names = append(names, name)
	}
	json.NewEncoder(w).Encode(names)
}

func productPage(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var name string
	err = db.QueryRow("SELECT name FROM products WHERE id = " + strconv.Itoa(id)).Scan(&name)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write([]byte(name))
}

func main() {
	var err error
	db, err = sql.Open("sqlite3", "shop.db")
	if err != nil {
		panic(err)
	}
	http.HandleFunc("/products", searchProducts)
	http.HandleFunc("/product", productPage)
	http.ListenAndServe(":8080", nil)
}
