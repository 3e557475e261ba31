package pages

import (
	"fmt"

	"example.com/tinyweb/tw"
)

type ShopController struct {
	tw.Controller
}

func (c *ShopController) Missing() {
	item := c.GetString("item")
	c.Out.SendString("<div class=\"empty\">No item called " + item + "</div>") // expect: xss
}

func Greeting(ctx *tw.RequestCtx) {
	ctx.SetType("text/html")
	fmt.Fprintf(ctx, "<h3>Welcome back, %s</h3>", ctx.Query("who")) // expect: xss
}
