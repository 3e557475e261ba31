package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

const releaseBase = "https://downloads.example.com"

func run() (err error) {
	pflag.String("version", "latest", "release to fetch")
	pflag.Parse()

	viper.SetConfigName("fetchrel")
	viper.AddConfigPath("$HOME/.config")
	if err := viper.BindPFlags(pflag.CommandLine); err != nil {
		return fmt.Errorf("flags: %w", err)
	}
	if err := viper.ReadInConfig(); err != nil {
		var missing viper.ConfigFileNotFoundError
		if !errors.As(err, &missing) {
			return fmt.Errorf("config: %w", err)
		}
	}

	client := &http.Client{Timeout: 2 * time.Minute}
	resp, err := client.Get(releaseBase + "/releases/" + viper.GetString("version") + ".tar.gz")
	if err != nil {
		return fmt.Errorf("download: %w", err)
	}
	defer resp.Body.Close()

	out, err := os.Create("release.tar.gz")
	if err != nil {
		return fmt.Errorf("create: %w", err)
	}
	defer func() {
		if cerr := out.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	n, err := io.Copy(out, resp.Body)
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	fmt.Printf("fetched %d bytes\n", n)
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
