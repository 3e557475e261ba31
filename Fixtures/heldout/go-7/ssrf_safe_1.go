package preview

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"time"

	"connectrpc.com/connect"
	"github.com/gojek/heimdall/v7/httpclient"

	previewv1 "example.com/chat/gen/preview/v1"
)

var unfurlHosts = map[string]bool{
	"github.com":      true,
	"www.youtube.com": true,
	"docs.google.com": true,
}

type Service struct {
	http  *http.Client
	retry *httpclient.Client
}

func checkURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || !unfurlHosts[u.Hostname()] || u.Port() != "" {
		return nil, errors.New("host not allowed for previews")
	}
	return u, nil
}

func NewService() *Service {
	return &Service{
		http: &http.Client{
			Timeout: 5 * time.Second,
			CheckRedirect: func(r *http.Request, via []*http.Request) error {
				_, err := checkURL(r.URL.String())
				return err
			},
		},
		retry: httpclient.NewClient(httpclient.WithHTTPTimeout(5 * time.Second)),
	}
}

// Unfurl is called by the chat client for every link pasted into a message.
func (s *Service) Unfurl(ctx context.Context, req *connect.Request[previewv1.UnfurlRequest]) (*connect.Response[previewv1.UnfurlResponse], error) {
	u, err := checkURL(req.Msg.Url)
	if err != nil {
		return nil, connect.NewError(connect.CodeInvalidArgument, err)
	}
	r, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, connect.NewError(connect.CodeInvalidArgument, err)
	}
	resp, err := s.http.Do(r)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, err)
	}
	defer resp.Body.Close()
	head, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, err)
	}
	return connect.NewResponse(&previewv1.UnfurlResponse{Html: string(head)}), nil
}

// FetchIcon asks the icon service, which resolves the domain itself.
func (s *Service) FetchIcon(ctx context.Context, req *connect.Request[previewv1.FetchIconRequest]) (*connect.Response[previewv1.FetchIconResponse], error) {
	q := url.Values{"domain": {req.Msg.Origin}, "sz": {"64"}}
	resp, err := s.retry.Get("https://icons.internal.example.com/v1/icon?"+q.Encode(), nil)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, err)
	}
	defer resp.Body.Close()
	icon, err := io.ReadAll(io.LimitReader(resp.Body, 256<<10))
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, err)
	}
	return connect.NewResponse(&previewv1.FetchIconResponse{Icon: icon}), nil
}
