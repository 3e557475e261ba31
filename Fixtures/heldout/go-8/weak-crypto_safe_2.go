package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"os"

	"golang.org/x/crypto/chacha20poly1305"
)

func seal(key, state []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(state)
	return aead.Seal(nonce, nonce, state, sum[:]), nil
}

func main() {
	state, err := os.ReadFile("save.json")
	if err != nil {
		log.Fatal(err)
	}
	key, err := hex.DecodeString(os.Getenv("SAVE_KEY"))
	if err != nil {
		log.Fatal(err)
	}
	sealed, err := seal(key, state)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("save.dat", sealed, 0o600); err != nil {
		log.Fatal(err)
	}
	fmt.Println("saved", len(sealed), "bytes")
}
