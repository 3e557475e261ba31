package store

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
	"gorm.io/gorm"
)

type API struct {
	PG   *pgxpool.Pool
	Gorm *gorm.DB
}

func (a *API) Tickets(w http.ResponseWriter, r *http.Request) {
	queue := r.URL.Query().Get("queue")
	rows, err := a.PG.Query(r.Context(), "SELECT id, title FROM tickets WHERE queue = '"+queue+"'") // expect: sql-injection
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (a *API) Close(ctx context.Context, c *gin.Context) error {
	_, err := a.PG.Exec(ctx, "UPDATE tickets SET open = false WHERE owner = '"+c.Query("owner")+"'") // expect: sql-injection
	return err
}

func (a *API) List(c *gin.Context) {
	var out []map[string]any
	order := c.DefaultQuery("order", "created_at")
	a.Gorm.Table("tickets").Order(order).Find(&out) // expect: sql-injection
	c.JSON(http.StatusOK, out)
}
