package api

import (
	"encoding/json"
	"net/http"
	"strconv"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type Store interface {
	Get(id int) (Todo, bool)
	Put(t Todo)
}

func Update(store Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		var patch Todo
		if err := json.NewDecoder(r.Body).Decode(&patch); err != nil {
			http.Error(w, "bad json", http.StatusBadRequest)
			return
		}
		todo, ok := store.Get(id)
		if !ok {
			http.NotFound(w, r)
			return
		}
		todo.Title, todo.Done = patch.Title, patch.Done
		store.Put(todo)
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(todo); err != nil {
			http.Error(w, "encode failed", http.StatusInternalServerError)
		}
	}
}
