package web

import (
	"fmt"
	"html"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func Greet(c *fiber.Ctx) error {
	c.Type("html")
	return c.SendString(fmt.Sprintf("<h1>Hello %s</h1>", html.EscapeString(c.Query("name"))))
}

// Plain text: a browser shows it as text, whatever it holds.
func Echo(c *fiber.Ctx) error {
	c.Type("txt")
	return c.SendString("you said: " + c.Query("q"))
}

func Avatar(c echo.Context) error {
	initials := html.EscapeString(c.QueryParam("initials"))
	svg := `<svg xmlns="http://www.w3.org/2000/svg"><text>` + initials + `</text></svg>`
	return c.Blob(200, "image/svg+xml", []byte(svg))
}
