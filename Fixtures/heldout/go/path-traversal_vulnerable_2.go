package main

import (
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gorilla/mux"
)

type docsServer struct {
	root string // absolute, e.g. /srv/docs
}

// page serves rendered documentation pages from disk.
func (d *docsServer) page(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]

	// Make sure the request stays inside the docs root.
	p := d.root + "/" + name + ".html"
	if !strings.HasPrefix(p, d.root) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}

	data, err := os.ReadFile(filepath.Clean(p)) // expect: path-traversal
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if _, err := w.Write(data); err != nil {
		log.Printf("write: %v", err)
	}
}

// attachment serves files attached to a doc page.
func (d *docsServer) attachment(w http.ResponseWriter, r *http.Request) {
	rel := r.URL.Query().Get("path")
	if strings.Contains(rel, "../") {
		log.Printf("suspicious attachment path %q", rel)
	}

	f, err := os.Open(filepath.Join(d.root, "attachments", rel)) // expect: path-traversal
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	defer f.Close()

	fi, err := f.Stat()
	if err != nil || fi.IsDir() {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	http.ServeContent(w, r, fi.Name(), fi.ModTime(), f)
}

func main() {
	root, err := filepath.Abs("docs")
	if err != nil {
		log.Fatal(err)
	}
	d := &docsServer{root: root}

	r := mux.NewRouter()
	r.HandleFunc("/docs/{name:.+}", d.page).Methods(http.MethodGet)
	r.HandleFunc("/attachments", d.attachment).Methods(http.MethodGet)

	srv := &http.Server{Addr: ":8081", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
