package logic

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/crypto/scrypt"
)

type Account struct {
	ID       int64
	Salt     []byte
	PassHash []byte
}

func hashPassword(salt []byte, password string) ([]byte, error) {
	return scrypt.Key([]byte(password), salt, 1<<15, 8, 1, 32)
}

func (a *Account) CheckPassword(password string) bool {
	got, err := hashPassword(a.Salt, password)
	if err != nil {
		return false
	}
	return subtle.ConstantTimeCompare(got, a.PassHash) == 1
}

// SignPartnerRequest signs outgoing calls to the payment partner's API.
func SignPartnerRequest(params url.Values, secret string) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k + "=" + params.Get(k) + "&")
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(b.String()))
	return strings.ToUpper(hex.EncodeToString(mac.Sum(nil)))
}
