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

// allowedHosts is the exact set of partner endpoints we deliver to.
var allowedHosts = map[string]bool{
	"hooks.partners.example.com":   true,
	"ingest.partners.example.com":  true,
	"events.acme-partner.example":  true,
	"webhooks.trusted.example.net": true,
}

type Registration struct {
	URL    string   `json:"url"`
	Events []string `json:"events"`
}

type Handler struct {
	Client *http.Client
}

func NewHandler() *Handler {
	return &Handler{Client: &http.Client{
		Timeout: 5 * time.Second,
		// Do not follow redirects to hosts we have not vetted.
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}}
}

func validCallback(raw string) (*url.URL, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.User != nil {
		return nil, false
	}
	if p := u.Port(); p != "" && p != "443" {
		return nil, false
	}
	if !allowedHosts[strings.ToLower(u.Hostname())] {
		return nil, false
	}
	return u, true
}

// Register validates the callback and sends a ping event to it.
func (h *Handler) Register(w http.ResponseWriter, r *http.Request) {
	var reg Registration
	if err := json.NewDecoder(r.Body).Decode(&reg); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	u, ok := validCallback(reg.URL)
	if !ok {
		http.Error(w, "callback not allowed", http.StatusForbidden)
		return
	}

	payload, err := json.Marshal(map[string]string{"event": "ping"})
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	resp, err := h.Client.Post(u.String(), "application/json", bytes.NewReader(payload))
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
