// Package auth handles account registration and login.
package auth

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/crypto/bcrypt"
)

var ErrInvalidCredentials = errors.New("invalid credentials")

type Service struct {
	DB *sql.DB
}

func (s *Service) Register(ctx context.Context, username, password string) error {
	if len(password) < 8 {
		return errors.New("password too short")
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return fmt.Errorf("hash password: %w", err)
	}
	if _, err := s.DB.ExecContext(ctx,
		"INSERT INTO accounts (username, password_hash) VALUES ($1, $2)",
		username, string(hash)); err != nil {
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
	if err := bcrypt.CompareHashAndPassword([]byte(stored), []byte(password)); err != nil {
		return ErrInvalidCredentials
	}
	return nil
}

// VerifyDownload checks an avatar pack against its published SHA-256 digest
// before it is unpacked.
func VerifyDownload(path, wantHex string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()

	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != wantHex {
		return fmt.Errorf("checksum mismatch for %s", path)
	}
	return nil
}
