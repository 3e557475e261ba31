package config

import (
	"os"
	"path/filepath"
	"strconv"
	"time"
)

type Settings struct {
	Dir     string
	Workers int
	Timeout time.Duration
}

// Load reads settings from the environment; a typo in a value silently becomes zero.
func Load() Settings {
	home, _ := os.UserHomeDir() // expect: ignored-error
	workers, _ := strconv.Atoi(os.Getenv("WORKERS")) // expect: ignored-error
	timeout, _ := time.ParseDuration(os.Getenv("TIMEOUT")) // expect: ignored-error
	return Settings{Dir: filepath.Join(home, ".cache", "app"), Workers: workers, Timeout: timeout}
}
