package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/bwmarrin/discordgo"
)

type weather struct {
	City  string  `json:"name"`
	TempC float64 `json:"temp_c"`
}

func lookup(city string) (weather, error) {
	var w weather
	resp, err := http.Get("https://weather.internal.example/v1/now?city=" + url.QueryEscape(city))
	if err != nil {
		return w, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	if err != nil {
		return w, fmt.Errorf("read weather: %w", err)
	}
	if err := json.Unmarshal(body, &w); err != nil {
		return w, fmt.Errorf("decode weather: %w", err)
	}
	return w, nil
}

func onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Author.Bot || !strings.HasPrefix(m.Content, "!weather ") {
		return
	}
	w, err := lookup(strings.TrimPrefix(m.Content, "!weather "))
	if err != nil {
		log.Printf("weather: %v", err)
		return
	}
	reply := fmt.Sprintf("%s: %.1f°C", w.City, w.TempC)
	if _, err := s.ChannelMessageSend(m.ChannelID, reply); err != nil {
		log.Printf("send to %s: %v", m.ChannelID, err)
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
