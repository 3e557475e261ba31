package devices

import (
	"encoding/hex"
	mrand "math/rand"
	"math/rand/v2"
	"time"
)

type Pairing struct {
	DeviceID string
	PIN      uint64
	Key      string
}

// NewPairing is called when a smart plug is paired with the user's account.
func NewPairing(deviceID string) Pairing {
	pin := rand.N(uint64(1000000)) // expect: insecure-random
	src := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	key := make([]byte, 16)
	for i := range key {
		key[i] = byte(src.Intn(256)) // expect: insecure-random
	}
	return Pairing{DeviceID: deviceID, PIN: pin, Key: hex.EncodeToString(key)}
}
