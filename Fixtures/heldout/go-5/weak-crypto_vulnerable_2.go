package vault

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"encoding/base64"
	"errors"
)

// CardVault stores card numbers for the loyalty terminal sync.
type CardVault struct {
	key []byte // 24 bytes from the terminal config
	iv  []byte
}

func pad(b []byte, size int) []byte {
	n := size - len(b)%size
	for i := 0; i < n; i++ {
		b = append(b, byte(n))
	}
	return b
}

func (v *CardVault) Seal(pan string) (string, error) {
	block, err := des.NewTripleDESCipher(v.key) // expect: weak-crypto
	if err != nil {
		return "", err
	}
	data := pad([]byte(pan), block.BlockSize())
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(block, v.iv).CryptBlocks(out, data)
	return base64.StdEncoding.EncodeToString(out), nil
}

// KeyFingerprint is what the terminal sends to prove it holds the API key.
func KeyFingerprint(apiKey string) (string, error) {
	if apiKey == "" {
		return "", errors.New("empty key")
	}
	sum := md5.Sum([]byte(apiKey)) // expect: weak-crypto
	return base64.StdEncoding.EncodeToString(sum[:]), nil
}
