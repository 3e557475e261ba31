package storage

import (
	"time"

	"xorm.io/builder"
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
	cond := builder.NewCond()
	if f.Actor != "" {
		cond = cond.And(builder.Eq{"actor": f.Actor})
	}
	if f.Since != "" {
		since, err := time.Parse(time.RFC3339, f.Since)
		if err != nil {
			return nil, err
		}
		cond = cond.And(builder.Gte{"created": since})
	}

	var out []AuditEntry
	err := s.engine.Where(cond).Desc("created").Find(&out)
	return out, err
}

func (s *AuditStore) PurgeActor(actor string) (int64, error) {
	res, err := s.engine.Exec("DELETE FROM audit_entry WHERE actor = ?", actor)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
