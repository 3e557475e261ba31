package inventory

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"

	"github.com/dapr/go-sdk/service/common"
	"github.com/jackc/pgx/v5"
)

type restock struct {
	Warehouse string         `json:"warehouse"`
	Items     map[string]int `json:"items"`
}

type Handler struct {
	conn *pgx.Conn
}

var warehouseCode = regexp.MustCompile(`^[a-z]{3}[0-9]{2}$`)

// OnRestock is subscribed to the "restock" topic of the Dapr pub/sub component.
func (h *Handler) OnRestock(ctx context.Context, e *common.TopicEvent) (bool, error) {
	var msg restock
	if err := json.Unmarshal(e.RawData, &msg); err != nil {
		return false, err
	}
	if !warehouseCode.MatchString(msg.Warehouse) {
		return false, fmt.Errorf("unknown warehouse %q", msg.Warehouse)
	}
	table := pgx.Identifier{"stock_" + msg.Warehouse}.Sanitize()
	stmt := "INSERT INTO " + table + " (sku, qty) VALUES ($1, $2) ON CONFLICT (sku) DO UPDATE SET qty = EXCLUDED.qty"

	batch := &pgx.Batch{}
	for sku, qty := range msg.Items {
		batch.Queue(stmt, sku, qty)
	}
	if err := h.conn.SendBatch(ctx, batch).Close(); err != nil {
		return true, err
	}
	return false, nil
}
