package main

import (
	"encoding/hex"
	"fmt"
	"log"
	"math/rand"
	"os"
	"time"

	"github.com/urfave/cli/v2"
)

// keygen prints a new API key pair for the partner portal.
func keygen(c *cli.Context) error {
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))

	secret := make([]byte, 24)
	if _, err := rng.Read(secret); err != nil { // expect: insecure-random
		return err
	}
	keyID := fmt.Sprintf("pk_%x", rng.Int63()) // expect: insecure-random

	fmt.Fprintf(c.App.Writer, "partner:   %s\n", c.String("partner"))
	fmt.Fprintf(c.App.Writer, "key id:    %s\n", keyID)
	fmt.Fprintf(c.App.Writer, "secret:    %s\n", hex.EncodeToString(secret))
	return nil
}

func main() {
	app := &cli.App{
		Name: "portal-keys",
		Commands: []*cli.Command{
			{
				Name:   "new",
				Usage:  "generate an API key for a partner",
				Flags:  []cli.Flag{&cli.StringFlag{Name: "partner", Required: true}},
				Action: keygen,
			},
		},
	}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
}
