package metrics

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

type Server struct {
	Pool    *pgxpool.Pool
	Reports *sqlx.DB
}

func (s *Server) Events(w http.ResponseWriter, r *http.Request) {
	rows, err := s.Pool.Query(r.Context(), "SELECT kind, count(*) FROM events WHERE tenant = $1 GROUP BY kind", r.Header.Get("X-Tenant"))
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
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit < 1 || limit > 365 {
		limit = 30
	}
	var days []struct {
		Day   string `db:"day"`
		Total int64  `db:"total"`
	}
	if err := s.Reports.Select(&days, "SELECT day::text, total FROM daily_totals ORDER BY day DESC LIMIT "+strconv.Itoa(limit)); err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(days)
}
