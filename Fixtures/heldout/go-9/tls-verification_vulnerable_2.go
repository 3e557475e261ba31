package store

import (
	"context"
	"crypto/tls"
	"os"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Config struct {
	URI        string
	SelfSigned bool
}

func FromEnv() Config {
	return Config{URI: os.Getenv("MONGO_URI"), SelfSigned: os.Getenv("MONGO_SELF_SIGNED") == "1"}
}

func tlsFor(cfg Config) *tls.Config {
	t := &tls.Config{MinVersion: tls.VersionTLS12}
	if cfg.SelfSigned {
		t.InsecureSkipVerify = true // expect: tls-verification
	}
	return t
}

func Connect(ctx context.Context, cfg Config) (*mongo.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	opts := options.Client().ApplyURI(cfg.URI).SetTLSConfig(tlsFor(cfg))
	client, err := mongo.Connect(ctx, opts)
	if err != nil {
		return nil, err
	}
	if err := client.Ping(ctx, nil); err != nil {
		return nil, err
	}
	return client, nil
}
