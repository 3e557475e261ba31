package accounts

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"sort"

	"golang.org/x/crypto/bcrypt"
)

func HashPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), 12)
	if err != nil {
		return "", err
	}
	return string(h), nil
}

func SignParams(params map[string]string, secret []byte) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	mac := hmac.New(sha256.New, secret)
	for _, k := range keys {
		mac.Write([]byte(k + "=" + params[k] + "&"))
	}
	return hex.EncodeToString(mac.Sum(nil))
}
