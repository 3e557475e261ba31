package metrics

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

type Server struct {
	Pool    *pgxpool.Pool
	Reports *sqlx.DB
}

func (s *Server) Events(w http.ResponseWriter, r *http.Request) {
	tenant := r.Header.Get("X-Tenant")
	rows, err := s.Pool.Query(context.Background(), "SELECT kind, count(*) FROM events WHERE tenant = '"+tenant+"' GROUP BY kind") // expect: sql-injection
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	counts := map[string]int64{}
	for rows.Next() {
		var kind string
		var n int64
		if err := rows.Scan(&kind, &n); err != nil {
			http.Error(w, "scan failed", http.StatusInternalServerError)
			return
		}
		counts[kind] = n
	}
	if err := json.NewEncoder(w).Encode(counts); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}

type Daily struct {
	Day   string `db:"day"`
	Total int64  `db:"total"`
}

func (s *Server) Daily(w http.ResponseWriter, r *http.Request) {
	var days []Daily
	q := fmt.Sprintf("SELECT day::text, total FROM daily_totals ORDER BY day DESC LIMIT %s", r.URL.Query().Get("limit"))
	if err := s.Reports.Select(&days, q); err != nil { // expect: sql-injection
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	if err := json.NewEncoder(w).Encode(days); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}
