package weather

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/gorilla/mux"
)

const apiBase = "https://api.open-meteo.example/v1/forecast"

type Client struct {
	http *http.Client
	key  string
}

func NewClient() *Client {
	return &Client{http: &http.Client{Timeout: 5 * time.Second}, key: os.Getenv("METEO_KEY")}
}

func (c *Client) Forecast(w http.ResponseWriter, r *http.Request) {
	city := mux.Vars(r)["city"]
	q := url.Values{}
	q.Set("city", city)
	q.Set("days", "3")
	q.Set("key", c.key)
	resp, err := c.http.Get(apiBase + "?" + q.Encode())
	if err != nil {
		http.Error(w, "upstream unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		http.Error(w, fmt.Sprintf("upstream status %d", resp.StatusCode), http.StatusBadGateway)
		return
	}
	var body map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		http.Error(w, "bad upstream body", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(body); err != nil {
		return
	}
}
