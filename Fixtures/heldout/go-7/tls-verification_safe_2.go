package storage

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/http"
	"os"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// Clients bundles the object store for exports and the analytics database.
type Clients struct {
	S3 *minio.Client
	CH clickhouse.Conn
}

func Open(endpoint, chAddr, caFile string) (*Clients, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("empty CA bundle")
	}
	transport := &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
		MaxIdleConns:    32,
	}
	s3, err := minio.New(endpoint, &minio.Options{
		Creds:     credentials.NewStaticV4(os.Getenv("S3_KEY"), os.Getenv("S3_SECRET"), ""),
		Secure:    true,
		Transport: transport,
	})
	if err != nil {
		return nil, fmt.Errorf("minio: %w", err)
	}

	tlsConf := &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: pool}
	if os.Getenv("CH_SELF_SIGNED") == "1" {
		return nil, errors.New("CH_SELF_SIGNED is no longer supported: add the server CA to the bundle")
	}
	ch, err := clickhouse.Open(&clickhouse.Options{
		Addr: []string{chAddr},
		Auth: clickhouse.Auth{Database: "events", Username: "exporter", Password: os.Getenv("CH_PASSWORD")},
		TLS:  tlsConf,
	})
	if err != nil {
		return nil, fmt.Errorf("clickhouse: %w", err)
	}
	return &Clients{S3: s3, CH: ch}, nil
}
