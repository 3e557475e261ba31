package controllers

import (
	"html/template"
	"strings"

	beego "github.com/beego/beego/v2/server/web"
)

type GuestbookController struct {
	beego.Controller
}

var thanksTpl = template.Must(template.New("thanks").Parse(`<h2>Thanks for signing, {{.}}!</h2>`))

func (c *GuestbookController) Thanks() {
	name := c.GetString("name")
	var b strings.Builder
	if err := thanksTpl.Execute(&b, name); err != nil {
		c.CustomAbort(500, "render failed")
		return
	}
	c.Ctx.Output.Header("Content-Type", "text/html; charset=utf-8")
	c.Ctx.WriteString(b.String())
}

func (c *GuestbookController) Count() {
	c.Ctx.Output.Header("Content-Type", "text/html; charset=utf-8")
	c.Ctx.WriteString("<p>The guestbook is open.</p>")
}
