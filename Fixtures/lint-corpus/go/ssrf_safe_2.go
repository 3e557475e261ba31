package preview

import (
	"io"
	"net/http"
	"net/url"
	"strings"
)

var embedHosts = map[string]bool{"youtube.com": true, "vimeo.com": true}

func Embed(w http.ResponseWriter, r *http.Request) {
	target, err := url.Parse(r.FormValue("src"))
	if err != nil || target.Scheme != "https" || !embedHosts[strings.ToLower(target.Hostname())] {
		http.Error(w, "not allowed", http.StatusBadRequest)
		return
	}
	resp, err := http.Get(target.String())
	if err != nil {
		http.Error(w, "upstream", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}
