package main

import (
	"errors"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

var titleTag = regexp.MustCompile(`(?is)<title>(.*?)</title>`)

var client = &http.Client{Timeout: 5 * time.Second}

var previewHosts = map[string]bool{
	"www.youtube.com":  true,
	"github.com":       true,
	"en.wikipedia.org": true,
}

func pageTitle(link string) (string, error) {
	u, err := url.Parse(link)
	if err != nil || u.Scheme != "https" || !previewHosts[u.Hostname()] || u.Port() != "" {
		return "", errors.New("host not allowed")
	}
	resp, err := client.Get(u.String())
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	head, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return "", err
	}
	if m := titleTag.FindSubmatch(head); m != nil {
		return strings.TrimSpace(string(m[1])), nil
	}
	return resp.Status, nil
}

func onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	link, ok := strings.CutPrefix(m.Content, "!preview ")
	if m.Author.Bot || !ok {
		return
	}
	title, err := pageTitle(strings.TrimSpace(link))
	if err != nil {
		title = "could not load that page"
	}
	if _, err := s.ChannelMessageSend(m.ChannelID, title); err != nil {
		log.Printf("send: %v", err)
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
