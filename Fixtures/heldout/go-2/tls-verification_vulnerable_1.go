package inventory

import (
	"crypto/tls"
	"net/http"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// NewHTTPClient talks to the warehouse scanners' REST API (self-signed certificates on the devices).
func NewHTTPClient() *http.Client {
	return &http.Client{
		Timeout: 15 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{
				InsecureSkipVerify: true, // expect: tls-verification
			},
		},
	}
}

// DialStock connects to the stock service over gRPC.
func DialStock(addr string) (*grpc.ClientConn, error) {
	creds := credentials.NewTLS(&tls.Config{InsecureSkipVerify: true}) // expect: tls-verification
	return grpc.Dial(addr, grpc.WithTransportCredentials(creds))
}
