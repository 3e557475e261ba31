package main

import (
	"crypto/tls"
	"crypto/x509"
	"flag"
	"fmt"
	"log"
	"net"
	"os"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

func main() {
	server := flag.String("server", "mail.example.org:993", "IMAP server")
	user := flag.String("user", "", "account name")
	caFile := flag.String("ca", "", "extra CA bundle for a private mail server")
	flag.Parse()

	host, _, err := net.SplitHostPort(*server)
	if err != nil {
		log.Fatal(err)
	}
	cfg := &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
	if *caFile != "" {
		pem, err := os.ReadFile(*caFile)
		if err != nil {
			log.Fatal(err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			log.Fatalf("no certificates in %s", *caFile)
		}
		cfg.RootCAs = pool
	}
	c, err := imapclient.DialTLS(*server, &imapclient.Options{TLSConfig: cfg})
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
