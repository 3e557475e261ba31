package files

import (
	"net/http"
	"os"
	"path/filepath"

	"github.com/labstack/echo/v4"
)

const shareRoot = "/srv/share"

func SafeRegister(e *echo.Echo) {
	e.GET("/files/*", safeDownload)
	e.GET("/static/*", echo.WrapHandler(http.StripPrefix("/static/", http.FileServer(http.Dir("/srv/static")))))
}

func safeDownload(c echo.Context) error {
	rel := filepath.FromSlash(c.Param("*"))
	if !filepath.IsLocal(rel) {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid path")
	}
	f, err := os.Open(filepath.Join(shareRoot, rel))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	defer f.Close()
	return c.Stream(http.StatusOK, "application/octet-stream", f)
}

func preview(c echo.Context) error {
	name := filepath.Base(c.QueryParam("doc"))
	return c.File(filepath.Join(shareRoot, "previews", name+".txt"))
}
