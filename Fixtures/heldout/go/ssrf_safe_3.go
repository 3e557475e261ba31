package main

import (
	"context"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/gorilla/mux"
)

// upstreams maps public service names to their internal base URLs. Callers
// can only pick a key; they never supply the address.
var upstreams = map[string]string{
	"billing":   "http://billing.svc.cluster.local:8080",
	"inventory": "http://inventory.svc.cluster.local:8080",
	"search":    "http://search.svc.cluster.local:9200",
}

type gateway struct {
	client *http.Client
	apiKey string
}

func (g *gateway) health(w http.ResponseWriter, r *http.Request) {
	base, ok := upstreams[mux.Vars(r)["service"]]
	if !ok {
		http.NotFound(w, r)
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/healthz", nil)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resp, err := g.client.Do(req)
	if err != nil {
		http.Error(w, "unhealthy", http.StatusServiceUnavailable)
		return
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		log.Printf("drain: %v", err)
	}
	w.WriteHeader(resp.StatusCode)
}

// weather looks up a forecast for a user-supplied city; only the query
// string varies, the host is fixed.
func (g *gateway) weather(w http.ResponseWriter, r *http.Request) {
	q := url.Values{}
	q.Set("q", r.URL.Query().Get("city"))
	q.Set("appid", g.apiKey)
	endpoint := "https://api.openweathermap.org/data/2.5/weather?" + q.Encode()

	resp, err := g.client.Get(endpoint)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	if _, err := io.Copy(w, io.LimitReader(resp.Body, 1<<20)); err != nil {
		log.Printf("copy: %v", err)
	}
}

func main() {
	g := &gateway{client: &http.Client{Timeout: 5 * time.Second}, apiKey: os.Getenv("OWM_API_KEY")}
	r := mux.NewRouter()
	r.HandleFunc("/health/{service}", g.health).Methods(http.MethodGet)
	r.HandleFunc("/weather", g.weather).Methods(http.MethodGet)

	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
