package otp

import (
	"encoding/base64"
	"math/rand"
	"strconv"
	"time"
)

var rng = rand.New(rand.NewSource(time.Now().UnixNano()))

func GenerateOTP() string {
	otp := rng.Intn(900000) + 100000 // expect: insecure-random
	return strconv.Itoa(otp)
}

func NewAPIKey() string {
	key := make([]byte, 32)
	rand.Read(key) // expect: insecure-random
	return base64.URLEncoding.EncodeToString(key)
}

func VerificationCode() int {
	return 1000 + rand.Intn(9000) // expect: insecure-random
}
