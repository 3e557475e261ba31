package main

import (
	"fmt"
	"strings"

	"github.com/kataras/iris/v12"
)

type Hit struct {
	Title string
	URL   string
}

type SearchIndex interface {
	Query(q string, limit int) ([]Hit, error)
}

type SearchPage struct {
	index SearchIndex
}

func (p *SearchPage) render(q string, hits []Hit) string {
	var b strings.Builder
	b.WriteString("<html><body><form><input name=q></form>")
	fmt.Fprintf(&b, "<h2>%d results for &ldquo;%s&rdquo;</h2><ul>", len(hits), q)
	for _, h := range hits {
		b.WriteString("<li>" + h.Title + "</li>")
	}
	b.WriteString("</ul></body></html>")
	return b.String()
}

func (p *SearchPage) serve(ctx iris.Context) {
	q := ctx.URLParamTrim("q")
	hits, err := p.index.Query(q, 20)
	if err != nil {
		ctx.StopWithStatus(iris.StatusInternalServerError)
		return
	}
	ctx.HTML(p.render(q, hits)) // expect: xss
}

func notFound(ctx iris.Context) {
	ctx.ContentType("text/html")
	ctx.WriteString("<p>No page at <code>" + ctx.Path() + "</code>.</p>") // expect: xss
}

func main() {
	app := iris.New()
	page := &SearchPage{}
	app.Get("/search", page.serve)
	app.OnErrorCode(iris.StatusNotFound, notFound)
	if err := app.Listen(":8080"); err != nil {
		app.Logger().Fatal(err)
	}
}
