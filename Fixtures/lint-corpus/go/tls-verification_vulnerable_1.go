package client

import (
	"crypto/tls"
	"net/http"
	"time"
)

func New(baseURL string) *http.Client {
	transport := &http.Transport{
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: true, // expect: tls-verification
		},
	}
	return &http.Client{Transport: transport, Timeout: 30 * time.Second}
}

func Dial(addr string) (*tls.Conn, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	cfg.InsecureSkipVerify = true // expect: tls-verification
	return tls.Dial("tcp", addr, cfg)
}
