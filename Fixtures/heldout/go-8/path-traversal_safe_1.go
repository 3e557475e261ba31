package main

import (
	"archive/zip"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func installMod(archive, gameDir string) error {
	zr, err := zip.OpenReader(archive)
	if err != nil {
		return err
	}
	defer zr.Close()
	base := filepath.Clean(filepath.Join(gameDir, "mods")) + string(os.PathSeparator)
	for _, f := range zr.File {
		target := filepath.Join(base, f.Name)
		if !strings.HasPrefix(target, base) {
			return fmt.Errorf("entry %q leaves the mods folder", f.Name)
		}
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
			continue
		}
		if err := copyEntry(f, target); err != nil {
			return err
		}
	}
	return nil
}

func copyEntry(f *zip.File, target string) error {
	src, err := f.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	defer dst.Close()
	_, err = io.Copy(dst, src)
	return err
}

func main() {
	if err := installMod(os.Args[1], os.Getenv("GAME_HOME")); err != nil {
		log.Fatal(err)
	}
}
