package orders

import (
	"context"
	"fmt"
	"net/http"

	"github.com/uptrace/bun"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
	"xorm.io/xorm"
)

type Repo struct {
	bdb    *bun.DB
	conn   sqlx.SqlConn
	engine *xorm.Engine
}

type Order struct {
	ID     int64
	Status string
}

func (s *Repo) byStatus(ctx context.Context, status string) ([]Order, error) {
	var out []Order
	err := s.bdb.NewRaw("SELECT id, status FROM orders WHERE status = '" + status + "'").Scan(ctx, &out) // expect: sql-injection
	return out, err
}

func (s *Repo) Search(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	orders, err := s.byStatus(r.Context(), status)
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	var n int64
	q := fmt.Sprintf("SELECT count(*) FROM orders WHERE customer = '%s'", r.FormValue("customer"))
	if err := s.conn.QueryRowCtx(r.Context(), &n, q); err != nil { // expect: sql-injection
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	rows, err := s.engine.QueryString("SELECT * FROM notes WHERE tag = '" + r.FormValue("tag") + "'") // expect: sql-injection
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, "%d %d %d\n", len(orders), n, len(rows))
}
