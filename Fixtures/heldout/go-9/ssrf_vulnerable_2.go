package main

import (
	"context"
	"io"
	"log"
	"net/http"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

type subscribe struct {
	Feed string `json:"feed"`
}

type feedChunk struct {
	Feed string `json:"feed"`
	Body string `json:"body"`
}

func fetchFeed(ctx context.Context, sub subscribe) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, sub.Feed, nil) // expect: ssrf
	if err != nil {
		return "", err
	}
	req.Header.Set("Accept", "application/rss+xml")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return string(b), err
}

func serve(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	ctx := r.Context()
	for {
		var sub subscribe
		if err := wsjson.Read(ctx, c, &sub); err != nil {
			return
		}
		body, err := fetchFeed(ctx, sub)
		if err != nil {
			body = ""
		}
		if err := wsjson.Write(ctx, c, feedChunk{Feed: sub.Feed, Body: body}); err != nil {
			return
		}
	}
}

func main() {
	http.HandleFunc("/feeds", serve)
	log.Fatal(http.ListenAndServe(":8088", nil))
}
