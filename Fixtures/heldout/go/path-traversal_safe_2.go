package main

import (
	"io/fs"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
)

var allowedExt = map[string]string{
	".png":  "image/png",
	".jpg":  "image/jpeg",
	".jpeg": "image/jpeg",
	".webp": "image/webp",
}

type avatarServer struct {
	dir   string
	docs  fs.FS
	cache time.Duration
}

// avatar serves /avatars/{file}. Only the final path element is used, and
// only image extensions are accepted.
func (a *avatarServer) avatar(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(chi.URLParam(r, "file"))
	ctype, ok := allowedExt[strings.ToLower(filepath.Ext(name))]
	if !ok || strings.HasPrefix(name, ".") {
		http.NotFound(w, r)
		return
	}

	f, err := os.Open(filepath.Join(a.dir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()

	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "public, max-age=86400")
	http.ServeContent(w, r, name, fi.ModTime(), f)
}

// doc serves a markdown page from the docs tree through an fs.FS, which
// refuses any name that is not a clean, unrooted, dot-dot-free path.
func (a *avatarServer) doc(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(chi.URLParam(r, "*"), "/") + ".md"
	if !fs.ValidPath(name) {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	data, err := fs.ReadFile(a.docs, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	if _, err := w.Write(data); err != nil {
		log.Printf("write: %v", err)
	}
}

func main() {
	a := &avatarServer{dir: "/var/lib/app/avatars", docs: os.DirFS("/srv/docs"), cache: time.Hour}

	r := chi.NewRouter()
	r.Get("/avatars/{file}", a.avatar)
	r.Get("/docs/*", a.doc)
	// http.FileServer with http.Dir already confines requests to the directory.
	r.Handle("/static/*", http.StripPrefix("/static/", http.FileServer(http.Dir("./public"))))

	srv := &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
