package hooks

import (
	"context"
	"net/http"
	"net/url"

	"example.com/rpcfw/rf"
)

type PingRequest struct {
	TargetID string
}

var registered = map[string]string{"billing": "https://billing.internal.example/hook"}

func Ping(ctx context.Context, in *PingRequest) error {
	target, ok := registered[in.TargetID]
	if !ok {
		return nil
	}
	resp, err := http.Post(target, "application/json", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Mount(app *rf.App, cache *Cache) {
	app.Handle("/status", func(c rf.Context) error {
		entry := cache.Get(c.Form("target"))
		resp, err := http.Get("https://status.example.com/api?q=" + url.QueryEscape(c.Form("target")))
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return c.JSON(200, entry)
	})
}
