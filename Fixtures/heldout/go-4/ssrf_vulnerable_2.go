package feeds

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

type subscribeRequest struct {
	Feed     string `json:"feed"`
	Callback string `json:"callback"`
}

type rss struct {
	Channel struct {
		Title string `xml:"title"`
		Items []struct {
			Title string `xml:"title"`
			Link  string `xml:"link"`
		} `xml:"item"`
	} `xml:"channel"`
}

func fetchFeed(u string) (*rss, error) {
	resp, err := http.Get(u) // expect: ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var feed rss
	if err := xml.NewDecoder(resp.Body).Decode(&feed); err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	return &feed, nil
}

func Subscribe(w http.ResponseWriter, r *http.Request) {
	var req subscribeRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	feed, err := fetchFeed(req.Feed)
	if err != nil {
		http.Error(w, "could not read feed", http.StatusUnprocessableEntity)
		return
	}
	summary, err := json.Marshal(map[string]any{"title": feed.Channel.Title, "items": len(feed.Channel.Items)})
	if err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
		return
	}
	resp, err := http.Post(req.Callback, "application/json", bytes.NewReader(summary)) // expect: ssrf
	if err != nil {
		http.Error(w, "callback failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusCreated)
}

func Register(r *mux.Router) {
	r.HandleFunc("/subscriptions", Subscribe).Methods(http.MethodPost)
}
