package files

import "github.com/gofiber/fiber/v2"

func Download(c *fiber.Ctx) error {
	return c.SendFile("/srv/exports/" + c.Params("name")) // expect: path-traversal
}
