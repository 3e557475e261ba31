package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

type echoResponse struct {
	Query   string `json:"query"`
	Results []int  `json:"results"`
}

// apiSearch echoes the query back inside a JSON document.
func apiSearch(w http.ResponseWriter, r *http.Request) {
	resp := echoResponse{Query: r.URL.Query().Get("q"), Results: []int{}}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if err := json.NewEncoder(w).Encode(resp); err != nil {
		log.Printf("encode: %v", err)
	}
}

// plainEcho is a debugging endpoint for the load balancer team; it returns
// plain text that browsers will not interpret as HTML.
func plainEcho(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	fmt.Fprintf(w, "path=%s\nuser-agent=%s\nid=%s\n", r.URL.Path, r.UserAgent(), chi.URLParam(r, "id"))
}

func main() {
	r := chi.NewRouter()
	r.Get("/api/search", apiSearch)
	r.Get("/debug/echo/{id}", plainEcho)

	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
