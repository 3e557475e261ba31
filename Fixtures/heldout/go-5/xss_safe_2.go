package handler

import (
	"bytes"
	"context"
	"html/template"
	"regexp"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

type Badge struct {
	Label string
	Color string
}

var colorRe = regexp.MustCompile(`^#[0-9a-fA-F]{3,6}$`)

var welcomeTmpl = template.Must(template.New("welcome").Parse(
	`<!doctype html><title>Welcome</title><h1>Welcome back, {{.}}!</h1>`))

var badgeTmpl = template.Must(template.New("badge").Parse(
	`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20">` +
		`<rect width="120" height="20" fill="{{.Color}}"/><text x="6" y="14">{{.Label}}</text></svg>`))

// GET /badge?label=...&color=...
func BadgeHandler(ctx context.Context, c *app.RequestContext) {
	b := Badge{Label: c.DefaultQuery("label", "build"), Color: c.DefaultQuery("color", "#4c1")}
	if !colorRe.MatchString(b.Color) {
		b.Color = "#4c1"
	}
	var buf bytes.Buffer
	if err := badgeTmpl.Execute(&buf, b); err != nil {
		c.String(consts.StatusInternalServerError, "render failed")
		return
	}
	c.Data(consts.StatusOK, "image/svg+xml", buf.Bytes())
}

// GET /welcome?name=...
func Welcome(ctx context.Context, c *app.RequestContext) {
	name := string(c.QueryArgs().Peek("name"))
	var buf bytes.Buffer
	if err := welcomeTmpl.Execute(&buf, name); err != nil {
		c.String(consts.StatusInternalServerError, "render failed")
		return
	}
	c.Data(consts.StatusOK, "text/html; charset=utf-8", buf.Bytes())
}
