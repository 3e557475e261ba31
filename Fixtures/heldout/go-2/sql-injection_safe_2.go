package metrics

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

type Server struct {
	Pool    *pgxpool.Pool
	Reports *sqlx.DB
}

func (s *Server) Events(w http.ResponseWriter, r *http.Request) {
	rows, err := s.Pool.Query(context.Background(), "SELECT kind, count(*) FROM events WHERE tenant = $1 GROUP BY kind", r.Header.Get("X-Tenant"))
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

func (s *Server) Daily(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit < 1 || limit > 365 {
		limit = 30
	}
	var days []struct {
		Day   string `db:"day"`
		Total int64  `db:"total"`
	}
	q := fmt.Sprintf("SELECT day::text, total FROM daily_totals ORDER BY day DESC LIMIT %d", limit)
	if err := s.Reports.Select(&days, q); err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	if err := json.NewEncoder(w).Encode(days); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}
