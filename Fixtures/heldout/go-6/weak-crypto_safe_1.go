package models

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/beego/beego/v2/client/orm"
	"golang.org/x/crypto/bcrypt"
)

type Member struct {
	Id           int64
	Email        string
	PasswordHash string
	ResetDigest  string
	ResetExpires time.Time
}

func hashPassword(password string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(password), 12)
	return string(b), err
}

func Register(email, password string) (int64, error) {
	hash, err := hashPassword(password)
	if err != nil {
		return 0, err
	}
	m := &Member{Email: email, PasswordHash: hash}
	return orm.NewOrm().Insert(m)
}

func StoreResetToken(m *Member, token string) error {
	sum := sha256.Sum256([]byte(token))
	m.ResetDigest = hex.EncodeToString(sum[:])
	m.ResetExpires = time.Now().Add(time.Hour)
	_, err := orm.NewOrm().Update(m, "ResetDigest", "ResetExpires")
	return err
}
