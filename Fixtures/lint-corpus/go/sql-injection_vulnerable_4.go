package handlers

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

type User struct {
	ID   int
	Name string
}

type API struct {
	db   *sqlx.DB
	orm  *gorm.DB
}

func (a *API) GetUser(c *gin.Context) {
	var u User
	if err := a.db.Get(&u, "SELECT id, name FROM users WHERE id = "+c.Param("id")); err != nil { // expect: sql-injection
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, u)
}

func (a *API) Search(c *gin.Context) {
	var users []User
	name := c.Query("name")
	a.orm.Raw("SELECT * FROM users WHERE name LIKE '%" + name + "%'").Scan(&users) // expect: sql-injection
	c.JSON(http.StatusOK, users)
}

func (a *API) Filter(c *gin.Context) {
	var b strings.Builder
	b.WriteString("SELECT id FROM orders WHERE 1=1")
	for _, status := range c.QueryArray("status") {
		b.WriteString(" OR status = '" + status + "'")
	}
	rows, err := a.db.Queryx(b.String()) // expect: sql-injection
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	c.Status(http.StatusOK)
}
