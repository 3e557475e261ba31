package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"

	"github.com/urfave/cli/v2"
)

type Config struct {
	Endpoint string `json:"endpoint"`
	Retries  int    `json:"retries"`
	Region   string `json:"region"`
}

func configPath() string {
	home, _ := os.UserHomeDir() // expect: ignored-error
	return filepath.Join(home, ".config", "shipctl", "config.json")
}

func loadConfig() Config {
	cfg := Config{Endpoint: "https://api.ship.example", Retries: 3}
	data, err := os.ReadFile(configPath())
	if err != nil {
		return cfg
	}
	_ = json.Unmarshal(data, &cfg) // expect: ignored-error
	return cfg
}

func setRetries(c *cli.Context) error {
	cfg := loadConfig()
	n, _ := strconv.Atoi(c.Args().First()) // expect: ignored-error
	cfg.Retries = n
	data, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(configPath(), data, 0o600); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "retries set to %d\n", n)
	return nil
}

func main() {
	app := &cli.App{
		Name: "shipctl",
		Commands: []*cli.Command{
			{Name: "set-retries", ArgsUsage: "N", Action: setRetries},
		},
	}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
}
