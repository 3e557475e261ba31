package media

import (
	"context"
	"net/http"
	"os/exec"
	"regexp"
	"time"

	"github.com/labstack/echo/v4"
)

var (
	videoID   = regexp.MustCompile(`^[a-z0-9]{12}$`)
	timestamp = regexp.MustCompile(`^\d{1,2}:\d{2}:\d{2}$`)
)

func poster(c echo.Context) error {
	id, at := c.Param("id"), c.FormValue("at")
	if !videoID.MatchString(id) || !timestamp.MatchString(at) {
		return c.String(http.StatusBadRequest, "bad id or timestamp")
	}
	cmd := exec.Command("ffmpeg", "-y", "-ss", at, "-i", "/data/videos/"+id+".mp4", "-frames:v", "1", "/data/posters/"+id+".jpg")
	if out, err := cmd.CombinedOutput(); err != nil {
		return c.String(http.StatusInternalServerError, string(out))
	}
	return c.NoContent(http.StatusCreated)
}

func diskUsage(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "sh", "-c", "du -sh /data/videos | cut -f1").Output()
	if err != nil {
		return c.String(http.StatusInternalServerError, "du failed")
	}
	return c.String(http.StatusOK, string(out))
}
