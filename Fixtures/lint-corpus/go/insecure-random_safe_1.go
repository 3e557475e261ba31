package game

import (
	"crypto/rand"
	"encoding/hex"
	mrand "math/rand"
	"time"
)

func Shuffle(deck []int) {
	mrand.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
}

func RollDice() int {
	return mrand.Intn(6) + 1
}

func Backoff(attempt int) time.Duration {
	jitter := time.Duration(mrand.Int63n(int64(time.Second)))
	return time.Duration(attempt)*time.Second + jitter
}

func NewSessionToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}
