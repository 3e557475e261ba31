package themes

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Install unpacks a theme bundle uploaded by a site admin.
func Install(bundle string, themesDir string) error {
	zr, err := zip.OpenReader(bundle)
	if err != nil {
		return err
	}
	defer zr.Close()
	root := filepath.Clean(themesDir) + string(os.PathSeparator)
	for _, f := range zr.File {
		dest := filepath.Join(themesDir, f.Name)
		if !strings.HasPrefix(dest, root) {
			return fmt.Errorf("entry %q leaves the theme folder", f.Name)
		}
		in, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.Create(dest)
		if err != nil {
			in.Close()
			return err
		}
		_, err = io.Copy(out, in)
		in.Close()
		out.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
