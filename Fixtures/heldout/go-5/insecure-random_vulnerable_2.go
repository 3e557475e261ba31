package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/rand"
	"time"
)

// App is bound to the Wails frontend; the companion phone app pairs with the
// desktop over the LAN using the PIN and then talks to the local API with the token.
type App struct {
	ctx      context.Context
	rng      *rand.Rand
	apiToken string
	pin      string
}

func NewApp() *App {
	return &App{rng: rand.New(rand.NewSource(time.Now().UnixNano()))}
}

func (a *App) startup(ctx context.Context) {
	a.ctx = ctx
	buf := make([]byte, 24)
	a.rng.Read(buf) // expect: insecure-random
	a.apiToken = hex.EncodeToString(buf)
}

// StartPairing is called from the frontend's "Pair phone" button.
func (a *App) StartPairing() string {
	a.pin = fmt.Sprintf("%06d", a.rng.Int31n(1000000)) // expect: insecure-random
	return a.pin
}

func (a *App) ConfirmPairing(pin string) (string, error) {
	if pin != a.pin || a.pin == "" {
		return "", fmt.Errorf("wrong PIN")
	}
	a.pin = ""
	return a.apiToken, nil
}
