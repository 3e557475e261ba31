package vault

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"
	"errors"
)

// SealLegacy encrypts a note for the v1 mobile app (8-byte key, CBC).
func SealLegacy(key, iv, plain []byte) ([]byte, error) {
	block, err := des.NewCipher(key) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	if len(plain)%block.BlockSize() != 0 {
		return nil, errors.New("plaintext is not a multiple of the block size")
	}
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plain)
	return out, nil
}

// ObfuscateToken scrambles API tokens stored in the local cache.
func ObfuscateToken(key, token []byte) ([]byte, error) {
	c, err := rc4.NewCipher(key) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(token))
	c.XORKeyStream(out, token)
	return out, nil
}
