// Command fileshare serves user uploads and lets them download them again.
package main

import (
	"errors"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

var uploadRoot string

// resolve maps a client-supplied relative name to a path inside uploadRoot,
// rejecting anything that would escape it.
func resolve(name string) (string, error) {
	if name == "" || filepath.IsAbs(name) {
		return "", errors.New("invalid name")
	}
	p := filepath.Clean(filepath.Join(uploadRoot, name))
	if !strings.HasPrefix(p, uploadRoot+string(os.PathSeparator)) {
		return "", errors.New("invalid name")
	}
	return p, nil
}

func downloadHandler(w http.ResponseWriter, r *http.Request) {
	p, err := resolve(r.URL.Query().Get("file"))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Disposition", "attachment")
	http.ServeFile(w, r, p)
}

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if err := r.ParseMultipartForm(32 << 20); err != nil {
		http.Error(w, "bad upload", http.StatusBadRequest)
		return
	}
	file, _, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "missing file", http.StatusBadRequest)
		return
	}
	defer file.Close()

	p, err := resolve(r.FormValue("save_as"))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		log.Printf("mkdir: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	dst, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		http.Error(w, "cannot create file", http.StatusConflict)
		return
	}
	defer dst.Close()

	if _, err := io.Copy(dst, file); err != nil {
		log.Printf("copy: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	root, err := filepath.Abs("uploads")
	if err != nil {
		log.Fatal(err)
	}
	uploadRoot = filepath.Clean(root)
	if err := os.MkdirAll(uploadRoot, 0o755); err != nil {
		log.Fatal(err)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("/download", downloadHandler)
	mux.HandleFunc("/upload", uploadHandler)

	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
