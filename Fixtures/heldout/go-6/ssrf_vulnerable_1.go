package server

import (
	"context"
	"io"
	"net/http"
	"time"

	"github.com/go-kratos/kratos/v2/errors"
	khttp "github.com/go-kratos/kratos/v2/transport/http"
	"github.com/imroc/req/v3"
)

var fetcher = &http.Client{Timeout: 8 * time.Second}

func fetchManifest(target string) ([]byte, error) {
	resp, err := fetcher.Get(target) // expect: ssrf
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}

func RegisterImport(srv *khttp.Server) {
	r := srv.Route("/v1")
	r.GET("/import", func(ctx khttp.Context) error {
		body, err := fetchManifest(ctx.Query().Get("manifest"))
		if err != nil {
			return errors.BadGateway("FETCH_FAILED", "manifest unavailable")
		}
		return ctx.Blob(200, "application/json", body)
	})
}

type IconRequest struct {
	IconURL string `json:"icon_url"`
}

func FetchIcon(ctx context.Context, in *IconRequest) ([]byte, error) {
	client := req.C().SetTimeout(5 * time.Second)
	resp, err := client.R().SetContext(ctx).Get(in.IconURL) // expect: ssrf
	if err != nil {
		return nil, err
	}
	return resp.Bytes(), nil
}
