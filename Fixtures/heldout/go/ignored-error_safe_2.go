// Command fxsync downloads today's exchange rates into the pricing database.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"time"

	_ "github.com/lib/pq"
)

const ratesURL = "https://api.exchangerate.example.com/v1/latest?base=EUR"

type rates struct {
	Date  string             `json:"date"`
	Rates map[string]float64 `json:"rates"`
}

func fetch(ctx context.Context, c *http.Client) (*rates, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ratesURL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("get rates: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		// Drain so the connection can be reused; failure here is irrelevant.
		_, _ = io.Copy(io.Discard, resp.Body)
		return nil, fmt.Errorf("rates API: %s", resp.Status)
	}
	var rs rates
	if err := json.NewDecoder(resp.Body).Decode(&rs); err != nil {
		return nil, fmt.Errorf("decode rates: %w", err)
	}
	return &rs, nil
}

func store(ctx context.Context, db *sql.DB, rs *rates) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	// Rollback after a successful Commit is a no-op returning ErrTxDone.
	defer func() { _ = tx.Rollback() }()

	for cur, rate := range rs.Rates {
		if _, err := tx.ExecContext(ctx,
			"INSERT INTO fx_rates (day, currency, rate) VALUES ($1, $2, $3) ON CONFLICT (day, currency) DO UPDATE SET rate = EXCLUDED.rate",
			rs.Date, cur, rate); err != nil {
			return fmt.Errorf("insert %s: %w", cur, err)
		}
	}
	return tx.Commit()
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	rs, err := fetch(ctx, &http.Client{Timeout: 10 * time.Second})
	if err != nil {
		log.Fatal(err)
	}
	if err := store(ctx, db, rs); err != nil {
		log.Fatal(err)
	}
	log.Printf("stored %d rates for %s", len(rs.Rates), rs.Date)
}
