package web

import (
	"fmt"
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
	b.WriteString("<html><body><h1>Results for " + q + "</h1><ul>")
	for _, h := range hits {
		fmt.Fprintf(&b, "<li>%s</li>", h.Title)
	}
	b.WriteString("</ul></body></html>")
	return b.String()
}

func SearchHandler(idx Index) fasthttp.RequestHandler {
	return func(ctx *fasthttp.RequestCtx) {
		q := string(ctx.QueryArgs().Peek("q"))
		ctx.SetContentType("text/html; charset=utf-8")
		ctx.SetBodyString(renderResults(q, idx.Search(q))) // expect: xss
	}
}

func NotFound(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(fasthttp.StatusNotFound)
	ctx.SetContentType("text/html")
	fmt.Fprintf(ctx, "<p>No page at <code>%s</code></p>", ctx.Path()) // expect: xss
}
