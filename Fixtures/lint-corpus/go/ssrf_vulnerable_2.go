package proxy

import (
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

func Fetch(c echo.Context) error {
	target := c.QueryParam("url")
	req, err := http.NewRequest(http.MethodGet, target, nil) // expect: ssrf
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, resp.Header.Get("Content-Type"), body)
}

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Upstream")
	resp, err := http.Head("http://" + host + "/health") // expect: ssrf
	if err != nil {
		http.Error(w, "down", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}
