// Command fxsync downloads today's exchange rates into the pricing database.
package main

import (
	"database/sql"
	"encoding/json"
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

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	client := &http.Client{Timeout: 10 * time.Second}
	resp, _ := client.Get(ratesURL) // expect: ignored-error
	defer resp.Body.Close()

	body, _ := io.ReadAll(resp.Body) // expect: ignored-error

	var rs rates
	if err := json.Unmarshal(body, &rs); err != nil {
		log.Fatalf("decode rates: %v", err)
	}

	tx, err := db.Begin()
	if err != nil {
		log.Fatal(err)
	}
	for cur, rate := range rs.Rates {
		if _, err := tx.Exec(
			"INSERT INTO fx_rates (day, currency, rate) VALUES ($1, $2, $3) ON CONFLICT (day, currency) DO UPDATE SET rate = EXCLUDED.rate",
			rs.Date, cur, rate); err != nil {
			if rbErr := tx.Rollback(); rbErr != nil {
				log.Printf("rollback: %v", rbErr)
			}
			log.Fatalf("insert %s: %v", cur, err)
		}
	}
	_ = tx.Commit() // expect: ignored-error
	log.Printf("stored %d rates for %s", len(rs.Rates), rs.Date)
}
