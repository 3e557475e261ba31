package main

import (
	crand "crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"log"
	"math/big"
	"math/rand"
	"net/http"
	"os"
	"time"

	_ "github.com/lib/pq"
)

type resetService struct {
	db *sql.DB
}

// otp returns a uniformly distributed six digit code from crypto/rand.
func otp() (string, error) {
	n, err := crand.Int(crand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

// resetToken is the opaque token embedded in the reset link.
func resetToken() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func (s *resetService) requestReset(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	code, err := otp()
	if err != nil {
		log.Printf("otp: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	token, err := resetToken()
	if err != nil {
		log.Printf("token: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if _, err := s.db.ExecContext(r.Context(),
		"INSERT INTO password_resets (email, code, token, expires_at) VALUES ($1, $2, $3, now() + interval '15 minutes')",
		r.PostFormValue("email"), code, token); err != nil {
		log.Printf("store reset: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// sampled decides whether to write a debug trace for this request; 1% of
// traffic is plenty and the choice has no security meaning.
func sampled() bool {
	return rand.Float64() < 0.01
}

func withSampling(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if sampled() {
			start := time.Now()
			next.ServeHTTP(w, r)
			log.Printf("trace %s %s took %s", r.Method, r.URL.Path, time.Since(start))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	svc := &resetService{db: db}
	mux := http.NewServeMux()
	mux.HandleFunc("/password/reset", svc.requestReset)

	srv := &http.Server{Addr: ":8080", Handler: withSampling(mux), ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
