package vault

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"
	"encoding/base64"
	"errors"
)

// Secrets in the agent's YAML config are stored obfuscated with a per-host key.

func Obfuscate(key, plain []byte) (string, error) {
	c, err := rc4.NewCipher(key) // expect: weak-crypto
	if err != nil {
		return "", err
	}
	out := make([]byte, len(plain))
	c.XORKeyStream(out, plain)
	return base64.StdEncoding.EncodeToString(out), nil
}

// DecryptLegacy reads values written by the 1.x agent (DES-CBC, 8-byte key).
func DecryptLegacy(key, iv []byte, encoded string) ([]byte, error) {
	data, err := base64.StdEncoding.DecodeString(encoded)
	if err != nil {
		return nil, err
	}
	block, err := des.NewCipher(key) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	if len(data)%block.BlockSize() != 0 {
		return nil, errors.New("vault: ciphertext is not a whole number of blocks")
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
	pad := int(out[len(out)-1])
	if pad == 0 || pad > block.BlockSize() {
		return nil, errors.New("vault: bad padding")
	}
	return out[:len(out)-pad], nil
}
