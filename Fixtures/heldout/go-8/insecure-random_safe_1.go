package lobby

import (
	"crypto/rand"
	"encoding/hex"
	"math/big"
	"strings"
)

const roomAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

type Room struct {
	Code      string
	HostToken string
}

func roomCode(n int) (string, error) {
	var sb strings.Builder
	max := big.NewInt(int64(len(roomAlphabet)))
	for i := 0; i < n; i++ {
		idx, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", err
		}
		sb.WriteByte(roomAlphabet[idx.Int64()])
	}
	return sb.String(), nil
}

func NewRoom() (Room, error) {
	buf := make([]byte, 16)
	if _, err := rand.Read(buf); err != nil {
		return Room{}, err
	}
	code, err := roomCode(6)
	if err != nil {
		return Room{}, err
	}
	return Room{Code: code, HostToken: hex.EncodeToString(buf)}, nil
}
