package logic

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
)

type Account struct {
	ID       int64
	Salt     string
	PassHash string
}

func hashPassword(salt, password string) string {
	sum := sha1.Sum([]byte(salt + ":" + password)) // expect: weak-crypto
	return hex.EncodeToString(sum[:])
}

func (a *Account) CheckPassword(password string) bool {
	return hashPassword(a.Salt, password) == a.PassHash
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
	b.WriteString("key=" + secret)
	h := md5.New() // expect: weak-crypto
	h.Write([]byte(b.String()))
	return strings.ToUpper(hex.EncodeToString(h.Sum(nil)))
}
