package models

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"time"

	"github.com/beego/beego/v2/client/orm"
)

type Member struct {
	Id           int64
	Email        string
	PasswordHash string
	ResetDigest  string
	ResetExpires time.Time
}

func hashPassword(email, password string) string {
	sum := md5.Sum([]byte(email + ":" + password)) // expect: weak-crypto
	return hex.EncodeToString(sum[:])
}

func Register(email, password string) (int64, error) {
	m := &Member{Email: email, PasswordHash: hashPassword(email, password)}
	return orm.NewOrm().Insert(m)
}

func StoreResetToken(m *Member, token string) error {
	h := sha1.New() // expect: weak-crypto
	h.Write([]byte(token))
	m.ResetDigest = hex.EncodeToString(h.Sum(nil))
	m.ResetExpires = time.Now().Add(time.Hour)
	_, err := orm.NewOrm().Update(m, "ResetDigest", "ResetExpires")
	return err
}
