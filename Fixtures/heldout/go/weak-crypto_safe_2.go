// Package assets serves static build artefacts with cache validators.
package assets

import (
	"bytes"
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path"
	"sync"
	"time"
)

type asset struct {
	body    []byte
	etag    string
	modTime time.Time
}

// Server serves a fixed set of files loaded at startup. MD5 is only used as
// a cache validator (ETag) and for the Content-MD5 header the CDN expects;
// it never protects anything.
type Server struct {
	mu     sync.RWMutex
	assets map[string]*asset
}

func Load(files map[string]string) (*Server, error) {
	s := &Server{assets: make(map[string]*asset, len(files))}
	for urlPath, diskPath := range files {
		body, err := os.ReadFile(diskPath)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", diskPath, err)
		}
		fi, err := os.Stat(diskPath)
		if err != nil {
			return nil, fmt.Errorf("stat %s: %w", diskPath, err)
		}
		sum := md5.Sum(body)
		s.assets[urlPath] = &asset{
			body:    body,
			etag:    `"` + hex.EncodeToString(sum[:]) + `"`,
			modTime: fi.ModTime(),
		}
	}
	return s, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.RLock()
	a, ok := s.assets[path.Clean(r.URL.Path)]
	s.mu.RUnlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("ETag", a.etag)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeContent(w, r, path.Base(r.URL.Path), a.modTime, bytes.NewReader(a.body))
}

// UploadHeaders returns the headers required by the object store's PUT API,
// which uses Content-MD5 to detect transport corruption.
func UploadHeaders(body []byte) http.Header {
	sum := md5.Sum(body)
	h := make(http.Header)
	h.Set("Content-MD5", base64.StdEncoding.EncodeToString(sum[:]))
	h.Set("Content-Length", fmt.Sprint(len(body)))
	return h
}
