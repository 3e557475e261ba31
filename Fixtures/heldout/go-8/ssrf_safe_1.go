package hooks

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/url"
	"time"
)

type Delivery struct {
	db     *sql.DB
	client *http.Client
}

func publicHTTPS(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" {
		return errors.New("webhook must be https")
	}
	ips, err := net.LookupIP(u.Hostname())
	if err != nil {
		return err
	}
	for _, ip := range ips {
		if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
			return errors.New("webhook resolves to an internal address")
		}
	}
	return nil
}

func NewDelivery(db *sql.DB) *Delivery {
	return &Delivery{db: db, client: &http.Client{
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

func (d *Delivery) Fire(tenant int64, event map[string]any) error {
	rows, err := d.db.Query("SELECT target_url FROM webhooks WHERE tenant_id = $1", tenant)
	if err != nil {
		return err
	}
	defer rows.Close()
	body, err := json.Marshal(event)
	if err != nil {
		return err
	}
	for rows.Next() {
		var target string
		if err := rows.Scan(&target); err != nil {
			return err
		}
		if publicHTTPS(target) != nil {
			continue
		}
		resp, err := d.client.Post(target, "application/json", bytes.NewReader(body))
		if err != nil {
			continue
		}
		resp.Body.Close()
	}
	return rows.Err()
}
