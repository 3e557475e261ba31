package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"strings"

	"github.com/urfave/cli/v2"
)

// mirror copies a site directory to one of the configured hosts.
func mirror(c *cli.Context) error {
	src := c.String("src")
	host := c.String("host")
	excludes := c.StringSlice("exclude")

	var flags []string
	for _, e := range excludes {
		flags = append(flags, "--exclude="+e)
	}
	line := fmt.Sprintf("rsync -az %s %s deploy@%s:/srv/www/", strings.Join(flags, " "), src, host)
	if c.Bool("dry-run") {
		fmt.Println(line)
		return nil
	}
	cmd := exec.Command("/bin/sh", "-c", line) // expect: command-injection
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

func main() {
	app := &cli.App{
		Name:  "sitepush",
		Usage: "push a built site to a web host",
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
