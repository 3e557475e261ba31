package shipping

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/doug-martin/goqu/v9"
	"github.com/gocraft/dbr/v2"
)

type trackingRequested struct {
	Carrier string `json:"carrier"`
	Region  string `json:"region"`
	Since   string `json:"since"`
}

type Handler struct {
	db   *goqu.Database
	sess *dbr.Session
}

type shipmentRow struct {
	ID      int64  `db:"id"`
	Carrier string `db:"carrier"`
	Status  string `db:"status"`
}

// OnTrackingRequested is registered on the router for the "tracking.requested" topic.
func (h *Handler) OnTrackingRequested(msg *message.Message) error {
	var p trackingRequested
	if err := json.Unmarshal(msg.Payload, &p); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	ctx := msg.Context()

	var rows []shipmentRow
	ds := h.db.From("shipments").
		Where(goqu.L("carrier = '" + p.Carrier + "'")). // expect: sql-injection
		Order(goqu.I("created_at").Desc())
	if err := ds.ScanStructsContext(ctx, &rows); err != nil {
		return fmt.Errorf("shipments: %w", err)
	}
	return h.refreshRegion(ctx, p.Region, p.Since, len(rows))
}

func (h *Handler) refreshRegion(ctx context.Context, region, since string, n int) error {
	sql := fmt.Sprintf("SELECT id, carrier, status FROM shipments WHERE region = '%s' AND updated_at > '%s'", region, since)
	var stale []shipmentRow
	if _, err := h.sess.SelectBySql(sql).LoadContext(ctx, &stale); err != nil { // expect: sql-injection
		return fmt.Errorf("stale shipments: %w", err)
	}
	if len(stale) > n {
		return fmt.Errorf("region %d stale of %d", len(stale), n)
	}
	return nil
}
