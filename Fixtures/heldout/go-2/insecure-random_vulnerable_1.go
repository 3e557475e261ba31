package auth

import (
	"math/rand"
	"strconv"
	"sync"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

type Sessions struct {
	mu     sync.Mutex
	byID   map[string]string
	resets map[string]string
}

func init() { rand.Seed(time.Now().UnixNano()) }

func (s *Sessions) Create(user string) string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))] // expect: insecure-random
	}
	id := string(b)
	s.mu.Lock()
	s.byID[id] = user
	s.mu.Unlock()
	return id
}

func (s *Sessions) PasswordResetCode(user string) string {
	code := strconv.FormatInt(rand.Int63(), 36) // expect: insecure-random
	s.mu.Lock()
	s.resets[code] = user
	s.mu.Unlock()
	return code
}
