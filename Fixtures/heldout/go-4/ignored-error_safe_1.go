package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/urfave/cli/v2"
)

type Config struct {
	Endpoint string `json:"endpoint"`
	Retries  int    `json:"retries"`
}

var cache sync.Map

func configPath() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("locate home: %w", err)
	}
	return filepath.Join(home, ".config", "shipctl", "config.json"), nil
}

func loadConfig(path string) (Config, error) {
	if v, ok := cache.Load(path); ok {
		return v.(Config), nil
	}
	cfg := Config{Endpoint: "https://api.ship.example", Retries: 3}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, nil
	}
	if err != nil {
		return cfg, err
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return cfg, fmt.Errorf("%s: %w", path, err)
	}
	cache.Store(path, cfg)
	return cfg, nil
}

func setRetries(c *cli.Context) error {
	path, err := configPath()
	if err != nil {
		return err
	}
	cfg, err := loadConfig(path)
	if err != nil {
		return err
	}
	n, err := strconv.Atoi(c.Args().First())
	if err != nil || n < 0 {
		return fmt.Errorf("retries must be a non-negative number")
	}
	cfg.Retries = n
	data, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o600)
}

func main() {
	app := &cli.App{Name: "shipctl", Commands: []*cli.Command{{Name: "set-retries", Action: setRetries}}}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
}
