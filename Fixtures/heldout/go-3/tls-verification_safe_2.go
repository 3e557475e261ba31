package main

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"net/smtp"
)

const pinnedSPKI = "5f1e8a6c0b2d4e7f9a1c3b5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f"

func pinnedMailer(host string) (*smtp.Client, error) {
	c, err := smtp.Dial(host + ":587")
	if err != nil {
		return nil, err
	}
	cfg := &tls.Config{
		ServerName: host,
		MinVersion: tls.VersionTLS12,
		VerifyPeerCertificate: func(_ [][]byte, chains [][]*x509.Certificate) error {
			for _, chain := range chains {
				sum := sha256.Sum256(chain[0].RawSubjectPublicKeyInfo)
				if hex.EncodeToString(sum[:]) == pinnedSPKI {
					return nil
				}
			}
			return errors.New("mail server key not pinned")
		},
	}
	if err := c.StartTLS(cfg); err != nil {
		return nil, err
	}
	return c, nil
}
