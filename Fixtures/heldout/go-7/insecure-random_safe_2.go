package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	"math/big"
	mrand "math/rand"
	"time"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
)

var tips = []string{"Pin your favourite boards", "Try the dark theme", "Invite your team"}

func main() {
	app := pocketbase.New()

	app.OnRecordCreateRequest("login_requests").BindFunc(func(e *core.RecordRequestEvent) error {
		n, err := rand.Int(rand.Reader, big.NewInt(1000000))
		if err != nil {
			return err
		}
		buf := make([]byte, 16)
		if _, err := rand.Read(buf); err != nil {
			return err
		}
		e.Record.Set("otp", fmt.Sprintf("%06d", n.Int64()))
		e.Record.Set("device_token", hex.EncodeToString(buf))
		e.Record.Set("expires", time.Now().Add(5*time.Minute))
		return e.Next()
	})

	// The welcome banner shows a random tip; nothing secret depends on it.
	app.OnRecordViewRequest("profiles").BindFunc(func(e *core.RecordRequestEvent) error {
		e.Record.Set("tip", tips[mrand.Intn(len(tips))])
		return e.Next()
	})

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}
