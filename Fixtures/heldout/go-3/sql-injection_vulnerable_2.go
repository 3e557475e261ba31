package admin

import (
	"fmt"
	"net/http"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
)

type Member struct {
	ID    int64  `db:"id"`
	Name  string `db:"name"`
	Email string `db:"email"`
}

type Handler struct{ DB *sqlx.DB }

func (h *Handler) Search(c echo.Context) error {
	var members []Member
	q := c.QueryParam("q")
	err := h.DB.Select(&members, "SELECT id, name, email FROM members WHERE name ILIKE '%"+q+"%' ORDER BY "+c.QueryParam("sort")) // expect: sql-injection
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "search failed")
	}
	return c.JSON(http.StatusOK, members)
}

func (h *Handler) Count(c echo.Context) error {
	var n int
	table := c.Param("table")
	if err := h.DB.Get(&n, fmt.Sprintf("SELECT count(*) FROM %s", table)); err != nil { // expect: sql-injection
		return echo.NewHTTPError(http.StatusBadRequest, "unknown table")
	}
	return c.JSON(http.StatusOK, map[string]int{"count": n})
}
