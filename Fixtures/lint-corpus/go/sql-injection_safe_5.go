package orders

import (
	"net/http"

	"github.com/uptrace/bun"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
	"xorm.io/xorm"
)

type Store struct {
	bdb    *bun.DB
	conn   sqlx.SqlConn
	engine *xorm.Engine
}

func (s *Store) Search(w http.ResponseWriter, r *http.Request) {
	var ids []int64
	if err := s.bdb.NewRaw("SELECT id FROM orders WHERE status = ?", r.FormValue("status")).Scan(r.Context(), &ids); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	var n int64
	if err := s.conn.QueryRowCtx(r.Context(), &n, "SELECT count(*) FROM orders WHERE customer = ?", r.FormValue("customer")); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	if _, err := s.engine.SQL("SELECT * FROM notes WHERE tag = ?", r.FormValue("tag")).QueryString(); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
