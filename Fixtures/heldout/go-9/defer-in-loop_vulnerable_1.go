package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// rotate compresses every *.log file in dir next to the original.
func rotate(dir string) (int, error) {
	logs, err := filepath.Glob(filepath.Join(dir, "*.log"))
	if err != nil {
		return 0, err
	}
	done := 0
	for _, name := range logs {
		src, err := os.Open(name)
		if err != nil {
			return done, err
		}
		defer src.Close() // expect: defer-in-loop

		dst, err := os.Create(name + ".gz")
		if err != nil {
			return done, err
		}
		defer dst.Close() // expect: defer-in-loop

		zw := gzip.NewWriter(dst)
		if _, err := io.Copy(zw, src); err != nil {
			return done, fmt.Errorf("%s: %w", name, err)
		}
		if err := zw.Close(); err != nil {
			return done, err
		}
		done++
	}
	return done, nil
}

func main() {
	n, err := rotate(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("compressed %d logs\n", n)
}
