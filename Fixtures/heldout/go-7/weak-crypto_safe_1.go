package models

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/gobuffalo/pop/v6"
	"golang.org/x/crypto/bcrypt"
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

// BeforeCreate is called by pop before the INSERT.
func (u *User) BeforeCreate(tx *pop.Connection) error {
	h, err := bcrypt.GenerateFromPassword([]byte(u.Password), 12)
	if err != nil {
		return err
	}
	u.PasswordHash = string(h)
	return nil
}

// Remember stores a digest of the random cookie token sent to the browser.
func (u *User) Remember(tx *pop.Connection, token string) error {
	sum := sha256.Sum256([]byte(token))
	u.RememberToken = hex.EncodeToString(sum[:])
	return tx.Update(u)
}
