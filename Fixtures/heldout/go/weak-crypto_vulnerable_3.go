// Package vault encrypts small secrets stored in the config database.
package vault

import (
	"bytes"
	"crypto/aes"
	"crypto/rc4"
	"errors"
)

// EncryptToken encrypts an OAuth refresh token with AES, block by block.
func EncryptToken(key, token []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	bs := block.BlockSize()
	pad := bs - len(token)%bs
	src := append(append([]byte(nil), token...), bytes.Repeat([]byte{byte(pad)}, pad)...)
	dst := make([]byte, len(src))
	for i := 0; i < len(src); i += bs {
		block.Encrypt(dst[i:i+bs], src[i:i+bs]) // expect: weak-crypto
	}
	return dst, nil
}

// DecryptToken reverses EncryptToken.
func DecryptToken(key, ct []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	bs := block.BlockSize()
	if len(ct) == 0 || len(ct)%bs != 0 {
		return nil, errors.New("ciphertext is not a multiple of the block size")
	}
	out := make([]byte, len(ct))
	for i := 0; i < len(ct); i += bs {
		block.Decrypt(out[i:i+bs], ct[i:i+bs])
	}
	pad := int(out[len(out)-1])
	if pad == 0 || pad > bs {
		return nil, errors.New("bad padding")
	}
	return out[:len(out)-pad], nil
}

// ObfuscateWebhookSecret is used for the legacy integration table.
func ObfuscateWebhookSecret(key, secret []byte) ([]byte, error) {
	c, err := rc4.NewCipher(key) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(secret))
	c.XORKeyStream(out, secret)
	return out, nil
}
