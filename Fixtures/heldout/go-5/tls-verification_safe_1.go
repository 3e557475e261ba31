package events

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/plain"
)

type Config struct {
	Brokers   []string
	User      string
	Password  string
	RedisAddr string
	RedisHost string
	CAFile    string
}

func loadPool(path string) (*x509.CertPool, error) {
	pem, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("no certificates in " + path)
	}
	return pool, nil
}

func NewKafkaWriter(cfg Config) (*kafka.Writer, error) {
	pool, err := loadPool(cfg.CAFile)
	if err != nil {
		return nil, err
	}
	dialer := &kafka.Dialer{
		Timeout:       10 * time.Second,
		DualStack:     true,
		SASLMechanism: plain.Mechanism{Username: cfg.User, Password: cfg.Password},
		TLS:           &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12, InsecureSkipVerify: false},
	}
	return kafka.NewWriter(kafka.WriterConfig{
		Brokers:  cfg.Brokers,
		Topic:    "orders.events",
		Dialer:   dialer,
		Balancer: &kafka.Hash{},
	}), nil
}

func NewDedupCache(ctx context.Context, cfg Config) (*redis.Client, error) {
	pool, err := loadPool(cfg.CAFile)
	if err != nil {
		return nil, err
	}
	rdb := redis.NewClient(&redis.Options{
		Addr:     cfg.RedisAddr,
		Password: os.Getenv("REDIS_PASSWORD"),
		TLSConfig: &tls.Config{
			MinVersion: tls.VersionTLS12,
			RootCAs:    pool,
			ServerName: cfg.RedisHost,
		},
	})
	if err := rdb.Ping(ctx).Err(); err != nil {
		return nil, err
	}
	return rdb, nil
}
