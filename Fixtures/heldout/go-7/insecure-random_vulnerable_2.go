package main

import (
	"encoding/hex"
	"fmt"
	"log"
	mrand "math/rand"
	"time"

	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
)

func main() {
	app := pocketbase.New()
	gen := mrand.New(mrand.NewSource(time.Now().UnixNano()))

	// When a member asks for a phone login, store a one-time code and a device token on the record.
	app.OnRecordCreateRequest("login_requests").BindFunc(func(e *core.RecordRequestEvent) error {
		otp := fmt.Sprintf("%06d", gen.Intn(1000000)) // expect: insecure-random
		buf := make([]byte, 16)
		if _, err := gen.Read(buf); err != nil { // expect: insecure-random
			return err
		}
		e.Record.Set("otp", otp)
		e.Record.Set("device_token", hex.EncodeToString(buf))
		e.Record.Set("expires", time.Now().Add(5*time.Minute))
		return e.Next()
	})

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}
