package main

import (
	"context"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

type statusProxy struct {
	client *http.Client
}

// status asks a node in the cluster for its status page. The node address
// comes from the dashboard's node picker.
func (p *statusProxy) status(w http.ResponseWriter, r *http.Request) {
	node := chi.URLParam(r, "node")
	port := r.URL.Query().Get("port")
	if port == "" {
		port = "9100"
	}

	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+node+":"+port+"/status", nil) // expect: ssrf
	if err != nil {
		http.Error(w, "bad node", http.StatusBadRequest)
		return
	}
	resp, err := p.client.Do(req)
	if err != nil {
		http.Error(w, "node unreachable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	if _, err := io.Copy(w, io.LimitReader(resp.Body, 1<<20)); err != nil {
		log.Printf("copy: %v", err)
	}
}

// avatar downloads the avatar the user linked in their profile form.
func (p *statusProxy) avatar(w http.ResponseWriter, r *http.Request) {
	src := r.FormValue("avatar_url")
	resp, err := p.client.Get(src) // expect: ssrf
	if err != nil {
		http.Error(w, "could not fetch avatar", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if _, err := io.Copy(w, io.LimitReader(resp.Body, 2<<20)); err != nil {
		log.Printf("copy: %v", err)
	}
}

func main() {
	p := &statusProxy{client: &http.Client{Timeout: 5 * time.Second}}
	r := chi.NewRouter()
	r.Get("/nodes/{node}/status", p.status)
	r.Post("/profile/avatar", p.avatar)

	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
