package billing

import (
	"log"
	"sync"
	"time"

	"xorm.io/xorm"
)

type Invoice struct {
	ID       int64 `xorm:"pk autoincr"`
	TenantID int64
	Amount   int64
	Issued   time.Time
}

type Closer struct {
	mu      sync.Mutex
	engines map[int64]*xorm.Engine
	closed  map[int64]int
}

// CloseMonth issues the month's invoice in every tenant database.
func (c *Closer) CloseMonth(month time.Time) {
	for tenant, engine := range c.engines {
		err := func() error {
			sess := engine.NewSession()
			defer sess.Close()
			if err := sess.Begin(); err != nil {
				return err
			}
			inv := Invoice{TenantID: tenant, Issued: month}
			if _, err := sess.Insert(&inv); err != nil {
				return err
			}
			return sess.Commit()
		}()
		if err != nil {
			log.Printf("tenant %d: %v", tenant, err)
			continue
		}
		c.markClosed(tenant)
	}
}

func (c *Closer) markClosed(tenant int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed[tenant]++
}
