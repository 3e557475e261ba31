package search

import (
	"database/sql"
	"fmt"
	"html"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Handler struct {
	DB *sql.DB
}

func (h *Handler) Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Results for %s</h1>\n<ul>\n", q) // expect: xss

	rows, err := h.DB.QueryContext(r.Context(), "SELECT title FROM articles WHERE title ILIKE '%' || $1 || '%' LIMIT 20", q)
	if err != nil {
		fmt.Fprint(w, "<li>search is unavailable</li></ul>")
		return
	}
	defer rows.Close()
	for rows.Next() {
		var title string
		if err := rows.Scan(&title); err != nil {
			break
		}
		fmt.Fprintf(w, "<li>%s</li>\n", html.EscapeString(title))
	}
	fmt.Fprint(w, "</ul>")
}

// NotFound echoes the missing path back to the user.
func NotFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	msg := "<p>No page at <code>" + r.URL.Path + "</code>.</p>"
	w.Write([]byte(msg)) // expect: xss
}

func Routes(h *Handler) http.Handler {
	r := chi.NewRouter()
	r.Get("/search", h.Search)
	r.NotFound(NotFound)
	return r
}
