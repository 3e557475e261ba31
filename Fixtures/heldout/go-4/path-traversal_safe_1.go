package docs

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"

	"github.com/go-chi/chi/v5"
)

var (
	versionPattern = regexp.MustCompile(`^v[0-9]+\.[0-9]+$`)
	partialPattern = regexp.MustCompile(`^[a-z0-9-]+\.html$`)
)

type Site struct {
	Root     string
	Partials string
}

func (s *Site) Page(w http.ResponseWriter, r *http.Request) {
	version := chi.URLParam(r, "version")
	if !versionPattern.MatchString(version) {
		http.NotFound(w, r)
		return
	}
	// path.Clean of a rooted path cannot climb above "/".
	clean := path.Clean("/" + chi.URLParam(r, "*"))
	http.ServeFile(w, r, filepath.Join(s.Root, version, filepath.FromSlash(clean)))
}

func (s *Site) Snippet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !partialPattern.MatchString(name) {
		http.NotFound(w, r)
		return
	}
	body, err := os.ReadFile(filepath.Join(s.Partials, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(body)
}
