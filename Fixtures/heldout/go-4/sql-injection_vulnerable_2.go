package tickets

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
)

type Handler struct {
	DB *sql.DB
}

type statusChange struct {
	Status string `json:"status"`
	Note   string `json:"note"`
}

func (h *Handler) Register(r *mux.Router) {
	r.HandleFunc("/tickets/{slug}", h.Show).Methods(http.MethodGet)
	r.HandleFunc("/tickets/{id}/status", h.SetStatus).Methods(http.MethodPost)
}

func (h *Handler) Show(w http.ResponseWriter, r *http.Request) {
	slug := mux.Vars(r)["slug"]
	row := h.DB.QueryRow("SELECT id, title, status FROM tickets WHERE slug = '" + slug + "'") // expect: sql-injection
	var t struct {
		ID     int64  `json:"id"`
		Title  string `json:"title"`
		Status string `json:"status"`
	}
	if err := row.Scan(&t.ID, &t.Title, &t.Status); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(t); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}

func (h *Handler) SetStatus(w http.ResponseWriter, r *http.Request) {
	var body statusChange
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	id := mux.Vars(r)["id"]
	stmt := "UPDATE tickets SET status = '" + body.Status + "', note = '" + body.Note + "'"
	stmt += " WHERE id = " + id
	if _, err := h.DB.Exec(stmt); err != nil { // expect: sql-injection
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
