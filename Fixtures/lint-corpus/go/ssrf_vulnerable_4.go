package hooks

import (
	"context"
	"net/http"
	"time"

	"example.com/rpcfw/rf"
)

var outbound = &http.Client{Timeout: 5 * time.Second}

type PingRequest struct {
	WebhookURL string
}

func Ping(ctx context.Context, in *PingRequest) error {
	resp, err := outbound.Post(in.WebhookURL, "application/json", nil) // expect: ssrf
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Mount(app *rf.App) {
	app.Handle("/preview", func(c rf.Context) error {
		target := c.Form("link")
		resp, err := outbound.Get(target) // expect: ssrf
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return c.Status(204)
	})
}
