package auth

import (
	"database/sql"
	"fmt"
	"math/rand"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

const tokenAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

type Mailer interface {
	Send(to, subject, body string) error
}

type ResetService struct {
	DB     *sql.DB
	Mailer Mailer
}

func randomString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = tokenAlphabet[rand.Intn(len(tokenAlphabet))] // expect: insecure-random
	}
	return string(b)
}

func (s *ResetService) Request(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	var userID int64
	err := s.DB.QueryRowContext(r.Context(), "SELECT id FROM users WHERE email = $1", email).Scan(&userID)
	if err == nil {
		token := randomString(32)
		code := fmt.Sprintf("%06d", rand.Int31n(1000000)) // expect: insecure-random
		_, err = s.DB.ExecContext(r.Context(),
			"INSERT INTO password_resets (user_id, token, sms_code, expires_at) VALUES ($1, $2, $3, $4)",
			userID, token, code, time.Now().Add(30*time.Minute))
		if err != nil {
			http.Error(w, "could not start reset", http.StatusInternalServerError)
			return
		}
		link := "https://app.example.com/reset/" + token
		if err := s.Mailer.Send(email, "Reset your password", "Open "+link+" or enter code "+code); err != nil {
			http.Error(w, "could not send mail", http.StatusBadGateway)
			return
		}
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *ResetService) Routes() chi.Router {
	r := chi.NewRouter()
	r.Post("/password/reset", s.Request)
	return r
}
