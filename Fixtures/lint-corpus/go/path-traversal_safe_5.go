package files

import (
	"os"
	"path/filepath"

	"github.com/gofiber/fiber/v2"
)

func Download(c *fiber.Ctx) error {
	return c.SendFile(filepath.Join("/srv/exports", filepath.Base(c.Params("name"))))
}

func Upload(c *fiber.Ctx) error {
	fh, err := c.FormFile("doc")
	if err != nil {
		return err
	}
	dir := filepath.Join("/srv/uploads", filepath.Base(c.Params("team")))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return c.SaveFile(fh, filepath.Join(dir, "upload.bin"))
}
