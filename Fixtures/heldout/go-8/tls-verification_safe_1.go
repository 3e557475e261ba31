package main

import (
	"crypto/tls"
	"crypto/x509"
	"log"
	"os"

	"github.com/nsqio/go-nsq"
)

func producerConfig(caFile string) (*nsq.Config, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	cfg := nsq.NewConfig()
	cfg.TlsV1 = true
	cfg.TlsConfig = &tls.Config{
		MinVersion:         tls.VersionTLS12,
		RootCAs:            pool,
		InsecureSkipVerify: false,
	}
	return cfg, nil
}

func main() {
	cfg, err := producerConfig("/etc/nsq/ca.pem")
	if err != nil {
		log.Fatal(err)
	}
	p, err := nsq.NewProducer(os.Getenv("NSQD_ADDR"), cfg)
	if err != nil {
		log.Fatal(err)
	}
	defer p.Stop()
	if err := p.Publish("audit", []byte(os.Args[1])); err != nil {
		log.Fatal(err)
	}
}
