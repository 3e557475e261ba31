package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const reportDir = "/srv/reports"

func report(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name"))
	http.ServeFile(w, r, filepath.Join(reportDir, name))
}

func document(w http.ResponseWriter, r *http.Request) {
	path := filepath.Join(reportDir, r.URL.Query().Get("doc"))
	if !strings.HasPrefix(filepath.Clean(path), reportDir+string(os.PathSeparator)) {
		http.Error(w, "invalid path", http.StatusBadRequest)
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write(data)
}

func main() {
	config, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	_ = config
	http.HandleFunc("/report", report)
	http.HandleFunc("/document", document)
	http.ListenAndServe(":8080", nil)
}
