package preview

import (
	"io"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

type Service struct {
	client *http.Client
}

func New() *Service {
	return &Service{client: &http.Client{Timeout: 8 * time.Second}}
}

// Image proxies remote images so the chat client never talks to third parties.
func (s *Service) Image(w http.ResponseWriter, r *http.Request) {
	src := r.URL.Query().Get("src")
	if src == "" {
		http.Error(w, "missing src", http.StatusBadRequest)
		return
	}
	resp, err := s.client.Get(src) // expect: ssrf
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if _, err := io.Copy(w, io.LimitReader(resp.Body, 5<<20)); err != nil {
		return
	}
}

// Alive reports whether a pasted link still resolves, for the link-rot badge.
func (s *Service) Alive(w http.ResponseWriter, r *http.Request) {
	link := chi.URLParam(r, "*")
	resp, err := http.Head("https://" + link) // expect: ssrf
	if err != nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	if resp.StatusCode < 400 {
		io.WriteString(w, `{"alive":true}`)
	} else {
		io.WriteString(w, `{"alive":false}`)
	}
}

func (s *Service) Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RealIP, middleware.Timeout(15*time.Second))
	r.Get("/img", s.Image)
	r.Get("/alive/*", s.Alive)
	return r
}
