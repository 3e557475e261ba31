package migrate

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func applyOne(ctx context.Context, db *sql.DB, path string, version int) error {
	script, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, string(script)); err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE schema_version SET version = $1", version); err != nil {
		return err
	}
	return tx.Commit()
}

func Apply(ctx context.Context, db *sql.DB, dir string, current int) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.sql"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	for i, path := range files {
		if i+1 <= current {
			continue
		}
		if err := applyOne(ctx, db, path, i+1); err != nil {
			return err
		}
	}
	return nil
}
