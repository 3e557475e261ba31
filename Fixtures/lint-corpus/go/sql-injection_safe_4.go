package store

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
	"gorm.io/gorm"
)

type API struct {
	PG   *pgxpool.Pool
	Gorm *gorm.DB
}

var orderColumns = map[string]string{"new": "created_at DESC", "old": "created_at ASC"}

func (a *API) Tickets(w http.ResponseWriter, r *http.Request) {
	rows, err := a.PG.Query(r.Context(), "SELECT id, title FROM tickets WHERE queue = $1", r.URL.Query().Get("queue"))
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (a *API) List(c *gin.Context) {
	var out []map[string]any
	order, ok := orderColumns[c.Query("order")]
	if !ok {
		order = "created_at DESC"
	}
	a.Gorm.Table("tickets").Order(order).Find(&out)
	c.JSON(http.StatusOK, out)
}
