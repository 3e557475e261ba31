package function

import (
	"net/http"
	"os"
	"path/filepath"
)

const docsRoot = "/home/app/docs"

// Handle is the OpenFaaS (golang-http template) entry point for the manuals function.
func Handle(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		doc := r.URL.Query().Get("doc")
		data, err := os.ReadFile(filepath.Join(docsRoot, doc)) // expect: path-traversal
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(data)
	case http.MethodDelete:
		name := r.Header.Get("X-Doc-Name")
		if err := os.Remove(docsRoot + "/" + name); err != nil { // expect: path-traversal
			http.Error(w, "delete failed", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}
