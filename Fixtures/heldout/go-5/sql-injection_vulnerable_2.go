package storage

import (
	"strings"
	"time"

	"xorm.io/xorm"
)

type AuditEntry struct {
	ID      int64     `xorm:"pk autoincr"`
	Actor   string    `xorm:"actor"`
	Action  string    `xorm:"action"`
	Target  string    `xorm:"target"`
	Created time.Time `xorm:"created"`
}

type AuditFilter struct {
	Actor  string
	Action string
	Since  string
}

type AuditStore struct {
	engine *xorm.Engine
}

func NewAuditStore(e *xorm.Engine) *AuditStore { return &AuditStore{engine: e} }

func (s *AuditStore) Find(f AuditFilter) ([]AuditEntry, error) {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM audit_entry WHERE 1=1")
	if f.Actor != "" {
		sb.WriteString(" AND actor = '")
		sb.WriteString(f.Actor)
		sb.WriteString("'")
	}
	if f.Since != "" {
		sb.WriteString(" AND created >= '" + f.Since + "'")
	}
	sb.WriteString(" ORDER BY created DESC")

	var out []AuditEntry
	err := s.engine.SQL(sb.String()).Find(&out) // expect: sql-injection
	return out, err
}

func (s *AuditStore) PurgeActor(actor string) (int64, error) {
	res, err := s.engine.Exec("DELETE FROM audit_entry WHERE actor = '" + actor + "'") // expect: sql-injection
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
