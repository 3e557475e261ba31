package config

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type Settings struct {
	Dir     string
	Workers int
	Timeout time.Duration
}

func Load() (Settings, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return Settings{}, fmt.Errorf("home: %w", err)
	}
	workers, err := strconv.Atoi(os.Getenv("WORKERS"))
	if err != nil {
		return Settings{}, fmt.Errorf("WORKERS: %w", err)
	}
	timeout, err := time.ParseDuration(os.Getenv("TIMEOUT"))
	if err != nil {
		return Settings{}, fmt.Errorf("TIMEOUT: %w", err)
	}
	return Settings{Dir: home, Workers: workers, Timeout: timeout}, nil
}
