package main

import (
	"log"
	"os/exec"
	"path/filepath"
	"regexp"

	"github.com/gofiber/fiber/v2"
)

var sizeRe = regexp.MustCompile(`^\d{2,4}x\d{2,4}$`)

func main() {
	app := fiber.New()
	app.Post("/thumbs", func(c *fiber.Ctx) error {
		name := filepath.Base(c.FormValue("path"))
		size := c.Query("size", "200x200")
		if !sizeRe.MatchString(size) {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		src := filepath.Join("/var/uploads", name)
		cmd := exec.Command("convert", src, "-thumbnail", size, "/var/thumbs/out.png")
		if out, err := cmd.CombinedOutput(); err != nil {
			return c.Status(fiber.StatusUnprocessableEntity).Send(out)
		}
		return c.SendFile("/var/thumbs/out.png")
	})
	log.Fatal(app.Listen(":3000"))
}
