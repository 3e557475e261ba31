package models

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"time"

	"github.com/gobuffalo/pop/v6"
)

// User is the pop model behind the members area.
type User struct {
	ID            int       `db:"id"`
	Email         string    `db:"email"`
	PasswordHash  string    `db:"password_hash"`
	RememberToken string    `db:"remember_token"`
	CreatedAt     time.Time `db:"created_at"`
	UpdatedAt     time.Time `db:"updated_at"`
	Password      string    `db:"-"`
}

func hashPassword(email, password string) string {
	h := md5.New() // expect: weak-crypto
	h.Write([]byte(email + ":" + password))
	return hex.EncodeToString(h.Sum(nil))
}

// BeforeCreate is called by pop before the INSERT.
func (u *User) BeforeCreate(tx *pop.Connection) error {
	u.PasswordHash = hashPassword(u.Email, u.Password)
	return nil
}

// Remember stores a digest of the cookie token sent to the browser.
func (u *User) Remember(tx *pop.Connection, token string) error {
	sum := sha1.Sum([]byte(token)) // expect: weak-crypto
	u.RememberToken = hex.EncodeToString(sum[:])
	return tx.Update(u)
}
