package batch

import (
	"database/sql"
	"net/http"
)

func Import(db *sql.DB, batches [][]string) error {
	for _, batch := range batches {
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		defer tx.Rollback() // expect: defer-in-loop
		for _, row := range batch {
			if _, err := tx.Exec("INSERT INTO items(name) VALUES (?)", row); err != nil {
				return err
			}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

func Poll(urls []string) {
	for {
		for _, u := range urls {
			resp, err := http.Get(u)
			if err != nil {
				continue
			}
			defer resp.Body.Close() // expect: defer-in-loop
		}
	}
}
