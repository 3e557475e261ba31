package docs

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-chi/chi/v5"
)

type Site struct {
	Root     string
	Partials string
}

// Page serves /docs/{version}/* out of the versioned build folders.
func (s *Site) Page(w http.ResponseWriter, r *http.Request) {
	version := chi.URLParam(r, "version")
	rest := chi.URLParam(r, "*")
	if !strings.HasSuffix(rest, ".html") {
		rest += ".html"
	}
	http.ServeFile(w, r, filepath.Join(s.Root, version, rest)) // expect: path-traversal
}

func (s *Site) partial(name string) ([]byte, error) {
	return os.ReadFile(s.Partials + "/" + name) // expect: path-traversal
}

// Snippet returns an HTML fragment used by the search overlay.
func (s *Site) Snippet(w http.ResponseWriter, r *http.Request) {
	body, err := s.partial(r.URL.Query().Get("name"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(body)
}

func (s *Site) Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/docs/{version}/*", s.Page)
	r.Get("/snippet", s.Snippet)
	return r
}
