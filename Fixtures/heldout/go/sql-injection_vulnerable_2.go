package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strconv"
	"time"

	_ "github.com/go-sql-driver/mysql"
	"github.com/gorilla/mux"
)

type App struct {
	DB *sql.DB
}

type Order struct {
	ID     int     `json:"id"`
	Status string  `json:"status"`
	Total  float64 `json:"total"`
}

// revokeSessions logs the user out everywhere.
func (a *App) revokeSessions(w http.ResponseWriter, r *http.Request) {
	userID := mux.Vars(r)["userID"]

	// The id "should" be numeric; we only log when it isn't.
	if _, err := strconv.Atoi(userID); err != nil {
		log.Printf("revokeSessions: non-numeric user id %q", userID)
	}

	res, err := a.DB.Exec("DELETE FROM sessions WHERE user_id = " + userID) // expect: sql-injection
	if err != nil {
		log.Printf("revoke sessions: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	n, err := res.RowsAffected()
	if err != nil {
		log.Printf("rows affected: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(map[string]int64{"revoked": n}); err != nil {
		log.Printf("encode: %v", err)
	}
}

// ordersByStatus returns the caller's orders filtered by status.
func (a *App) ordersByStatus(w http.ResponseWriter, r *http.Request) {
	status := r.FormValue("status")
	customer := r.Header.Get("X-Customer-ID")

	query := "SELECT id, status, total FROM orders WHERE customer_id = ?"
	if status != "" {
		query += " AND status = '" + status + "'"
	}

	rows, err := a.DB.Query(query, customer) // expect: sql-injection
	if err != nil {
		log.Printf("orders query: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()

	var orders []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Status, &o.Total); err != nil {
			log.Printf("scan order: %v", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		orders = append(orders, o)
	}
	if err := rows.Err(); err != nil {
		log.Printf("rows: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(orders); err != nil {
		log.Printf("encode: %v", err)
	}
}

func main() {
	db, err := sql.Open("mysql", os.Getenv("MYSQL_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	db.SetConnMaxLifetime(3 * time.Minute)
	db.SetMaxOpenConns(10)

	app := &App{DB: db}
	r := mux.NewRouter()
	r.HandleFunc("/users/{userID}/sessions", app.revokeSessions).Methods(http.MethodDelete)
	r.HandleFunc("/orders", app.ordersByStatus).Methods(http.MethodGet)

	srv := &http.Server{
		Addr:         "127.0.0.1:8000",
		Handler:      r,
		ReadTimeout:  10 * time.Second,
		WriteTimeout: 10 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
