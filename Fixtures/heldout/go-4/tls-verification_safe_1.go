package notify

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"
)

// WebhookOptions come from the operator's config map.
type WebhookOptions struct {
	CAFile     string
	ServerName string
	// Insecure is kept for config compatibility and rejected: use CAFile instead.
	Insecure bool
}

func NewWebhookClient(o WebhookOptions) (*http.Client, error) {
	if o.Insecure {
		return nil, errors.New("webhook: insecure mode is no longer supported, set caFile")
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if o.CAFile != "" {
		pem, err := os.ReadFile(o.CAFile)
		if err != nil {
			return nil, fmt.Errorf("webhook: read CA: %w", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("webhook: no certificates in %s", o.CAFile)
		}
	}
	tlsCfg := &tls.Config{
		RootCAs:    pool,
		ServerName: o.ServerName,
		MinVersion: tls.VersionTLS12,
	}
	return &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{TLSClientConfig: tlsCfg, ForceAttemptHTTP2: true},
	}, nil
}
