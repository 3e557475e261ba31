package main

import (
	"database/sql"
	"fmt"
	"log"
	"math/rand"
	"net/http"
	"os"
	"time"

	_ "github.com/lib/pq"
)

type resetService struct {
	db  *sql.DB
	rng *rand.Rand
}

func newResetService(db *sql.DB) *resetService {
	return &resetService{
		db:  db,
		rng: rand.New(rand.NewSource(time.Now().UnixNano())),
	}
}

// otp returns a six digit one-time code that is emailed to the user.
func (s *resetService) otp() string {
	return fmt.Sprintf("%06d", s.rng.Intn(1000000)) // expect: insecure-random
}

// tempPassword is set on the account when support resets it by hand.
func tempPassword() string {
	const charset = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!@#$%"
	pw := make([]byte, 12)
	for i := range pw {
		pw[i] = charset[rand.Int63()%int64(len(charset))] // expect: insecure-random
	}
	return string(pw)
}

func (s *resetService) requestReset(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	email := r.PostFormValue("email")
	code := s.otp()
	_, err := s.db.ExecContext(r.Context(),
		"INSERT INTO password_resets (email, code, expires_at) VALUES ($1, $2, now() + interval '15 minutes')",
		email, code)
	if err != nil {
		log.Printf("store reset code: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	// Mail delivery happens out of band from the outbox table.
	w.WriteHeader(http.StatusAccepted)
}

func (s *resetService) adminReset(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	pw := tempPassword()
	if _, err := s.db.ExecContext(r.Context(),
		"UPDATE users SET password = crypt($1, gen_salt('bf')), must_change = true WHERE email = $2",
		pw, r.PostFormValue("email")); err != nil {
		log.Printf("admin reset: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, pw)
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	svc := newResetService(db)
	mux := http.NewServeMux()
	mux.HandleFunc("/password/reset", svc.requestReset)
	mux.HandleFunc("/admin/password/reset", svc.adminReset)

	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
