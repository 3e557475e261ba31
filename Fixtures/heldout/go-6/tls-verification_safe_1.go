package broker

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"

	"github.com/go-ldap/ldap/v3"
	amqp "github.com/rabbitmq/amqp091-go"
)

type Config struct {
	AMQPURL  string
	LDAPURL  string
	CAFile   string
	BindDN   string
	BindPass string
}

func tlsConfig(cfg Config, serverName string) (*tls.Config, error) {
	pem, err := os.ReadFile(cfg.CAFile)
	if err != nil {
		return nil, fmt.Errorf("read ca: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("no certificates in CA file")
	}
	return &tls.Config{RootCAs: pool, ServerName: serverName, MinVersion: tls.VersionTLS12, InsecureSkipVerify: false}, nil
}

func ConnectQueue(cfg Config) (*amqp.Connection, error) {
	tc, err := tlsConfig(cfg, "mq.internal")
	if err != nil {
		return nil, err
	}
	return amqp.DialTLS(cfg.AMQPURL, tc)
}

func ConnectDirectory(cfg Config) (*ldap.Conn, error) {
	tc, err := tlsConfig(cfg, "ldap.internal")
	if err != nil {
		return nil, err
	}
	l, err := ldap.DialURL(cfg.LDAPURL, ldap.DialWithTLSConfig(tc))
	if err != nil {
		return nil, fmt.Errorf("ldap dial: %w", err)
	}
	if err := l.Bind(cfg.BindDN, cfg.BindPass); err != nil {
		l.Close()
		return nil, fmt.Errorf("ldap bind: %w", err)
	}
	return l, nil
}
