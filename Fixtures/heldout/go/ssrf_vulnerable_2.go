// Package hooks lets tenants register webhook endpoints and sends a test ping.
package hooks

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"
)

type Registration struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

type Handler struct {
	Client *http.Client
}

func NewHandler() *Handler {
	return &Handler{Client: &http.Client{Timeout: 5 * time.Second}}
}

// Register validates the callback and sends a ping event to it.
func (h *Handler) Register(w http.ResponseWriter, r *http.Request) {
	var reg Registration
	if err := json.NewDecoder(r.Body).Decode(&reg); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}

	u, err := url.Parse(reg.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		http.Error(w, "callback must be an http(s) URL", http.StatusBadRequest)
		return
	}
	// Only our partners' domains are allowed.
	if !strings.Contains(u.Host, "partners.example.com") {
		http.Error(w, "callback host not allowed", http.StatusForbidden)
		return
	}

	payload, err := json.Marshal(map[string]string{"event": "ping"})
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resp, err := h.Client.Post(u.String(), "application/json", bytes.NewReader(payload)) // expect: ssrf
	if err != nil {
		http.Error(w, "callback unreachable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		http.Error(w, "callback rejected ping", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
