package workers

import (
	"context"

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
	if _, err := tx.Exec(ctx, "UPDATE invoices SET settled_at = now() WHERE id = $1", job.Args.InvoiceID); err != nil {
		_ = tx.Rollback(ctx) // expect: ignored-error
		return err
	}
	_, _ = tx.Exec(ctx, "INSERT INTO ledger (invoice_id, kind) VALUES ($1, 'settled')", job.Args.InvoiceID) // expect: ignored-error
	_ = tx.Commit(ctx)                                                                                      // expect: ignored-error
	return nil
}
