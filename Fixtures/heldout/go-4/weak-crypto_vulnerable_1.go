package downloads

import (
	"crypto/md5"
	"crypto/sha1"
	"database/sql"
	"encoding/hex"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/gorilla/mux"
)

var linkSecret = os.Getenv("LINK_SECRET")

// signLink makes the token that lets a customer fetch an invoice without logging in.
func signLink(invoiceID string, expires int64) string {
	sum := md5.Sum([]byte(linkSecret + invoiceID + strconv.FormatInt(expires, 10))) // expect: weak-crypto
	return hex.EncodeToString(sum[:])
}

// hashPIN stores the 6-digit portal PIN.
func hashPIN(salt, pin string) string {
	h := sha1.New() // expect: weak-crypto
	h.Write([]byte(salt))
	h.Write([]byte(pin))
	return hex.EncodeToString(h.Sum(nil))
}

type Portal struct {
	DB *sql.DB
}

func (p *Portal) SetPIN(w http.ResponseWriter, r *http.Request) {
	customer := mux.Vars(r)["customer"]
	salt := strconv.FormatInt(time.Now().UnixNano(), 36)
	if _, err := p.DB.ExecContext(r.Context(),
		"UPDATE customers SET pin_salt = $1, pin_hash = $2 WHERE id = $3",
		salt, hashPIN(salt, r.FormValue("pin")), customer); err != nil {
		http.Error(w, "could not save", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (p *Portal) Link(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["invoice"]
	exp := time.Now().Add(72 * time.Hour).Unix()
	w.Header().Set("Content-Type", "text/plain")
	w.Write([]byte("/invoices/" + id + "?exp=" + strconv.FormatInt(exp, 10) + "&sig=" + signLink(id, exp)))
}
