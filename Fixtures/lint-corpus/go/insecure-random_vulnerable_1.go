package auth

import (
	"fmt"
	"math/rand"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func init() {
	rand.Seed(time.Now().UnixNano())
}

// NewSessionToken returns a token that identifies a logged-in user.
func NewSessionToken() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))] // expect: insecure-random
	}
	return string(b)
}

func PasswordResetCode() string {
	code := rand.Intn(1000000) // expect: insecure-random
	return fmt.Sprintf("%06d", code)
}

type Invite struct {
	Email string
	Token string
}

func NewInvite(email string) Invite {
	return Invite{Email: email, Token: fmt.Sprintf("%x", rand.Int63())} // expect: insecure-random
}
