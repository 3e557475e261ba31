package controllers

import (
	"github.com/a-h/templ"
	beego "github.com/beego/beego/v2/server/web"
)

type GuestbookController struct {
	beego.Controller
}

type Entry struct {
	Author  string
	Message string
}

type EntryStore interface {
	Latest(n int) []Entry
}

var Store EntryStore

func (c *GuestbookController) Thanks() {
	name := c.GetString("name")
	c.Ctx.Output.Header("Content-Type", "text/html; charset=utf-8")
	c.Ctx.WriteString("<h2>Thanks for signing, " + name + "!</h2>") // expect: xss
}

// MessageBody feeds the templ component that lists the guestbook entries.
func MessageBody(e Entry) templ.Component {
	return templ.Raw("<blockquote>" + e.Message + "</blockquote>") // expect: xss
}
