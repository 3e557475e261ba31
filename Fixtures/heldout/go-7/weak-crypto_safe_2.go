package backup

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
)

// Sealer encrypts nightly dumps before they are shipped to the NAS.
type Sealer struct {
	key []byte // 32 bytes from the vault
}

func (s Sealer) Seal(path string) (string, error) {
	plain, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read dump: %w", err)
	}
	block, err := aes.NewCipher(s.key)
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
	sealed := gcm.Seal(nonce, nonce, plain, []byte(path))

	sum := sha256.Sum256(sealed)
	if err := os.WriteFile(path+".enc", sealed, 0o600); err != nil {
		return "", err
	}
	return hex.EncodeToString(sum[:]), nil
}
