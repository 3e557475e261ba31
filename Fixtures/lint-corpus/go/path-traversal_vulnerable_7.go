package files

import (
	"os"
	"path/filepath"

	"github.com/gofiber/fiber/v2"
)

// The folder is made for the file written into it just below: the write is reported, once.
func Upload(c *fiber.Ctx) error {
	fh, err := c.FormFile("doc")
	if err != nil {
		return err
	}
	dir := filepath.Join("/srv/uploads", c.Params("team"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return c.SaveFile(fh, filepath.Join(dir, fh.Filename)) // expect: path-traversal
}
