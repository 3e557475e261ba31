package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"

	"github.com/nsqio/go-nsq"
)

const mediaOrigin = "https://media.example-cdn.net"

type thumbJob struct {
	ObjectKey string `json:"object_key"`
	Width     int    `json:"width"`
}

type thumbnailer struct{}

func (t *thumbnailer) HandleMessage(m *nsq.Message) error {
	var job thumbJob
	if err := json.Unmarshal(m.Body, &job); err != nil {
		return err
	}
	src := mediaOrigin + "/originals/" + url.PathEscape(job.ObjectKey)
	req, err := http.NewRequest(http.MethodGet, src, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	img, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return err
	}
	fmt.Printf("fetched %d bytes for width %d\n", len(img), job.Width)
	return nil
}

func main() {
	c, err := nsq.NewConsumer("thumbnails", "resizer", nsq.NewConfig())
	if err != nil {
		log.Fatal(err)
	}
	c.AddHandler(&thumbnailer{})
	if err := c.ConnectToNSQD("127.0.0.1:4150"); err != nil {
		log.Fatal(err)
	}
	<-c.StopChan
}
