package sessions

import (
	"encoding/hex"
	mrand "math/rand"
	"net/http"
)

const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func randomString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[mrand.Intn(len(alphabet))] // expect: insecure-random
	}
	return string(b)
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	mrand.Read(b) // expect: insecure-random
	return b
}

// Login starts a session and hands out a CSRF token.
func Login(w http.ResponseWriter, r *http.Request) {
	sessionID := hex.EncodeToString(randomBytes(16))
	csrfToken := randomString(32)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sessionID, HttpOnly: true, Secure: true})
	w.Header().Set("X-CSRF-Token", csrfToken)
}
