package main

import (
	"crypto/tls"
	"log"
	"net/http"
	"net/smtp"
	"os"
)

func mailer(host string) (*smtp.Client, error) {
	c, err := smtp.Dial(host + ":587")
	if err != nil {
		return nil, err
	}
	cfg := &tls.Config{ServerName: host}
	if os.Getenv("MAIL_DEV") != "" {
		cfg.InsecureSkipVerify = true // expect: tls-verification
	}
	if err := c.StartTLS(cfg); err != nil {
		return nil, err
	}
	return c, nil
}

func main() {
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true} // expect: tls-verification
	c, err := mailer("mail.internal.example")
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	resp, err := http.Get("https://status.internal.example/health")
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Println("status:", resp.Status)
}
