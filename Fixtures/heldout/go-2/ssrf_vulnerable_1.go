package hooks

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
)

type Subscription struct {
	URL    string `json:"url"`
	Secret string `json:"secret"`
}

// Preview fetches a page so the dashboard can show its title.
func Preview(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(r.URL.Query().Get("url")) // expect: ssrf
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 64<<10))
}

// Test sends a sample event to the subscription given in the request body.
func Test(w http.ResponseWriter, r *http.Request) {
	var sub Subscription
	if err := json.NewDecoder(r.Body).Decode(&sub); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, sub.URL, bytes.NewReader([]byte(`{"event":"test"}`))) // expect: ssrf
	if err != nil {
		http.Error(w, "bad url", http.StatusBadRequest)
		return
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "delivery failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
