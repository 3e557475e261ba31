// Package imgproxy resizes remote images for the CMS.
package imgproxy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

var errBlocked = errors.New("destination address not allowed")

// publicOnly is a net.Dialer Control hook: it runs after DNS resolution on
// the actual IP being connected to, so it also covers redirects and DNS
// rebinding.
func publicOnly(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return fmt.Errorf("%w: %s", errBlocked, address)
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsUnspecified() || ip.IsMulticast() {
		return fmt.Errorf("%w: %s", errBlocked, address)
	}
	return nil
}

// NewPublicClient returns an HTTP client that can only reach public IPs.
func NewPublicClient() *http.Client {
	dialer := &net.Dialer{Timeout: 5 * time.Second, Control: publicOnly}
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			Proxy:               nil,
			DialContext:         dialer.DialContext,
			TLSHandshakeTimeout: 5 * time.Second,
		},
	}
}

type Proxy struct {
	Client *http.Client // must come from NewPublicClient
}

// ImportHandler lets editors pull an image from any public URL.
func (p *Proxy) ImportHandler(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.PostFormValue("url"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		http.Error(w, "invalid url", http.StatusBadRequest)
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		http.Error(w, "invalid url", http.StatusBadRequest)
		return
	}
	resp, err := p.Client.Do(req)
	if errors.Is(err, errBlocked) {
		http.Error(w, "destination not allowed", http.StatusForbidden)
		return
	}
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
