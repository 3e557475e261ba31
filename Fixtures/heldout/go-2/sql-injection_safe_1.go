package orders

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Order struct {
	ID     uint
	Status string
}
type Handler struct{ DB *gorm.DB }

var sortColumns = map[string]string{
	"newest": "id DESC",
	"total":  "total DESC",
}

func (h *Handler) Search(c *gin.Context) {
	var orders []Order
	q := h.DB.Where("status = ?", c.Query("status"))
	if order, ok := sortColumns[c.Query("sort")]; ok {
		q = q.Order(order)
	}
	if err := q.Limit(100).Find(&orders).Error; err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "query failed"})
		return
	}
	c.JSON(http.StatusOK, orders)
}

func (h *Handler) ByCustomer(c *gin.Context) {
	var totals []struct {
		Customer string
		Sum      float64
	}
	err := h.DB.Raw("SELECT customer, SUM(total) AS sum FROM orders WHERE customer LIKE ? GROUP BY customer", "%"+c.Query("name")+"%").Scan(&totals).Error
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "query failed"})
		return
	}
	c.JSON(http.StatusOK, totals)
}
