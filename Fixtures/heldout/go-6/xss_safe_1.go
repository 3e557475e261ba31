package web

import (
	"fmt"
	"html"
	"strings"

	"github.com/valyala/fasthttp"
)

type Hit struct {
	Title string
	URL   string
}

type Index interface {
	Search(q string) []Hit
}

func renderResults(q string, hits []Hit) string {
	var b strings.Builder
	b.WriteString("<html><body><h1>Results for " + html.EscapeString(q) + "</h1><ul>")
	for _, h := range hits {
		fmt.Fprintf(&b, "<li>%s</li>", html.EscapeString(h.Title))
	}
	b.WriteString("</ul></body></html>")
	return b.String()
}

func SearchHandler(idx Index) fasthttp.RequestHandler {
	return func(ctx *fasthttp.RequestCtx) {
		q := string(ctx.QueryArgs().Peek("q"))
		ctx.SetContentType("text/html; charset=utf-8")
		ctx.SetBodyString(renderResults(q, idx.Search(q)))
	}
}

func NotFound(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(fasthttp.StatusNotFound)
	ctx.SetContentType("text/plain; charset=utf-8")
	ctx.Response.Header.Set("X-Content-Type-Options", "nosniff")
	fmt.Fprintf(ctx, "No page at %s\n", ctx.Path())
}
