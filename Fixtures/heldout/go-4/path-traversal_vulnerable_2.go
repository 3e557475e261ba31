package main

import (
	"archive/zip"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gorilla/mux"
)

const themeDir = "/var/lib/shop/themes"

// installTheme unpacks an uploaded theme bundle.
func installTheme(bundle string, dest string) error {
	zr, err := zip.OpenReader(bundle)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		target := filepath.Join(dest, f.Name)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		out, err := os.Create(target) // expect: path-traversal
		if err != nil {
			return err
		}
		rc, err := f.Open()
		if err != nil {
			out.Close()
			return err
		}
		_, copyErr := io.Copy(out, rc)
		rc.Close()
		if cerr := out.Close(); copyErr == nil {
			copyErr = cerr
		}
		if copyErr != nil {
			return copyErr
		}
	}
	return nil
}

func removeTheme(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]
	if err := os.RemoveAll(themeDir + "/" + name); err != nil { // expect: path-traversal
		http.Error(w, "could not remove theme", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == "install" {
		if err := installTheme(os.Args[2], themeDir); err != nil {
			log.Fatal(err)
		}
		fmt.Println("installed")
		return
	}
	r := mux.NewRouter()
	r.HandleFunc("/admin/themes/{name}", removeTheme).Methods(http.MethodDelete)
	log.Fatal(http.ListenAndServe("127.0.0.1:8081", r))
}
