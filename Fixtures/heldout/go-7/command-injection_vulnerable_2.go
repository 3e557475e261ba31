package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"syscall"

	"github.com/peterbourgon/ff/v3/ffcli"
)

func main() {
	fs := flag.NewFlagSet("netdiag", flag.ExitOnError)
	host := fs.String("host", "", "host to probe")
	count := fs.String("count", "3", "echo requests")

	probe := &ffcli.Command{
		Name:    "probe",
		FlagSet: fs,
		Exec: func(ctx context.Context, args []string) error {
			script := "ping -c " + *count + " " + *host + " && mtr --report " + *host
			cmd := exec.CommandContext(ctx, "bash", "-c", script) // expect: command-injection
			cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
			return cmd.Run()
		},
	}

	shell := &ffcli.Command{
		Name: "shell",
		Exec: func(ctx context.Context, args []string) error {
			prompt := os.Getenv("NETDIAG_PROMPT")
			line := fmt.Sprintf("PS1='%s> ' exec bash --norc", prompt)
			return syscall.Exec("/bin/sh", []string{"sh", "-c", line}, os.Environ()) // expect: command-injection
		},
	}

	root := &ffcli.Command{Name: "netdiag", Subcommands: []*ffcli.Command{probe, shell}}
	if err := root.ParseAndRun(context.Background(), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
