package inventory

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

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

func buildUpsert(table string, items map[string]int) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "INSERT INTO %s (sku, qty) VALUES ", table)
	first := true
	for sku, qty := range items {
		if !first {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "('%s', %d)", sku, qty)
		first = false
	}
	sb.WriteString(" ON CONFLICT (sku) DO UPDATE SET qty = EXCLUDED.qty")
	return sb.String()
}

// OnRestock is subscribed to the "restock" topic of the Dapr pub/sub component.
func (h *Handler) OnRestock(ctx context.Context, e *common.TopicEvent) (bool, error) {
	var msg restock
	if err := json.Unmarshal(e.RawData, &msg); err != nil {
		return false, err
	}
	stmt := buildUpsert("stock_"+msg.Warehouse, msg.Items)
	if _, err := h.conn.Exec(ctx, stmt); err != nil { // expect: sql-injection
		return true, err
	}
	return false, nil
}
