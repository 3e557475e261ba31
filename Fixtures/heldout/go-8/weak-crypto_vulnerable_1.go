package vault

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/sha1"
	"errors"
)

type Locker struct {
	block cipher.Block
}

func NewLocker(passphrase string) (*Locker, error) {
	sum := sha1.Sum([]byte(passphrase)) // expect: weak-crypto
	key := sum[:8]
	block, err := des.NewCipher(key) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	return &Locker{block: block}, nil
}

func (l *Locker) Seal(iv, plain []byte) ([]byte, error) {
	if len(plain)%l.block.BlockSize() != 0 {
		return nil, errors.New("plaintext not padded")
	}
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(l.block, iv).CryptBlocks(out, plain)
	return out, nil
}
