package uploads

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// Save stores an upload under the folder and name the form gives.
func Save(w http.ResponseWriter, r *http.Request) {
	target := filepath.Join("/srv/uploads", r.FormValue("folder"), r.FormValue("name"))
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		http.Error(w, "mkdir failed", http.StatusInternalServerError)
		return
	}
	out, err := os.Create(target) // expect: path-traversal
	if err != nil {
		http.Error(w, "create failed", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	if _, err := io.Copy(out, r.Body); err != nil {
		http.Error(w, "write failed", http.StatusInternalServerError)
	}
}
