package main

import (
	"log"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/go-chi/chi/v5"
)

const reportsDir = "/var/lib/reports"

// getReport returns a generated report. Absolute paths are rejected so the
// client can only ask for something relative to the reports directory.
func getReport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" || filepath.IsAbs(name) {
		http.Error(w, "invalid report name", http.StatusBadRequest)
		return
	}

	data, err := os.ReadFile(filepath.Join(reportsDir, name)) // expect: path-traversal
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	if _, err := w.Write(data); err != nil {
		log.Printf("write: %v", err)
	}
}

// tenantReport serves /tenant-report?tenant=<slug>&file=<name>.
func tenantReport(w http.ResponseWriter, r *http.Request) {
	tenant := r.URL.Query().Get("tenant")
	file := r.URL.Query().Get("file")

	f, err := os.Open(reportsDir + "/" + tenant + "/" + file) // expect: path-traversal
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	defer f.Close()

	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	http.ServeContent(w, r, fi.Name(), fi.ModTime(), f)
}

func main() {
	r := chi.NewRouter()
	r.Get("/report", getReport)
	r.Get("/tenant-report", tenantReport)

	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
