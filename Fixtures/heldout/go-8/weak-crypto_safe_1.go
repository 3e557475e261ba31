package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"

	"golang.org/x/crypto/pbkdf2"
)

type Locker struct {
	aead cipher.AEAD
}

func NewLocker(passphrase string, salt []byte) (*Locker, error) {
	key := pbkdf2.Key([]byte(passphrase), salt, 210000, 32, sha256.New)
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Locker{aead: aead}, nil
}

func (l *Locker) Seal(plain []byte) ([]byte, error) {
	nonce := make([]byte, l.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return l.aead.Seal(nonce, nonce, plain, nil), nil
}
