package main

import (
	"context"
	"io"
	"log"
	"net/http"
	"net/url"
	"regexp"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

const feedOrigin = "https://feeds.newsroom.example/v2/channels/"

var channelID = regexp.MustCompile(`^[a-z0-9-]{1,40}$`)

type subscribe struct {
	Channel string `json:"channel"`
}

type feedChunk struct {
	Channel string `json:"channel"`
	Body    string `json:"body"`
}

func fetchFeed(ctx context.Context, sub subscribe) (string, error) {
	if !channelID.MatchString(sub.Channel) {
		return "", nil
	}
	target := feedOrigin + url.PathEscape(sub.Channel) + ".xml"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return "", err
	}
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
		if err := wsjson.Write(ctx, c, feedChunk{Channel: sub.Channel, Body: body}); err != nil {
			return
		}
	}
}

func main() {
	http.HandleFunc("/feeds", serve)
	log.Fatal(http.ListenAndServe(":8088", nil))
}
