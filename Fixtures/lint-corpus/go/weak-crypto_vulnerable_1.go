package users

import (
	"crypto/des"
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
)

func HashPassword(password, salt string) string {
	sum := md5.Sum([]byte(salt + password)) // expect: weak-crypto
	return hex.EncodeToString(sum[:])
}

func SignPayload(payload []byte) string {
	h := sha1.New() // expect: weak-crypto
	h.Write(payload)
	return hex.EncodeToString(h.Sum(nil))
}

func EncryptCard(key, block []byte) ([]byte, error) {
	c, err := des.NewCipher(key) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(block))
	c.Encrypt(out, block)
	return out, nil
}
