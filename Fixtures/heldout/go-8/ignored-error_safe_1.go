package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"strconv"
	"time"
)

type Settings struct {
	Workers  int           `json:"workers"`
	Interval time.Duration `json:"interval"`
	Endpoint string        `json:"endpoint"`
}

func loadSettings(path string) (Settings, error) {
	s := Settings{Workers: 4, Interval: time.Minute}
	raw, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return s, fmt.Errorf("read %s: %w", path, err)
	}
	if err == nil {
		if err := json.Unmarshal(raw, &s); err != nil {
			return s, fmt.Errorf("parse %s: %w", path, err)
		}
	}
	if v := os.Getenv("SCRAPER_WORKERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return s, fmt.Errorf("SCRAPER_WORKERS: %w", err)
		}
		s.Workers = n
	}
	return s, nil
}

func main() {
	s, err := loadSettings("scraper.json")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("workers=%d interval=%s endpoint=%s\n", s.Workers, s.Interval, s.Endpoint)
}
