package tickets

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gorilla/mux"
)

type Handler struct {
	DB *sql.DB
}

const ticketTable = "tickets"

// placeholders returns "$1, $2, ..., $n"; only numbers go into the SQL text.
func placeholders(n int) string {
	ps := make([]string, n)
	for i := range ps {
		ps[i] = "$" + strconv.Itoa(i+1)
	}
	return strings.Join(ps, ", ")
}

func (h *Handler) Close(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	var ids []any
	for _, raw := range r.Form["id"] {
		id, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	q := fmt.Sprintf("UPDATE %s SET status = 'closed' WHERE id IN (%s)", ticketTable, placeholders(len(ids)))
	if _, err := h.DB.ExecContext(r.Context(), q, ids...); err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) Show(w http.ResponseWriter, r *http.Request) {
	slug := mux.Vars(r)["slug"]
	var title, status string
	err := h.DB.QueryRowContext(r.Context(), "SELECT title, status FROM tickets WHERE slug = $1", slug).Scan(&title, &status)
	if err == sql.ErrNoRows {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "%s [%s]\n", title, status)
}
