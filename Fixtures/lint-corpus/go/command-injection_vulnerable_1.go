package main

import (
	"fmt"
	"net/http"
	"os/exec"
)

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	out, err := exec.Command("sh", "-c", "ping -c 3 "+host).CombinedOutput() // expect: command-injection
	if err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
	w.Write(out)
}

func convert(w http.ResponseWriter, r *http.Request) {
	src := r.FormValue("src")
	size := r.FormValue("size")
	script := fmt.Sprintf("convert %s -resize %s /tmp/out.png", src, size)
	cmd := exec.CommandContext(r.Context(), "/bin/bash", "-c", script) // expect: command-injection
	if err := cmd.Run(); err != nil {
		http.Error(w, "conversion failed", http.StatusInternalServerError)
		return
	}
	http.ServeFile(w, r, "/tmp/out.png")
}

func main() {
	http.HandleFunc("/ping", ping)
	http.HandleFunc("/convert", convert)
	http.ListenAndServe(":8080", nil)
}
