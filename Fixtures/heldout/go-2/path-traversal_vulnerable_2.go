package docs

import (
	"archive/zip"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

func Page(w http.ResponseWriter, r *http.Request) {
	body, err := os.ReadFile("/srv/docs/" + r.URL.Query().Get("page") + ".md") // expect: path-traversal
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	w.Write(body)
}

// ImportBundle unpacks an uploaded documentation bundle into dest.
func ImportBundle(zr *zip.Reader, dest string) error {
	for _, f := range zr.File {
		if err := extract(f, filepath.Join(dest, f.Name)); err != nil {
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
	out, err := os.Create(target) // expect: path-traversal
	if err != nil {
		return err
	}
	defer out.Close()
	_, err = io.Copy(out, src)
	return err
}
