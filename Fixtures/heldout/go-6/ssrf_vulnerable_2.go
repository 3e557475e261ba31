package controllers

import (
	"io"
	"net"
	"net/http"
	"time"

	beego "github.com/beego/beego/v2/server/web"
)

type ProbeController struct {
	beego.Controller
}

func (c *ProbeController) Feed() {
	feed := c.GetString("feed")
	resp, err := http.Get(feed) // expect: ssrf
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

func (c *ProbeController) Port() {
	host := c.GetString("host")
	port := c.GetString("port")
	conn, err := net.DialTimeout("tcp", net.JoinHostPort(host, port), 3*time.Second) // expect: ssrf
	if err != nil {
		c.Data["json"] = map[string]bool{"open": false}
		c.ServeJSON()
		return
	}
	conn.Close()
	c.Data["json"] = map[string]bool{"open": true}
	c.ServeJSON()
}
