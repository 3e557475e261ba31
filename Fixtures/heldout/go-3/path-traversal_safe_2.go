package plugins

import (
	"archive/tar"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func SafeInstall(tr *tar.Reader, dest string) error {
	base := filepath.Clean(dest) + string(os.PathSeparator)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		target := filepath.Join(dest, hdr.Name)
		if !strings.HasPrefix(target, base) {
			return fmt.Errorf("bundle entry %q escapes %s", hdr.Name, dest)
		}
		if hdr.Typeflag != tar.TypeReg {
			continue
		}
		if err := writeFile(target, tr); err != nil {
			return err
		}
	}
}

func writeFile(target string, r io.Reader) (err error) {
	out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	_, err = io.Copy(out, r)
	return err
}
