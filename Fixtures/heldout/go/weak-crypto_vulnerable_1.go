// Package auth handles account registration and login.
package auth

import (
	"context"
	"crypto/md5"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
)

var ErrInvalidCredentials = errors.New("invalid credentials")

type Service struct {
	DB *sql.DB
}

// hashPassword salts the password with the username so identical passwords
// don't produce identical hashes.
func hashPassword(username, password string) string {
	sum := md5.Sum([]byte(username + ":" + password)) // expect: weak-crypto
	return hex.EncodeToString(sum[:])
}

func (s *Service) Register(ctx context.Context, username, password string) error {
	if len(password) < 8 {
		return errors.New("password too short")
	}
	_, err := s.DB.ExecContext(ctx,
		"INSERT INTO accounts (username, password_hash) VALUES ($1, $2)",
		username, hashPassword(username, password))
	if err != nil {
		return fmt.Errorf("register: %w", err)
	}
	return nil
}

func (s *Service) Login(ctx context.Context, username, password string) error {
	var stored string
	err := s.DB.QueryRowContext(ctx,
		"SELECT password_hash FROM accounts WHERE username = $1", username).Scan(&stored)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrInvalidCredentials
	}
	if err != nil {
		return fmt.Errorf("login: %w", err)
	}
	if subtle.ConstantTimeCompare([]byte(stored), []byte(hashPassword(username, password))) != 1 {
		return ErrInvalidCredentials
	}
	return nil
}
