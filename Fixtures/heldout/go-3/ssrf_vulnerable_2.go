package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	feed := ev.QueryStringParameters["feed"]
	resp, err := http.Get(feed) // expect: ssrf
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadGateway}, nil
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadGateway}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: string(body)}, nil
}

// devProxy forwards requests to the upstream named in a header (local testing helper).
func devProxy(w http.ResponseWriter, r *http.Request) {
	target, err := url.Parse(r.Header.Get("X-Upstream"))
	if err != nil {
		http.Error(w, "bad upstream", http.StatusBadRequest)
		return
	}
	httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r) // expect: ssrf
}

func main() {
	http.HandleFunc("/dev/proxy", devProxy)
	lambda.Start(handler)
}
