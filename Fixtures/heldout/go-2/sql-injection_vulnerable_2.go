package metrics

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

type Server struct {
	Pool    *pgxpool.Pool
	Reports *sqlx.DB
}

func (s *Server) Events(w http.ResponseWriter, r *http.Request) {
	tenant := r.Header.Get("X-Tenant")
	rows, err := s.Pool.Query(r.Context(), "SELECT kind, count(*) FROM events WHERE tenant = '"+tenant+"' GROUP BY kind") // expect: sql-injection
	var counts []map[string]any
	if err == nil {
		counts, err = pgx.CollectRows(rows, pgx.RowToMap)
	}
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(counts)
}

func (s *Server) Daily(w http.ResponseWriter, r *http.Request) {
	var days []struct {
		Day   string `db:"day"`
		Total int64  `db:"total"`
	}
	q := fmt.Sprintf("SELECT day::text, total FROM daily_totals ORDER BY day DESC LIMIT %s", r.URL.Query().Get("limit"))
	if err := s.Reports.Select(&days, q); err != nil { // expect: sql-injection
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(days)
}
