package workers

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
)

type SettleArgs struct {
	InvoiceID int64 `json:"invoice_id"`
}

func (SettleArgs) Kind() string { return "invoice_settle" }

type SettleWorker struct {
	river.WorkerDefaults[SettleArgs]
	Pool *pgxpool.Pool
}

func (w *SettleWorker) Work(ctx context.Context, job *river.Job[SettleArgs]) error {
	tx, err := w.Pool.BeginTx(ctx, pgx.TxOptions{})
	if err != nil {
		return err
	}
	if err := settle(ctx, tx, job.Args.InvoiceID); err != nil {
		if rbErr := tx.Rollback(ctx); rbErr != nil && !errors.Is(rbErr, pgx.ErrTxClosed) {
			return fmt.Errorf("%w (rollback: %v)", err, rbErr)
		}
		return err
	}
	return tx.Commit(ctx)
}

func settle(ctx context.Context, tx pgx.Tx, id int64) error {
	if _, err := tx.Exec(ctx, "UPDATE invoices SET settled_at = now() WHERE id = $1", id); err != nil {
		return fmt.Errorf("update invoice: %w", err)
	}
	if _, err := tx.Exec(ctx, "INSERT INTO ledger (invoice_id, kind) VALUES ($1, 'settled')", id); err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	return nil
}
