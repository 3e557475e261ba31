// Command linkpreview fetches a page and returns its <title> for chat unfurls.
package main

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"regexp"
	"time"
)

var titleRE = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

type preview struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

func previewHandler(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	if target == "" {
		http.Error(w, "missing url", http.StatusBadRequest)
		return
	}

	resp, err := http.Get(target) // expect: ssrf
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		http.Error(w, "read failed", http.StatusBadGateway)
		return
	}

	p := preview{URL: target}
	if m := titleRE.FindSubmatch(body); m != nil {
		p.Title = string(m[1])
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(p); err != nil {
		log.Printf("encode: %v", err)
	}
}

func main() {
	http.HandleFunc("/preview", previewHandler)
	srv := &http.Server{Addr: ":8080", ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
