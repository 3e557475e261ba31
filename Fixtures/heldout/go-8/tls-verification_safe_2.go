package plugin

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
	"time"

	"github.com/hashicorp/go-plugin"
)

var Handshake = plugin.HandshakeConfig{
	ProtocolVersion:  1,
	MagicCookieKey:   "METRICS_PLUGIN",
	MagicCookieValue: "7f3c",
}

type Scraper struct {
	client *http.Client
}

func NewScraper() (*Scraper, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	if caPath := os.Getenv("SCRAPER_LAB_CA"); caPath != "" {
		pem, err := os.ReadFile(caPath)
		if err != nil {
			return nil, err
		}
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		tr.TLSClientConfig.RootCAs = pool
	}
	return &Scraper{client: &http.Client{Transport: tr, Timeout: 5 * time.Second}}, nil
}

func (s *Scraper) Probe(target string) (int, error) {
	resp, err := s.client.Get(target)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
