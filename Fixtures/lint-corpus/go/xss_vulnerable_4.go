package web

import (
	"fmt"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// Fiber: the page is declared HTML, then a query value is pasted into it.
func Greet(c *fiber.Ctx) error {
	c.Type("html")
	return c.SendString(fmt.Sprintf("<h1>Hello %s</h1>", c.Query("name"))) // expect: xss
}

// echo: an SVG document is a page too (it can carry script).
func Avatar(c echo.Context) error {
	initials := c.QueryParam("initials")
	svg := `<svg xmlns="http://www.w3.org/2000/svg"><text>` + initials + `</text></svg>`
	return c.Blob(200, "image/svg+xml", []byte(svg)) // expect: xss
}
