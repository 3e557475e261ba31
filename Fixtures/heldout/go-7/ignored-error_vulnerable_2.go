package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

const releaseBase = "https://downloads.example.com"

func main() {
	pflag.String("version", "latest", "release to fetch")
	pflag.Parse()

	viper.SetConfigName("fetchrel")
	viper.AddConfigPath("$HOME/.config")
	_ = viper.BindPFlags(pflag.CommandLine) // expect: ignored-error
	_ = viper.ReadInConfig()                // expect: ignored-error

	client := &http.Client{Timeout: 2 * time.Minute}
	resp, err := client.Get(releaseBase + "/releases/" + viper.GetString("version") + ".tar.gz")
	if err != nil {
		fmt.Fprintln(os.Stderr, "download:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()

	out, err := os.Create("release.tar.gz")
	if err != nil {
		fmt.Fprintln(os.Stderr, "create:", err)
		os.Exit(1)
	}
	defer out.Close()
	n, _ := io.Copy(out, resp.Body) // expect: ignored-error
	fmt.Printf("fetched %d bytes\n", n)
}
