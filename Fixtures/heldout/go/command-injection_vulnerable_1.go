// Command netdiag exposes a couple of network diagnostics over HTTP for the
// ops dashboard.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os/exec"
	"time"
)

type result struct {
	Output string `json:"output"`
	Error  string `json:"error,omitempty"`
}

func pingHandler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	if host == "" {
		http.Error(w, "missing host", http.StatusBadRequest)
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	out, err := exec.CommandContext(ctx, "sh", "-c", "ping -c 3 "+host).CombinedOutput() // expect: command-injection
	res := result{Output: string(out)}
	if err != nil {
		res.Error = "ping failed"
	}
	writeJSON(w, res)
}

func traceHandler(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("target")
	maxHops := r.FormValue("hops")
	if maxHops == "" {
		maxHops = "15"
	}

	cmd := exec.Command("/bin/bash", "-c", "traceroute -m "+maxHops+" "+target+" 2>&1") // expect: command-injection
	out, err := cmd.Output()
	res := result{Output: string(out)}
	if err != nil {
		res.Error = "traceroute failed"
	}
	writeJSON(w, res)
}

func writeJSON(w http.ResponseWriter, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("encode: %v", err)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/diag/ping", pingHandler)
	mux.HandleFunc("/diag/trace", traceHandler)

	srv := &http.Server{Addr: "127.0.0.1:9100", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
