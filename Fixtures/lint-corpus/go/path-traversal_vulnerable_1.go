package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

const uploadDir = "/srv/uploads"

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	http.ServeFile(w, r, filepath.Join(uploadDir, name)) // expect: path-traversal
}

func upload(w http.ResponseWriter, r *http.Request) {
	file, _, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "no file", http.StatusBadRequest)
		return
	}
	defer file.Close()
	dst, err := os.Create(filepath.Join(uploadDir, r.FormValue("name"))) // expect: path-traversal
	if err != nil {
		http.Error(w, "cannot save", http.StatusInternalServerError)
		return
	}
	defer dst.Close()
	io.Copy(dst, file)
}

func remove(w http.ResponseWriter, r *http.Request) {
	target := uploadDir + "/" + r.FormValue("name")
	if err := os.Remove(target); err != nil { // expect: path-traversal
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/download", download)
	http.HandleFunc("/upload", upload)
	http.HandleFunc("/remove", remove)
	http.ListenAndServe(":8080", nil)
}
