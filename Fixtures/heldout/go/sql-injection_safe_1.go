// Command usersvc is a tiny user directory service backed by Postgres.
package main

import (
	"database/sql"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
	_ "github.com/lib/pq"
)

type User struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

type server struct {
	db *sql.DB
}

func (s *server) getUser(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")

	var u User
	err := s.db.QueryRowContext(r.Context(),
		"SELECT id, name, email FROM users WHERE id = $1", id).
		Scan(&u.ID, &u.Name, &u.Email)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		log.Printf("get user: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, u)
}

func (s *server) searchUsers(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")

	rows, err := s.db.QueryContext(r.Context(),
		`SELECT id, name, email FROM users WHERE name ILIKE '%' || $1 || '%' ORDER BY name LIMIT 50`, name)
	if err != nil {
		log.Printf("search users: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()

	var users []User
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.Name, &u.Email); err != nil {
			log.Printf("scan: %v", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		users = append(users, u)
	}
	if err := rows.Err(); err != nil {
		log.Printf("rows: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, users)
}

func (s *server) createUser(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Name  string `json:"name"`
		Email string `json:"email"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}

	stmt, err := s.db.PrepareContext(r.Context(), "INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id")
	if err != nil {
		log.Printf("prepare: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer stmt.Close()

	var id int64
	if err := stmt.QueryRowContext(r.Context(), in.Name, in.Email).Scan(&id); err != nil {
		log.Printf("insert user: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	writeJSON(w, User{ID: id, Name: in.Name, Email: in.Email})
}

func writeJSON(w http.ResponseWriter, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("encode: %v", err)
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
	r.Get("/users", s.searchUsers)
	r.Post("/users", s.createUser)
	r.Get("/users/{id}", s.getUser)

	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
