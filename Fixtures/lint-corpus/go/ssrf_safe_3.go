package preview

import (
	"net/url"

	"github.com/go-resty/resty/v2"
	"github.com/labstack/echo/v4"
)

var client = resty.New()

func Fetch(c echo.Context) error {
	id := c.QueryParam("id")
	resp, err := client.R().Get("https://api.example.com/items/" + url.PathEscape(id))
	if err != nil {
		return err
	}
	return c.String(200, resp.String())
}
