package main

import (
	"log"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

const reportsDir = "/var/lib/reports"

var tenantRE = regexp.MustCompile(`^[a-z0-9-]{1,40}$`)

// getReport returns a generated report. Names may contain sub-directories
// ("2024/q1.pdf") but never a ".." element or a leading slash.
func getReport(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" || filepath.IsAbs(name) || strings.Contains(name, "..") || strings.ContainsRune(name, '\\') {
		http.Error(w, "invalid report name", http.StatusBadRequest)
		return
	}

	data, err := os.ReadFile(filepath.Join(reportsDir, name))
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
	if !tenantRE.MatchString(tenant) {
		http.Error(w, "invalid tenant", http.StatusBadRequest)
		return
	}
	file := filepath.Base(r.URL.Query().Get("file"))
	if file == "." || file == ".." || !strings.HasSuffix(file, ".pdf") {
		http.Error(w, "invalid file", http.StatusBadRequest)
		return
	}

	f, err := os.Open(filepath.Join(reportsDir, tenant, file))
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
