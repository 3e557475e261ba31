package controllers

import (
	"io"
	"net/http"
	"time"

	beego "github.com/beego/beego/v2/server/web"
)

type ProbeController struct {
	beego.Controller
}

var feeds = map[string]string{
	"status":  "https://status.example.com/history.rss",
	"changes": "https://example.com/changelog.rss",
}

var client = &http.Client{Timeout: 6 * time.Second}

func (c *ProbeController) Feed() {
	src, ok := feeds[c.GetString("feed")]
	if !ok {
		c.CustomAbort(404, "unknown feed")
		return
	}
	resp, err := client.Get(src)
	if err != nil {
		c.CustomAbort(502, "feed unavailable")
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	if err != nil {
		c.CustomAbort(502, "feed unreadable")
		return
	}
	c.Ctx.Output.Header("Content-Type", "application/rss+xml")
	c.Ctx.Output.Body(body)
}
