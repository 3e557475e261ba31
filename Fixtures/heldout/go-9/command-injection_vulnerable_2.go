package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"time"

	"gopkg.in/alecthomas/kingpin.v2"
)

var (
	app      = kingpin.New("pgsnap", "Dump a Postgres database to a compressed file.")
	database = app.Flag("db", "database name").Required().String()
	outDir   = app.Flag("out", "output directory").Default("/var/backups").String()
	label    = app.Arg("label", "snapshot label").Required().String()
)

type snapshot struct {
	db, dir, label string
}

func (s snapshot) pipeline() string {
	stamp := time.Now().Format("20060102")
	return fmt.Sprintf("pg_dump %s | gzip -9 > %s/%s-%s.sql.gz", s.db, s.dir, s.label, stamp)
}

func notify(ctx context.Context, s snapshot) error {
	if os.Getenv("PGSNAP_SYSLOG") == "" {
		return nil
	}
	msg := "logger -t pgsnap \"snapshot " + s.label + " of " + s.db + " finished\""
	return exec.CommandContext(ctx, "sh", "-c", msg).Run() // expect: command-injection
}

func main() {
	kingpin.MustParse(app.Parse(os.Args[1:]))
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()

	snap := snapshot{db: *database, dir: *outDir, label: *label}
	cmd := exec.CommandContext(ctx, "bash", "-o", "pipefail", "-c", snap.pipeline()) // expect: command-injection
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "pgsnap:", err)
		os.Exit(1)
	}
	if err := notify(ctx, snap); err != nil {
		fmt.Fprintln(os.Stderr, "pgsnap notify:", err)
	}
}
