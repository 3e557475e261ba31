package vault

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/hmac"
	"crypto/md5"
	"encoding/base64"
)

type Sealer struct {
	key    []byte
	cookie []byte
}

func (s *Sealer) Encrypt(plain, iv []byte) ([]byte, error) {
	block, err := des.NewTripleDESCipher(s.key) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	padded := pad(plain, block.BlockSize())
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)
	return out, nil
}

func (s *Sealer) SignCookie(value string) string {
	mac := hmac.New(md5.New, s.cookie) // expect: weak-crypto
	mac.Write([]byte(value))
	return value + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

func pad(b []byte, size int) []byte {
	n := size - len(b)%size
	for i := 0; i < n; i++ {
		b = append(b, byte(n))
	}
	return b
}
