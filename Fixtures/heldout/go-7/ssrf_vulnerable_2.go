package jobs

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Subscription is a row the customer edits on the integrations page.
type Subscription struct {
	ID          int64
	CallbackURL string
	SyslogHost  string
	SyslogPort  int
}

func loadSubscription(ctx context.Context, db *sql.DB, id int64) (Subscription, error) {
	var s Subscription
	err := db.QueryRowContext(ctx,
		"SELECT id, callback_url, syslog_host, syslog_port FROM subscriptions WHERE id = $1", id,
	).Scan(&s.ID, &s.CallbackURL, &s.SyslogHost, &s.SyslogPort)
	return s, err
}

// DeliverEvent is the machinery task that fans an event out to one subscriber.
func DeliverEvent(ctx context.Context, db *sql.DB, subID int64, body []byte) error {
	sub, err := loadSubscription(ctx, db, subID)
	if err != nil {
		return fmt.Errorf("subscription %d: %w", subID, err)
	}
	resp, err := http.Post(sub.CallbackURL, "application/json", bytes.NewReader(body)) // expect: ssrf
	if err != nil {
		return fmt.Errorf("callback: %w", err)
	}
	resp.Body.Close()

	addr := net.JoinHostPort(sub.SyslogHost, fmt.Sprint(sub.SyslogPort))
	conn, err := net.DialTimeout("udp", addr, 3*time.Second) // expect: ssrf
	if err != nil {
		return fmt.Errorf("syslog: %w", err)
	}
	defer conn.Close()
	if _, err := conn.Write(append([]byte("<134>event "), body...)); err != nil {
		return fmt.Errorf("syslog write: %w", err)
	}
	return nil
}
