package pages

import (
	"fmt"
	"html"
	"log"

	"example.com/tinyweb/tw"
)

type ShopController struct {
	tw.Controller
}

func (c *ShopController) Missing() {
	item := html.EscapeString(c.GetString("item"))
	c.Out.SendString("<div class=\"empty\">No item called " + item + "</div>")
	log.Printf("<missing> item %q", c.GetString("item"))
}

func Greeting(ctx *tw.RequestCtx) {
	ctx.SetType("text/plain")
	fmt.Fprintf(ctx, "Welcome back, %s", ctx.Query("who"))
}
