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
	"time"
)

type server struct {
	secret []byte
	logf   *os.File
}

func newServer() (*server, error) {
	secret, _ := hex.DecodeString(os.Getenv("WEBHOOK_SECRET")) // expect: ignored-error
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

	err = appendRecord(s.logf, body) // expect: ignored-error
	err = s.logf.Sync()
	if err != nil {
		http.Error(w, "storage error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func appendRecord(f *os.File, body []byte) error {
	_, err := fmt.Fprintf(f, "%s\t%s\n", time.Now().UTC().Format(time.RFC3339), hex.EncodeToString(body))
	return err
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
