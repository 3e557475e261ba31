package server

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"time"

	kerrors "github.com/go-kratos/kratos/v2/errors"
	khttp "github.com/go-kratos/kratos/v2/transport/http"
	"github.com/imroc/req/v3"
)

var allowedHosts = map[string]bool{
	"manifests.example.com": true,
	"cdn.example.com":       true,
}

func checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		return nil, errors.New("host not allowed")
	}
	return u, nil
}

var fetcher = &http.Client{
	Timeout: 8 * time.Second,
	CheckRedirect: func(r *http.Request, via []*http.Request) error {
		_, err := checkURL(r.URL.String())
		return err
	},
}

func RegisterImport(srv *khttp.Server) {
	r := srv.Route("/v1")
	r.GET("/import", func(ctx khttp.Context) error {
		u, err := checkURL(ctx.Query().Get("manifest"))
		if err != nil {
			return kerrors.BadRequest("BAD_URL", err.Error())
		}
		resp, err := fetcher.Get(u.String())
		if err != nil {
			return kerrors.BadGateway("FETCH_FAILED", "manifest unavailable")
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		if err != nil {
			return kerrors.BadGateway("FETCH_FAILED", "manifest unreadable")
		}
		return ctx.Blob(200, "application/json", body)
	})
}

type IconRequest struct {
	Domain string `json:"domain"`
}

func FetchIcon(ctx context.Context, in *IconRequest) ([]byte, error) {
	client := req.C().SetTimeout(5 * time.Second).SetBaseURL("https://icons.example.com")
	resp, err := client.R().SetContext(ctx).SetQueryParam("domain", in.Domain).Get("/v2/lookup")
	if err != nil {
		return nil, err
	}
	return resp.Bytes(), nil
}
