// Package themes lets site admins upload theme bundles as zip files.
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

var themeNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

type Handler struct {
	ThemesDir string // absolute
}

// safeJoin returns dest/name only if the result stays under dest.
func safeJoin(dest, name string) (string, error) {
	target := filepath.Join(dest, name)
	rel, err := filepath.Rel(dest, target)
	if err != nil {
		return "", err
	}
	if rel == ".." || strings.HasPrefix(rel, ".."+string(os.PathSeparator)) || filepath.IsAbs(rel) {
		return "", fmt.Errorf("illegal path in archive: %q", name)
	}
	return target, nil
}

func extractFile(f *zip.File, dest string) error {
	target, err := safeJoin(dest, f.Name)
	if err != nil {
		return err
	}
	if f.FileInfo().IsDir() {
		return os.MkdirAll(target, 0o755)
	}
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return err
	}
	out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	defer out.Close()

	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()

	if _, err := io.Copy(out, io.LimitReader(rc, 50<<20)); err != nil {
		return err
	}
	return out.Close()
}

// Upload accepts POST /themes/upload?name=<theme> with a zip body.
func (h *Handler) Upload(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !themeNameRE.MatchString(name) {
		http.Error(w, "invalid theme name", http.StatusBadRequest)
		return
	}

	tmp, err := os.CreateTemp("", "theme-*.zip")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()

	size, err := io.Copy(tmp, http.MaxBytesReader(w, r.Body, 100<<20))
	if err != nil {
		http.Error(w, "upload too large", http.StatusRequestEntityTooLarge)
		return
	}
	zr, err := zip.NewReader(tmp, size)
	if err != nil {
		http.Error(w, "not a zip file", http.StatusBadRequest)
		return
	}

	dest := filepath.Join(h.ThemesDir, name)
	for _, f := range zr.File {
		if err := extractFile(f, dest); err != nil {
			http.Error(w, "extract failed", http.StatusBadRequest)
			return
		}
	}
	w.WriteHeader(http.StatusCreated)
}

// Delete removes an installed theme.
func (h *Handler) Delete(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !themeNameRE.MatchString(name) {
		http.Error(w, "invalid theme name", http.StatusBadRequest)
		return
	}
	if err := os.RemoveAll(filepath.Join(h.ThemesDir, name)); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
