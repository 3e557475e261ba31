package main

import (
	"net/http"
	"os/exec"
	"regexp"
)

var hostPattern = regexp.MustCompile(`^[a-zA-Z0-9.-]+$`)

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	out, err := exec.Command("ping", "-c", "3", host).CombinedOutput()
	if err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
	w.Write(out)
}

func backup(w http.ResponseWriter, r *http.Request) {
	cmd := exec.Command("sh", "-c", "pg_dump shop | gzip > /backups/shop.sql.gz")
	if err := cmd.Run(); err != nil {
		http.Error(w, "backup failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/ping", ping)
	http.HandleFunc("/backup", backup)
	http.ListenAndServe(":8080", nil)
}
