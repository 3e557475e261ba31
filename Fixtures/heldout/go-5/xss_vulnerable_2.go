package handler

import (
	"context"
	"fmt"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

type Badge struct {
	Label string
	Color string
}

func badgeSVG(b Badge) string {
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20">`+
		`<rect width="120" height="20" fill="%s"/><text x="6" y="14">%s</text></svg>`, b.Color, b.Label)
}

// GET /badge?label=...&color=...
func BadgeHandler(ctx context.Context, c *app.RequestContext) {
	b := Badge{Label: c.DefaultQuery("label", "build"), Color: c.DefaultQuery("color", "#4c1")}
	c.Data(consts.StatusOK, "image/svg+xml", []byte(badgeSVG(b))) // expect: xss
}

// GET /welcome?name=...
func Welcome(ctx context.Context, c *app.RequestContext) {
	name := string(c.QueryArgs().Peek("name"))
	page := "<!doctype html><title>Welcome</title><h1>Welcome back, " + name + "!</h1>"
	c.Data(consts.StatusOK, "text/html; charset=utf-8", []byte(page)) // expect: xss
}
