package jobs

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"
)

// Subscription is a row the customer edits on the integrations page.
type Subscription struct {
	ID          int64
	CallbackURL string
	SyslogHost  string
	SyslogPort  int
}

// collectors are the syslog endpoints operations runs; customers pick one by name.
var collectors = map[string]string{
	"eu": "syslog-eu.internal:514",
	"us": "syslog-us.internal:514",
}

func loadSubscription(ctx context.Context, db *sql.DB, id int64) (Subscription, error) {
	var s Subscription
	err := db.QueryRowContext(ctx,
		"SELECT id, callback_url, syslog_host, syslog_port FROM subscriptions WHERE id = $1", id,
	).Scan(&s.ID, &s.CallbackURL, &s.SyslogHost, &s.SyslogPort)
	return s, err
}

func publicHTTPS(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" {
		return "", errors.New("callback must be https")
	}
	ips, err := net.LookupIP(u.Hostname())
	if err != nil {
		return "", err
	}
	for _, ip := range ips {
		if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() {
			return "", errors.New("callback resolves to an internal address")
		}
	}
	return u.String(), nil
}

// DeliverEvent is the machinery task that fans an event out to one subscriber.
func DeliverEvent(ctx context.Context, db *sql.DB, subID int64, body []byte) error {
	sub, err := loadSubscription(ctx, db, subID)
	if err != nil {
		return fmt.Errorf("subscription %d: %w", subID, err)
	}
	target, err := publicHTTPS(sub.CallbackURL)
	if err != nil {
		return err
	}
	resp, err := http.Post(target, "application/json", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("callback: %w", err)
	}
	resp.Body.Close()

	addr, ok := collectors[sub.SyslogHost]
	if !ok {
		return fmt.Errorf("unknown collector %q", sub.SyslogHost)
	}
	conn, err := net.DialTimeout("udp", addr, 3*time.Second)
	if err != nil {
		return fmt.Errorf("syslog: %w", err)
	}
	defer conn.Close()
	if _, err := conn.Write(append([]byte("<134>event "), body...)); err != nil {
		return fmt.Errorf("syslog write: %w", err)
	}
	return nil
}
