package main

import (
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"gopkg.in/alecthomas/kingpin.v2"
)

var (
	app      = kingpin.New("pgsnap", "Dump a Postgres database to a compressed file.")
	database = app.Flag("db", "database name").Required().String()
	outDir   = app.Flag("out", "output directory").Default("/var/backups").ExistingDir()
	label    = app.Arg("label", "snapshot label").Required().String()
)

func dump(ctx context.Context, db, target string) error {
	f, err := os.Create(target)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := gzip.NewWriter(f)
	cmd := exec.CommandContext(ctx, "pg_dump", "--dbname", db, "--no-password")
	cmd.Stdout = zw
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return err
	}
	return zw.Close()
}

func main() {
	kingpin.MustParse(app.Parse(os.Args[1:]))
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()

	name := fmt.Sprintf("%s-%s.sql.gz", filepath.Base(*label), time.Now().Format("20060102"))
	if err := dump(ctx, *database, filepath.Join(*outDir, name)); err != nil {
		fmt.Fprintln(os.Stderr, "pgsnap:", err)
		os.Exit(1)
	}
}
