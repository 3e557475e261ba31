package downloads

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"os"
	"strconv"

	"golang.org/x/crypto/argon2"
)

var linkSecret = []byte(os.Getenv("LINK_SECRET"))

func SignLink(invoiceID string, expires int64) string {
	mac := hmac.New(sha256.New, linkSecret)
	mac.Write([]byte(invoiceID + "|" + strconv.FormatInt(expires, 10)))
	return hex.EncodeToString(mac.Sum(nil))
}

func VerifyLink(invoiceID string, expires int64, sig string) bool {
	want, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, linkSecret)
	mac.Write([]byte(invoiceID + "|" + strconv.FormatInt(expires, 10)))
	return hmac.Equal(mac.Sum(nil), want)
}

// HashPIN derives the stored verifier for a portal PIN.
func HashPIN(salt []byte, pin string) []byte {
	return argon2.IDKey([]byte(pin), salt, 3, 64*1024, 2, 32)
}

// Shard spreads invoices over storage buckets; not a security boundary.
func Shard(invoiceID string, buckets uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(invoiceID))
	return h.Sum32() % buckets
}
