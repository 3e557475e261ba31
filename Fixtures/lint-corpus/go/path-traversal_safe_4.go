package assets

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

type Assets struct {
	Dir string
}

// Static serves files below the assets folder; the request path is rooted before cleaning.
func (a *Assets) Static(w http.ResponseWriter, r *http.Request) {
	rel := path.Clean("/" + strings.TrimPrefix(r.URL.Path, "/static/"))
	http.ServeFile(w, r, filepath.Join(a.Dir, filepath.FromSlash(rel)))
}

// isWithin reports whether p, once made relative to base, does not climb out of it.
func isWithin(base, p string) bool {
	rel, err := filepath.Rel(base, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// Download reads an export the user asked for by name, if it stays in the exports folder.
func (a *Assets) Download(w http.ResponseWriter, r *http.Request) {
	target := filepath.Join(a.Dir, "exports", r.URL.Query().Get("file"))
	if !isWithin(filepath.Join(a.Dir, "exports"), target) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	data, err := os.ReadFile(target)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(data)
}
