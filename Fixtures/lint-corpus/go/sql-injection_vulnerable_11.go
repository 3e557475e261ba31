package repo

import (
	"context"
	"fmt"
)

type Orders struct {
	store Store
}

// A repository over a library no rule names: whoever calls it, the quotes pasted around the
// value are the injection.
func (o *Orders) ByStatus(ctx context.Context, status string) ([]Order, error) {
	stmt := fmt.Sprintf("SELECT id, total FROM orders WHERE status = '%s'", status)
	return o.store.FetchAll(ctx, stmt) // expect: sql-injection
}
