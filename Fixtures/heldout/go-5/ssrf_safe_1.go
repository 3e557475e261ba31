package preview

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"time"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("LinkPreview", linkPreview)
}

var titleRe = regexp.MustCompile(`(?is)<title>(.*?)</title>`)

// Only links to our own documentation sites get a preview card.
var previewHosts = map[string]bool{
	"docs.example.com":    true,
	"blog.example.com":    true,
	"support.example.com": true,
}

var client = &http.Client{
	Timeout: 8 * time.Second,
	CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if !previewHosts[req.URL.Hostname()] || len(via) > 3 {
			return errors.New("redirect not allowed")
		}
		return nil
	},
}

func checkedURL(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	if u.Scheme != "https" || u.User != nil || !previewHosts[u.Hostname()] || u.Port() != "" {
		return "", errors.New("host not allowed")
	}
	return u.String(), nil
}

func fetchTitle(target string) (string, error) {
	safe, err := checkedURL(target)
	if err != nil {
		return "", err
	}
	resp, err := client.Get(safe)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 256<<10))
	if err != nil {
		return "", err
	}
	if m := titleRe.FindSubmatch(body); m != nil {
		return string(m[1]), nil
	}
	return "", nil
}

func linkPreview(w http.ResponseWriter, r *http.Request) {
	title, err := fetchTitle(r.URL.Query().Get("url"))
	if err != nil {
		http.Error(w, "no preview", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(map[string]string{"title": title}); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}
