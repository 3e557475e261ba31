package signup

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"time"
)

type Invite struct {
	Secret string
	Code   string
}

// NewInvite makes the secret of an invitation link and the code read out over the phone.
func NewInvite() Invite {
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	secret := make([]byte, 20)
	rng.Read(secret) // expect: insecure-random
	code := fmt.Sprintf("%06d", rng.Intn(1000000)) // expect: insecure-random
	return Invite{Secret: hex.EncodeToString(secret), Code: code}
}
