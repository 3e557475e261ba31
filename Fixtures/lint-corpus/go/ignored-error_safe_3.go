package weather

import (
	"database/sql"
	"io"
	"net/http"
	"os"
)

// Save writes the forecast through a temporary file, cleaning up on failure.
func Save(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp("", "forecast-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		_ = tmp.Close()
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Store records the forecast in one transaction.
func Store(db *sql.DB, resp *http.Response, city string) error {
	// Drain so that the connection goes back to the pool.
	_, _ = io.Copy(io.Discard, resp.Body)
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.Exec("INSERT INTO forecasts(city) VALUES ($1)", city); err != nil {
		return err
	}
	return tx.Commit()
}
