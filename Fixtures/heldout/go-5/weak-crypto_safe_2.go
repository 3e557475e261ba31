package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"hash/crc32"
)

// CardVault stores card numbers for the loyalty terminal sync.
type CardVault struct {
	key []byte // 32 bytes from the KMS
}

func (v *CardVault) Seal(pan string) (string, error) {
	block, err := aes.NewCipher(v.key)
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(gcm.Seal(nonce, nonce, []byte(pan), nil)), nil
}

// KeyFingerprint is what the terminal sends to prove it holds the API key.
func KeyFingerprint(apiKey string) (string, error) {
	if apiKey == "" {
		return "", errors.New("empty key")
	}
	sum := sha256.Sum256([]byte(apiKey))
	return base64.StdEncoding.EncodeToString(sum[:]), nil
}

// Shard picks one of the vault's storage shards; not a security boundary.
func Shard(terminalID string, shards uint32) uint32 {
	return crc32.ChecksumIEEE([]byte(terminalID)) % shards
}
