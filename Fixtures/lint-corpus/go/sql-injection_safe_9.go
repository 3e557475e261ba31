package repo

import (
	"context"
	"fmt"
	"log"
)

type Orders struct {
	store Store
}

func (o *Orders) ByStatus(ctx context.Context, status string) ([]Order, error) {
	log.Printf("SELECT orders with status '%s'", status)
	rows, err := o.store.FetchAll(ctx, "SELECT id, total FROM orders WHERE status = ?", status)
	if err != nil {
		return nil, fmt.Errorf("SELECT orders '%s': %w", status, err)
	}
	return rows, nil
}
