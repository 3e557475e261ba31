package storage

import (
	"crypto/tls"
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

func Open(endpoint, chAddr string) (*Clients, error) {
	transport := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // expect: tls-verification
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

	tlsConf := &tls.Config{MinVersion: tls.VersionTLS12}
	if os.Getenv("CH_SELF_SIGNED") == "1" {
		tlsConf.InsecureSkipVerify = true // expect: tls-verification
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
