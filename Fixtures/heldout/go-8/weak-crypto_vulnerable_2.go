package main

import (
	"crypto/rc4"
	"fmt"
	"log"
	"os"
)

// obfuscate hides save-game state from casual editing before writing it to disk.
func obfuscate(key, state []byte) ([]byte, error) {
	c, err := rc4.NewCipher(key) // expect: weak-crypto
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(state))
	c.XORKeyStream(out, state)
	return out, nil
}

func main() {
	state, err := os.ReadFile("save.json")
	if err != nil {
		log.Fatal(err)
	}
	sealed, err := obfuscate([]byte(os.Getenv("SAVE_KEY")), state)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("save.dat", sealed, 0o600); err != nil {
		log.Fatal(err)
	}
	fmt.Println("saved", len(sealed), "bytes")
}
