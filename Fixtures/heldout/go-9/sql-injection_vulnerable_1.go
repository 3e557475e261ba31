package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/bwmarrin/discordgo"
	_ "modernc.org/sqlite"
)

type bot struct {
	db *sql.DB
}

func (b *bot) searchQuotes(ctx context.Context, guild, word string) ([]string, error) {
	q := "SELECT body FROM quotes WHERE guild_id = '" + guild + "' AND body LIKE '%" + word + "%' LIMIT 5"
	rows, err := b.db.QueryContext(ctx, q) // expect: sql-injection
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		out = append(out, body)
	}
	return out, rows.Err()
}

func (b *bot) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	word, ok := strings.CutPrefix(m.Content, "!quote ")
	if m.Author.Bot || !ok {
		return
	}
	found, err := b.searchQuotes(context.Background(), m.GuildID, word)
	if err != nil {
		log.Printf("quotes: %v", err)
		return
	}
	if _, err := s.ChannelMessageSend(m.ChannelID, fmt.Sprintf("%d match(es)\n%s", len(found), strings.Join(found, "\n"))); err != nil {
		log.Printf("send: %v", err)
	}
}

func main() {
	db, err := sql.Open("sqlite", "quotes.db")
	if err != nil {
		log.Fatal(err)
	}
	b := &bot{db: db}
	dg, err := discordgo.New("Bot " + os.Getenv("DISCORD_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	dg.AddHandler(b.onMessage)
	if err := dg.Open(); err != nil {
		log.Fatal(err)
	}
	select {}
}
