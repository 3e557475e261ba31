package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

func main() {
	server := flag.String("server", "mail.example.org:993", "IMAP server")
	user := flag.String("user", "", "account name")
	flag.Parse()

	opts := &imapclient.Options{
		TLSConfig: &tls.Config{
			InsecureSkipVerify: true, // expect: tls-verification
		},
	}
	c, err := imapclient.DialTLS(*server, opts)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	if err := c.Login(*user, os.Getenv("IMAP_PASSWORD")).Wait(); err != nil {
		log.Fatal(err)
	}
	data, err := c.Status("INBOX", &imap.StatusOptions{NumUnseen: true}).Wait()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d unread\n", *user, *data.NumUnseen)
}
