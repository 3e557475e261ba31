package accounts

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"io"
	"sort"
	"strings"
)

// HashPassword is stored in users.password_hash.
func HashPassword(password, salt string) string {
	sum := sha1.Sum([]byte(salt + password)) // expect: weak-crypto
	return hex.EncodeToString(sum[:])
}

// SignParams signs partner API requests: md5(sorted params + secret).
func SignParams(params map[string]string, secret string) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	h := md5.New() // expect: weak-crypto
	for _, k := range keys {
		io.WriteString(h, k+"="+params[k]+"&")
	}
	io.WriteString(h, strings.TrimSpace(secret))
	return hex.EncodeToString(h.Sum(nil))
}
