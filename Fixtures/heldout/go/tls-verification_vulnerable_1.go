// healthcheck polls a list of internal HTTPS endpoints and reports their status.
package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
	"time"
)

func newClient() *http.Client {
	tr := &http.Transport{
		// Internal services use self-signed certs.
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, // expect: tls-verification
		MaxIdleConns:        10,
		IdleConnTimeout:     30 * time.Second,
		TLSHandshakeTimeout: 5 * time.Second,
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
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
	flag.Parse()

	c := newClient()
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
