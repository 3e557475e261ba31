package preview

import (
	"github.com/go-resty/resty/v2"
	"github.com/labstack/echo/v4"
)

var client = resty.New()

func Fetch(c echo.Context) error {
	target := c.QueryParam("url")
	resp, err := client.R().SetHeader("Accept", "text/html").Get(target) // expect: ssrf
	if err != nil {
		return err
	}
	return c.String(200, resp.String())
}
