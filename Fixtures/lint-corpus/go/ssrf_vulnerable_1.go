package main

import (
	"io"
	"net/http"
	"time"
)

var client = &http.Client{Timeout: 10 * time.Second}

func preview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	resp, err := http.Get(target) // expect: ssrf
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}

func webhook(w http.ResponseWriter, r *http.Request) {
	callback := r.FormValue("callback")
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, callback, nil) // expect: ssrf
	if err != nil {
		http.Error(w, "bad callback", http.StatusBadRequest)
		return
	}
	resp, err := client.Do(req)
	if err != nil {
		http.Error(w, "callback failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

func avatar(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	resp, err := client.Get("http://" + host + "/avatar.png") // expect: ssrf
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func main() {
	http.HandleFunc("/preview", preview)
	http.HandleFunc("/webhook", webhook)
	http.HandleFunc("/avatar", avatar)
	http.ListenAndServe(":8080", nil)
}
