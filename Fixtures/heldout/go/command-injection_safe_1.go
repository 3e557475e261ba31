// Command netdiag exposes a couple of network diagnostics over HTTP for the
// ops dashboard.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net"
	"net/http"
	"os/exec"
	"regexp"
	"strconv"
	"time"
)

type result struct {
	Output string `json:"output"`
	Error  string `json:"error,omitempty"`
}

var hostnameRE = regexp.MustCompile(`^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$`)

func validTarget(s string) bool {
	if net.ParseIP(s) != nil {
		return true
	}
	return len(s) <= 253 && hostnameRE.MatchString(s)
}

func pingHandler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	if !validTarget(host) {
		http.Error(w, "invalid host", http.StatusBadRequest)
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	// No shell: the host is a single argv entry and "--" stops option parsing.
	out, err := exec.CommandContext(ctx, "ping", "-c", "3", "--", host).CombinedOutput()
	res := result{Output: string(out)}
	if err != nil {
		res.Error = "ping failed"
	}
	writeJSON(w, res)
}

func traceHandler(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("target")
	if !validTarget(target) {
		http.Error(w, "invalid target", http.StatusBadRequest)
		return
	}
	hops := 15
	if v := r.FormValue("hops"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 30 {
			http.Error(w, "invalid hops", http.StatusBadRequest)
			return
		}
		hops = n
	}

	cmd := exec.Command("traceroute", "-m", strconv.Itoa(hops), target)
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
