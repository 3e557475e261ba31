package auth

import (
	"crypto/rand"
	"encoding/base64"
	"math/big"
	"sync"
)

type Sessions struct {
	mu     sync.Mutex
	byID   map[string]string
	resets map[string]string
}

func (s *Sessions) Create(user string) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	id := base64.RawURLEncoding.EncodeToString(b)
	s.mu.Lock()
	s.byID[id] = user
	s.mu.Unlock()
	return id, nil
}

func (s *Sessions) PasswordResetCode(user string) (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000_000))
	if err != nil {
		return "", err
	}
	code := n.Text(36)
	s.mu.Lock()
	s.resets[code] = user
	s.mu.Unlock()
	return code, nil
}
