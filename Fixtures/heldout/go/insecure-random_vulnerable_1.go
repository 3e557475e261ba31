// Package session implements a small in-memory session store.
package session

import (
	"math/rand"
	"net/http"
	"sync"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

type Session struct {
	ID      string
	UserID  int64
	Expires time.Time
}

type Store struct {
	mu       sync.RWMutex
	sessions map[string]*Session
}

func NewStore() *Store {
	rand.Seed(time.Now().UnixNano())
	return &Store{sessions: make(map[string]*Session)}
}

func newSessionID(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))] // expect: insecure-random
	}
	return string(b)
}

// Create starts a session for the user and sets the cookie.
func (s *Store) Create(w http.ResponseWriter, userID int64) *Session {
	sess := &Session{
		ID:      newSessionID(32),
		UserID:  userID,
		Expires: time.Now().Add(12 * time.Hour),
	}
	s.mu.Lock()
	s.sessions[sess.ID] = sess
	s.mu.Unlock()

	http.SetCookie(w, &http.Cookie{
		Name:     "sid",
		Value:    sess.ID,
		Path:     "/",
		Expires:  sess.Expires,
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
	return sess
}

// Get returns the live session for the request, if any.
func (s *Store) Get(r *http.Request) (*Session, bool) {
	c, err := r.Cookie("sid")
	if err != nil {
		return nil, false
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	sess, ok := s.sessions[c.Value]
	if !ok || time.Now().After(sess.Expires) {
		return nil, false
	}
	return sess, true
}
