// Command usersvc is a tiny user directory service backed by Postgres.
package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
	_ "github.com/lib/pq"
)

type User struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Email     string    `json:"email"`
	CreatedAt time.Time `json:"created_at"`
}

type server struct {
	db *sql.DB
}

// listUsers supports ?sort=<column> so the admin UI can order the table.
func (s *server) listUsers(w http.ResponseWriter, r *http.Request) {
	sortCol := r.URL.Query().Get("sort")
	if sortCol == "" {
		sortCol = "created_at"
	}

	q := "SELECT id, name, email, created_at FROM users ORDER BY " + sortCol + " DESC LIMIT 100"
	rows, err := s.db.QueryContext(r.Context(), q) // expect: sql-injection
	if err != nil {
		log.Printf("list users: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()

	users := make([]User, 0, 100)
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Name, &u.Email, &u.CreatedAt); err != nil {
			log.Printf("scan user: %v", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		users = append(users, u)
	}
	if err := rows.Err(); err != nil {
		log.Printf("iterate users: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(users); err != nil {
		log.Printf("encode users: %v", err)
	}
}

func (s *server) getUser(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")

	var u User
	row := s.db.QueryRow(fmt.Sprintf("SELECT id, name, email, created_at FROM users WHERE id = '%s'", id)) // expect: sql-injection
	err := row.Scan(&u.ID, &u.Name, &u.Email, &u.CreatedAt)
	if err == sql.ErrNoRows {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		log.Printf("get user: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(u); err != nil {
		log.Printf("encode user: %v", err)
	}
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatalf("open db: %v", err)
	}
	defer db.Close()

	s := &server{db: db}
	r := chi.NewRouter()
	r.Get("/users", s.listUsers)
	r.Get("/users/{id}", s.getUser)

	srv := &http.Server{
		Addr:              ":8080",
		Handler:           r,
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
