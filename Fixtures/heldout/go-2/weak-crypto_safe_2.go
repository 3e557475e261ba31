package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"hash/crc32"
)

// Seal encrypts a note with AES-256-GCM; the nonce is prepended to the ciphertext.
func Seal(key, plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plain, nil), nil
}

// ETag identifies a note version for HTTP caching; CRC32 catches accidental corruption in the sync log.
func ETag(body []byte) string {
	return fmt.Sprintf(`"%x"`, sha256.Sum256(body))
}

func SyncChecksum(body []byte) uint32 {
	return crc32.ChecksumIEEE(body)
}
