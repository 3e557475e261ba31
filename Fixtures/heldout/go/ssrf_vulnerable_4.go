// Package imgproxy resizes remote images for the CMS.
package imgproxy

import (
	"context"
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const cdnPrefix = "https://cdn.example.com"

type Proxy struct {
	Client *http.Client
	Resize func(io.Reader, int) ([]byte, error)
}

// ServeHTTP handles /img?src=<url>&w=<width>.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	src := r.URL.Query().Get("src")
	// Only images hosted on our CDN may be proxied.
	if !strings.HasPrefix(src, cdnPrefix) {
		http.Error(w, "source not allowed", http.StatusForbidden)
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil) // expect: ssrf
	if err != nil {
		http.Error(w, "bad source", http.StatusBadRequest)
		return
	}
	resp, err := p.Client.Do(req)
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	img, err := p.Resize(io.LimitReader(resp.Body, 10<<20), 640)
	if err != nil {
		http.Error(w, "resize failed", http.StatusUnprocessableEntity)
		return
	}
	w.Header().Set("Content-Type", "image/jpeg")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if _, err := w.Write(img); err != nil {
		log.Printf("write image: %v", err)
	}
}

// ImportHandler lets editors pull an image from any public URL. Obvious
// local addresses are rejected.
func (p *Proxy) ImportHandler(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.PostFormValue("url"))
	if err != nil {
		http.Error(w, "invalid url", http.StatusBadRequest)
		return
	}
	h := u.Hostname()
	if h == "localhost" || h == "127.0.0.1" || strings.HasPrefix(h, "10.") {
		http.Error(w, "destination not allowed", http.StatusForbidden)
		return
	}

	resp, err := p.Client.Get(u.String()) // expect: ssrf
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, io.LimitReader(resp.Body, 10<<20)); err != nil {
		http.Error(w, "read failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
