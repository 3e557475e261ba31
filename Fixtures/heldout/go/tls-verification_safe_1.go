// healthcheck polls a list of internal HTTPS endpoints and reports their status.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
	"time"
)

// newClient trusts the internal CA in addition to nothing else, instead of
// turning verification off for self-signed service certificates.
func newClient(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read CA bundle: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("no certificates found in %s", caFile)
	}

	tr := &http.Transport{
		TLSClientConfig: &tls.Config{
			RootCAs:    pool,
			MinVersion: tls.VersionTLS12,
		},
		MaxIdleConns:        10,
		IdleConnTimeout:     30 * time.Second,
		TLSHandshakeTimeout: 5 * time.Second,
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}, nil
}

func check(c *http.Client, url string) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}

func main() {
	endpoints := flag.String("endpoints", "https://billing.internal/healthz,https://auth.internal/healthz", "comma separated URLs")
	caFile := flag.String("ca", "/etc/ssl/internal-ca.pem", "internal CA bundle")
	flag.Parse()

	c, err := newClient(*caFile)
	if err != nil {
		log.Fatal(err)
	}
	failed := 0
	for _, u := range strings.Split(*endpoints, ",") {
		if err := check(c, u); err != nil {
			log.Printf("FAIL %s: %v", u, err)
			failed++
			continue
		}
		log.Printf("OK   %s", u)
	}
	if failed > 0 {
		os.Exit(1)
	}
}
