package events

import (
	"context"
	"crypto/tls"
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
}

func NewKafkaWriter(cfg Config) *kafka.Writer {
	dialer := &kafka.Dialer{
		Timeout:       10 * time.Second,
		DualStack:     true,
		SASLMechanism: plain.Mechanism{Username: cfg.User, Password: cfg.Password},
		TLS:           &tls.Config{InsecureSkipVerify: true}, // expect: tls-verification
	}
	return kafka.NewWriter(kafka.WriterConfig{
		Brokers:  cfg.Brokers,
		Topic:    "orders.events",
		Dialer:   dialer,
		Balancer: &kafka.Hash{},
	})
}

func NewDedupCache(ctx context.Context, cfg Config) (*redis.Client, error) {
	rdb := redis.NewClient(&redis.Options{
		Addr:     cfg.RedisAddr,
		Password: os.Getenv("REDIS_PASSWORD"),
		TLSConfig: &tls.Config{
			MinVersion:         tls.VersionTLS12,
			InsecureSkipVerify: true, // expect: tls-verification
		},
	})
	if err := rdb.Ping(ctx).Err(); err != nil {
		return nil, err
	}
	return rdb, nil
}
