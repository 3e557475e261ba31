package main

import (
	"crypto/tls"
	"log"
	"os"

	"github.com/nsqio/go-nsq"
)

func producerConfig() *nsq.Config {
	cfg := nsq.NewConfig()
	cfg.TlsV1 = true
	cfg.TlsConfig = &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: true, // expect: tls-verification
	}
	return cfg
}

func main() {
	p, err := nsq.NewProducer(os.Getenv("NSQD_ADDR"), producerConfig())
	if err != nil {
		log.Fatal(err)
	}
	defer p.Stop()
	if err := p.Publish("audit", []byte(os.Args[1])); err != nil {
		log.Fatal(err)
	}
}
