package function

import (
	"net/http"
	"os"
	"path/filepath"
	"regexp"
)

const docsRoot = "/home/app/docs"

var docName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,62}\.pdf$`)

func docPath(name string) (string, bool) {
	if !docName.MatchString(name) || filepath.Base(name) != name {
		return "", false
	}
	return filepath.Join(docsRoot, name), true
}

// Handle is the OpenFaaS (golang-http template) entry point for the manuals function.
func Handle(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		p, ok := docPath(r.URL.Query().Get("doc"))
		if !ok {
			http.Error(w, "bad document name", http.StatusBadRequest)
			return
		}
		data, err := os.ReadFile(p)
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(data)
	case http.MethodDelete:
		p, ok := docPath(r.Header.Get("X-Doc-Name"))
		if !ok {
			http.Error(w, "bad document name", http.StatusBadRequest)
			return
		}
		if err := os.Remove(p); err != nil {
			http.Error(w, "delete failed", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}
