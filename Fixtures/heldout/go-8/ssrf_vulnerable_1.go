package hooks

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"net/http"
	"time"
)

type Delivery struct {
	db     *sql.DB
	client *http.Client
}

func NewDelivery(db *sql.DB) *Delivery {
	return &Delivery{db: db, client: &http.Client{Timeout: 10 * time.Second}}
}

// Fire posts an event to every webhook URL the tenant saved in settings.
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
		resp, err := d.client.Post(target, "application/json", bytes.NewReader(body)) // expect: ssrf
		if err != nil {
			continue
		}
		resp.Body.Close()
	}
	return rows.Err()
}
