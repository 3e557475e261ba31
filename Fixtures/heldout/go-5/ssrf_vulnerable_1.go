package preview

import (
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"time"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("LinkPreview", linkPreview)
	functions.HTTP("TestWebhook", testWebhook)
}

var titleRe = regexp.MustCompile(`(?is)<title>(.*?)</title>`)

var client = &http.Client{Timeout: 8 * time.Second}

func fetchTitle(target string) (string, error) {
	resp, err := client.Get(target) // expect: ssrf
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
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(map[string]string{"title": title}); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}

type webhookTest struct {
	Endpoint string `json:"endpoint"`
	Secret   string `json:"secret"`
}

func testWebhook(w http.ResponseWriter, r *http.Request) {
	var in webhookTest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, in.Endpoint, nil) // expect: ssrf
	if err != nil {
		http.Error(w, "bad endpoint", http.StatusBadRequest)
		return
	}
	req.Header.Set("X-Signature", in.Secret)
	resp, err := client.Do(req)
	if err != nil {
		http.Error(w, "unreachable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
