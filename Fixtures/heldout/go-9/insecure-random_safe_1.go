package main

import (
	"crypto/rand"
	"fmt"
	"log"
	"math/big"
	"os"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

var (
	pendingMu sync.Mutex
	pending   = map[string]string{}
)

func verificationCode() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

func onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Author.Bot || strings.TrimSpace(m.Content) != "!verify" {
		return
	}
	code, err := verificationCode()
	if err != nil {
		log.Printf("code: %v", err)
		return
	}
	pendingMu.Lock()
	pending[m.Author.ID] = code
	pendingMu.Unlock()

	ch, err := s.UserChannelCreate(m.Author.ID)
	if err != nil {
		log.Printf("dm %s: %v", m.Author.ID, err)
		return
	}
	if _, err := s.ChannelMessageSend(ch.ID, "Your link code is "+code); err != nil {
		log.Printf("send code: %v", err)
	}
}

func main() {
	dg, err := discordgo.New("Bot " + os.Getenv("DISCORD_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	dg.AddHandler(onMessage)
	if err := dg.Open(); err != nil {
		log.Fatal(err)
	}
	select {}
}
