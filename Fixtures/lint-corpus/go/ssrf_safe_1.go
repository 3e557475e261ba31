package main

import (
	"io"
	"net/http"
	"net/url"
	"os"
)

var allowedHosts = map[string]bool{"images.example.com": true, "cdn.example.com": true}

func user(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	resp, err := http.Get("https://api.example.com/users/" + url.PathEscape(id))
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func image(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("src"))
	if err != nil || !allowedHosts[u.Host] {
		http.Error(w, "host not allowed", http.StatusForbidden)
		return
	}
	resp, err := http.Get(u.String())
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func main() {
	resp, err := http.Get(os.Getenv("CONFIG_URL"))
	if err == nil {
		resp.Body.Close()
	}
	http.HandleFunc("/user", user)
	http.HandleFunc("/image", image)
	http.ListenAndServe(":8080", nil)
}
