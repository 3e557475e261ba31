package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"regexp"

	"github.com/urfave/cli/v2"
)

var hostPattern = regexp.MustCompile(`^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$`)

func mirror(c *cli.Context) error {
	src := c.String("src")
	host := c.String("host")
	if !hostPattern.MatchString(host) {
		return fmt.Errorf("invalid host %q", host)
	}
	args := []string{"-az"}
	for _, e := range c.StringSlice("exclude") {
		args = append(args, "--exclude", e)
	}
	args = append(args, "--", src, "deploy@"+host+":/srv/www/")
	if c.Bool("dry-run") {
		fmt.Println("rsync", args)
		return nil
	}
	cmd := exec.Command("rsync", args...)
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

func main() {
	app := &cli.App{
		Name: "sitepush",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "src", Value: "public/"},
			&cli.StringFlag{Name: "host", Required: true},
			&cli.StringSliceFlag{Name: "exclude"},
			&cli.BoolFlag{Name: "dry-run"},
		},
		Action: mirror,
	}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
}
