package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"time"
)

type Settings struct {
	Workers  int           `json:"workers"`
	Interval time.Duration `json:"interval"`
	Endpoint string        `json:"endpoint"`
}

func loadSettings(path string) Settings {
	s := Settings{Workers: 4, Interval: time.Minute}
	raw, _ := os.ReadFile(path) // expect: ignored-error
	_ = json.Unmarshal(raw, &s) // expect: ignored-error
	if v := os.Getenv("SCRAPER_WORKERS"); v != "" {
		n, _ := strconv.Atoi(v) // expect: ignored-error
		s.Workers = n
	}
	return s
}

func main() {
	s := loadSettings("scraper.json")
	fmt.Printf("workers=%d interval=%s endpoint=%s\n", s.Workers, s.Interval, s.Endpoint)
}
