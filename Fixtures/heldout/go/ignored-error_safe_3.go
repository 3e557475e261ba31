package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strconv"
	"sync"
	"time"
)

type server struct {
	secret []byte
	mu     sync.Mutex
	logf   *os.File
	seen   sync.Map // delivery id -> time.Time
}

func newServer() (*server, error) {
	secret, err := hex.DecodeString(os.Getenv("WEBHOOK_SECRET"))
	if err != nil || len(secret) < 16 {
		return nil, fmt.Errorf("WEBHOOK_SECRET must be at least 16 hex-encoded bytes")
	}
	f, err := os.OpenFile("webhooks.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	return &server{secret: secret, logf: f}, nil
}

func (s *server) verify(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, s.secret)
	mac.Write(body)
	want, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	return hmac.Equal(mac.Sum(nil), want)
}

func (s *server) webhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if !s.verify(body, r.Header.Get("X-Signature-256")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}

	// Duplicate deliveries are acknowledged without reprocessing. The
	// discarded values here are the stored value and a bool, not errors.
	id := r.Header.Get("X-Delivery-ID")
	if _, loaded := s.seen.LoadOrStore(id, time.Now()); loaded {
		w.WriteHeader(http.StatusNoContent)
		return
	}

	// Optional retry counter; absent or malformed just means "first try".
	attempt := 1
	if n, err := strconv.Atoi(r.Header.Get("X-Attempt")); err == nil && n > 0 {
		attempt = n
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := fmt.Fprintf(s.logf, "%s\t%d\t%s\n", time.Now().UTC().Format(time.RFC3339), attempt, hex.EncodeToString(body)); err != nil {
		log.Printf("append: %v", err)
		http.Error(w, "storage error", http.StatusInternalServerError)
		return
	}
	if err := s.logf.Sync(); err != nil {
		log.Printf("sync: %v", err)
		http.Error(w, "storage error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	s, err := newServer()
	if err != nil {
		log.Fatal(err)
	}
	defer s.logf.Close()

	http.HandleFunc("/webhook", s.webhook)
	srv := &http.Server{Addr: ":8080", ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
