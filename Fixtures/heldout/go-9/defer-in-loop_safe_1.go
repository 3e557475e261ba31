package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func compressOne(name string) error {
	src, err := os.Open(name)
	if err != nil {
		return err
	}
	defer src.Close()

	dst, err := os.Create(name + ".gz")
	if err != nil {
		return err
	}
	defer dst.Close()

	zw := gzip.NewWriter(dst)
	if _, err := io.Copy(zw, src); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return zw.Close()
}

func rotate(dir string) (int, error) {
	logs, err := filepath.Glob(filepath.Join(dir, "*.log"))
	if err != nil {
		return 0, err
	}
	for i, name := range logs {
		if err := compressOne(name); err != nil {
			return i, err
		}
	}
	return len(logs), nil
}

func main() {
	n, err := rotate(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("compressed %d logs\n", n)
}
