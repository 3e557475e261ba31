package themes

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
)

// Install unpacks a theme bundle uploaded by a site admin.
func Install(bundle string, themesDir string) error {
	zr, err := zip.OpenReader(bundle)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if err := unpack(f, filepath.Join(themesDir, f.Name)); err != nil {
			return err
		}
	}
	return nil
}

func unpack(f *zip.File, dest string) error {
	in, err := f.Open()
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dest) // expect: path-traversal
	if err != nil {
		return err
	}
	defer out.Close()
	_, err = io.Copy(out, in)
	return err
}
