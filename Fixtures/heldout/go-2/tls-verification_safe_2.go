package main

import (
	"bufio"
	"crypto/tls"
	"flag"
	"fmt"
	"log"
)

func main() {
	addr := flag.String("addr", "mail.example.org:993", "IMAPS server")
	serverName := flag.String("servername", "", "expected certificate name (defaults to the host)")
	flag.Parse()

	cfg := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: *serverName}
	conn, err := tls.Dial("tcp", *addr, cfg)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	state := conn.ConnectionState()
	fmt.Printf("verified chain for %s (%d certs)\n", state.PeerCertificates[0].Subject.CommonName, len(state.VerifiedChains[0]))
	greeting, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(greeting)
}
