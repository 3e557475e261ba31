package migrate

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Apply runs every *.sql file in dir that is newer than the recorded version,
// each in its own transaction.
func Apply(ctx context.Context, db *sql.DB, dir string, current int) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.sql"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	for i, path := range files {
		version := i + 1
		if version <= current {
			continue
		}
		script, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback() // expect: defer-in-loop
		if _, err := tx.ExecContext(ctx, string(script)); err != nil {
			return fmt.Errorf("%s: %w", filepath.Base(path), err)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE schema_version SET version = $1", version); err != nil {
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}
