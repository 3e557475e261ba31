package orders

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Order struct {
	ID       uint
	Customer string
	Status   string
	Total    float64
}

type Handler struct{ DB *gorm.DB }

func (h *Handler) Search(c *gin.Context) {
	var orders []Order
	q := h.DB.Where("status = '" + c.Query("status") + "'") // expect: sql-injection
	if sort := c.Query("sort"); sort != "" {
		q = q.Order(sort) // expect: sql-injection
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
	sql := fmt.Sprintf("SELECT customer, SUM(total) AS sum FROM orders WHERE customer LIKE '%%%s%%' GROUP BY customer", c.Query("name"))
	if err := h.DB.Raw(sql).Scan(&totals).Error; err != nil { // expect: sql-injection
		c.JSON(http.StatusInternalServerError, gin.H{"error": "query failed"})
		return
	}
	c.JSON(http.StatusOK, totals)
}
