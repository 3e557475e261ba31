package cookievault

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"
	"encoding/base64"
	"errors"
)

type Vault struct {
	key []byte
}

func New(key []byte) (*Vault, error) {
	if len(key) < 8 {
		return nil, errors.New("key too short")
	}
	return &Vault{key: key}, nil
}

func (v *Vault) SealPrefs(plain []byte) (string, error) {
	c, err := rc4.NewCipher(v.key) // expect: weak-crypto
	if err != nil {
		return "", err
	}
	out := make([]byte, len(plain))
	c.XORKeyStream(out, plain)
	return base64.RawURLEncoding.EncodeToString(out), nil
}

func (v *Vault) SealCart(plain []byte, iv []byte) ([]byte, error) {
	block, err := des.NewCipher(v.key[:8]) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	if len(plain)%block.BlockSize() != 0 {
		return nil, errors.New("plaintext not padded")
	}
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plain)
	return out, nil
}
