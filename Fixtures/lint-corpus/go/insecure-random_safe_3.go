package sessions

import (
	"fmt"
	"math/rand"
)

const letters = "abcdefghijklmnopqrstuvwxyz"

func randomName(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

// ScratchTable names a temporary table for a test run; nobody needs to guess it.
func ScratchTable() string {
	table := "tmp_" + randomName(8)
	return fmt.Sprintf("%s_%d", table, rand.Intn(100))
}
