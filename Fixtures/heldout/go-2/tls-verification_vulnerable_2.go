package main

import (
	"bufio"
	"crypto/tls"
	"flag"
	"fmt"
	"log"
	"net/http"
)

func main() {
	addr := flag.String("addr", "mail.example.org:993", "IMAPS server")
	flag.Parse()

	conn, err := tls.Dial("tcp", *addr, &tls.Config{InsecureSkipVerify: true}) // expect: tls-verification
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	greeting, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(greeting)

	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{}
	tr.TLSClientConfig.InsecureSkipVerify = true // expect: tls-verification
	resp, err := (&http.Client{Transport: tr}).Get("https://" + *addr + "/status")
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	fmt.Println("status page:", resp.Status)
}
