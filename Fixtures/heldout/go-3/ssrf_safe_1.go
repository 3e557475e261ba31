package hooks

import (
	"bytes"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
)

var allowedHookHosts = map[string]bool{"hooks.slack.com": true, "discord.com": true, "outlook.office.com": true}

func checkCallback(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	host := strings.ToLower(u.Hostname())
	if u.Scheme != "https" || !allowedHookHosts[host] {
		return nil, errors.New("callback host not allowed")
	}
	ips, err := net.LookupIP(host)
	if err != nil {
		return nil, err
	}
	for _, ip := range ips {
		if ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() {
			return nil, errors.New("callback resolves to a private address")
		}
	}
	return u, nil
}

func Deliver(client *http.Client, callback string, payload []byte) (int, error) {
	u, err := checkCallback(callback)
	if err != nil {
		return 0, err
	}
	resp, err := client.Post(u.String(), "application/json", bytes.NewReader(payload))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
