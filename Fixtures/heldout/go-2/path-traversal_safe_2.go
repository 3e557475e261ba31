package docs

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ImportBundle unpacks an uploaded documentation bundle into dest.
func ImportBundle(zr *zip.Reader, dest string) error {
	base, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	for _, f := range zr.File {
		target := filepath.Join(base, f.Name)
		if !strings.HasPrefix(target, base+string(os.PathSeparator)) {
			return fmt.Errorf("illegal path in bundle: %q", f.Name)
		}
		if err := extract(f, target); err != nil {
			return err
		}
	}
	return nil
}

func extract(f *zip.File, target string) error {
	src, err := f.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	out, err := os.Create(target)
	if err != nil {
		return err
	}
	defer out.Close()
	_, err = io.Copy(out, src)
	return err
}
