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
	c.File(filepath.Join(uploadDir, c.Param("name"))) // expect: path-traversal
}

func remove(c *gin.Context) {
	target := filepath.Join(uploadDir, c.Query("name"))
	if err := os.Remove(target); err != nil { // expect: path-traversal
		c.JSON(http.StatusNotFound, gin.H{"error": "no such file"})
		return
	}
	c.Status(http.StatusNoContent)
}
