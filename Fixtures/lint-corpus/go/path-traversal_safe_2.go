package themes

import (
	"archive/zip"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var themeNameRE = regexp.MustCompile(`^[a-z0-9-]{1,40}$`)

const themesDir = "/srv/shop/themes"

// Remove deletes an installed theme by its name.
func Remove(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !themeNameRE.MatchString(name) {
		http.Error(w, "invalid theme name", http.StatusBadRequest)
		return
	}
	if err := os.RemoveAll(filepath.Join(themesDir, name)); err != nil {
		http.Error(w, "remove failed", http.StatusInternalServerError)
	}
}

func safeJoin(root, name string) (string, error) {
	target := filepath.Join(root, name)
	rel, err := filepath.Rel(root, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(os.PathSeparator)) {
		return "", fmt.Errorf("illegal path %q", name)
	}
	return target, nil
}

// Unpack extracts an uploaded theme archive.
func Unpack(archive *zip.Reader) error {
	for _, f := range archive.File {
		target, err := safeJoin(themesDir, f.Name)
		if err != nil {
			return err
		}
		src, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.Create(target)
		if err != nil {
			src.Close()
			return err
		}
		_, err = io.Copy(out, src)
		src.Close()
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}
