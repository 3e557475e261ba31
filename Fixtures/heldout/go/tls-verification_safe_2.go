// Package mailer sends transactional email through the corporate relay.
package mailer

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/smtp"
	"strings"
)

type Config struct {
	Host       string
	Port       int
	ServerName string // name on the relay certificate, if it differs from Host
	Username   string
	Password   string
	From       string
}

type Mailer struct {
	cfg Config
}

func New(cfg Config) *Mailer {
	return &Mailer{cfg: cfg}
}

// tlsConfig verifies the relay certificate against the system roots. When we
// dial by IP we set ServerName to the certificate's DNS name rather than
// reaching for InsecureSkipVerify.
func (m *Mailer) tlsConfig() *tls.Config {
	name := m.cfg.ServerName
	if name == "" {
		name = m.cfg.Host
	}
	return &tls.Config{
		ServerName:         name,
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: false,
	}
}

// Send delivers a plain-text message using STARTTLS on the submission port.
func (m *Mailer) Send(to []string, subject, body string) error {
	addr := net.JoinHostPort(m.cfg.Host, fmt.Sprint(m.cfg.Port))
	c, err := smtp.Dial(addr)
	if err != nil {
		return fmt.Errorf("dial relay: %w", err)
	}
	defer c.Close()

	if err := c.StartTLS(m.tlsConfig()); err != nil {
		return fmt.Errorf("starttls: %w", err)
	}
	auth := smtp.PlainAuth("", m.cfg.Username, m.cfg.Password, m.cfg.Host)
	if err := c.Auth(auth); err != nil {
		return fmt.Errorf("auth: %w", err)
	}
	if err := c.Mail(m.cfg.From); err != nil {
		return fmt.Errorf("mail from: %w", err)
	}
	for _, rcpt := range to {
		if err := c.Rcpt(rcpt); err != nil {
			return fmt.Errorf("rcpt %s: %w", rcpt, err)
		}
	}
	wc, err := c.Data()
	if err != nil {
		return fmt.Errorf("data: %w", err)
	}
	msg := "From: " + m.cfg.From + "\r\nTo: " + strings.Join(to, ", ") + "\r\nSubject: " + subject + "\r\n\r\n" + body
	if _, err := wc.Write([]byte(msg)); err != nil {
		wc.Close()
		return fmt.Errorf("write body: %w", err)
	}
	if err := wc.Close(); err != nil {
		return fmt.Errorf("close body: %w", err)
	}
	return c.Quit()
}
