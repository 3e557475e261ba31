// Package session implements a small in-memory session store.
package session

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"sync"
	"time"
)

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
	return &Store{sessions: make(map[string]*Session)}
}

// newSessionID returns 256 bits from the OS CSPRNG, URL-safe encoded.
func newSessionID() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("session id: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// Create starts a session for the user and sets the cookie.
func (s *Store) Create(w http.ResponseWriter, userID int64) (*Session, error) {
	id, err := newSessionID()
	if err != nil {
		return nil, err
	}
	sess := &Session{ID: id, UserID: userID, Expires: time.Now().Add(12 * time.Hour)}

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
	return sess, nil
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
