package api

import (
	"encoding/json"
	"io"
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
		id, _ := strconv.Atoi(r.PathValue("id")) // expect: ignored-error
		body, _ := io.ReadAll(r.Body)            // expect: ignored-error
		var patch Todo
		_ = json.Unmarshal(body, &patch) // expect: ignored-error
		todo, ok := store.Get(id)
		if !ok {
			http.NotFound(w, r)
			return
		}
		todo.Title, todo.Done = patch.Title, patch.Done
		store.Put(todo)
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(todo) // expect: ignored-error
	}
}
