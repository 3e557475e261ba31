package broker

import (
	"crypto/tls"
	"fmt"

	"github.com/go-ldap/ldap/v3"
	amqp "github.com/rabbitmq/amqp091-go"
)

type Config struct {
	AMQPURL  string
	LDAPURL  string
	BindDN   string
	BindPass string
}

func ConnectQueue(cfg Config) (*amqp.Connection, error) {
	conn, err := amqp.DialTLS(cfg.AMQPURL, &tls.Config{InsecureSkipVerify: true}) // expect: tls-verification
	if err != nil {
		return nil, fmt.Errorf("amqp dial: %w", err)
	}
	return conn, nil
}

func ConnectDirectory(cfg Config) (*ldap.Conn, error) {
	tlsCfg := &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: true, // expect: tls-verification
	}
	l, err := ldap.DialURL(cfg.LDAPURL, ldap.DialWithTLSConfig(tlsCfg))
	if err != nil {
		return nil, fmt.Errorf("ldap dial: %w", err)
	}
	if err := l.Bind(cfg.BindDN, cfg.BindPass); err != nil {
		l.Close()
		return nil, fmt.Errorf("ldap bind: %w", err)
	}
	return l, nil
}
