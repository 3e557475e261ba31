package lobby

import (
	"math/rand"
	"strings"
	"time"
)

const roomAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

type Room struct {
	Code      string
	HostToken string
}

var gen = rand.New(rand.NewSource(time.Now().UnixNano()))

func roomCode(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(roomAlphabet[gen.Intn(len(roomAlphabet))]) // expect: insecure-random
	}
	return sb.String()
}

// NewRoom is called when a player presses "Host game" in the ebiten menu.
func NewRoom() Room {
	buf := make([]byte, 16)
	gen.Read(buf) // expect: insecure-random
	return Room{Code: roomCode(6), HostToken: string(encodeHex(buf))}
}

func encodeHex(b []byte) []byte {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, len(b)*2)
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&0x0f])
	}
	return out
}
