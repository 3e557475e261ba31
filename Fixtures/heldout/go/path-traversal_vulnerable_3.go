// Package themes lets site admins upload theme bundles as zip files.
package themes

import (
	"archive/zip"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

type Handler struct {
	ThemesDir string
}

// extractFile writes a single archive member under dest.
func extractFile(f *zip.File, dest string) error {
	// Theme bundles are flat: directory entries are skipped.
	if f.FileInfo().IsDir() {
		return nil
	}
	target := filepath.Join(dest, f.Name)

	out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644) // expect: path-traversal
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

// Upload accepts POST /themes/upload with a zip body. The bundle is unpacked
// into a fresh staging directory and activated later by an admin.
func (h *Handler) Upload(w http.ResponseWriter, r *http.Request) {
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

	dest, err := os.MkdirTemp(h.ThemesDir, "staged-")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	for _, f := range zr.File {
		if err := extractFile(f, dest); err != nil {
			http.Error(w, "extract failed", http.StatusInternalServerError)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, "{\"staged\": %q}\n", filepath.Base(dest))
}

// Delete removes an installed theme.
func (h *Handler) Delete(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if err := os.RemoveAll(filepath.Join(h.ThemesDir, name)); err != nil { // expect: path-traversal
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
