package files

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

const uploadDir = "/var/lib/shareit/uploads"

func Register(r *gin.Engine) {
	r.GET("/files/:name", download)
	r.DELETE("/files", remove)
}

func download(c *gin.Context) {
	name := filepath.Base(c.Param("name"))
	if name == "." || name == "/" || name == ".." {
		c.Status(http.StatusBadRequest)
		return
	}
	c.File(filepath.Join(uploadDir, name))
}

func remove(c *gin.Context) {
	root, err := os.OpenRoot(uploadDir)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	defer root.Close()
	if err := root.Remove(c.Query("name")); err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "no such file"})
		return
	}
	c.Status(http.StatusNoContent)
}
