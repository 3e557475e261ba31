package auth

import (
	"encoding/hex"
	"math/rand"
	"strconv"
)

// OTP returns the six-digit code texted to the user at login.
func OTP() string {
	code := ""
	for i := 0; i < 6; i++ {
		code += strconv.Itoa(rand.Intn(10)) // expect: insecure-random
	}
	return code
}

// SessionID returns a new cookie value for the admin console.
func SessionID() string {
	b := make([]byte, 16)
	rand.Read(b) // expect: insecure-random
	return hex.EncodeToString(b)
}
