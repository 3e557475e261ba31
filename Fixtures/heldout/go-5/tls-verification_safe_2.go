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

func temporalTLS(serverName string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(os.Getenv("TEMPORAL_CLIENT_CERT"), os.Getenv("TEMPORAL_CLIENT_KEY"))
	if err != nil {
		return nil, err
	}
	// Setting TEMPORAL_TLS_SKIP_VERIFY used to turn verification off; it is now refused.
	if os.Getenv("TEMPORAL_TLS_SKIP_VERIFY") != "" {
		log.Println("TEMPORAL_TLS_SKIP_VERIFY is ignored; certificates are always verified")
	}
	return &tls.Config{
		MinVersion:   tls.VersionTLS12,
		ServerName:   serverName,
		Certificates: []tls.Certificate{cert},
	}, nil
}

func DialTemporal(hostPort, serverName, namespace string) (client.Client, error) {
	cfg, err := temporalTLS(serverName)
	if err != nil {
		return nil, err
	}
	return client.Dial(client.Options{
		HostPort:  hostPort,
		Namespace: namespace,
		ConnectionOptions: client.ConnectionOptions{
			TLS: cfg,
		},
	})
}

func NewSearch(addrs []string, user, pass string, caCert []byte) (*elasticsearch.Client, error) {
	transport := &http.Transport{
		MaxIdleConnsPerHost:   16,
		ResponseHeaderTimeout: 5 * time.Second,
		TLSClientConfig:       &tls.Config{MinVersion: tls.VersionTLS12},
	}
	return elasticsearch.NewClient(elasticsearch.Config{
		Addresses: addrs,
		Username:  user,
		Password:  pass,
		CACert:    caCert,
		Transport: transport,
	})
}
