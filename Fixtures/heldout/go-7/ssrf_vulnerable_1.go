package preview

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"connectrpc.com/connect"
	"github.com/gojek/heimdall/v7/httpclient"

	previewv1 "example.com/chat/gen/preview/v1"
)

type Service struct {
	http  *http.Client
	retry *httpclient.Client
}

func NewService() *Service {
	return &Service{
		http:  &http.Client{Timeout: 5 * time.Second},
		retry: httpclient.NewClient(httpclient.WithHTTPTimeout(5 * time.Second)),
	}
}

// Unfurl is called by the chat client for every link pasted into a message.
func (s *Service) Unfurl(ctx context.Context, req *connect.Request[previewv1.UnfurlRequest]) (*connect.Response[previewv1.UnfurlResponse], error) {
	r, err := http.NewRequestWithContext(ctx, http.MethodGet, req.Msg.Url, nil) // expect: ssrf
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

// FetchIcon downloads the favicon named by the page the client already unfurled.
func (s *Service) FetchIcon(ctx context.Context, req *connect.Request[previewv1.FetchIconRequest]) (*connect.Response[previewv1.FetchIconResponse], error) {
	iconURL := fmt.Sprintf("%s/favicon.ico", req.Msg.Origin)
	resp, err := s.retry.Get(iconURL, nil) // expect: ssrf
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
