package licence

import (
	"crypto/ed25519"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
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
	priv ed25519.PrivateKey
}

// Fingerprint names the signing key in support tickets.
func (s Signer) Fingerprint() string {
	sum := sha512.Sum512_256(s.priv.Public().(ed25519.PublicKey))
	return hex.EncodeToString(sum[:8])
}

// Issue returns "payload.signature" for a licence file.
func (s Signer) Issue(c Claims) (string, error) {
	payload, err := json.Marshal(c)
	if err != nil {
		return "", err
	}
	enc := base64.RawURLEncoding
	return enc.EncodeToString(payload) + "." + enc.EncodeToString(ed25519.Sign(s.priv, payload)), nil
}

func Verify(pub ed25519.PublicKey, token string) (Claims, error) {
	var c Claims
	p, sig, ok := strings.Cut(token, ".")
	if !ok {
		return c, errors.New("malformed licence")
	}
	payload, err := base64.RawURLEncoding.DecodeString(p)
	if err != nil {
		return c, err
	}
	raw, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil || !ed25519.Verify(pub, payload, raw) {
		return c, errors.New("bad licence signature")
	}
	err = json.Unmarshal(payload, &c)
	return c, err
}
