package plugins

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// Install unpacks a plugin bundle uploaded by an administrator.
func Install(bundle io.Reader, dest string) error {
	gz, err := gzip.NewReader(bundle)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if hdr.Typeflag != tar.TypeReg {
			continue
		}
		out, err := os.OpenFile(filepath.Join(dest, hdr.Name), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644) // expect: path-traversal
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, tr); err != nil {
			out.Close()
			return err
		}
		if err := out.Close(); err != nil {
			return err
		}
	}
}

// PurgeCache deletes one cached plugin build.
func PurgeCache(w http.ResponseWriter, r *http.Request) {
	if err := os.RemoveAll(filepath.Join("/var/cache/plugins", r.FormValue("key"))); err != nil { // expect: path-traversal
		http.Error(w, "purge failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
