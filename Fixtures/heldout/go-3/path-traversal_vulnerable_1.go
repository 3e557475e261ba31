package files

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

const root = "/srv/share"

func Register(e *echo.Echo) {
	e.GET("/files/*", download)
	e.GET("/preview", preview)
}

func download(c echo.Context) error {
	f, err := os.Open(filepath.Join(root, c.Param("*"))) // expect: path-traversal
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	defer f.Close()
	return c.Stream(http.StatusOK, "application/octet-stream", f)
}

func preview(c echo.Context) error {
	path := root + "/" + c.QueryParam("doc")
	w := c.Response()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	http.ServeFile(w, c.Request(), path) // expect: path-traversal
	return nil
}
