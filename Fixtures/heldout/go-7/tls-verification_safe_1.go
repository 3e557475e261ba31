package telemetry

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/IBM/sarama"
	mqtt "github.com/eclipse/paho.mqtt.golang"
)

type BridgeConfig struct {
	Brokers    []string
	MQTTBroker string
	ClientID   string
	CAFile     string
}

func plantTLS(caFile string) (*tls.Config, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("no certificates in CA file")
	}
	return &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12, InsecureSkipVerify: false}, nil
}

// NewProducer publishes sensor readings to Kafka over TLS.
func NewProducer(cfg BridgeConfig) (sarama.SyncProducer, error) {
	tc, err := plantTLS(cfg.CAFile)
	if err != nil {
		return nil, err
	}
	sc := sarama.NewConfig()
	sc.Producer.Return.Successes = true
	sc.Net.TLS.Enable = true
	sc.Net.TLS.Config = tc
	p, err := sarama.NewSyncProducer(cfg.Brokers, sc)
	if err != nil {
		return nil, fmt.Errorf("kafka producer: %w", err)
	}
	return p, nil
}

// NewSubscriber reads readings from the plant's MQTT broker.
func NewSubscriber(cfg BridgeConfig) (mqtt.Client, error) {
	tc, err := plantTLS(cfg.CAFile)
	if err != nil {
		return nil, err
	}
	opts := mqtt.NewClientOptions().
		AddBroker(cfg.MQTTBroker).
		SetClientID(cfg.ClientID).
		SetConnectTimeout(10 * time.Second)
	opts.SetTLSConfig(tc)
	c := mqtt.NewClient(opts)
	if tok := c.Connect(); tok.Wait() && tok.Error() != nil {
		return nil, fmt.Errorf("mqtt connect: %w", tok.Error())
	}
	return c, nil
}
