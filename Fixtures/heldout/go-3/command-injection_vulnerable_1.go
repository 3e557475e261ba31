package main

import (
	"log"
	"os/exec"

	"github.com/gofiber/fiber/v2"
)

func main() {
	app := fiber.New()
	app.Post("/thumbs", func(c *fiber.Ctx) error {
		file := c.FormValue("path")
		size := c.Query("size", "200x200")
		out, err := exec.Command("sh", "-c", "convert "+file+" -thumbnail "+size+" /var/thumbs/out.png").CombinedOutput() // expect: command-injection
		if err != nil {
			return c.Status(fiber.StatusUnprocessableEntity).SendString(string(out))
		}
		return c.SendFile("/var/thumbs/out.png")
	})
	log.Fatal(app.Listen(":3000"))
}
