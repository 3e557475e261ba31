package assets

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
)

type Reports struct {
	Dir string
}

// Report cleans the requested name but never roots it: "../../etc/passwd" stays as it is.
func (s *Reports) Report(w http.ResponseWriter, r *http.Request) {
	name := path.Clean(r.URL.Query().Get("name"))
	data, err := os.ReadFile(filepath.Join(s.Dir, name)) // expect: path-traversal
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}
