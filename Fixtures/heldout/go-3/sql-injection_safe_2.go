package admin

import (
	"net/http"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
)

var sortColumns = map[string]string{
	"name":   "name",
	"joined": "joined_at DESC",
}

type SafeHandler struct{ DB *sqlx.DB }

func (h *SafeHandler) Search(c echo.Context) error {
	order, ok := sortColumns[c.QueryParam("sort")]
	if !ok {
		order = "name"
	}
	var members []Member
	err := h.DB.Select(&members,
		"SELECT id, name, email FROM members WHERE name ILIKE '%' || $1 || '%' ORDER BY "+order, c.QueryParam("q"))
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "search failed")
	}
	return c.JSON(http.StatusOK, members)
}

func (h *SafeHandler) ByIDs(c echo.Context, ids []int64) error {
	query, args, err := sqlx.In("SELECT id, name, email FROM members WHERE id IN (?)", ids)
	if err != nil {
		return err
	}
	var members []Member
	if err := h.DB.Select(&members, h.DB.Rebind(query), args...); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "lookup failed")
	}
	return c.JSON(http.StatusOK, members)
}
