package hooks

import (
	"io"
	"net/http"
	"net/url"
	"strings"
)

var previewHosts = map[string]bool{"github.com": true, "gitlab.com": true, "codeberg.org": true}

// Preview fetches a repository page so the dashboard can show its title.
func Preview(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("url"))
	if err != nil || u.Scheme != "https" || !previewHosts[strings.ToLower(u.Hostname())] || u.Port() != "" {
		http.Error(w, "unsupported url", http.StatusBadRequest)
		return
	}
	resp, err := http.Get(u.String())
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 64<<10))
}
