package signup

import (
	crand "crypto/rand"
	"encoding/hex"
	"math/big"
	"math/rand"
	"time"
)

type Invite struct {
	Secret string
	Code   string
}

func NewInvite() (Invite, error) {
	secret := make([]byte, 20)
	if _, err := crand.Read(secret); err != nil {
		return Invite{}, err
	}
	n, err := crand.Int(crand.Reader, big.NewInt(1000000))
	if err != nil {
		return Invite{}, err
	}
	return Invite{Secret: hex.EncodeToString(secret), Code: n.String()}, nil
}

// Jitter spreads retries; nobody needs to guess it.
func Jitter() time.Duration {
	samples := make([]byte, 1)
	rand.Read(samples)
	return time.Duration(samples[0]) * time.Millisecond
}
