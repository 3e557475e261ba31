package search

import (
	"fmt"
	"html"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Results for %s</h1>\n", html.EscapeString(q))
	fmt.Fprintf(w, "<p>%d characters searched</p>\n", len(q))
}

// NotFound answers in plain text, so the echoed path is never parsed as HTML.
func NotFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprintf(w, "No page at %s\n", r.URL.Path)
}

func Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/search", Search)
	r.NotFound(NotFound)
	return r
}
