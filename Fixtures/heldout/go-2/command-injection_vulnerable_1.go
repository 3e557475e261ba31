package media

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
	"time"

	"github.com/labstack/echo/v4"
)

func RegisterRoutes(e *echo.Echo) {
	e.POST("/videos/:id/poster", poster)
	e.GET("/videos/:id/info", info)
}

func poster(c echo.Context) error {
	id := c.Param("id")
	at := c.FormValue("at")
	cmd := exec.Command("sh", "-c", "ffmpeg -y -ss "+at+" -i /data/videos/"+id+".mp4 -frames:v 1 /data/posters/"+id+".jpg") // expect: command-injection
	if out, err := cmd.CombinedOutput(); err != nil {
		return c.String(http.StatusInternalServerError, string(out))
	}
	return c.NoContent(http.StatusCreated)
}

func info(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 10*time.Second)
	defer cancel()
	script := fmt.Sprintf("ffprobe -v error -show_format -of json /data/videos/%s.mp4", c.Param("id"))
	out, err := exec.CommandContext(ctx, "bash", "-c", script).Output() // expect: command-injection
	if err != nil {
		return c.String(http.StatusNotFound, "no such video")
	}
	return c.Blob(http.StatusOK, "application/json", out)
}
