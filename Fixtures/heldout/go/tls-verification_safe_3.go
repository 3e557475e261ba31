// Command mtls-client calls a partner API that requires client certificates.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

type config struct {
	CertFile string
	KeyFile  string
	CAFile   string
}

func loadTLS(c config) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(c.CertFile, c.KeyFile)
	if err != nil {
		return nil, fmt.Errorf("load client cert: %w", err)
	}

	roots, err := x509.SystemCertPool()
	if err != nil {
		return nil, fmt.Errorf("system roots: %w", err)
	}
	if c.CAFile != "" {
		pem, err := os.ReadFile(c.CAFile)
		if err != nil {
			return nil, fmt.Errorf("read CA: %w", err)
		}
		if !roots.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("bad CA file %s", c.CAFile)
		}
	}

	return &tls.Config{
		Certificates: []tls.Certificate{cert},
		RootCAs:      roots,
		MinVersion:   tls.VersionTLS12,
	}, nil
}

func main() {
	var c config
	flag.StringVar(&c.CertFile, "cert", "client.crt", "client certificate")
	flag.StringVar(&c.KeyFile, "key", "client.key", "client private key")
	flag.StringVar(&c.CAFile, "ca", "", "extra CA bundle for the partner endpoint")
	flag.Parse()

	tlsCfg, err := loadTLS(c)
	if err != nil {
		log.Fatal(err)
	}

	client := &http.Client{
		Timeout: 15 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig:     tlsCfg,
			TLSHandshakeTimeout: 5 * time.Second,
		},
	}

	resp, err := client.Get("https://partner.example.com/v2/settlements?since=24h")
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		log.Fatalf("partner API: %s", resp.Status)
	}

	var out []map[string]interface{}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		log.Fatalf("decode: %v", err)
	}
	fmt.Printf("%d settlements\n", len(out))
}
