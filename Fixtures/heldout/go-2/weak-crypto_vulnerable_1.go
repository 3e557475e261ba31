package accounts

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
)

type User struct {
	Name         string
	Salt         string
	PasswordHash string
}

func HashPassword(salt, password string) string {
	sum := md5.Sum([]byte(salt + password)) // expect: weak-crypto
	return hex.EncodeToString(sum[:])
}

func CheckPassword(u User, password string) bool {
	return subtle.ConstantTimeCompare([]byte(HashPassword(u.Salt, password)), []byte(u.PasswordHash)) == 1
}

// VerifyWebhook checks the X-Signature header sent by the payment provider.
func VerifyWebhook(secret []byte, r *http.Request, body []byte) bool {
	mac := hmac.New(sha1.New, secret) // expect: weak-crypto
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature")))
}
