package clients

import (
	"crypto/tls"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/elastic/go-elasticsearch/v8"
	"go.temporal.io/sdk/client"
)

func temporalTLS() *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if os.Getenv("TEMPORAL_TLS_SKIP_VERIFY") == "1" {
		log.Println("warning: not verifying the Temporal frontend certificate")
		cfg.InsecureSkipVerify = true // expect: tls-verification
	}
	return cfg
}

func DialTemporal(hostPort, namespace string) (client.Client, error) {
	return client.Dial(client.Options{
		HostPort:  hostPort,
		Namespace: namespace,
		ConnectionOptions: client.ConnectionOptions{
			TLS: temporalTLS(),
		},
	})
}

func NewSearch(addrs []string, user, pass string) (*elasticsearch.Client, error) {
	transport := &http.Transport{
		MaxIdleConnsPerHost:   16,
		ResponseHeaderTimeout: 5 * time.Second,
		TLSClientConfig:       &tls.Config{InsecureSkipVerify: true}, // expect: tls-verification
	}
	return elasticsearch.NewClient(elasticsearch.Config{
		Addresses: addrs,
		Username:  user,
		Password:  pass,
		Transport: transport,
	})
}
