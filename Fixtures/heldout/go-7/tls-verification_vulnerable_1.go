package telemetry

import (
	"crypto/tls"
	"fmt"
	"time"

	"github.com/IBM/sarama"
	mqtt "github.com/eclipse/paho.mqtt.golang"
)

type BridgeConfig struct {
	Brokers    []string
	MQTTBroker string
	ClientID   string
}

// NewProducer publishes sensor readings to Kafka over TLS.
func NewProducer(cfg BridgeConfig) (sarama.SyncProducer, error) {
	sc := sarama.NewConfig()
	sc.Producer.Return.Successes = true
	sc.Net.TLS.Enable = true
	sc.Net.TLS.Config = &tls.Config{InsecureSkipVerify: true} // expect: tls-verification
	p, err := sarama.NewSyncProducer(cfg.Brokers, sc)
	if err != nil {
		return nil, fmt.Errorf("kafka producer: %w", err)
	}
	return p, nil
}

// NewSubscriber reads readings from the plant's MQTT broker.
func NewSubscriber(cfg BridgeConfig) (mqtt.Client, error) {
	opts := mqtt.NewClientOptions().
		AddBroker(cfg.MQTTBroker).
		SetClientID(cfg.ClientID).
		SetConnectTimeout(10 * time.Second)
	opts.SetTLSConfig(&tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: true, // expect: tls-verification
	})
	c := mqtt.NewClient(opts)
	if tok := c.Connect(); tok.Wait() && tok.Error() != nil {
		return nil, fmt.Errorf("mqtt connect: %w", tok.Error())
	}
	return c, nil
}
