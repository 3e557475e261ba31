package licence

import (
	"crypto/hmac"
	"crypto/md5"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"time"
)

type Claims struct {
	Customer string    `json:"customer"`
	Seats    int       `json:"seats"`
	Expires  time.Time `json:"expires"`
}

type Signer struct {
	key []byte
}

func (s Signer) mac(payload []byte) []byte {
	h := hmac.New(md5.New, s.key) // expect: weak-crypto
	h.Write(payload)
	return h.Sum(nil)
}

// Issue returns "payload.signature" for a licence file.
func (s Signer) Issue(c Claims) (string, error) {
	payload, err := json.Marshal(c)
	if err != nil {
		return "", err
	}
	enc := base64.RawURLEncoding
	return enc.EncodeToString(payload) + "." + enc.EncodeToString(s.mac(payload)), nil
}

func (s Signer) Verify(token string) (Claims, error) {
	var c Claims
	p, sig, ok := strings.Cut(token, ".")
	if !ok {
		return c, errors.New("malformed licence")
	}
	payload, err := base64.RawURLEncoding.DecodeString(p)
	if err != nil {
		return c, err
	}
	want, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil || !hmac.Equal(want, s.mac(payload)) {
		return c, errors.New("bad licence signature")
	}
	err = json.Unmarshal(payload, &c)
	return c, err
}
