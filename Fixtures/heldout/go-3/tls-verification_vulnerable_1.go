// Package scrape pulls metrics from exporters on the lab network.
package scrape

import (
	"crypto/tls"
	"io"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

func NewClient() *http.Client {
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, // expect: tls-verification
			MaxIdleConnsPerHost: 4,
		},
	}
}

func Fetch(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func DialEvents(addr string) (*websocket.Conn, error) {
	d := websocket.Dialer{
		HandshakeTimeout: 5 * time.Second,
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: true, // expect: tls-verification
		},
	}
	conn, _, err := d.Dial("wss://"+addr+"/events", nil)
	return conn, err
}
