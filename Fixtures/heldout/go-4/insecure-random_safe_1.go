package auth

import (
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"fmt"
	"math/big"
	"net/http"
	"time"
)

type Mailer interface {
	Send(to, subject, body string) error
}

type ResetService struct {
	DB     *sql.DB
	Mailer Mailer
}

func newToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func newCode() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

func (s *ResetService) Request(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	var userID int64
	if err := s.DB.QueryRowContext(r.Context(), "SELECT id FROM users WHERE email = $1", email).Scan(&userID); err != nil {
		w.WriteHeader(http.StatusAccepted)
		return
	}
	token, err := newToken()
	if err != nil {
		http.Error(w, "entropy unavailable", http.StatusInternalServerError)
		return
	}
	code, err := newCode()
	if err != nil {
		http.Error(w, "entropy unavailable", http.StatusInternalServerError)
		return
	}
	if _, err := s.DB.ExecContext(r.Context(),
		"INSERT INTO password_resets (user_id, token, sms_code, expires_at) VALUES ($1, $2, $3, $4)",
		userID, token, code, time.Now().Add(30*time.Minute)); err != nil {
		http.Error(w, "could not start reset", http.StatusInternalServerError)
		return
	}
	if err := s.Mailer.Send(email, "Reset your password", "Code: "+code); err != nil {
		http.Error(w, "could not send mail", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
