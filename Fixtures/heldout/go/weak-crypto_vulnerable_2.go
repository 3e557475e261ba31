// Package licensing issues and verifies signed license files.
package licensing

import (
	"bytes"
	"crypto/cipher"
	"crypto/des"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

type License struct {
	Customer string    `json:"customer"`
	Seats    int       `json:"seats"`
	Expires  time.Time `json:"expires"`
}

type Signed struct {
	Payload   []byte `json:"payload"`
	Signature string `json:"signature"`
}

// sign computes SHA1(secret || payload).
func sign(secret, payload []byte) string {
	h := sha1.New() // expect: weak-crypto
	h.Write(secret)
	h.Write(payload)
	return base64.StdEncoding.EncodeToString(h.Sum(nil))
}

func Issue(secret []byte, l License) ([]byte, error) {
	payload, err := json.Marshal(l)
	if err != nil {
		return nil, err
	}
	return json.Marshal(Signed{Payload: payload, Signature: sign(secret, payload)})
}

func Verify(secret, blob []byte) (*License, error) {
	var s Signed
	if err := json.Unmarshal(blob, &s); err != nil {
		return nil, fmt.Errorf("decode license: %w", err)
	}
	if subtle.ConstantTimeCompare([]byte(sign(secret, s.Payload)), []byte(s.Signature)) != 1 {
		return nil, errors.New("bad license signature")
	}
	var l License
	if err := json.Unmarshal(s.Payload, &l); err != nil {
		return nil, fmt.Errorf("decode payload: %w", err)
	}
	if time.Now().After(l.Expires) {
		return nil, errors.New("license expired")
	}
	return &l, nil
}

// EncryptCustomerKey protects the customer's activation key at rest.
func EncryptCustomerKey(key8 []byte, iv []byte, plaintext []byte) ([]byte, error) {
	block, err := des.NewCipher(key8) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	if len(iv) != block.BlockSize() {
		return nil, errors.New("bad iv length")
	}
	pad := block.BlockSize() - len(plaintext)%block.BlockSize()
	padded := append(append([]byte(nil), plaintext...), bytes.Repeat([]byte{byte(pad)}, pad)...)
	out := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)
	return out, nil
}
