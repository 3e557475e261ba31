package plugin

import (
	"crypto/tls"
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

func NewScraper() *Scraper {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{}
	if os.Getenv("SCRAPER_LAB_MODE") == "1" {
		tr.TLSClientConfig.InsecureSkipVerify = true // expect: tls-verification
	}
	return &Scraper{client: &http.Client{Transport: tr, Timeout: 5 * time.Second}}
}

func (s *Scraper) Probe(target string) (int, error) {
	resp, err := s.client.Get(target)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
